#include "accountrepository.h"
#include "database.h"
#include "passwordhasher.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// add-user, set-role, reset-password, disable-user, list-users through the real executable,
// the password on standard input (never an argument).
class TestAccountCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addListRoleResetDisable();
    void refusals_data();
    void refusals();
    void actsAsAnAdministrator();

private:
    struct Outcome
    {
        int code = -1;
        QString out;
        QString err;
    };
    Outcome run(const QStringList& arguments, const QByteArray& input = {});
    QString m_database;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestAccountCli::init()
{
    m_database = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++m_counter));
}

TestAccountCli::Outcome TestAccountCli::run(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("USER"), QStringLiteral("deskuser"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LEADINTAKE_EXE), arguments + QStringList { QStringLiteral("--database"), m_database });
    if (!process.waitForStarted())
        qFatal("cannot start leadintake");
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("leadintake did not finish");
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

void TestAccountCli::addListRoleResetDisable()
{
    Outcome added = run({ QStringLiteral("add-user"), QStringLiteral("ana"), QStringLiteral("--name"),
                          QStringLiteral("Ana Ruiz"), QStringLiteral("--email"), QStringLiteral("ana@firm.example"),
                          QStringLiteral("--role"), QStringLiteral("admin") },
                        "contraseña segura\n");
    QVERIFY2(added.code == 0, qPrintable(added.err));
    added = run({ QStringLiteral("add-user"), QStringLiteral("bruno"), QStringLiteral("--name"), QStringLiteral("Bruno Costa") },
                "bruno's password\n");
    QVERIFY2(added.code == 0, qPrintable(added.err));

    const Outcome listed = run({ QStringLiteral("list-users") });
    QCOMPARE(listed.code, 0);
    QCOMPARE(listed.out, QStringLiteral("ana\tAna Ruiz\tadmin\tactive\tana@firm.example\n"
                                        "bruno\tBruno Costa\tattorney\tactive\t\n"));

    QCOMPARE(run({ QStringLiteral("set-role"), QStringLiteral("bruno"), QStringLiteral("receptionist") }).code, 0);
    QCOMPARE(run({ QStringLiteral("reset-password"), QStringLiteral("bruno") }, "a new password for bruno\n").code, 0);
    QCOMPARE(run({ QStringLiteral("disable-user"), QStringLiteral("bruno") }).code, 0);

    auto db = Database::open(m_database);
    QVERIFY(db);
    {
        AccountRepository accounts(db->connection());
        const UserAccount bruno = accounts.userByName(QStringLiteral("bruno")).value();
        QCOMPARE(bruno.role, Role::Receptionist);
        QVERIFY(bruno.disabled);
        const PasswordHasher hasher;
        QVERIFY(hasher.verify(accounts.passwordHash(bruno.id).value(), "a new password for bruno"));
        const UserAccount ana = accounts.userByName(QStringLiteral("ana")).value();
        QVERIFY(hasher.verify(accounts.passwordHash(ana.id).value(), QStringLiteral("contraseña segura").toUtf8()));
        // The command line acts as the OS user, with no account.
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT kind, actor, actor_id FROM account_log WHERE user_id = %1 ORDER BY id").arg(bruno.id)));
        QStringList rows;
        while (query.next())
            rows.append(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString() + QLatin1Char('|')
                        + (query.value(2).isNull() ? QStringLiteral("NULL") : query.value(2).toString()));
        QCOMPARE(rows, (QStringList { QStringLiteral("account_created|deskuser|NULL"), QStringLiteral("role_changed|deskuser|NULL"),
                                      QStringLiteral("password_reset|deskuser|NULL"), QStringLiteral("disabled|deskuser|NULL") }));
    }
    db = Error {};
}

void TestAccountCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::newRow("short password") << QStringList { QStringLiteral("add-user"), QStringLiteral("eve"), QStringLiteral("--name"), QStringLiteral("Eve") }
                                    << QByteArray("short\n") << 2;
    QTest::newRow("no password") << QStringList { QStringLiteral("add-user"), QStringLiteral("eve"), QStringLiteral("--name"), QStringLiteral("Eve") }
                                 << QByteArray() << 2;
    QTest::newRow("no name") << QStringList { QStringLiteral("add-user"), QStringLiteral("eve") } << QByteArray("long enough password\n") << 2;
    QTest::newRow("password as argument") << QStringList { QStringLiteral("add-user"), QStringLiteral("eve"), QStringLiteral("--name"), QStringLiteral("Eve"),
                                                           QStringLiteral("--password"), QStringLiteral("long enough password") }
                                          << QByteArray() << 2;
    QTest::newRow("bad role") << QStringList { QStringLiteral("add-user"), QStringLiteral("eve"), QStringLiteral("--name"), QStringLiteral("Eve"),
                                               QStringLiteral("--role"), QStringLiteral("root") }
                              << QByteArray("long enough password\n") << 2;
    QTest::newRow("unknown user") << QStringList { QStringLiteral("set-role"), QStringLiteral("nobody"), QStringLiteral("admin") } << QByteArray() << 4;
}

void TestAccountCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    if (arguments.first() != QLatin1String("add-user"))
        QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ana"), QStringLiteral("--name"), QStringLiteral("Ana") },
                     "long enough password\n").code, 0);
    const Outcome outcome = run(arguments, input);
    QCOMPARE(outcome.code, code);
    QVERIFY(!outcome.err.isEmpty());
}

void TestAccountCli::actsAsAnAdministrator()
{
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ada"), QStringLiteral("--name"), QStringLiteral("Ada Admin"),
                   QStringLiteral("--role"), QStringLiteral("admin") }, "long enough password\n").code, 0);
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ana"), QStringLiteral("--name"), QStringLiteral("Ana Ruiz") },
                 "long enough password\n").code, 0);
    // An attorney cannot be the actor of account changes.
    QCOMPARE(run({ QStringLiteral("set-role"), QStringLiteral("ada"), QStringLiteral("attorney"), QStringLiteral("--as"), QStringLiteral("ana") }).code, 2);
    QCOMPARE(run({ QStringLiteral("set-role"), QStringLiteral("ana"), QStringLiteral("admin"), QStringLiteral("--as"), QStringLiteral("ada") }).code, 0);
    auto db = Database::open(m_database);
    QVERIFY(db);
    {
        AccountRepository accounts(db->connection());
        const UserAccount ana = accounts.userByName(QStringLiteral("ana")).value();
        const QList<AccountLogEntry> log = accounts.logEntries(ana.id).value();
        QCOMPARE(log.first().kind, QStringLiteral("role_changed"));
        QCOMPARE(log.first().actor, QStringLiteral("Ada Admin"));
        QCOMPARE(log.first().actorId, std::optional<qint64>(accounts.userByName(QStringLiteral("ada"))->id));
    }
    db = Error {};
}

QTEST_GUILESS_MAIN(TestAccountCli)
#include "tst_accountcli.moc"
