#include "database.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "leadvalidator.h"
#include "resumename.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Item 7 of issue 9: a resume is stored, sent and opened as "<Last>_<First>_resume.pdf"
// whatever name it came with, which is kept only as cleaned display text; and (item 4)
// what leaves the database is checked against the SHA-256 recorded when it came in.
class TestResumeFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fileName_data();
    void fileName();
    void displayText_data();
    void displayText();
    void intakeStoresUnderTheLeadsNames();
    void messagesShowCleanedNames();
    void oldRowsAreNamedWhenRead();
    void damagedBytesAreRefused();

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_repository;
    int m_counter = 0;
};

void TestResumeFiles::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("resumes-%1.sqlite").arg(++m_counter)));
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_repository = std::make_unique<LeadRepository>(m_db->connection());
}

void TestResumeFiles::cleanup()
{
    m_repository.reset();
    m_db.reset();
}

void TestResumeFiles::fileName_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Jane") << QStringLiteral("Doe") << QStringLiteral("Doe_Jane_resume.pdf");
    QTest::newRow("accents kept") << QStringLiteral("María José") << QStringLiteral("Núñez")
                                  << QStringLiteral("Núñez_María-José_resume.pdf");
    QTest::newRow("decomposed accents composed") << QStringLiteral("Jose\u0301") << QStringLiteral("Zoe\u0308")
                                                 << QStringLiteral("Zoë_José_resume.pdf");
    QTest::newRow("apostrophe and hyphen") << QStringLiteral("Ann-Marie") << QStringLiteral("O'Brien")
                                           << QStringLiteral("OBrien_Ann-Marie_resume.pdf");
    QTest::newRow("cjk") << QStringLiteral("小龍") << QStringLiteral("李") << QStringLiteral("李_小龍_resume.pdf");
    QTest::newRow("cyrillic") << QStringLiteral("Дмитрий") << QStringLiteral("Иванов")
                              << QStringLiteral("Иванов_Дмитрий_resume.pdf");
    QTest::newRow("arabic") << QStringLiteral("محمد") << QStringLiteral("علي") << QStringLiteral("علي_محمد_resume.pdf");
    QTest::newRow("devanagari vowel signs") << QStringLiteral("अनीता") << QStringLiteral("शर्मा")
                                            << QStringLiteral("शर्मा_अनीता_resume.pdf");
    QTest::newRow("digits kept") << QStringLiteral("Jane 2") << QStringLiteral("Doe") << QStringLiteral("Doe_Jane-2_resume.pdf");
    QTest::newRow("path and extension tricks") << QStringLiteral("../../etc/passwd") << QStringLiteral("cv.exe")
                                               << QStringLiteral("cvexe_etcpasswd_resume.pdf");
    QTest::newRow("right-to-left override") << QStringLiteral("cv\u202Efdp.exe") << QStringLiteral("Doe")
                                            << QStringLiteral("Doe_cvfdpexe_resume.pdf");
    QTest::newRow("newline") << QStringLiteral("Jane\nDoe") << QStringLiteral("Roe") << QStringLiteral("Roe_Jane-Doe_resume.pdf");
    QTest::newRow("invisible letters") << QStringLiteral("\u3164\u200B") << QStringLiteral("Doe\u00AD")
                                       << QStringLiteral("Doe_resume.pdf");
    QTest::newRow("empty after sanitising") << QStringLiteral("!!!") << QStringLiteral("...")
                                            << QStringLiteral("lead-12_resume.pdf");
    QTest::newRow("emoji only") << QStringLiteral("😀") << QStringLiteral("🐉") << QStringLiteral("lead-12_resume.pdf");
    QTest::newRow("leading dots and dashes") << QStringLiteral(".-rf") << QStringLiteral("--x--")
                                             << QStringLiteral("x_rf_resume.pdf");
    QTest::newRow("runs of spaces") << QStringLiteral("  Mary \t Ann  ") << QStringLiteral("Lee")
                                    << QStringLiteral("Lee_Mary-Ann_resume.pdf");
}

void TestResumeFiles::fileName()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, expected);
    const QString name = ResumeName::fileName(first, last, 12);
    QCOMPARE(name, expected);
    QVERIFY(name.endsWith(QStringLiteral("_resume.pdf")));
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{M}\\p{Nd}_-]+\\.pdf$"));
    QVERIFY2(allowed.match(name).hasMatch(), qPrintable(name));
}

void TestResumeFiles::displayText_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Currículum Ana.pdf") << QStringLiteral("Currículum Ana.pdf");
    QTest::newRow("right-to-left override") << QStringLiteral("cv\u202Efdp.exe") << QStringLiteral("cvfdp.exe");
    QTest::newRow("every bidi control") << QStringLiteral("a\u202A\u202B\u202C\u202D\u202Eb\u2066\u2067\u2068\u2069c")
                                        << QStringLiteral("abc");
    QTest::newRow("newline") << QStringLiteral("cv\nSubject: x.pdf") << QStringLiteral("cvSubject: x.pdf");
    QTest::newRow("carriage return and tab") << QStringLiteral("cv\r\t.pdf") << QStringLiteral("cv.pdf");
    QTest::newRow("nul and escape") << QString(QStringLiteral("cv") + QChar(0) + QStringLiteral("\x1b[31m.pdf"))
                                    << QStringLiteral("cv[31m.pdf");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("abc");
    QTest::newRow("zero width") << QStringLiteral("c\u200Bv\uFEFF.pdf") << QStringLiteral("cv.pdf");
    QTest::newRow("only controls") << QStringLiteral("\n\u202E\r") << QString();
    QTest::newRow("non-latin kept") << QStringLiteral("履歴書 李.pdf") << QStringLiteral("履歴書 李.pdf");
    QTest::newRow("very long") << QString(1000, QLatin1Char('a'))
                               << QString(QString(ResumeName::kMaxDisplayLength - 1, QLatin1Char('a')) + QChar(0x2026));
}

void TestResumeFiles::displayText()
{
    QFETCH(QString, original);
    QFETCH(QString, expected);
    QCOMPARE(ResumeName::displayText(original), expected);
}

void TestResumeFiles::intakeStoresUnderTheLeadsNames()
{
    // The HTML trick's cousin: a real PDF that arrives as "cv<RLO>fdp.exe".
    const QByteArray pdf = TestSupport::makePdf(QStringLiteral("María"));
    const QString path = TestSupport::writeFile(m_dir, QStringLiteral("cv\u202Efdp.exe"), pdf);
    const LeadValidator validator;
    const IntakeService intake(*m_repository, validator);
    const IntakeService::Outcome outcome = intake.submit(
        { QStringLiteral("María"), QStringLiteral("Patel"), QStringLiteral("maria@example.com"), path },
        QStringLiteral("desk"), IntakeService::Duplicates::SaveAnyway);
    QVERIFY2(outcome.saved(), outcome.error ? qPrintable(outcome.error->message) : "refused");

    const Result<ResumeFile> stored = m_repository->resume(outcome.leadId);
    QVERIFY(stored);
    QCOMPARE(stored->fileName, QStringLiteral("Patel_María_resume.pdf"));
    QCOMPARE(stored->originalName, QStringLiteral("cvfdp.exe"));
    QCOMPARE(stored->content, pdf);
    const Result<ResumeInfo> info = m_repository->resumeInfo(outcome.leadId);
    QCOMPARE(info->fileName, QStringLiteral("Patel_María_resume.pdf"));
    QCOMPARE(info->originalName, QStringLiteral("cvfdp.exe"));
    // The column holds the cleaned display text, never the override.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT file_name FROM resumes")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("cvfdp.exe"));
}

void TestResumeFiles::messagesShowCleanedNames()
{
    // The validator quotes the file's name back: cleaned as the stored one is.
    const QString gone = m_dir.filePath(QStringLiteral("gone\u202Efdp.exe"));
    const QString message = LeadValidator().checkResumePath(gone);
    QVERIFY2(message.contains(QStringLiteral("\"gonefdp.exe\" no longer exists")), qPrintable(message));
    QVERIFY(!message.contains(QChar(0x202E)));
}

void TestResumeFiles::oldRowsAreNamedWhenRead()
{
    // As an older build stored them: an .html name with a line break, straight from disk.
    const QByteArray pdf = TestSupport::makePdf();
    const auto id = m_repository->create(
        QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"),
        { QStringLiteral("x.pdf"), QStringLiteral("application/pdf"), pdf,
          QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
        QStringLiteral("desk"));
    QVERIFY(id);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE resumes SET file_name = 'invoice\n\u202Elmth.html'")));
    const Result<ResumeFile> stored = m_repository->resume(*id);
    QVERIFY(stored);
    QCOMPARE(stored->fileName, QStringLiteral("Ruiz_Ana_resume.pdf"));
    QCOMPARE(stored->originalName, QStringLiteral("invoicelmth.html"));
    QCOMPARE(m_repository->resumeInfo(*id)->fileName, QStringLiteral("Ruiz_Ana_resume.pdf"));
}

void TestResumeFiles::damagedBytesAreRefused()
{
    const QByteArray pdf = TestSupport::makePdf();
    const auto id = m_repository->create(
        QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"),
        { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
          QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
        QStringLiteral("desk"));
    QVERIFY(id);
    QVERIFY(m_repository->verifiedResume(*id));
    QCOMPARE(m_repository->verifiedResume(*id)->content, pdf);

    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("UPDATE resumes SET content = ? WHERE lead_id = ?"));
    query.addBindValue(QByteArray(pdf).replace("Resume", "Forged"));
    query.addBindValue(*id);
    QVERIFY(query.exec());
    const Result<ResumeFile> damaged = m_repository->verifiedResume(*id);
    QVERIFY(!damaged);
    QVERIFY2(damaged.error().message.contains(QStringLiteral("is damaged (its checksum does not match")),
             qPrintable(damaged.error().message));
    QCOMPARE(m_repository->verifiedResume(424242).error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestResumeFiles)
#include "tst_resumefiles.moc"
