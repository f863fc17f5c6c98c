#include "accountrepository.h"
#include "accountservice.h"
#include "database.h"
#include "databasetarget.h"
#include "leadrepository.h"
#include "pgserver.h"
#include "serverlogin.h"
#include "serverroles.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtTest>

// Office mode's sign-in (issue 10, item 6): every account is a login role of the real
// PostgreSQL 15 server, made and kept in step by the schema when an administrator adds or
// changes the account; signing in at a desk is connecting as that role. PostgreSQL only.
class TestServerLogin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addingAnAccountMakesItsLoginRole();
    void signInConnectsAsTheAccount();
    void wrongPasswordKeepsTheDeskConnectionAndIsLogged_data();
    void wrongPasswordKeepsTheDeskConnectionAndIsLogged();
    void signOutReadsNothingAgain();
    void roleChangeAndDisablingFollowOnTheServer();
    void oneTimeCodeMustBeReplaced();
    void aForeignRoleIsNeverTakenOver();
    void onlyVerifiersReachTheServer();
    void adminCannotAlterRolesDirectly();

private:
    QString currentUser(const QSqlDatabase& db) const;
    bool canRead(const QSqlDatabase& db, const QString& table) const;

    std::optional<Database> m_owner; // the superuser's connection, as server-init runs
    std::optional<Database> m_desk; // the desk's intake login
    QString m_dbName;
    QString m_deskLogin;
    QString m_adminPassword;
    qint64 m_adminId = 0;
    ServerLogin::Hasher m_scram;
};

QString TestServerLogin::currentUser(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT current_user")) && query.next() ? query.value(0).toString()
                                                                          : QString();
}

bool TestServerLogin::canRead(const QSqlDatabase& db, const QString& table) const
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
}

void TestServerLogin::initTestCase()
{
    if (!TestDatabase::isPostgres())
        QSKIP("office mode only: accounts are PostgreSQL login roles");
    const QString text = TestDatabase::freshTarget();
    m_dbName = QUrl(text).path().mid(1);
    auto owner = Database::open(text);
    QVERIFY2(owner, qPrintable(owner.error().message));
    m_owner.emplace(std::move(owner).value());
    const VoidResult applied = ServerRoles::apply(m_owner->connection());
    QVERIFY2(applied, qPrintable(applied.error().message));

    // The first administrator, made as server-init makes it.
    AccountRepository repository(m_owner->connection());
    AccountService service(repository, m_scram);
    m_adminPassword = QStringLiteral("Ada's long passphrase é");
    const Result<qint64> admin = service.createFirstAdmin(
        { QStringLiteral("Ada"), QStringLiteral("Ada Lovelace"), QStringLiteral("ada@firm.example"), Role::Admin },
        m_adminPassword.toUtf8(), Actor { std::nullopt, QStringLiteral("IT") });
    QVERIFY2(admin, qPrintable(admin.error().message));
    m_adminId = *admin;

    m_deskLogin = m_dbName + QStringLiteral("_desk");
    const QString deskPassword = QUuid::createUuid().toString(QUuid::Id128);
    const VoidResult desk = ServerRoles::setLogin(m_owner->connection(), m_deskLogin,
                                                  ServerRoles::Group::Intake, deskPassword);
    QVERIFY2(desk, qPrintable(desk.error().message));
    const Result<DatabaseTarget> target = DatabaseTarget::parse(text);
    QVERIFY(target);
    auto opened = Database::open(target->withUser(m_deskLogin, deskPassword));
    QVERIFY2(opened, qPrintable(opened.error().message));
    m_desk.emplace(std::move(opened).value());
}

void TestServerLogin::cleanupTestCase()
{
    m_desk.reset();
    m_owner.reset();
}

void TestServerLogin::addingAnAccountMakesItsLoginRole()
{
    QSqlQuery query(m_owner->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT password_hash FROM users WHERE id = %1").arg(m_adminId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("server-login")); // no password data kept
    const QString role = m_dbName + QStringLiteral("_u_ada");
    QVERIFY(query.exec(QStringLiteral("SELECT rolcanlogin, rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid "
                                      "WHERE rolname = '%1'").arg(role)));
    QVERIFY2(query.next(), "the account's login role exists");
    QVERIFY(query.value(0).toBool());
    QVERIFY(query.value(1).toBool());
    QVERIFY(query.exec(QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                      "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = '%1'").arg(role)));
    QStringList groups;
    while (query.next())
        groups << query.value(0).toString();
    QCOMPARE(groups, QStringList { m_dbName + QStringLiteral("_admin") });
}

void TestServerLogin::signInConnectsAsTheAccount()
{
    QSqlDatabase desk = m_desk->connection();
    QCOMPARE(currentUser(desk), m_deskLogin);
    QVERIFY(!canRead(desk, QStringLiteral("leads")));

    ServerLogin login(desk);
    AccountRepository repository(desk);
    AccountService service(repository, m_scram);
    service.setServerLogin(&login);
    const Result<UserAccount> user = service.signIn(QStringLiteral("ADA"), m_adminPassword.toUtf8(),
                                                    QStringLiteral("Front desk"));
    QVERIFY2(user, qPrintable(user.error().message));
    QCOMPARE(user->id, m_adminId);
    QVERIFY(!user->mustChangePassword);
    // Every holder of the desk's connection now works as Ada.
    QCOMPARE(currentUser(desk), m_dbName + QStringLiteral("_u_ada"));
    QVERIFY(canRead(desk, QStringLiteral("leads")));
    const Result<bool> mayRead = LeadRepository(desk).mayReadLeads();
    QVERIFY(mayRead && *mayRead);
    service.recordSignOut(*user, false);
    QCOMPARE(currentUser(desk), m_deskLogin);

    QSqlQuery log(m_owner->connection());
    QVERIFY(log.exec(QStringLiteral("SELECT kind, actor_id FROM account_log WHERE user_id = %1 ORDER BY id DESC LIMIT 2")
                         .arg(m_adminId)));
    QVERIFY(log.next());
    QCOMPARE(log.value(0).toString(), QStringLiteral("signed_out"));
    QVERIFY(log.next());
    QCOMPARE(log.value(0).toString(), QStringLiteral("signed_in"));
    QCOMPARE(log.value(1).toLongLong(), m_adminId);
}

void TestServerLogin::wrongPasswordKeepsTheDeskConnectionAndIsLogged_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << QStringLiteral("ada") << QStringLiteral("not Ada's passphrase");
    QTest::newRow("unknown name") << QStringLiteral("nobody") << QStringLiteral("whatever it is");
    QTest::newRow("the desk's own login name") << m_deskLogin << QStringLiteral("x");
    QTest::newRow("a group's name") << QStringLiteral("admin") << m_adminPassword;
    QTest::newRow("hostile name") << QStringLiteral("x\"; DROP ROLE postgres; --") << QStringLiteral("y");
}

void TestServerLogin::wrongPasswordKeepsTheDeskConnectionAndIsLogged()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QSqlDatabase desk = m_desk->connection();
    ServerLogin login(desk);
    AccountRepository repository(desk);
    AccountService service(repository, m_scram);
    service.setServerLogin(&login);
    QSqlQuery count(m_owner->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM account_log WHERE kind = 'sign_in_failed'")) && count.next());
    const qint64 before = count.value(0).toLongLong();

    const Result<UserAccount> user = service.signIn(username, password.toUtf8(), QStringLiteral("Front desk"));
    QVERIFY(!user);
    QCOMPARE(user.error().code, Error::Code::Invalid);
    QCOMPARE(user.error().message, AccountService::tr("Wrong user name or password."));
    QVERIFY(!login.isSignedIn());
    QCOMPARE(currentUser(desk), m_deskLogin);
    QVERIFY(!canRead(desk, QStringLiteral("leads")));
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM account_log WHERE kind = 'sign_in_failed'")) && count.next());
    QCOMPARE(count.value(0).toLongLong(), before + 1);
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'postgres'")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestServerLogin::signOutReadsNothingAgain()
{
    AccountRepository owner(m_owner->connection());
    AccountService admin(owner, m_scram);
    const Result<qint64> alan = admin.addUser({ QStringLiteral("alan"), QStringLiteral("Alan Turing"), {}, Role::Attorney },
                                              QByteArrayLiteral("Alan's passphrase 1912"), Actor { m_adminId, QStringLiteral("Ada") });
    QVERIFY2(alan, qPrintable(alan.error().message));

    QSqlDatabase desk = m_desk->connection();
    ServerLogin login(desk);
    AccountRepository repository(desk);
    AccountService service(repository, m_scram);
    service.setServerLogin(&login);
    const Result<UserAccount> user = service.signIn(QStringLiteral("alan"), QByteArrayLiteral("Alan's passphrase 1912"), {});
    QVERIFY2(user, qPrintable(user.error().message));
    QVERIFY(canRead(desk, QStringLiteral("resumes")));
    // An attorney is no administrator on the server either.
    QSqlQuery query(desk);
    QVERIFY(!query.exec(QStringLiteral("UPDATE users SET role = 'admin' WHERE username_key = 'alan'")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
    service.recordSignOut(*user, true);
    QVERIFY(!canRead(desk, QStringLiteral("resumes")));
    QVERIFY(!canRead(desk, QStringLiteral("users")));
}

void TestServerLogin::roleChangeAndDisablingFollowOnTheServer()
{
    AccountRepository owner(m_owner->connection());
    AccountService admin(owner, m_scram);
    const Actor ada { m_adminId, QStringLiteral("Ada") };
    const Result<qint64> rita = admin.addUser({ QStringLiteral("rita"), QStringLiteral("Rita Levi"), {}, Role::Receptionist },
                                              QByteArrayLiteral("Rita's passphrase 1909"), ada);
    QVERIFY2(rita, qPrintable(rita.error().message));
    QSqlDatabase desk = m_desk->connection();
    ServerLogin login(desk);
    AccountRepository repository(desk);
    AccountService service(repository, m_scram);
    service.setServerLogin(&login);

    Result<UserAccount> user = service.signIn(QStringLiteral("rita"), QByteArrayLiteral("Rita's passphrase 1909"), {});
    QVERIFY2(user, qPrintable(user.error().message));
    QVERIFY(!canRead(desk, QStringLiteral("resumes"))); // a receptionist reads no resume
    service.recordSignOut(*user, false);

    QVERIFY(admin.setRole(*rita, Role::Attorney, ada));
    user = service.signIn(QStringLiteral("rita"), QByteArrayLiteral("Rita's passphrase 1909"), {});
    QVERIFY2(user, qPrintable(user.error().message));
    QVERIFY(canRead(desk, QStringLiteral("resumes")));
    service.recordSignOut(*user, false);

    QVERIFY(admin.setDisabled(*rita, true, ada));
    user = service.signIn(QStringLiteral("rita"), QByteArrayLiteral("Rita's passphrase 1909"), {});
    QVERIFY(!user);
    QCOMPARE(user.error().code, Error::Code::Invalid);
    QCOMPARE(currentUser(desk), m_deskLogin);
    QVERIFY(admin.setDisabled(*rita, false, ada));
    user = service.signIn(QStringLiteral("rita"), QByteArrayLiteral("Rita's passphrase 1909"), {});
    QVERIFY2(user, qPrintable(user.error().message));
    service.recordSignOut(*user, false);

    // A reset by an administrator: the old password stops working at once.
    QVERIFY(admin.resetPassword(*rita, QByteArrayLiteral("A new one for Rita 42"), ada));
    QVERIFY(!service.signIn(QStringLiteral("rita"), QByteArrayLiteral("Rita's passphrase 1909"), {}));
    user = service.signIn(QStringLiteral("rita"), QByteArrayLiteral("A new one for Rita 42"), {});
    QVERIFY2(user, qPrintable(user.error().message));
    service.recordSignOut(*user, false);
}

void TestServerLogin::oneTimeCodeMustBeReplaced()
{
    AccountRepository owner(m_owner->connection());
    AccountService admin(owner, m_scram);
    const Actor ada { m_adminId, QStringLiteral("Ada") };
    const Result<qint64> omar = admin.addUser({ QStringLiteral("omar"), QStringLiteral("Omar Khayyam"), {}, Role::Attorney },
                                              QByteArrayLiteral("Omar's first passphrase"), ada);
    QVERIFY2(omar, qPrintable(omar.error().message));
    const Result<QString> code = admin.issueOneTimeCode(*omar, ada);
    QVERIFY2(code, qPrintable(code.error().message));
    QVERIFY(QRegularExpression(QStringLiteral("^([A-HJKMNP-TV-Z0-9]{4}-){3}[A-HJKMNP-TV-Z0-9]{4}$")).match(*code).hasMatch());

    QSqlDatabase desk = m_desk->connection();
    ServerLogin login(desk);
    AccountRepository repository(desk);
    AccountService service(repository, m_scram);
    service.setServerLogin(&login);
    QVERIFY(!service.signIn(QStringLiteral("omar"), QByteArrayLiteral("Omar's first passphrase"), {}));
    Result<UserAccount> user = service.signIn(QStringLiteral("omar"), code->toUtf8(), {});
    QVERIFY2(user, qPrintable(user.error().message));
    QVERIFY(user->mustChangePassword);
    // Too short: refused, nothing changed.
    const VoidResult tooShort = service.changeOwnPassword(*user, QByteArrayLiteral("short"));
    QVERIFY(!tooShort);
    QCOMPARE(tooShort.error().code, Error::Code::Invalid);
    QVERIFY(service.changeOwnPassword(*user, QByteArrayLiteral("Omar's own passphrase")));
    // The desk's connection keeps working as Omar after a reconnect (new password kept).
    QVERIFY(ServerLogin::reopenAs(desk, login.signedInRole(), QStringLiteral("Omar's own passphrase")));
    QVERIFY(canRead(desk, QStringLiteral("leads")));
    service.recordSignOut(*user, false);

    QVERIFY(!service.signIn(QStringLiteral("omar"), code->toUtf8(), {}));
    user = service.signIn(QStringLiteral("omar"), QByteArrayLiteral("Omar's own passphrase"), {});
    QVERIFY2(user, qPrintable(user.error().message));
    QVERIFY(!user->mustChangePassword);
    service.recordSignOut(*user, false);
    QSqlQuery log(m_owner->connection());
    QVERIFY(log.exec(QStringLiteral("SELECT count(*) FROM account_log WHERE kind = 'password_changed' AND user_id = %1").arg(*omar)));
    QVERIFY(log.next());
    QCOMPARE(log.value(0).toInt(), 1);
}

void TestServerLogin::aForeignRoleIsNeverTakenOver()
{
    // IT made a role that happens to have the name an account would get.
    QSqlQuery query(m_owner->connection());
    const QString foreign = m_dbName + QStringLiteral("_u_mallory");
    QVERIFY(query.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD 'it-knows-this'").arg(foreign)));
    AccountRepository owner(m_owner->connection());
    AccountService admin(owner, m_scram);
    const Result<qint64> added = admin.addUser({ QStringLiteral("mallory"), QStringLiteral("Mallory"), {}, Role::Admin },
                                               QByteArrayLiteral("Mallory's passphrase"), Actor { m_adminId, QStringLiteral("Ada") });
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(foreign), qPrintable(added.error().message));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM users WHERE username_key = 'mallory'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                                      "WHERE r.rolname = '%1'").arg(foreign)) && query.next());
    QCOMPARE(query.value(0).toInt(), 0); // no group granted to it
    QVERIFY(query.exec(QStringLiteral("DROP ROLE \"%1\"").arg(foreign)));
}

void TestServerLogin::onlyVerifiersReachTheServer()
{
    // An administrator's connection writing a plain password where a verifier belongs is
    // refused (a plain text would reach the server's statement log and pg_authid's hashing).
    QSqlQuery query(m_owner->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE users SET password_hash = 'SCRAM-SHA-256$plain password' WHERE id = %1")
                            .arg(m_adminId)));
    QVERIFY(!query.exec(QStringLiteral("UPDATE users SET password_hash = 'plain password' WHERE id = %1").arg(m_adminId)));
    QVERIFY(query.exec(QStringLiteral("SELECT password_hash FROM users WHERE id = %1").arg(m_adminId)) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("server-login"));
}

void TestServerLogin::adminCannotAlterRolesDirectly()
{
    QSqlDatabase desk = m_desk->connection();
    ServerLogin login(desk);
    AccountRepository repository(desk);
    AccountService service(repository, m_scram);
    service.setServerLogin(&login);
    const Result<UserAccount> user = service.signIn(QStringLiteral("ada"), m_adminPassword.toUtf8(), {});
    QVERIFY2(user, qPrintable(user.error().message));
    QSqlQuery query(desk);
    QVERIFY(!query.exec(QStringLiteral("ALTER ROLE postgres PASSWORD 'x'")));
    QVERIFY(!query.exec(QStringLiteral("CREATE ROLE intruder LOGIN")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO account_logins (user_id, role_name) VALUES (%1, 'postgres')").arg(m_adminId)));
    QVERIFY(!query.exec(QStringLiteral("UPDATE users SET username_key = 'postgres' WHERE id = %1").arg(m_adminId)));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM account_log")));
    service.recordSignOut(*user, false);
}

QTEST_GUILESS_MAIN(TestServerLogin)
#include "tst_serverlogin.moc"
