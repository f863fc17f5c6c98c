#include "databasetarget.h"
#include "leadvalidator.h"
#include "leadrepository.h"
#include "journaluploader.h"
#include "intakeservice.h"
#include "intakejournal.h"
#include "dataversionwatcher.h"
#include "backoff.h"
#include "commandline.h"
#include "database.h"
#include "officedatabase.h"
#include "pgserver.h"
#include "registry.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

// Office mode from the command line, through the real executable against the suite's real
// PostgreSQL server (tst_officecli_pg): server-init, what a desk is told when the server is
// not ready or not there, libpq's own conventions (~/.pgpass, PGPASSFILE, PGSERVICEFILE,
// PGSSLROOTCERT), and that no output ever shows the password of a --database URL. On SQLite
// only what concerns a file runs; the rest needs a server and says so.
// QSKIP returns from the test function itself, so this is a macro.
#define REQUIRE_SERVER()                                                                \
    if (!TestDatabase::isPostgres())                                                    \
    QSKIP("needs the PostgreSQL server of tst_officecli_pg")

class TestOfficeCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverInitRefusesAFile();
    void serverInitCreatesThenChangesNothing();
    void serverInitRoleWithoutRights_data();
    void serverInitRoleWithoutRights();
    void serverInitByOwnerWithoutMaintenanceDatabase();
    void serverInitSetsRolesAndADeskLogin();
    void deskSaysToRunServerInit();
    void deskStartsWhileTheServerIsDown();
    void unreachableIsOnlyANonAnswer_data();
    void unreachableIsOnlyANonAnswer();
    void unreachableServerNamesHostAndReason();
    void passwordFromPgpass_data();
    void passwordFromPgpass();
    void serviceFile();
    void keptChoiceHasNoPasswordAndIsUsed();
    void passwordNeverShown_data();
    void passwordNeverShown();

private:
    struct Outcome
    {
        int code = -1;
        QString out;
        QString err;
    };
    Outcome run(const QStringList& arguments, const QMap<QString, QString>& env = {},
                const QByteArray& input = {}) const;
    // postgresql://[user[:password]@]127.0.0.1:PORT/dbname?sslmode=verify-full&sslrootcert=CA
    QString url(const QString& dbname, const QString& user = {}, const QString& password = {}) const;
    bool superuserExec(const QString& statement) const;
    QString uniqueName(const char* prefix);

    QTemporaryDir m_home;
    int m_counter = 0;
};

void TestOfficeCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(LEADINTAKE_EXE)).isExecutable(), LEADINTAKE_EXE);
}

TestOfficeCli::Outcome TestOfficeCli::run(const QStringList& arguments, const QMap<QString, QString>& env,
                                          const QByteArray& input) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PGPASSWORD", "PGPASSFILE",
                              "PGSERVICE", "PGSERVICEFILE", "PGSSLROOTCERT", "PGHOST", "PGPORT", "PGUSER",
                              "PGDATABASE", "PGSSLMODE" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    // Every log line too: the password must not be in them either.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("leadintake.*=true"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LEADINTAKE_EXE), arguments);
    Outcome outcome;
    if (!process.waitForStarted(30000))
        return outcome;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        outcome.code = -2;
    } else {
        outcome.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

QString TestOfficeCli::url(const QString& dbname, const QString& user, const QString& password) const
{
    QUrl result(TestDatabase::server()->url(dbname));
    result.setUserName(user);
    result.setPassword(password);
    return result.toString(QUrl::FullyEncoded);
}

bool TestOfficeCli::superuserExec(const QString& statement) const
{
    const QString connection = QStringLiteral("officecli-admin");
    bool ok = false;
    {
        QSqlDatabase db = TestDatabase::server()->database(connection, QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                qWarning() << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString TestOfficeCli::uniqueName(const char* prefix)
{
    return QString::fromLatin1(prefix) + QString::number(++m_counter);
}

void TestOfficeCli::serverInitRefusesAFile()
{
    const QString file = m_home.filePath(QStringLiteral("desk.sqlite"));
    const Outcome outcome = run({ QStringLiteral("server-init"), file });
    QCOMPARE(outcome.code, 2);
    QVERIFY2(outcome.err.contains(QStringLiteral("server-init sets up a PostgreSQL server")), qPrintable(outcome.err));
    QVERIFY(!QFileInfo::exists(file));
    const Outcome bare = run({ QStringLiteral("server-init") });
    QCOMPARE(bare.code, 2);
    QVERIFY2(bare.err.contains(QStringLiteral("server-init needs the server's URL")), qPrintable(bare.err));
}

void TestOfficeCli::serverInitCreatesThenChangesNothing()
{
    REQUIRE_SERVER();
    PgServer* pg = TestDatabase::server();
    const QString name = uniqueName("office_");
    const QString target = url(name, pg->superuser(), pg->superuserPassword());
    const int latest = Database::latestSchemaVersion(SqlDialect::Backend::PostgreSql);

    const Outcome first = run({ QStringLiteral("server-init"), target });
    QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
    QVERIFY2(first.out.contains(QStringLiteral("Created the database %1.").arg(name)), qPrintable(first.out));
    QVERIFY2(first.out.contains(QStringLiteral("Upgraded the schema from 0 to %1.").arg(latest)), qPrintable(first.out));
    QVERIFY2(first.out.contains(QStringLiteral("leadintake --database postgresql://postgres@127.0.0.1:")),
        qPrintable(first.out));

    QString appliedBefore;
    {
        Result<Database> db = Database::open(target, 0);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(db->schemaVersion(), latest);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT string_agg(version || '@' || applied_at, ',') FROM schema_migrations")));
        QVERIFY(query.next());
        appliedBefore = query.value(0).toString();
    }

    // Again: nothing to do, nothing done.
    const Outcome second = run({ QStringLiteral("server-init"), target });
    QVERIFY2(second.code == 0, qPrintable(second.out + second.err));
    QVERIFY2(second.out.contains(QStringLiteral("The database %1 exists.").arg(name)), qPrintable(second.out));
    QVERIFY2(second.out.contains(QStringLiteral("Already at schema %1; nothing changed.").arg(latest)),
        qPrintable(second.out));
    Result<Database> db = Database::open(target, 0);
    QVERIFY(db);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT string_agg(version || '@' || applied_at, ',') FROM schema_migrations")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), appliedBefore);

    // A desk can now use it.
    const Outcome listed = run({ QStringLiteral("list-leads"), QStringLiteral("--database"), target });
    QVERIFY2(listed.code == 0, qPrintable(listed.err));
}

void TestOfficeCli::serverInitRoleWithoutRights_data()
{
    QTest::addColumn<bool>("databaseExists");
    QTest::addColumn<bool>("ownsIt");
    QTest::addColumn<QString>("message");
    QTest::newRow("cannot create the database") << false << false
        << QStringLiteral("may not create databases. Run server-init as a superuser or a role with CREATEDB");
    // PostgreSQL 15: only the database's owner may create tables in its public schema.
    QTest::newRow("cannot create tables") << true << false
        << QStringLiteral("Run server-init as the database's owner or a superuser; the schema is left at 0.");
    QTest::newRow("owner cannot create roles") << true << true
        << QStringLiteral("may not create roles, which server-init needs");
}

void TestOfficeCli::serverInitRoleWithoutRights()
{
    REQUIRE_SERVER();
    QFETCH(bool, databaseExists);
    QFETCH(bool, ownsIt);
    QFETCH(QString, message);
    const QString role = uniqueName("clerk_");
    const QString password = QStringLiteral("Clerk-pw-") + role;
    // The tables row may create roles: what it lacks is the right to create tables.
    const QString createRole = databaseExists && !ownsIt ? QStringLiteral("CREATEROLE") : QStringLiteral("NOCREATEROLE");
    QVERIFY(superuserExec(QStringLiteral("CREATE ROLE %1 LOGIN NOCREATEDB %3 PASSWORD '%2'").arg(role, password, createRole)));
    const QString name = uniqueName("office_");
    if (databaseExists && ownsIt)
        QVERIFY(superuserExec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, role)));
    else if (databaseExists)
        QVERIFY(TestDatabase::server()->createDatabase(name));

    const Outcome outcome = run({ QStringLiteral("server-init"), url(name, role, password) });
    QCOMPARE(outcome.code, 1);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QVERIFY2(!QString(outcome.out + outcome.err).contains(password), "the role's password was shown");

    // Nothing was made: no database, or one still without the schema.
    const QString connection = QStringLiteral("officecli-check");
    {
        QSqlDatabase db = TestDatabase::server()->database(connection, QStringLiteral("postgres"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"));
        query.addBindValue(name);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), databaseExists ? 1 : 0);
    }
    QSqlDatabase::removeDatabase(connection);
    if (databaseExists) {
        Result<Database> db = Database::open(url(name, TestDatabase::server()->superuser(),
                                                 TestDatabase::server()->superuserPassword()), 0);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 0);
    }
}

void TestOfficeCli::serverInitByOwnerWithoutMaintenanceDatabase()
{
    REQUIRE_SERVER();
    // The README's way: IT creates the role and the database (owned by it) on the server;
    // pg_hba.conf lets the role reach that database only, so server-init cannot look in
    // "postgres" and goes on with the database itself.
    const QString role = uniqueName("owner_");
    const QString password = QStringLiteral("Owner-pw-") + role;
    const QString name = uniqueName("office_");
    QVERIFY(superuserExec(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'").arg(role, password)));
    QVERIFY(superuserExec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, role)));
    QVERIFY(superuserExec(QStringLiteral("REVOKE CONNECT ON DATABASE postgres FROM PUBLIC")));
    const Outcome outcome = run({ QStringLiteral("server-init"), url(name, role, password) });
    QVERIFY(superuserExec(QStringLiteral("GRANT CONNECT ON DATABASE postgres TO PUBLIC")));
    QVERIFY2(outcome.code == 0, qPrintable(outcome.out + outcome.err));
    QVERIFY2(outcome.out.contains(QStringLiteral("Could not check for the database %1 in \"postgres\"").arg(name)),
        qPrintable(outcome.out));
    QVERIFY2(outcome.out.contains(QStringLiteral("Upgraded the schema from 0 to")), qPrintable(outcome.out));
    QVERIFY(!QString(outcome.out + outcome.err).contains(password));
}

void TestOfficeCli::serverInitSetsRolesAndADeskLogin()
{
    REQUIRE_SERVER();
    PgServer* pg = TestDatabase::server();
    const QString name = uniqueName("roles_");
    const QString login = name + QStringLiteral("_front");
    const Outcome init = run({ QStringLiteral("server-init"), url(name, pg->superuser(), pg->superuserPassword()),
                               QStringLiteral("--desk-login"), login },
                             {}, "front desk passphrase\n");
    QVERIFY2(init.code == 0, qPrintable(init.out + init.err));
    QVERIFY2(init.out.contains(QStringLiteral("Roles: %1_intake (submits leads only)").arg(name)), qPrintable(init.out));
    QVERIFY2(init.out.contains(QStringLiteral("Desk login %1 set").arg(login)), qPrintable(init.out));
    QVERIFY2(init.out.contains(QStringLiteral("leadintake --database postgresql://%1@127.0.0.1:").arg(login)),
             qPrintable(init.out));
    QVERIFY(!init.out.contains(QStringLiteral("front desk passphrase")));

    // A desk with that login (its password in ~/.pgpass) takes walk-ins...
    QTemporaryDir home;
    QFile pgpass(home.filePath(QStringLiteral(".pgpass")));
    QVERIFY(pgpass.open(QIODevice::WriteOnly));
    pgpass.write(QStringLiteral("127.0.0.1:%1:%2:%3:front desk passphrase\n").arg(pg->port()).arg(name, login).toUtf8());
    pgpass.close();
    QVERIFY(pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QMap<QString, QString> env { { QStringLiteral("HOME"), home.path() } };
    const QString desk = url(name, login);
    const QString pdf = TestSupport::writeFile(home, QStringLiteral("cv.pdf"), TestSupport::makePdf(QStringLiteral("Rosa")));
    const Outcome added = run({ QStringLiteral("add-lead"), QStringLiteral("--database"), desk, QStringLiteral("--first-name"),
                                QStringLiteral("Rosa"), QStringLiteral("--last-name"), QStringLiteral("Díaz"),
                                QStringLiteral("--email"), QStringLiteral("rosa@example.com"), QStringLiteral("--resume"), pdf },
                              env);
    QVERIFY2(added.code == 0, qPrintable(added.out + added.err));
    // ...and reads none: told why, not "permission denied".
    const Outcome listed = run({ QStringLiteral("list-leads"), QStringLiteral("--database"), desk }, env);
    QCOMPARE(listed.code, 7);
    QVERIFY2(listed.err.contains(QStringLiteral("list-leads needs an account: add --user USERNAME")), qPrintable(listed.err));
    QVERIFY(!listed.out.contains(QStringLiteral("Rosa")));
    // Before any account exists, IT reads them on the owner's connection.
    const Outcome owner = run({ QStringLiteral("list-leads"), QStringLiteral("--database"),
                                url(name, pg->superuser(), pg->superuserPassword()) });
    QVERIFY2(owner.code == 0 && owner.out.contains(QStringLiteral("Rosa")), qPrintable(owner.out + owner.err));
    // The first administrator, added by IT on the owner's connection, is a login role; from
    // the same desk, signing in as her is connecting as her role: she reads the leads.
    const QString owner_ = url(name, pg->superuser(), pg->superuserPassword());
    const Outcome admin = run({ QStringLiteral("add-user"), QStringLiteral("ana"), QStringLiteral("--name"),
                                QStringLiteral("Ana Ruiz"), QStringLiteral("--role"), QStringLiteral("admin"),
                                QStringLiteral("--database"), owner_ },
                              {}, "ana's own passphrase\n");
    QVERIFY2(admin.code == 0, qPrintable(admin.out + admin.err));
    const Outcome asAna = run({ QStringLiteral("list-leads"), QStringLiteral("--database"), desk,
                                QStringLiteral("--user"), QStringLiteral("ana") },
                              env, "ana's own passphrase\n");
    QVERIFY2(asAna.code == 0 && asAna.out.contains(QStringLiteral("Rosa")), qPrintable(asAna.out + asAna.err));
    const Outcome wrong = run({ QStringLiteral("list-leads"), QStringLiteral("--database"), desk,
                                QStringLiteral("--user"), QStringLiteral("ana") },
                              env, "not her passphrase\n");
    QCOMPARE(wrong.code, 7);
    QVERIFY2(wrong.err.contains(QStringLiteral("Wrong user name or password.")), qPrintable(wrong.err));
    QVERIFY(!wrong.out.contains(QStringLiteral("Rosa")));
}

void TestOfficeCli::deskStartsWhileTheServerIsDown()
{
    REQUIRE_SERVER();
    const QString text = TestDatabase::freshTarget();
    QVERIFY(Database::open(text)); // set up, as server-init would
    const Result<DatabaseTarget> target = DatabaseTarget::parse(text);
    QVERIFY(target);
    PgServer* pg = TestDatabase::server();
    QVERIFY(pg->stop());
    bool offline = false;
    Result<Database> desk = OfficeDatabase::openDesk(*target, &offline);
    QVERIFY2(desk, qPrintable(desk ? QString() : desk.error().message));
    QVERIFY(offline);
    QVERIFY(!desk->connection().isOpen());
    // The walk-in is kept on the desk...
    QTemporaryDir dir;
    Result<IntakeJournal> opened = IntakeJournal::open(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(opened);
    IntakeJournal journal = std::move(opened).value();
    LeadRepository repository(desk->connection());
    IntakeService intake(repository, LeadValidator());
    intake.setJournal(&journal);
    const QByteArray pdf = TestSupport::makePdf(QStringLiteral("Nadia"));
    const LeadDraft draft { QStringLiteral("Nadia"), QStringLiteral("Boulanger"), QStringLiteral("nadia@example.com"),
                            TestSupport::writeFile(dir, QStringLiteral("cv.pdf"), pdf), QStringLiteral("en") };
    const IntakeService::Outcome kept = intake.submit(draft, QStringLiteral("front"), IntakeService::Duplicates::Warn);
    QVERIFY2(kept.journaled(), kept.error ? qPrintable(kept.error->message) : "not journaled");
    // ...and reaches the server once it answers: the desk connects by itself.
    QVERIFY(pg->start());
    DataVersionWatcher watcher(desk->connection(), 0);
    watcher.setReconnectBackoff(Backoff(std::chrono::milliseconds(50), std::chrono::milliseconds(200), std::chrono::minutes(5)));
    QTRY_VERIFY_WITH_TIMEOUT(desk->connection().isOpen() && watcher.isConnected(), 20000);
    JournalUploader uploader(journal, intake, 60000);
    QCOMPARE(uploader.uploadNow(), 1);
    QSqlQuery query(desk->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM leads WHERE email = 'nadia@example.com'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);

    // A server that answers but refuses us is no reason to start without it.
    offline = false;
    const Result<Database> refused = OfficeDatabase::openDesk(target->withUser(QStringLiteral("nobody_here"), QStringLiteral("x")), &offline);
    QVERIFY(!refused);
    QVERIFY(!offline);
}

void TestOfficeCli::unreachableIsOnlyANonAnswer_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("unreachable");
    QTest::newRow("refused") << QStringLiteral("Cannot reach the office server x: connection to server at \"10.0.0.5\", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?") << true;
    QTest::newRow("timeout") << QStringLiteral("Cannot reach the office server x: timeout expired") << true;
    QTest::newRow("dns") << QStringLiteral("Cannot reach the office server x: could not translate host name \"leads.firm.lan\" to address: Name or service not known") << true;
    QTest::newRow("starting up") << QStringLiteral("Cannot reach x: FATAL:  the database system is starting up") << true;
    QTest::newRow("wrong password") << QStringLiteral("Cannot reach x: FATAL:  password authentication failed for user \"front\"") << false;
    QTest::newRow("no such database") << QStringLiteral("Cannot reach x: FATAL:  database \"leads\" does not exist") << false;
    QTest::newRow("certificate") << QStringLiteral("Cannot reach x: root certificate file \"/root/.postgresql/root.crt\" does not exist") << false;
    QTest::newRow("schema") << QStringLiteral("The office server's database x has no Lead Intake tables yet.") << false;
}

void TestOfficeCli::unreachableIsOnlyANonAnswer()
{
    QFETCH(QString, message);
    QFETCH(bool, unreachable);
    QCOMPARE(OfficeDatabase::isUnreachable(message), unreachable);
}

void TestOfficeCli::deskSaysToRunServerInit()
{
    REQUIRE_SERVER();
    const QString target = TestDatabase::freshTarget(); // created, never migrated
    for (const QString& command : { QStringLiteral("list-leads"), QStringLiteral("add-user") }) {
        const Outcome outcome = run({ command, QStringLiteral("--database"), target });
        QVERIFY2(outcome.code == 1, qPrintable(command + QLatin1Char(' ') + outcome.err));
        QVERIFY2(outcome.err.contains(QStringLiteral("has no Lead Intake tables yet. IT sets it up once with "
                                                     "\"leadintake server-init postgresql://postgres@127.0.0.1:")),
            qPrintable(outcome.err));
    }
    // And nothing was migrated by the desk.
    Result<Database> db = Database::open(target, 0);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), 0);

    // A database that is not on the server at all.
    const Outcome missing = run({ QStringLiteral("list-leads"), QStringLiteral("--database"),
        url(uniqueName("nowhere_"), TestDatabase::server()->superuser(), TestDatabase::server()->superuserPassword()) });
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("The database is not on that server yet: IT creates it with "
                                                 "\"leadintake server-init")),
        qPrintable(missing.err));
}

void TestOfficeCli::unreachableServerNamesHostAndReason()
{
    REQUIRE_SERVER();
    // A port nobody listens on: bound, then released.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const QString target = QStringLiteral("postgresql://postgres:Secret-Unreachable@127.0.0.1:%1/leads?connect_timeout=3").arg(port);
    const Outcome outcome = run({ QStringLiteral("list-leads"), QStringLiteral("--database"), target });
    QCOMPARE(outcome.code, 1);
    QVERIFY2(outcome.err.contains(QStringLiteral("Cannot reach the office server postgresql://postgres@127.0.0.1:%1/leads").arg(port)),
        qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(QStringLiteral("Connection refused")), qPrintable(outcome.err)); // libpq's reason
    QVERIFY2(!outcome.err.contains(QStringLiteral("Secret-Unreachable")), qPrintable(outcome.err));
}

void TestOfficeCli::passwordFromPgpass_data()
{
    QTest::addColumn<bool>("inHome"); // ~/.pgpass, else PGPASSFILE
    QTest::newRow("~/.pgpass") << true;
    QTest::newRow("PGPASSFILE") << false;
}

void TestOfficeCli::passwordFromPgpass()
{
    REQUIRE_SERVER();
    QFETCH(bool, inHome);
    PgServer* pg = TestDatabase::server();
    const QString target = TestDatabase::freshTarget();
    QVERIFY(Database::open(target)); // as server-init leaves it
    const QString name = QUrl(target).path().mid(1);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString passfile = inHome ? home.filePath(QStringLiteral(".pgpass")) : home.filePath(QStringLiteral("office.pgpass"));
    QFile file(passfile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("127.0.0.1:%1:%2:%3:%4\n").arg(pg->port()).arg(name, pg->superuser(), pg->superuserPassword()).toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)); // libpq ignores it otherwise

    // No password and no sslrootcert in the URL: libpq takes them from the files and PGSSLROOTCERT.
    const QString bare = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(pg->superuser()).arg(pg->port()).arg(name);
    QMap<QString, QString> env { { QStringLiteral("PGSSLROOTCERT"), pg->caFile() } };
    if (inHome)
        env.insert(QStringLiteral("HOME"), home.path());
    else
        env.insert(QStringLiteral("PGPASSFILE"), passfile);
    const Outcome outcome = run({ QStringLiteral("list-leads"), QStringLiteral("--database"), bare }, env);
    QVERIFY2(outcome.code == 0, qPrintable(outcome.err));

    // Without it, the desk is told where a password belongs.
    const Outcome without = run({ QStringLiteral("list-leads"), QStringLiteral("--database"), bare },
        { { QStringLiteral("PGSSLROOTCERT"), pg->caFile() } });
    QCOMPARE(without.code, 1);
    QVERIFY2(without.err.contains(QStringLiteral("Give the password in ~/.pgpass")), qPrintable(without.err));
}

void TestOfficeCli::serviceFile()
{
    REQUIRE_SERVER();
    PgServer* pg = TestDatabase::server();
    const QString target = TestDatabase::freshTarget();
    QVERIFY(Database::open(target));
    const QString name = QUrl(target).path().mid(1);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString passfile = folder.filePath(QStringLiteral("pgpass"));
    QFile pass(passfile);
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(QStringLiteral("*:*:*:%1:%2\n").arg(pg->superuser(), pg->superuserPassword()).toUtf8());
    pass.close();
    QVERIFY(pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString services = folder.filePath(QStringLiteral("pg_service.conf"));
    QFile service(services);
    QVERIFY(service.open(QIODevice::WriteOnly));
    service.write(QStringLiteral("[office]\nhost=127.0.0.1\nport=%1\ndbname=%2\nuser=%3\nsslmode=verify-full\n"
                                 "sslrootcert=%4\npassfile=%5\n")
                      .arg(pg->port())
                      .arg(name, pg->superuser(), pg->caFile(), passfile)
                      .toUtf8());
    service.close();

    const QMap<QString, QString> env { { QStringLiteral("PGSERVICEFILE"), services } };
    // The service named in the URL, and through PGSERVICE.
    const Outcome named = run({ QStringLiteral("list-leads"), QStringLiteral("--database"),
                                  QStringLiteral("postgresql://?service=office") }, env);
    QVERIFY2(named.code == 0, qPrintable(named.err));
    QMap<QString, QString> viaEnvironment = env;
    viaEnvironment.insert(QStringLiteral("PGSERVICE"), QStringLiteral("office"));
    const Outcome implicit = run({ QStringLiteral("list-leads"), QStringLiteral("--database"), QStringLiteral("postgresql://") },
        viaEnvironment);
    QVERIFY2(implicit.code == 0, qPrintable(implicit.err));
}

void TestOfficeCli::keptChoiceHasNoPasswordAndIsUsed()
{
    REQUIRE_SERVER();
    PgServer* pg = TestDatabase::server();
    const QString target = TestDatabase::freshTarget(); // with the superuser's password
    QVERIFY(Database::open(target));
    QTemporaryDir config;
    QVERIFY(config.isValid());
    // In process, as main.cpp keeps the first-start choice (desk.conf under the app's name).
    CommandLine::configureApplication();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    const Result<DatabaseTarget> parsed = DatabaseTarget::parse(target);
    QVERIFY(parsed && parsed->hasPassword());
    QVERIFY(OfficeDatabase::keep(*parsed));
    QFile conf(config.filePath(QStringLiteral("leadintake/desk.conf")));
    QVERIFY2(conf.open(QIODevice::ReadOnly), qPrintable(conf.fileName()));
    const QByteArray kept = conf.readAll();
    QVERIFY2(kept.contains("database/target") || kept.contains("[database]"), kept.constData());
    QVERIFY(!kept.contains(pg->superuserPassword().toUtf8()));
    QVERIFY(!kept.contains(QUrl::toPercentEncoding(pg->superuserPassword())));
    QCOMPARE(OfficeDatabase::keptChoice(), parsed->displayText());
    QCOMPARE(OfficeDatabase::deskDatabase(), parsed->displayText());

    // A command without --database uses it, the password coming from PGPASSFILE.
    const QString passfile = config.filePath(QStringLiteral("pgpass"));
    QFile pass(passfile);
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(QStringLiteral("*:*:*:%1:%2\n").arg(pg->superuser(), pg->superuserPassword()).toUtf8());
    pass.close();
    QVERIFY(pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Outcome outcome = run({ QStringLiteral("config-get"), QStringLiteral("firm.name") },
        { { QStringLiteral("XDG_CONFIG_HOME"), config.path() }, { QStringLiteral("PGPASSFILE"), passfile } });
    QVERIFY2(outcome.code == 0, qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(QStringLiteral("opened postgresql://")), qPrintable(outcome.err)); // the server, not a file
    QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("data/leadintake/leads.sqlite"))));
    qunsetenv("XDG_CONFIG_HOME");
}

void TestOfficeCli::passwordNeverShown_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("database"); // ready, empty (no schema), unreachable, wrong password
    for (const CommandLine::Command& command : CommandLine::commandTable()) {
        for (const char* database : { "ready", "empty", "unreachable", "wrong password" }) {
            QStringList arguments = command.name.split(QLatin1Char(' '));
            QTest::addRow("%s, %s", qPrintable(command.name), database) << arguments << QString::fromLatin1(database);
        }
    }
    QTest::addRow("bad option, ready") << QStringList { QStringLiteral("list-leads"), QStringLiteral("--frob") }
                                       << QStringLiteral("ready");
    QTest::addRow("help, ready") << QStringList { QStringLiteral("list-leads"), QStringLiteral("--help") }
                                 << QStringLiteral("ready");
    // The URL also where no argument is expected ({url} is replaced by the row's URL).
    QTest::addRow("url as an extra argument, ready")
        << QStringList { QStringLiteral("list-leads"), QStringLiteral("{url}") } << QStringLiteral("ready");
    QTest::addRow("url twice to server-init, ready")
        << QStringList { QStringLiteral("server-init"), QStringLiteral("{url}") } << QStringLiteral("ready");
}

void TestOfficeCli::passwordNeverShown()
{
    REQUIRE_SERVER();
    QFETCH(QStringList, arguments);
    QFETCH(QString, database);
    PgServer* pg = TestDatabase::server();
    static QString ready;
    static QString empty;
    if (ready.isEmpty()) {
        ready = TestDatabase::freshTarget();
        QVERIFY(Database::open(ready));
        empty = TestDatabase::freshTarget();
    }
    QString target = database == QLatin1String("ready") ? ready : empty;
    QString password = pg->superuserPassword();
    if (database == QLatin1String("unreachable")) {
        target = QStringLiteral("postgresql://postgres:%1@127.0.0.1:1/leads?connect_timeout=2").arg(password);
    } else if (database == QLatin1String("wrong password")) {
        QUrl wrong(ready);
        password = QStringLiteral("Wrong-Password-4711");
        wrong.setPassword(password);
        target = wrong.toString(QUrl::FullyEncoded);
    }
    // server-init takes the URL as its argument.
    arguments.replaceInStrings(QStringLiteral("{url}"), target);
    const QStringList all = arguments.constFirst() == QLatin1String("server-init")
        ? arguments + QStringList { target }
        : arguments + QStringList { QStringLiteral("--database"), target };
    const Outcome outcome = run(all);
    QVERIFY2(outcome.code >= 0, qPrintable(outcome.err));
    QVERIFY2(!outcome.out.contains(password), qPrintable(outcome.out));
    QVERIFY2(!outcome.err.contains(password), qPrintable(outcome.err));
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(password));
    QVERIFY(!outcome.out.contains(encoded) && !outcome.err.contains(encoded));
}

QTEST_GUILESS_MAIN(TestOfficeCli)
#include "tst_officecli.moc"
