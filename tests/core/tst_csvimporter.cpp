#include "auditverifier.h"
#include "csvimporter.h"
#include "database.h"
#include "leadrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Importing leads from CSV (issue 13, item 1) into a real SQLite file and a real
// PostgreSQL server (tst_csvimporter_pg): good rows stored with their history, bad rows
// reported with row, field and reason, duplicate rules, a dry run that changes nothing,
// and a cancelled import that, run again, stores every row once.
class TestCsvImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsGoodRowsAndReportsBadOnes();
    void rejectsFileIsFormulaSafe();
    void dryRunChangesNothing();
    void duplicateRules_data();
    void duplicateRules();
    void rerunAfterCancelImportsEachRowOnce();
    void missingColumnsChangeNothing();

private:
    QString write(const QString& name, const QString& text) const;
    int rows(const QString& table) const;
    QString auditHead() const;
    CsvImporter::Report import(const QString& path, CsvImporter::Options options = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestCsvImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
}

void TestCsvImporter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestCsvImporter::write(const QString& name, const QString& text) const
{
    return TestSupport::writeFile(*m_dir, name, text.toUtf8());
}

int TestCsvImporter::rows(const QString& table) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString TestCsvImporter::auditHead() const
{
    const Result<AuditVerifier::Report> report = AuditVerifier(m_db->connection()).verify();
    if (!report || !report->intact())
        return QStringLiteral("broken");
    return report->heads.join(QLatin1Char(' ')) + QString::number(report->rowsChecked);
}

CsvImporter::Report TestCsvImporter::import(const QString& path, CsvImporter::Options options) const
{
    options.actor = QStringLiteral("importer");
    return CsvImporter(m_db->connection()).run(path, options);
}

void TestCsvImporter::importsGoodRowsAndReportsBadOnes()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("cv")));
    TestSupport::writeFile(*m_dir, QStringLiteral("cv/ana.pdf"), TestSupport::makePdf(QStringLiteral("Ana"), 2000));
    TestSupport::writeFile(*m_dir, QStringLiteral("notes.txt"), "not a pdf\n");
    const QString path = write(QStringLiteral("leads.csv"), QStringLiteral(
        "Nombre;Apellidos;Correo;Fecha;Estado;CV;Idioma\n"
        "Ana;García;ana@example.es;31/12/2024;REACHED_OUT;cv/ana.pdf;es\n" // row 2: all of it
        "Bo;Li;bo@example.com;;;;\n" // row 3: the minimum
        ";Nadie;nadie@example.com;;;;\n" // row 4: no first name
        "Carl;Broken;not-an-email;;;;\n" // row 5: bad email
        "Dora;Date;dora@example.com;2024-13-45;;;\n" // row 6: bad date
        "Eve;State;eve@example.com;;Maybe;;\n" // row 7: bad status
        "Finn;Missing;finn@example.com;;;cv/none.pdf;\n" // row 8: no such file
        "Gus;Text;gus@example.com;;;notes.txt;\n" // row 9: not a PDF
        "\"Hal\nlong\";Quoted;hal@example.com;2024-05-01T10:00:00Z;pending;;en\n")); // row 10: a quoted line break
    const CsvImporter::Report report = import(path);
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.separator, QChar(QLatin1Char(';')));
    QCOMPARE(report.records, 9);
    QList<qint64> rejectedRows;
    QStringList rejectedFields;
    for (const CsvImporter::Reject& reject : report.rejects) {
        rejectedRows.append(reject.row);
        rejectedFields.append(reject.field);
        QVERIFY(!reject.reason.isEmpty());
    }
    const int added = int(report.added);
    QCOMPARE(rejectedRows.mid(0, 6), (QList<qint64> { 4, 5, 6, 7, 8, 9 }));
    QCOMPARE(rejectedFields.mid(0, 6),
             (QStringList { QStringLiteral("Nombre"), QStringLiteral("Correo"), QStringLiteral("Fecha"),
                            QStringLiteral("Estado"), QStringLiteral("CV"), QStringLiteral("CV") }));
    QCOMPARE(report.rejected + report.added, 9);
    QCOMPARE(rows(QStringLiteral("leads")), added);
    QCOMPARE(rows(QStringLiteral("lead_events")), added); // one history row per lead
    QCOMPARE(rows(QStringLiteral("import_rows")), added);
    QCOMPARE(rows(QStringLiteral("outbox")), 0); // imports email nobody
    QCOMPARE(rows(QStringLiteral("resumes")), 1);
    QVERIFY(auditHead() != QLatin1String("broken"));

    LeadRepository repository(m_db->connection());
    const Result<QList<Lead>> ana = repository.findByEmail(QStringLiteral("ana@example.es"));
    QVERIFY(ana && ana->size() == 1);
    QCOMPARE(ana->first().lastName, QStringLiteral("García"));
    QCOMPARE(ana->first().status, LeadStatus::ReachedOut);
    QCOMPARE(ana->first().createdAt.toLocalTime().date(), QDate(2024, 12, 31));
    QCOMPARE(repository.preferredLanguage(ana->first().id).value(), QStringLiteral("es"));
    QVERIFY(repository.hasResume(ana->first().id).value());
    const Result<QList<LeadEvent>> history = repository.history(ana->first().id);
    QVERIFY(history && history->size() == 1);
    QCOMPARE(history->first().kind, LeadEvent::Kind::Created);
    QCOMPARE(history->first().actor, QStringLiteral("importer"));
    QVERIFY2(history->first().detail.contains(QLatin1String("leads.csv, row 2")), qPrintable(history->first().detail));
    const Result<QList<Lead>> bo = repository.findByEmail(QStringLiteral("BO@example.com"));
    QVERIFY(bo && bo->size() == 1);
    QVERIFY(!repository.hasResume(bo->first().id).value());
}

void TestCsvImporter::rejectsFileIsFormulaSafe()
{
    const QString path = write(QStringLiteral("bad.csv"), QStringLiteral(
        "first,@cmd,email\n=HYPERLINK(\"x\"),,nope\n"));
    CsvImporter::Options options;
    CsvImporter::Mapping mapping;
    mapping.set(CsvImporter::Field::FirstName, 0);
    mapping.set(CsvImporter::Field::LastName, 1);
    mapping.set(CsvImporter::Field::Email, 2);
    options.mapping = mapping;
    const CsvImporter::Report report = import(path, options);
    QCOMPARE(report.rejected, 1);
    const QString rejects = m_dir->filePath(QStringLiteral("rejects.csv"));
    QVERIFY(CsvImporter::writeRejects(rejects, report.rejects));
    QFile file(rejects);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFrow,field,reason\r\n")); // a BOM: spreadsheets read UTF-8
    const QString text = QString::fromUtf8(bytes);
    QVERIFY2(!text.contains(QLatin1String("\r\n2,@")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\r\n2,'@cmd,")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\r\n2,email,")), qPrintable(text));
}

void TestCsvImporter::dryRunChangesNothing()
{
    LeadRepository repository(m_db->connection());
    const QByteArray pdf = TestSupport::makePdf();
    QVERIFY(repository.create(QStringLiteral("Old"), QStringLiteral("Lead"), QStringLiteral("old@example.com"),
                              ResumeFile { QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), pdf,
                                           QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
                              QStringLiteral("seed")));
    QString text = QStringLiteral("first_name,last_name,email\n");
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("P%1,Q,p%1@example.com\n").arg(i);
    text += QStringLiteral("Old,Lead,OLD@example.com\nBad,,bad@example.com\nP1,Again,p1@example.com\n");
    const QString path = write(QStringLiteral("dry.csv"), text);
    const QStringList tables { QStringLiteral("leads"), QStringLiteral("lead_events"), QStringLiteral("resumes"),
                               QStringLiteral("import_rows"), QStringLiteral("outbox") };
    QList<int> before;
    for (const QString& table : tables)
        before.append(rows(table));
    const QString headBefore = auditHead();

    CsvImporter::Options options;
    options.dryRun = true;
    options.batchSize = 7;
    const CsvImporter::Report dry = import(path, options);
    QVERIFY(!dry.error);
    QList<int> after;
    for (const QString& table : tables)
        after.append(rows(table));
    QCOMPARE(after, before);
    QCOMPARE(auditHead(), headBefore);
    QCOMPARE(dry.added, 40);
    QCOMPARE(dry.skipped, 2); // old@ in the database, p1@ earlier in the file
    QCOMPARE(dry.rejected, 1);

    // The real run does what the dry run said.
    options.dryRun = false;
    const CsvImporter::Report real = import(path, options);
    QCOMPARE(real.added, dry.added);
    QCOMPARE(real.skipped, dry.skipped);
    QCOMPARE(real.rejected, dry.rejected);
    QCOMPARE(rows(QStringLiteral("leads")), before.first() + 40);
}

void TestCsvImporter::duplicateRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("leads");
    QTest::addColumn<int>("resumes");
    QTest::addColumn<int>("events");
    // The database holds two leads: one without a resume, one with. The file has both
    // again (other letter case) with a resume, and a new lead twice.
    QTest::newRow("skip") << QStringLiteral("skip") << 1 << 0 << 3 << 3 << 1 << 3;
    QTest::newRow("keep") << QStringLiteral("keep") << 4 << 0 << 0 << 6 << 3 << 6;
    QTest::newRow("update") << QStringLiteral("update") << 1 << 1 << 2 << 3 << 2 << 4;
}

void TestCsvImporter::duplicateRules()
{
    QFETCH(QString, rule);
    QFETCH(int, added);
    QFETCH(int, updated);
    QFETCH(int, skipped);
    QFETCH(int, leads);
    QFETCH(int, resumes);
    QFETCH(int, events);
    TestSupport::writeFile(*m_dir, QStringLiteral("cv.pdf"), TestSupport::makePdf());
    const QString seed = write(QStringLiteral("seed.csv"), QStringLiteral(
        "first_name,last_name,email,resume\nNo,Resume,nores@example.com,\nHas,Resume,hasres@example.com,cv.pdf\n"));
    QCOMPARE(import(seed).added, 2);
    const QString path = write(QStringLiteral("again.csv"), QStringLiteral(
        "first_name,last_name,email,resume\n"
        "No,Resume,NoRes@Example.com,cv.pdf\n"
        "Has,Resume,HASRES@example.com,cv.pdf\n"
        "New,Lead,new@example.com,\n"
        "New,Lead,new@example.com,\n"));
    CsvImporter::Options options;
    options.duplicates = CsvImporter::duplicatesFromKey(rule).value();
    options.batchSize = 2;
    options.dryRun = true;
    const CsvImporter::Report dry = import(path, options);
    options.dryRun = false;
    const CsvImporter::Report report = import(path, options);
    QVERIFY(!report.error);
    for (const CsvImporter::Report& each : { dry, report }) {
        QCOMPARE(each.added, added);
        QCOMPARE(each.updated, updated);
        QCOMPARE(each.skipped, skipped);
    }
    QCOMPARE(rows(QStringLiteral("leads")), leads);
    QCOMPARE(rows(QStringLiteral("resumes")), resumes);
    QCOMPARE(rows(QStringLiteral("lead_events")), events);
    QVERIFY(auditHead() != QLatin1String("broken"));
    // Running it again changes nothing: every stored row is remembered.
    const CsvImporter::Report again = import(path, options);
    QCOMPARE(again.added + again.updated, 0);
    QCOMPARE(again.alreadyImported, added + updated);
    QCOMPARE(rows(QStringLiteral("leads")), leads);
}

void TestCsvImporter::rerunAfterCancelImportsEachRowOnce()
{
    QString text = QStringLiteral("first_name\tlast_name\temail\n");
    for (int i = 0; i < 95; ++i)
        text += QStringLiteral("F%1\tL\tf%1@example.com\n").arg(i);
    const QString path = write(QStringLiteral("tabs.csv"), text);
    CsvImporter::Options options;
    options.batchSize = 10;
    options.actor = QStringLiteral("importer");
    int batches = 0;
    QList<qint64> progress;
    const CsvImporter::Report first = CsvImporter(m_db->connection())
                                          .run(path, options, [&](qint64 done, double) { progress.append(done); },
                                               [&] { return ++batches == 3; });
    QVERIFY(first.cancelled);
    QCOMPARE(first.added, 30);
    QCOMPARE(progress, (QList<qint64> { 10, 20, 30 }));
    QCOMPARE(rows(QStringLiteral("leads")), 30);

    const CsvImporter::Report second = import(path, options);
    QVERIFY(!second.cancelled);
    QCOMPARE(second.alreadyImported, 30);
    QCOMPARE(second.added, 65);
    QCOMPARE(rows(QStringLiteral("leads")), 95);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(DISTINCT email_key) FROM leads")) && query.next());
    QCOMPARE(query.value(0).toInt(), 95);
}

void TestCsvImporter::missingColumnsChangeNothing()
{
    const QString path = write(QStringLiteral("cols.csv"), QStringLiteral("Name,Mail\nA,a@example.com\n"));
    const CsvImporter::Report report = import(path);
    QVERIFY(report.error);
    QCOMPARE(report.error->code, Error::Code::Invalid);
    QVERIFY2(report.error->message.contains(QLatin1String("First name")), qPrintable(report.error->message));
    QCOMPARE(rows(QStringLiteral("leads")), 0);
    const CsvImporter::Report none = import(m_dir->filePath(QStringLiteral("absent.csv")));
    QVERIFY(none.error);
    QCOMPARE(none.error->code, Error::Code::Io);
}

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
