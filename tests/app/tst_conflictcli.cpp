// The conflict check's commands through the real executable, on both backends:
// conflict-check's exit codes (0 clear, 7 possible matches listed with reasons), parties
// import with its bad rows reported, parties list, nicknames, and set-status REACHED_OUT
// refused for an unreviewed possible conflict unless --confirm-conflict.
#include "conflictrepository.h"
#include "database.h"
#include "leadrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestConflictCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importListAndCheck();
    void checkExitCodes_data();
    void checkExitCodes();
    void nicknames();
    void setStatusNeedsConfirmation();

private:
    struct Outcome
    {
        int code = -1;
        QString out;
        QString err;
    };
    Outcome run(const QStringList& arguments) const;
    QString writeCsv(const QByteArray& content) const;

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;
    QString m_database;
};

void TestConflictCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE" })
        m_environment.remove(QString::fromLatin1(name));
    const QString home = m_home.path();
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("leadintake.*.info=false"));
}

void TestConflictCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = TestDatabase::isPostgres() ? TestDatabase::freshTarget() : m_dir->filePath(QStringLiteral("leads.sqlite"));
    QVERIFY(Database::open(m_database));
    const Outcome imported = run({ QStringLiteral("parties"), QStringLiteral("import"),
                                   writeCsv("name,role,matter\n\"Núñez García, José\",adverse,M-2024-01\n") });
    QCOMPARE(imported.code, 0);
}

TestConflictCli::Outcome TestConflictCli::run(const QStringList& arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(LEADINTAKE_EXE), arguments + QStringList { QStringLiteral("--database"), m_database });
    Outcome outcome;
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000)
        || process.exitStatus() != QProcess::NormalExit)
        return outcome;
    outcome.code = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

QString TestConflictCli::writeCsv(const QByteArray& content) const
{
    return TestSupport::writeFile(*m_dir, QStringLiteral("parties-%1.csv").arg(QDateTime::currentMSecsSinceEpoch()),
                                  content);
}

void TestConflictCli::importListAndCheck()
{
    const Outcome imported = run({ QStringLiteral("parties"), QStringLiteral("import"),
                                   writeCsv("name,email,role,matter\n"
                                            "Acme Ltd,legal@acme.example,client,M-2\n"
                                            "Bob Stone,,enemy,M-3\n"
                                            ",,related,M-4\n") });
    QCOMPARE(imported.code, 2);
    QVERIFY2(imported.out.contains(QStringLiteral("Added 1 party")), qPrintable(imported.out));
    QVERIFY2(imported.err.contains(QStringLiteral("line 3: the role 'enemy'")), qPrintable(imported.err));
    QVERIFY(imported.err.contains(QStringLiteral("line 4: ")));

    const Outcome missing = run({ QStringLiteral("parties"), QStringLiteral("import"), QStringLiteral("/nonexistent.csv") });
    QCOMPARE(missing.code, 1);

    const Outcome list = run({ QStringLiteral("parties"), QStringLiteral("list") });
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.contains(QStringLiteral("Núñez García, José")));
    QVERIFY(list.out.contains(QStringLiteral("Acme Ltd")));
    QVERIFY(!list.out.contains(QStringLiteral("Bob Stone")));
}

void TestConflictCli::checkExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("output");
    QTest::newRow("match, reasons listed")
        << QStringList { QStringLiteral("--first-name"), QStringLiteral("Pepe"), QStringLiteral("--last-name"),
                         QStringLiteral("Nunez") }
        << 7 << QStringLiteral("first name 'Pepe' = 'José' (nickname); last name 'Nunez' ≈ 'Núñez' (accent)");
    QTest::newRow("order and accents")
        << QStringList { QStringLiteral("--first-name"), QStringLiteral("Jose"), QStringLiteral("--last-name"),
                         QStringLiteral("Nunez Garcia") }
        << 7 << QStringLiteral("matter M-2024-01");
    QTest::newRow("clear") << QStringList { QStringLiteral("--first-name"), QStringLiteral("Ada"),
                                            QStringLiteral("--last-name"), QStringLiteral("Lovelace") }
                           << 0 << QStringLiteral("No possible conflict");
    QTest::newRow("no names") << QStringList {} << 2 << QString();
}

void TestConflictCli::checkExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, output);
    const Outcome outcome = run(QStringList { QStringLiteral("conflict-check") } + arguments);
    QVERIFY2(outcome.code == code, qPrintable(outcome.out + outcome.err));
    QVERIFY2(outcome.out.contains(output), qPrintable(outcome.out));
}

void TestConflictCli::nicknames()
{
    const QStringList check { QStringLiteral("conflict-check"), QStringLiteral("--first-name"), QStringLiteral("Chepe"),
                              QStringLiteral("--last-name"), QStringLiteral("Núñez García") };
    QCOMPARE(run(check).code, 7); // both surnames match already
    const QStringList single { QStringLiteral("conflict-check"), QStringLiteral("--first-name"), QStringLiteral("Chepe"),
                               QStringLiteral("--last-name"), QStringLiteral("Nunez") };
    QCOMPARE(run(single).code, 0);
    QCOMPARE(run({ QStringLiteral("nicknames"), QStringLiteral("add"), QStringLiteral("José"), QStringLiteral("Chepe") }).code, 0);
    QCOMPARE(run(single).code, 7);
    QVERIFY(run({ QStringLiteral("nicknames"), QStringLiteral("list") }).out.contains(QStringLiteral("jose = chepe")));
    QCOMPARE(run({ QStringLiteral("nicknames"), QStringLiteral("add"), QStringLiteral("José") }).code, 2);
}

void TestConflictCli::setStatusNeedsConfirmation()
{
    qint64 id = 0;
    {
        Result<Database> db = Database::open(m_database);
        QVERIFY(db);
        LeadRepository leads(db->connection());
        const QByteArray pdf = TestSupport::makePdf(QStringLiteral("x"));
        const Result<qint64> created = leads.create(
            QStringLiteral("Pepe"), QStringLiteral("Núñez"), QStringLiteral("pepe@example.com"),
            { QStringLiteral("x.pdf"), QStringLiteral("application/pdf"), pdf,
              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
            QStringLiteral("test"));
        QVERIFY(created);
        id = *created;
    }
    const QStringList mark { QStringLiteral("set-status"), QString::number(id), QStringLiteral("REACHED_OUT") };
    const Outcome refused = run(mark);
    QCOMPARE(refused.code, 7);
    QVERIFY2(refused.err.contains(QStringLiteral("--confirm-conflict")), qPrintable(refused.err));
    const Outcome confirmed = run(mark + QStringList { QStringLiteral("--confirm-conflict") });
    QVERIFY2(confirmed.code == 0, qPrintable(confirmed.err));
    QVERIFY(confirmed.out.contains(QStringLiteral("REACHED_OUT")));
}

QTEST_GUILESS_MAIN(TestConflictCli)
#include "tst_conflictcli.moc"
