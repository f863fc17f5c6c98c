#include "accountrepository.h"
#include "auditverifier.h"
#include "database.h"
#include "firmsettings.h"
#include "leadrepository.h"
#include "passwordhasher.h"
#include "pgserver.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

// add-user, set-role, reset-password, disable-user, list-users through the real executable,
// the password on standard input (never an argument). Once an account exists, every command
// beyond add-lead needs --user and that account's password (its first line of standard
// input), the account's role must reach the command's, and the account is the actor.
class TestAccountCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addListRoleResetDisable();
    void refusals_data();
    void refusals();
    void actsAsAnAdministrator();
    void firstAdministratorNeedsNoSignIn();
    void signIn_data();
    void signIn();
    void historyNamesTheSignedInAttorney();
    void assignCommand_data();
    void assignCommand();
    void leadsByAttorneyAndSource();
    void userEditChangesNameAndEmail();
    void userEditRefusals_data();
    void userEditRefusals();

private:
    struct Outcome
    {
        int code = -1;
        QString out;
        QString err;
    };
    Outcome run(const QStringList& arguments, const QByteArray& input = {});
    // Office mode: whether the server lets the account's login role in with this password.
    bool connectsAs(const QString& username, const QString& password) const;
    // ada (admin), ana (attorney), rita (receptionist), and lead 1 (PENDING).
    void seedAccountsAndLead();
    // What a refused command must leave as it was: lead 1's status and version, the lead
    // history, the accounts and their roles, the firm name.
    QString snapshot();
    QString m_database;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestAccountCli::init()
{
    ++m_counter;
    if (TestDatabase::isPostgres()) {
        // A server database as server-init leaves it (desks never migrate a server).
        m_database = TestDatabase::freshTarget();
        QVERIFY(Database::open(m_database));
    } else {
        m_database = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(m_counter));
    }
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
    Outcome outcome { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError()) };
    // The --database URL's password is never shown, whatever the command prints.
    if (const QString password = QUrl(m_database).password(); !password.isEmpty()
        && (outcome.out.contains(password) || outcome.err.contains(password)))
        qFatal("the database password appeared in the output of %s", qPrintable(arguments.join(QLatin1Char(' '))));
    return outcome;
}

void TestAccountCli::addListRoleResetDisable()
{
    // The first account: no account exists yet, so the operating system user adds it.
    Outcome added = run({ QStringLiteral("add-user"), QStringLiteral("ana"), QStringLiteral("--name"),
                          QStringLiteral("Ana Ruiz"), QStringLiteral("--email"), QStringLiteral("ana@firm.example"),
                          QStringLiteral("--role"), QStringLiteral("admin") },
                        "contraseña segura\n");
    QVERIFY2(added.code == 0, qPrintable(added.err));
    // From now on ana signs in: her password first, then the new account's.
    const QStringList asAna { QStringLiteral("--user"), QStringLiteral("ana") };
    added = run(QStringList { QStringLiteral("add-user"), QStringLiteral("bruno"), QStringLiteral("--name"), QStringLiteral("Bruno Costa") } + asAna,
                "contraseña segura\nbruno's password\n");
    QVERIFY2(added.code == 0, qPrintable(added.err));

    const Outcome listed = run(QStringList { QStringLiteral("list-users") } + asAna, "contraseña segura\n");
    QVERIFY2(listed.code == 0, qPrintable(listed.err));
    QCOMPARE(listed.out, QStringLiteral("ana\tAna Ruiz\tadmin\tactive\tana@firm.example\n"
                                        "bruno\tBruno Costa\tattorney\tactive\t\n"));

    QCOMPARE(run(QStringList { QStringLiteral("set-role"), QStringLiteral("bruno"), QStringLiteral("receptionist") } + asAna,
                 "contraseña segura\n").code, 0);
    QCOMPARE(run(QStringList { QStringLiteral("reset-password"), QStringLiteral("bruno") } + asAna,
                 "contraseña segura\na new password for bruno\n").code, 0);
    QCOMPARE(run(QStringList { QStringLiteral("disable-user"), QStringLiteral("bruno") } + asAna, "contraseña segura\n").code, 0);

    auto db = Database::open(m_database);
    QVERIFY(db);
    {
        AccountRepository accounts(db->connection());
        const UserAccount bruno = accounts.userByName(QStringLiteral("bruno")).value();
        QCOMPARE(bruno.role, Role::Receptionist);
        QVERIFY(bruno.disabled);
        const UserAccount ana = accounts.userByName(QStringLiteral("ana")).value();
        if (TestDatabase::isPostgres()) {
            // Office mode: no password data in the table; each account is a login role whose
            // password the server checks (bruno's is disabled: NOLOGIN).
            QCOMPARE(accounts.passwordHash(bruno.id).value(), QByteArrayLiteral("server-login"));
            QVERIFY(connectsAs(QStringLiteral("ana"), QStringLiteral("contraseña segura")));
            QVERIFY(!connectsAs(QStringLiteral("bruno"), QStringLiteral("a new password for bruno")));
            QSqlQuery role(db->connection());
            QVERIFY(role.exec(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = current_database() || '_u_bruno'")));
            QVERIFY(role.next());
            QVERIFY(!role.value(0).toBool());
        } else {
            const PasswordHasher hasher;
            QVERIFY(hasher.verify(accounts.passwordHash(bruno.id).value(), "a new password for bruno"));
            QVERIFY(hasher.verify(accounts.passwordHash(ana.id).value(), QStringLiteral("contraseña segura").toUtf8()));
        }
        // The first account was added by the OS user; every later change names ana, who signed in.
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT kind, actor, actor_id FROM account_log WHERE user_id IN (%1, %2) "
                                          "AND kind NOT IN ('signed_in') ORDER BY id").arg(ana.id).arg(bruno.id)));
        QStringList rows;
        while (query.next())
            rows.append(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString() + QLatin1Char('|')
                        + (query.value(2).isNull() ? QStringLiteral("NULL") : query.value(2).toString()));
        const QString byAna = QStringLiteral("|Ana Ruiz|%1").arg(ana.id);
        QCOMPARE(rows, (QStringList { QStringLiteral("account_created|deskuser|NULL"), QStringLiteral("account_created") + byAna,
                                      QStringLiteral("role_changed") + byAna, QStringLiteral("password_reset") + byAna,
                                      QStringLiteral("disabled") + byAna }));
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
    QTest::newRow("bad email") << QStringList { QStringLiteral("add-user"), QStringLiteral("eve"), QStringLiteral("--name"), QStringLiteral("Eve"),
                                                QStringLiteral("--email"), QStringLiteral("eve@") }
                               << QByteArray("long enough password\n") << 2;
    QTest::newRow("password as argument") << QStringList { QStringLiteral("add-user"), QStringLiteral("eve"), QStringLiteral("--name"), QStringLiteral("Eve"),
                                                           QStringLiteral("--password"), QStringLiteral("long enough password") }
                                          << QByteArray() << 2;
    QTest::newRow("bad role") << QStringList { QStringLiteral("add-user"), QStringLiteral("eve"), QStringLiteral("--name"), QStringLiteral("Eve"),
                                               QStringLiteral("--role"), QStringLiteral("root") }
                              << QByteArray("long enough password\n") << 2;
    QTest::newRow("unknown user") << QStringList { QStringLiteral("set-role"), QStringLiteral("nobody"), QStringLiteral("admin"),
                                                   QStringLiteral("--user"), QStringLiteral("ana") }
                                  << QByteArray("long enough password\n") << 4;
}

void TestAccountCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    if (arguments.first() != QLatin1String("add-user"))
        QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ana"), QStringLiteral("--name"), QStringLiteral("Ana"),
                       QStringLiteral("--role"), QStringLiteral("admin") },
                     "long enough password\n").code, 0);
    const Outcome outcome = run(arguments, input);
    QCOMPARE(outcome.code, code);
    QVERIFY(!outcome.err.isEmpty());
}

void TestAccountCli::actsAsAnAdministrator()
{
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ada"), QStringLiteral("--name"), QStringLiteral("Ada Admin"),
                   QStringLiteral("--role"), QStringLiteral("admin") }, "long enough password\n").code, 0);
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ana"), QStringLiteral("--name"), QStringLiteral("Ana Ruiz"),
                   QStringLiteral("--user"), QStringLiteral("ada") }, "long enough password\nana's own password\n").code, 0);
    // --as is the old spelling of --user: it names an account, whose password is now needed.
    const Outcome unsigned_ = run({ QStringLiteral("set-role"), QStringLiteral("ana"), QStringLiteral("admin"),
                                    QStringLiteral("--as"), QStringLiteral("ada") });
    QCOMPARE(unsigned_.code, 7);
    QVERIFY2(unsigned_.err.contains(QStringLiteral("No password")), qPrintable(unsigned_.err));
    // An attorney cannot change accounts, with her right password.
    QCOMPARE(run({ QStringLiteral("set-role"), QStringLiteral("ada"), QStringLiteral("attorney"), QStringLiteral("--as"), QStringLiteral("ana") },
                 "ana's own password\n").code, 7);
    QCOMPARE(run({ QStringLiteral("set-role"), QStringLiteral("ana"), QStringLiteral("admin"), QStringLiteral("--as"), QStringLiteral("ada") },
                 "long enough password\n").code, 0);
    auto db = Database::open(m_database);
    QVERIFY(db);
    {
        AccountRepository accounts(db->connection());
        QCOMPARE(accounts.userByName(QStringLiteral("ada"))->role, Role::Admin);
        const UserAccount ana = accounts.userByName(QStringLiteral("ana")).value();
        const QList<AccountLogEntry> log = accounts.logEntries(ana.id).value();
        QCOMPARE(log.first().kind, QStringLiteral("role_changed"));
        QCOMPARE(log.first().actor, QStringLiteral("Ada Admin"));
        QCOMPARE(log.first().actorId, std::optional<qint64>(accounts.userByName(QStringLiteral("ada"))->id));
    }
    db = Error {};
}

void TestAccountCli::seedAccountsAndLead()
{
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ada"), QStringLiteral("--name"), QStringLiteral("Ada Admin"),
                   QStringLiteral("--role"), QStringLiteral("admin") }, "ada's password\n").code, 0);
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ana"), QStringLiteral("--name"), QStringLiteral("Ana Attorney"),
                   QStringLiteral("--role"), QStringLiteral("attorney"), QStringLiteral("--user"), QStringLiteral("ada") },
                 "ada's password\nana's password\n").code, 0);
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("rita"), QStringLiteral("--name"), QStringLiteral("Rita Reception"),
                   QStringLiteral("--role"), QStringLiteral("receptionist"), QStringLiteral("--user"), QStringLiteral("ada") },
                 "ada's password\nrita's password\n").code, 0);
    auto db = Database::open(m_database);
    QVERIFY(db);
    {
        LeadRepository leads(db->connection());
        const QByteArray pdf = TestSupport::makePdf();
        const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                                  QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
        QCOMPARE(leads.create(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), resume,
                              QStringLiteral("seed")).value(), 1);
    }
    db = Error {};
}

QString TestAccountCli::snapshot()
{
    auto db = Database::open(m_database);
    if (!db)
        return db.error().message;
    QString text;
    {
        QSqlQuery query(db->connection());
        for (const QString& sql : { QStringLiteral("SELECT id, status, version FROM leads ORDER BY id"),
                                    QStringLiteral("SELECT id, kind, actor FROM lead_events ORDER BY id"),
                                    QStringLiteral("SELECT username, role, disabled FROM users ORDER BY id") }) {
            if (!query.exec(sql))
                return QStringLiteral("query failed: ") + sql;
            while (query.next())
                text += query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() + QLatin1Char(' ')
                    + query.value(2).toString() + QLatin1Char('\n');
        }
        const FirmSettings settings(db->connection());
        text += settings.value(FirmSettings::Key::FirmName).value().toString();
    }
    db = Error {};
    return text;
}

void TestAccountCli::firstAdministratorNeedsNoSignIn()
{
    // A fresh database: commands work as before accounts existed, as the OS user.
    const Outcome set = run({ QStringLiteral("config-set"), QStringLiteral("firm.name"), QStringLiteral("Smith & Partners") });
    QVERIFY2(set.code == 0, qPrintable(set.err));
    const Outcome added = run({ QStringLiteral("add-user"), QStringLiteral("ada"), QStringLiteral("--name"), QStringLiteral("Ada Admin"),
                                QStringLiteral("--role"), QStringLiteral("admin") }, "ada's password\n");
    QVERIFY2(added.code == 0, qPrintable(added.err));
    // ...and not once the first account exists.
    const Outcome refused = run({ QStringLiteral("config-set"), QStringLiteral("firm.name"), QStringLiteral("Other") });
    QCOMPARE(refused.code, 7);
    QVERIFY2(refused.err.contains(QStringLiteral("--user")), qPrintable(refused.err));
    // --user on a database without accounts is a mistake, not ignored.
    init();
    QCOMPARE(run({ QStringLiteral("config-set"), QStringLiteral("firm.name"), QStringLiteral("X") }).code, 0);
    QCOMPARE(run({ QStringLiteral("config-set"), QStringLiteral("firm.name"), QStringLiteral("Y"), QStringLiteral("--user"), QStringLiteral("ada") },
                 "ada's password\n").code, 7);
}

void TestAccountCli::signIn_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message"); // in stderr when refused

    const QStringList setStatus { QStringLiteral("set-status"), QStringLiteral("1"), QStringLiteral("REACHED_OUT") };
    const QStringList configSet { QStringLiteral("config-set"), QStringLiteral("firm.name"), QStringLiteral("Mallory LLP") };
    const QStringList setRole { QStringLiteral("set-role"), QStringLiteral("rita"), QStringLiteral("admin") };
    const auto as = [](const char* user) { return QStringList { QStringLiteral("--user"), QString::fromLatin1(user) }; };

    QTest::newRow("set-status without --user") << setStatus << QByteArray() << 7 << QStringLiteral("--user");
    QTest::newRow("set-status, wrong password") << setStatus + as("ana") << QByteArray("not ana's password\n") << 7
                                                << QStringLiteral("Wrong user name or password");
    QTest::newRow("set-status, no password") << setStatus + as("ana") << QByteArray() << 7 << QStringLiteral("No password");
    QTest::newRow("set-status, unknown account") << setStatus + as("nobody") << QByteArray("ana's password\n") << 7
                                                 << QStringLiteral("Wrong user name or password");
    QTest::newRow("set-status by a receptionist") << setStatus + as("rita") << QByteArray("rita's password\n") << 7
                                                  << QStringLiteral("needs the role attorney");
    QTest::newRow("set-status as $USER's name") << setStatus + as("deskuser") << QByteArray("deskuser\n") << 7
                                                << QStringLiteral("Wrong user name or password");
    QTest::newRow("config-set by an attorney") << configSet + as("ana") << QByteArray("ana's password\n") << 7
                                               << QStringLiteral("needs the role admin");
    QTest::newRow("config-set without --user") << configSet << QByteArray() << 7 << QStringLiteral("--user");
    QTest::newRow("set-role by an attorney") << setRole + as("ana") << QByteArray("ana's password\n") << 7
                                             << QStringLiteral("needs the role admin");
    QTest::newRow("list-leads without --user") << QStringList { QStringLiteral("list-leads") } << QByteArray() << 7
                                               << QStringLiteral("--user");
    QTest::newRow("export-resume by a receptionist")
        << QStringList { QStringLiteral("export-resume"), QStringLiteral("1"), QStringLiteral("out.pdf") } + as("rita")
        << QByteArray("rita's password\n") << 7 << QStringLiteral("needs the role attorney");
    // Allowed: these change what they should (checked in snapshot's difference).
    QTest::newRow("set-status by an attorney") << setStatus + as("ana") << QByteArray("ana's password\n") << 0 << QString();
    QTest::newRow("config-set by an admin") << configSet + as("ada") << QByteArray("ada's password\n") << 0 << QString();
    QTest::newRow("set-status by an admin") << setStatus + as("ada") << QByteArray("ada's password\n") << 0 << QString();
    QTest::newRow("verify-audit needs no account") << QStringList { QStringLiteral("verify-audit") } << QByteArray() << 0 << QString();
}

void TestAccountCli::signIn()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(QString, message);
    seedAccountsAndLead();
    const QString before = snapshot();
    const Outcome outcome = run(arguments, input);
    QVERIFY2(outcome.code == code, qPrintable(outcome.err));
    if (code != 0) {
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(QStringLiteral("Nothing was changed"), Qt::CaseInsensitive), qPrintable(outcome.err));
        QVERIFY(!outcome.err.contains(QString::fromUtf8(input.trimmed())) || input.isEmpty());
        QCOMPARE(outcome.out, QString());
        QCOMPARE(snapshot(), before);
    } else if (arguments.first() != QLatin1String("verify-audit")) {
        QVERIFY(snapshot() != before);
    }
}

void TestAccountCli::historyNamesTheSignedInAttorney()
{
    seedAccountsAndLead();
    const Outcome changed = run({ QStringLiteral("set-status"), QStringLiteral("1"), QStringLiteral("REACHED_OUT"),
                                  QStringLiteral("--user"), QStringLiteral("ana") }, "ana's password\n");
    QVERIFY2(changed.code == 0, qPrintable(changed.err));
    QVERIFY(!changed.out.contains(QStringLiteral("ana's password")));
    // add-lead is intake: no sign-in needed, recorded as the desk; with --user, as that account.
    const QByteArray pdf = TestSupport::makePdf();
    const QString pdfPath = m_dir.filePath(QStringLiteral("cv-%1.pdf").arg(m_counter));
    {
        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(pdf) == pdf.size());
    }
    const QStringList addLead { QStringLiteral("add-lead"), QStringLiteral("--first-name"), QStringLiteral("John"),
                                QStringLiteral("--last-name"), QStringLiteral("Roe"), QStringLiteral("--resume"), pdfPath,
                                QStringLiteral("--email") };
    const Outcome desk = run(addLead + QStringList { QStringLiteral("john@example.com") });
    QVERIFY2(desk.code == 0, qPrintable(desk.err));
    const Outcome byRita = run(addLead + QStringList { QStringLiteral("john2@example.com"), QStringLiteral("--user"), QStringLiteral("rita") },
                               "rita's password\n");
    QVERIFY2(byRita.code == 0, qPrintable(byRita.err));

    auto db = Database::open(m_database);
    QVERIFY(db);
    {
        AccountRepository accounts(db->connection());
        const qint64 ana = accounts.userByName(QStringLiteral("ana"))->id;
        const qint64 rita = accounts.userByName(QStringLiteral("rita"))->id;
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT lead_id, kind, actor, actor_id FROM lead_events ORDER BY id")));
        QStringList rows;
        while (query.next())
            rows.append(QStringLiteral("%1 %2 %3 %4").arg(query.value(0).toString(), query.value(1).toString(),
                                                          query.value(2).toString(),
                                                          query.value(3).isNull() ? QStringLiteral("NULL") : query.value(3).toString()));
        QCOMPARE(rows, (QStringList { QStringLiteral("1 created seed NULL"),
                                      QStringLiteral("1 status_changed Ana Attorney %1").arg(ana),
                                      QStringLiteral("2 created deskuser NULL"),
                                      QStringLiteral("3 created Rita Reception %1").arg(rita) }));
        // The sign-in is in the account log too, from the command line.
        const QList<AccountLogEntry> log = accounts.logEntries(ana).value();
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const AccountLogEntry& entry) {
            return entry.kind == QLatin1String("signed_in") && entry.detail.contains(QStringLiteral("Command line"));
        }));
    }
    db = Error {};
}

// assign ID USERNAME (issue 12, part 1): exit codes and precise messages; a refusal changes
// nothing (snapshot: lead 1's version, the history, the accounts).
void TestAccountCli::assignCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("to an attorney") << QStringList { QStringLiteral("1"), QStringLiteral("ANA") } << 0
                                    << QStringLiteral("Lead 1 is now Ana Attorney's");
    QTest::newRow("to an administrator") << QStringList { QStringLiteral("1"), QStringLiteral("ada") } << 0
                                         << QStringLiteral("Lead 1 is now Ada Admin's");
    QTest::newRow("unknown user") << QStringList { QStringLiteral("1"), QStringLiteral("bob") } << 4
                                  << QStringLiteral("There is no account named “bob”.");
    QTest::newRow("a receptionist") << QStringList { QStringLiteral("1"), QStringLiteral("rita") } << 2
                                    << QStringLiteral("The account rita (Receptionist) is not an attorney");
    QTest::newRow("a disabled attorney") << QStringList { QStringLiteral("1"), QStringLiteral("old") } << 2
                                         << QStringLiteral("The account old is disabled");
    QTest::newRow("bad id") << QStringList { QStringLiteral("one"), QStringLiteral("ana") } << 2
                            << QStringLiteral("\"one\" is not a lead id");
    QTest::newRow("no such lead") << QStringList { QStringLiteral("9"), QStringLiteral("ana") } << 4
                                  << QStringLiteral("Lead 9 does not exist");
    QTest::newRow("no user name") << QStringList { QStringLiteral("1") } << 2
                                  << QStringLiteral("assign needs a lead id and a user name");
}

void TestAccountCli::assignCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    seedAccountsAndLead();
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("old"), QStringLiteral("--name"), QStringLiteral("Old Timer"),
                   QStringLiteral("--role"), QStringLiteral("attorney"), QStringLiteral("--user"), QStringLiteral("ada") },
                 "ada's password\nold's password\n").code, 0);
    QCOMPARE(run({ QStringLiteral("disable-user"), QStringLiteral("old"), QStringLiteral("--user"), QStringLiteral("ada") },
                 "ada's password\n").code, 0);
    const QString before = snapshot();
    const Outcome outcome = run(QStringList { QStringLiteral("assign") } + arguments
                                    + QStringList { QStringLiteral("--user"), QStringLiteral("ana") },
                                "ana's password\n");
    QCOMPARE(outcome.code, code);
    QVERIFY2((code == 0 ? outcome.out : outcome.err).contains(message), qPrintable(outcome.out + outcome.err));
    if (code != 0) {
        QCOMPARE(snapshot(), before);
        return;
    }
    auto db = Database::open(m_database);
    QVERIFY(db);
    {
        const Lead lead = LeadRepository(db->connection()).lead(1).value();
        QCOMPARE(lead.attorneyId, AccountRepository(db->connection()).userByName(arguments.at(1))->id);
        const QList<LeadEvent> history = LeadRepository(db->connection()).history(1).value();
        QCOMPARE(history.last().kind, LeadEvent::Kind::Assigned);
        QCOMPARE(history.last().actor, QStringLiteral("Ana Attorney"));
        QVERIFY(AuditVerifier(db->connection()).verify()->intact());
    }
    db = Error {};
    // Again: nothing to do, said so, nothing recorded.
    const QString after = snapshot();
    const Outcome again = run(QStringList { QStringLiteral("assign") } + arguments
                                  + QStringList { QStringLiteral("--user"), QStringLiteral("ana") },
                              "ana's password\n");
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(QStringLiteral("already responsible")), qPrintable(again.out));
    QCOMPARE(snapshot(), after);
}

// add-lead --attorney/--source and list-leads --attorney (issue 12, parts 1 and 4).
void TestAccountCli::leadsByAttorneyAndSource()
{
    seedAccountsAndLead();
    const QByteArray pdf = TestSupport::makePdf();
    const QString pdfPath = m_dir.filePath(QStringLiteral("cv-%1.pdf").arg(m_counter));
    {
        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(pdf) == pdf.size());
    }
    const QStringList addLead { QStringLiteral("add-lead"), QStringLiteral("--first-name"), QStringLiteral("John"),
                                QStringLiteral("--last-name"), QStringLiteral("Roe"), QStringLiteral("--resume"), pdfPath,
                                QStringLiteral("--email") };
    const QString before = snapshot();
    const Outcome toRita = run(addLead + QStringList { QStringLiteral("j1@example.com"), QStringLiteral("--attorney"),
                                                       QStringLiteral("rita") });
    QCOMPARE(toRita.code, 2);
    QVERIFY2(toRita.err.contains(QStringLiteral("not an attorney")), qPrintable(toRita.err));
    const Outcome toBob = run(addLead + QStringList { QStringLiteral("j1@example.com"), QStringLiteral("--attorney"),
                                                      QStringLiteral("bob") });
    QCOMPARE(toBob.code, 4);
    QVERIFY2(toBob.err.contains(QStringLiteral("There is no account named “bob”.")), qPrintable(toBob.err));
    const Outcome badSource = run(addLead + QStringList { QStringLiteral("j1@example.com"), QStringLiteral("--source"),
                                                          QString(201, QLatin1Char('x')) });
    QCOMPARE(badSource.code, 2);
    QCOMPARE(snapshot(), before);

    const Outcome added = run(addLead + QStringList { QStringLiteral("j2@example.com"), QStringLiteral("--attorney"),
                                                      QStringLiteral("ana"), QStringLiteral("--source"),
                                                      QStringLiteral("Radio, evening show") });
    QVERIFY2(added.code == 0, qPrintable(added.err));

    const Outcome mine = run({ QStringLiteral("list-leads"), QStringLiteral("--csv"), QStringLiteral("--attorney"),
                               QStringLiteral("ana"), QStringLiteral("--user"), QStringLiteral("ana") },
                             "ana's password\n");
    QVERIFY2(mine.code == 0, qPrintable(mine.err));
    const QStringList lines = mine.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).endsWith(QStringLiteral(",attorney,source")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("2,John,Roe,j2@example.com,PENDING,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",Ana Attorney,\"Radio, evening show\"")), qPrintable(lines.at(1)));
    const Outcome nobody = run({ QStringLiteral("list-leads"), QStringLiteral("--attorney"), QStringLiteral("bob"),
                                 QStringLiteral("--user"), QStringLiteral("ana") },
                               "ana's password\n");
    QCOMPARE(nobody.code, 4);
    QVERIFY2(nobody.err.contains(QStringLiteral("There is no account named “bob”.")), qPrintable(nobody.err));
}

// user-edit: an administrator changes a full name and an email address; the account log
// names the fields, the leads follow the new name (on a server: as the admin's own login).
void TestAccountCli::userEditChangesNameAndEmail()
{
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ana"), QStringLiteral("--name"), QStringLiteral("Ana Ruiz"),
                   QStringLiteral("--role"), QStringLiteral("admin") }, "contraseña segura\n").code, 0);
    const QStringList asAna { QStringLiteral("--user"), QStringLiteral("ana") };
    QCOMPARE(run(QStringList { QStringLiteral("add-user"), QStringLiteral("bruno"), QStringLiteral("--name"),
                               QStringLiteral("Bruno Costa"), QStringLiteral("--email"), QStringLiteral("b@firm.example") } + asAna,
                 "contraseña segura\nbruno's password\n").code, 0);
    auto db = Database::open(m_database);
    QVERIFY(db);
    const qint64 bruno = AccountRepository(db->connection()).userByName(QStringLiteral("bruno"))->id;
    const qint64 ana = AccountRepository(db->connection()).userByName(QStringLiteral("ana"))->id;
    const QByteArray pdf = TestSupport::makePdf(QStringLiteral("lead"));
    const Result<qint64> lead = LeadRepository(db->connection())
                                    .create(QStringLiteral("Lía"), QStringLiteral("Mora"), QStringLiteral("lia@example.com"),
                                            { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
                                            QStringLiteral("desk"), QStringLiteral("en"), {}, std::nullopt,
                                            LeadOrigin { bruno, QString() });
    QVERIFY2(lead, qPrintable(lead ? QString() : lead.error().message));

    Outcome edited = run(QStringList { QStringLiteral("user-edit"), QStringLiteral("bruno"), QStringLiteral("--name"),
                                       QStringLiteral("Bruno Costa Lima") } + asAna, "contraseña segura\n");
    QVERIFY2(edited.code == 0, qPrintable(edited.err));
    QCOMPARE(edited.out, QStringLiteral("bruno: Bruno Costa Lima, b@firm.example.\n"));
    QCOMPARE(LeadRepository(db->connection()).lead(*lead)->attorneyName, QStringLiteral("Bruno Costa Lima"));
    edited = run(QStringList { QStringLiteral("user-edit"), QStringLiteral("bruno"), QStringLiteral("--email"), QString() } + asAna,
                 "contraseña segura\n");
    QVERIFY2(edited.code == 0, qPrintable(edited.err));
    QCOMPARE(edited.out, QStringLiteral("bruno: Bruno Costa Lima, no email address.\n"));
    const UserAccount after = AccountRepository(db->connection()).user(bruno).value();
    QCOMPARE(after.displayName, QStringLiteral("Bruno Costa Lima"));
    QCOMPARE(after.email, QString());

    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT actor, actor_id, detail FROM account_log WHERE kind = 'profile_changed' "
                                      "AND user_id = %1 ORDER BY id").arg(bruno)));
    QStringList rows;
    while (query.next())
        rows.append(QStringList { query.value(0).toString(), query.value(1).toString(), query.value(2).toString() }
                        .join(QLatin1Char('|')));
    QCOMPARE(rows, (QStringList { QStringLiteral("Ana Ruiz|%1|display_name").arg(ana),
                                  QStringLiteral("Ana Ruiz|%1|email").arg(ana) }));
    db = Error {};
}

void TestAccountCli::userEditRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QStringList asAna { QStringLiteral("--user"), QStringLiteral("ana") };
    QTest::newRow("nothing to change") << QStringList { QStringLiteral("user-edit"), QStringLiteral("bruno") } + asAna
                                       << QByteArray("contraseña segura\n") << 2
                                       << QStringLiteral("user-edit needs --name, --email or both");
    QTest::newRow("not an address") << QStringList { QStringLiteral("user-edit"), QStringLiteral("bruno"),
                                                     QStringLiteral("--email"), QStringLiteral("bruno@") } + asAna
                                    << QByteArray("contraseña segura\n") << 2
                                    << QStringLiteral("The account's email address: ");
    QTest::newRow("empty name") << QStringList { QStringLiteral("user-edit"), QStringLiteral("bruno"),
                                                 QStringLiteral("--name"), QStringLiteral(" ") } + asAna
                                << QByteArray("contraseña segura\n") << 2 << QStringLiteral("The full name is required");
    QTest::newRow("unknown account") << QStringList { QStringLiteral("user-edit"), QStringLiteral("nadie"),
                                                      QStringLiteral("--name"), QStringLiteral("X") } + asAna
                                     << QByteArray("contraseña segura\n") << 4 << QStringLiteral("There is no account named");
    QTest::newRow("by an attorney") << QStringList { QStringLiteral("user-edit"), QStringLiteral("ana"),
                                                     QStringLiteral("--name"), QStringLiteral("X"),
                                                     QStringLiteral("--user"), QStringLiteral("bruno") }
                                    << QByteArray("bruno's password\n") << 7 << QString();
}

void TestAccountCli::userEditRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(QString, message);
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ana"), QStringLiteral("--name"), QStringLiteral("Ana Ruiz"),
                   QStringLiteral("--role"), QStringLiteral("admin") }, "contraseña segura\n").code, 0);
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("bruno"), QStringLiteral("--name"), QStringLiteral("Bruno Costa"),
                   QStringLiteral("--email"), QStringLiteral("b@firm.example"), QStringLiteral("--user"), QStringLiteral("ana") },
                 "contraseña segura\nbruno's password\n").code, 0);
    const Outcome refused = run(arguments, input);
    QCOMPARE(refused.code, code);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    auto db = Database::open(m_database);
    QVERIFY(db);
    AccountRepository accounts(db->connection());
    QCOMPARE(accounts.userByName(QStringLiteral("bruno"))->displayName, QStringLiteral("Bruno Costa"));
    QCOMPARE(accounts.userByName(QStringLiteral("bruno"))->email, QStringLiteral("b@firm.example"));
    QCOMPARE(accounts.userByName(QStringLiteral("ana"))->displayName, QStringLiteral("Ana Ruiz"));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM account_log WHERE kind = 'profile_changed'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    db = Error {};
}

QTEST_GUILESS_MAIN(TestAccountCli)
bool TestAccountCli::connectsAs(const QString& username, const QString& password) const
{
    const QString dbName = QUrl(m_database).path().mid(1);
    bool ok = false;
    {
        QSqlDatabase db = TestDatabase::server()->database(QStringLiteral("connects-as"), dbName,
                                                           dbName + QStringLiteral("_u_") + username, password);
        ok = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("connects-as"));
    return ok;
}

#include "tst_accountcli.moc"
