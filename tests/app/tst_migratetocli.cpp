#include "passwordhasher.h"
#include "accountservice.h"
#include "accountrepository.h"
// `leadintake migrate-to URL` through the real executable against a real PostgreSQL server
// (TestDatabase): its lines, its exit codes, and that the URL's password never shows.
// PostgreSQL by nature: one run with LEADINTAKE_TEST_BACKEND=postgresql.
#include "database.h"
#include "leadrepository.h"
#include "pgserver.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

class TestMigrateToCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void copiesAndRunsAgain();
    void movedAccountsGetOneTimeCodes();
    void refusesAServerWithOtherLeads();
    void unreachableServer();

private:
    struct Outcome
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Outcome run(const QStringList& arguments);
    QString makeDesk(const QString& name, int leads);
    void verifyNoPassword(const Outcome& outcome);

    QTemporaryDir m_dir;
};

void TestMigrateToCli::initTestCase()
{
    if (!TestDatabase::isPostgres())
        QSKIP("migrate-to copies into PostgreSQL; this suite runs with LEADINTAKE_TEST_BACKEND=postgresql");
    QVERIFY(m_dir.isValid());
    QVERIFY(!TestDatabase::server()->superuserPassword().isEmpty());
}

TestMigrateToCli::Outcome TestMigrateToCli::run(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(LEADINTAKE_EXE), arguments);
    Outcome outcome;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return outcome;
    outcome.code = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

QString TestMigrateToCli::makeDesk(const QString& name, int leads)
{
    const QString path = m_dir.filePath(name);
    Result<Database> db = Database::open(path);
    if (!db)
        return {};
    LeadRepository repository(db->connection());
    for (int i = 0; i < leads; ++i) {
        const QByteArray pdf = TestSupport::makePdf(QStringLiteral("Résumé %1").arg(i));
        if (!repository.create(QStringLiteral("Zoë %1").arg(i), QStringLiteral("Müller 😀"),
                               QStringLiteral("z%1@example.org").arg(i),
                               { QStringLiteral("r.pdf"), QStringLiteral("application/pdf"), pdf,
                                 QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
                               QStringLiteral("desk")))
            return {};
    }
    return path;
}

void TestMigrateToCli::verifyNoPassword(const Outcome& outcome)
{
    const QString password = TestDatabase::server()->superuserPassword();
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(password));
    for (const QString& text : { outcome.out, outcome.err }) {
        QVERIFY2(!text.contains(password), "the password was printed");
        QVERIFY2(!text.contains(encoded), "the password was printed");
    }
}

void TestMigrateToCli::movedAccountsGetOneTimeCodes()
{
    const QString desk = makeDesk(QStringLiteral("accounts.sqlite"), 1);
    QVERIFY(!desk.isEmpty());
    {
        Result<Database> db = Database::open(desk);
        QVERIFY(db);
        AccountRepository repository(db->connection());
        const PasswordHasher hasher(PasswordHasher::minimum());
        AccountService service(repository, hasher);
        const Actor it { std::nullopt, QStringLiteral("IT") };
        QVERIFY(service.createFirstAdmin({ QStringLiteral("Ana"), QStringLiteral("Ana Ruiz"), {}, Role::Admin },
                                         QByteArrayLiteral("ana's desk password"), it));
        QVERIFY(service.addUser({ QStringLiteral("bruno"), QStringLiteral("Bruno Costa"), {}, Role::Attorney },
                                QByteArrayLiteral("bruno's desk password"), it));
    }
    const QString url = TestDatabase::freshTarget();
    const Outcome moved = run({ QStringLiteral("migrate-to"), url, QStringLiteral("--database"), desk });
    QVERIFY2(moved.code == 0, qPrintable(moved.err + moved.out));
    QVERIFY2(moved.out.contains(QStringLiteral("One-time codes")), qPrintable(moved.out));
    QHash<QString, QString> codes;
    const QRegularExpression line(QStringLiteral("^  (\\S+) +([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})$"),
                                  QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(moved.out); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        codes.insert(match.captured(1), match.captured(2));
    }
    QCOMPARE(codes.size(), 2);
    QVERIFY(codes.contains(QStringLiteral("Ana")));
    QVERIFY(codes.value(QStringLiteral("Ana")) != codes.value(QStringLiteral("bruno")));

    // Each code is its account's login on the server, once; the desk's password is not.
    const QString dbName = QUrl(url).path().mid(1);
    const auto connects = [&](const QString& user, const QString& password) {
        bool ok = false;
        {
            QSqlDatabase db = TestDatabase::server()->database(QStringLiteral("moved"), dbName,
                                                               dbName + QStringLiteral("_u_") + user, password);
            ok = db.open();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("moved"));
        return ok;
    };
    QVERIFY(connects(QStringLiteral("bruno"), codes.value(QStringLiteral("bruno"))));
    QVERIFY(connects(QStringLiteral("ana"), codes.value(QStringLiteral("Ana"))));
    QVERIFY(!connects(QStringLiteral("bruno"), QStringLiteral("bruno's desk password")));
    Result<Database> server = Database::open(url);
    QVERIFY(server);
    QSqlQuery query(server->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM users WHERE password_hash = 'server-login-code'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    // The codes are printed for the administrator, never logged.
    for (const QString& code : std::as_const(codes))
        QVERIFY(!moved.err.contains(code));
}

void TestMigrateToCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no URL") << QStringList { QStringLiteral("migrate-to") }
                            << QStringLiteral("migrate-to needs the office server's URL");
    QTest::newRow("a file instead of a URL")
        << QStringList { QStringLiteral("migrate-to"), QStringLiteral("other.sqlite") }
        << QStringLiteral("give a postgresql:// URL, not a file");
    QTest::newRow("two URLs") << QStringList { QStringLiteral("migrate-to"), QStringLiteral("postgresql://a/b"),
                                               QStringLiteral("postgresql://c/d") }
                              << QStringLiteral("Unexpected argument \"postgresql://c/d\"");
    QTest::newRow("an unknown URL option")
        << QStringList { QStringLiteral("migrate-to"), QStringLiteral("postgresql://a/b?sslmod=require") }
        << QStringLiteral("sslmod");
}

void TestMigrateToCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString desk = makeDesk(QStringLiteral("usage-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')), 1);
    QVERIFY(!desk.isEmpty());
    const Outcome outcome = run(arguments << QStringLiteral("--database") << desk);
    QCOMPARE(outcome.code, 2);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QCOMPARE(outcome.out, QString());
}

void TestMigrateToCli::copiesAndRunsAgain()
{
    const QString desk = makeDesk(QStringLiteral("desk.sqlite"), 5);
    QVERIFY(!desk.isEmpty());
    const QString url = TestDatabase::freshTarget();
    QVERIFY(url.contains(QStringLiteral("postgres:")) || url.contains(QStringLiteral("postgresql:")));

    const Outcome first = run({ QStringLiteral("migrate-to"), url, QStringLiteral("--database"), desk });
    QVERIFY2(first.code == 0, qPrintable(first.err + first.out));
    verifyNoPassword(first);
    // A progress line per table on stderr, the summary on stdout.
    QVERIFY2(first.err.contains(QStringLiteral("leads: 5 row(s) copied now, 0 already on the server")), qPrintable(first.err));
    QVERIFY2(first.err.contains(QStringLiteral("resumes: 5 row(s) copied now")), qPrintable(first.err));
    QVERIFY2(first.err.contains(QStringLiteral("users: 0 row(s) copied now")), qPrintable(first.err));
    // 8 tables, the conflict check's 3, round-robin's position, the CSV imports' rows and the
    // firm's own nicknames
    QCOMPARE(first.err.count(QStringLiteral("copied now")), 14);
    const QStringList lines = first.out.split(QLatin1Char('\n'));
    for (const QString& table : { QStringLiteral("users"), QStringLiteral("leads"), QStringLiteral("resumes"),
                                  QStringLiteral("lead_events"), QStringLiteral("account_log"), QStringLiteral("outbox"),
                                  QStringLiteral("settings"), QStringLiteral("sign_in_name_throttle") }) {
        const QRegularExpression line(QStringLiteral("^%1 +\\d+ row\\(s\\), SHA-256 [0-9a-f]{64}, same as the desk$").arg(table));
        QVERIFY2(lines.indexOf(line) >= 0, qPrintable(table + QStringLiteral(" not in:\n") + first.out));
    }
    QVERIFY2(first.out.contains(QStringLiteral("15 row(s) copied in")), qPrintable(first.out));
    QVERIFY(first.out.contains(QStringLiteral("Every table's row count and checksum are the same")));
    QVERIFY(first.out.contains(QStringLiteral("Audit chain on the server: The history and the account log are intact")));
    QVERIFY(!first.out.contains(QStringLiteral("One-time codes"))); // this desk has no accounts

    // Again: nothing copied twice, still verified.
    const Outcome second = run({ QStringLiteral("migrate-to"), url, QStringLiteral("--database"), desk });
    QVERIFY2(second.code == 0, qPrintable(second.err + second.out));
    verifyNoPassword(second);
    QVERIFY2(second.err.contains(QStringLiteral("leads: 0 row(s) copied now, 5 already on the server")), qPrintable(second.err));
    QVERIFY2(second.out.contains(QStringLiteral("0 row(s) copied in")), qPrintable(second.out));
    Result<Database> server = Database::open(url);
    QVERIFY(server);
    QSqlQuery count(server->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM leads")) && count.next());
    QCOMPARE(count.value(0).toInt(), 5);
}

void TestMigrateToCli::refusesAServerWithOtherLeads()
{
    const QString desk = makeDesk(QStringLiteral("desk-refused.sqlite"), 2);
    const QString other = makeDesk(QStringLiteral("other-desk.sqlite"), 3);
    QVERIFY(!desk.isEmpty() && !other.isEmpty());
    const QString url = TestDatabase::freshTarget();
    QCOMPARE(run({ QStringLiteral("migrate-to"), url, QStringLiteral("--database"), other }).code, 0);

    const Outcome outcome = run({ QStringLiteral("migrate-to"), url, QStringLiteral("--database"), desk });
    QCOMPARE(outcome.code, 2);
    verifyNoPassword(outcome);
    QVERIFY2(outcome.err.contains(QStringLiteral("The server database already holds data that is not from %1: "
                                                 "its table leads has 3 row(s)").arg(desk)),
             qPrintable(outcome.err));
    QVERIFY(outcome.err.contains(QStringLiteral("Nothing was written.")));
    QCOMPARE(outcome.out, QString());
}

void TestMigrateToCli::unreachableServer()
{
    const QString desk = makeDesk(QStringLiteral("desk-unreachable.sqlite"), 1);
    QVERIFY(!desk.isEmpty());
    // The real server's credentials, a port where nothing listens.
    QUrl url(TestDatabase::freshTarget());
    url.setPort(1);
    url.setQuery(QStringLiteral("connect_timeout=5"));
    const Outcome outcome = run({ QStringLiteral("migrate-to"), url.toString(QUrl::FullyEncoded),
                                  QStringLiteral("--database"), desk });
    QCOMPARE(outcome.code, 1);
    verifyNoPassword(outcome);
    QVERIFY2(outcome.err.contains(QStringLiteral("Cannot reach the office server")), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(QStringLiteral(":1/")), qPrintable(outcome.err));

    // A desk file that is not there: exit 1, nothing created, the server not even set up.
    const QString empty = TestDatabase::freshTarget();
    const Outcome missing = run({ QStringLiteral("migrate-to"), empty,
                                  QStringLiteral("--database"), m_dir.filePath(QStringLiteral("none.sqlite")) });
    QCOMPARE(missing.code, 1);
    verifyNoPassword(missing);
    QVERIFY2(missing.err.contains(QStringLiteral("There is no database at")), qPrintable(missing.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
    {
        QSqlDatabase check = TestDatabase::server()->database(QStringLiteral("check"), QUrl(empty).path().mid(1));
        QVERIFY(check.open());
        QSqlQuery tables(check);
        QVERIFY(tables.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) && tables.next());
        QCOMPARE(tables.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestMigrateToCli)
#include "tst_migratetocli.moc"
