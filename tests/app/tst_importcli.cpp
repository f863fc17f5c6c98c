#include "commandline.h"
#include "database.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

// `leadintake import-csv` through the real executable (issue 13, item 1): exit codes as
// the other commands', the rejects file, options, and a run killed with SIGKILL part-way
// that, run again, imports each row once. Both backends (tst_importcli_pg).
class TestImportCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exitCodes_data();
    void exitCodes();
    void encodingSeparatorAndMapping();
    void killedImportRerunImportsEachRowOnce();

private:
    struct Outcome
    {
        int code = -1;
        QString out;
        QString err;
    };
    QStringList command(const QStringList& arguments) const;
    Outcome run(const QStringList& arguments) const;
    int count(const QString& sql) const;

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    std::optional<Database> m_db;
};

void TestImportCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE" })
        m_environment.remove(QString::fromLatin1(name));
    const QString home = m_home.path();
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    m_environment.insert(QStringLiteral("USER"), QStringLiteral("importer"));
    m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("leadintake.*.info=false"));
}

void TestImportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = TestDatabase::isPostgres() ? TestDatabase::freshTarget()
                                            : m_dir->filePath(QStringLiteral("leads.sqlite"));
    Result<Database> db = Database::open(m_database);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    TestSupport::writeFile(*m_dir, QStringLiteral("good.csv"),
                           "first_name,last_name,email\nAna,Ruiz,ana@example.com\nBen,Stone,ben@example.com\n");
    TestSupport::writeFile(*m_dir, QStringLiteral("mixed.csv"),
                           "first_name,last_name,email\nAna,Ruiz,ana@example.com\n=cmd,,bad\n");
}

void TestImportCli::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestImportCli::command(const QStringList& arguments) const
{
    QStringList all { QStringLiteral("import-csv") };
    for (QString argument : arguments)
        all.append(argument.replace(QStringLiteral("{dir}"), m_dir->path()));
    all << QStringLiteral("--database") << m_database;
    return all;
}

TestImportCli::Outcome TestImportCli::run(const QStringList& arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(LEADINTAKE_EXE), command(arguments));
    Outcome outcome;
    if (!process.waitForStarted(30000) || !process.waitForFinished(300000)
        || process.exitStatus() != QProcess::NormalExit) {
        outcome.err = QStringLiteral("did not run: ") + process.errorString();
        return outcome;
    }
    outcome.code = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    if (const QString password = QUrl(m_database).password();
        !password.isEmpty() && (outcome.out.contains(password) || outcome.err.contains(password)))
        outcome.code = -3;
    return outcome;
}

int TestImportCli::count(const QString& sql) const
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

void TestImportCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("leads");
    QTest::addColumn<QString>("says");
    const auto args = [](std::initializer_list<const char*> list) {
        QStringList out;
        for (const char* each : list)
            out.append(QString::fromUtf8(each));
        return out;
    };
    QTest::newRow("imported") << args({ "{dir}/good.csv" }) << int(CommandLine::Success) << 2
                              << QStringLiteral("2 added");
    QTest::newRow("dry run") << args({ "{dir}/good.csv", "--dry-run" }) << int(CommandLine::Success) << 0
                             << QStringLiteral("2 would be added");
    QTest::newRow("a row rejected") << args({ "{dir}/mixed.csv" }) << int(CommandLine::RowsRejected) << 1
                                    << QStringLiteral("Row 3, last_name");
    QTest::newRow("no file named") << args({}) << int(CommandLine::Usage) << 0 << QStringLiteral("needs a CSV file");
    QTest::newRow("no such file") << args({ "{dir}/absent.csv" }) << int(CommandLine::Failure) << 0
                                  << QStringLiteral("Cannot read");
    QTest::newRow("bad rule") << args({ "{dir}/good.csv", "--duplicates", "merge" }) << int(CommandLine::Usage)
                              << 0 << QStringLiteral("skip, keep or update");
    QTest::newRow("bad separator") << args({ "{dir}/good.csv", "--separator", "|" }) << int(CommandLine::Usage)
                                   << 0 << QStringLiteral("--separator");
    QTest::newRow("bad encoding") << args({ "{dir}/good.csv", "--encoding", "ebcdic" }) << int(CommandLine::Usage)
                                  << 0 << QStringLiteral("--encoding");
    QTest::newRow("unknown column") << args({ "{dir}/good.csv", "--mapping", "email=Correo" })
                                    << int(CommandLine::Usage) << 0 << QStringLiteral("no column \"Correo\"");
    QTest::newRow("unmapped field") << args({ "{dir}/good.csv", "--mapping", "last_name=" })
                                    << int(CommandLine::Usage) << 0 << QStringLiteral("Last name");
    QTest::newRow("bad batch size") << args({ "{dir}/good.csv", "--batch-size", "0" }) << int(CommandLine::Usage)
                                    << 0 << QStringLiteral("--batch-size");
}

void TestImportCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(int, leads);
    QFETCH(QString, says);
    const Outcome outcome = run(arguments);
    QVERIFY2(outcome.code == code, qPrintable(QStringLiteral("exit %1: %2%3").arg(outcome.code).arg(outcome.out, outcome.err)));
    const QString all = outcome.out + outcome.err;
    QVERIFY2(all.contains(says), qPrintable(all));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leads")), leads);
    if (code == CommandLine::RowsRejected) {
        QFile rejects(m_dir->filePath(QStringLiteral("mixed-rejects.csv")));
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(rejects.readAll());
        QVERIFY2(text.contains(QLatin1String("\r\n3,last_name,")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\r\n3,email,")), qPrintable(text));
    }
}

void TestImportCli::encodingSeparatorAndMapping()
{
    // Windows-1252 with semicolons and German headers, "Name" named by --mapping.
    TestSupport::writeFile(*m_dir, QStringLiteral("kunden.csv"),
                           QByteArray("Vorname;Name;E-Mail;Datum\n"
                                      "J\xFCrgen;Gro\xDF;jg@example.de;31.12.2024\n"
                                      "\"Ren\xE9\nMarie\";Caf\xE9 \x80;rm@example.de;\n"));
    const Outcome outcome = run({ m_dir->filePath(QStringLiteral("kunden.csv")), QStringLiteral("--mapping"),
                                  QStringLiteral("last_name=Name"), QStringLiteral("--encoding"),
                                  QStringLiteral("windows-1252"), QStringLiteral("--separator"),
                                  QStringLiteral(";") });
    QVERIFY2(outcome.code == CommandLine::Success || outcome.code == CommandLine::RowsRejected,
             qPrintable(outcome.out + outcome.err));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT first_name, last_name FROM leads WHERE email = 'jg@example.de'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("J\u00fcrgen"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("Gro\u00df"));
}

void TestImportCli::killedImportRerunImportsEachRowOnce()
{
    // Killed with many batches still to come (a server's round trips make each slower).
    const int kRows = TestDatabase::isPostgres() ? 6000 : 30000;
    QByteArray text = "first_name,last_name,email\n";
    for (int i = 0; i < kRows; ++i)
        text += QStringLiteral("F%1,L,p%1@example.com\n").arg(i).toUtf8();
    const QString path = TestSupport::writeFile(*m_dir, QStringLiteral("big.csv"), text);
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(QStringLiteral(LEADINTAKE_EXE),
                  command({ path, QStringLiteral("--batch-size"), QStringLiteral("100") }));
    QVERIFY(process.waitForStarted(30000));
    // Killed once some batches are in, with more to come.
    QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM import_rows")) >= 500, 120000);
    process.kill(); // SIGKILL: no cleanup, a batch possibly half-written
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    const int stored = count(QStringLiteral("SELECT count(*) FROM leads"));
    QVERIFY2(stored < kRows, "the import finished before it was killed");
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_rows")), stored); // whole batches only
    QCOMPARE(stored % 100, 0);

    const Outcome again = run({ path, QStringLiteral("--batch-size"), QStringLiteral("1000") });
    QVERIFY2(again.code == CommandLine::Success, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(QStringLiteral("%1 already imported").arg(stored)), qPrintable(again.out));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leads")), kRows);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT email_key) FROM leads")), kRows);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM lead_events")), kRows);
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
