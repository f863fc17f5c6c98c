#include "accountrepository.h"
#include "auditverifier.h"
#include "csvimporter.h"
#include "database.h"
#include "firmsettings.h"
#include "intakejournal.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "leadvalidator.h"
#include "pgserver.h"
#include "serverroles.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlError>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtTest>

// Office mode's roles, enforced by the server itself (issue 10, item 6), statement by
// statement on a real PostgreSQL 15: what the intake, a receptionist, an attorney and an
// administrator may and may not do. PostgreSQL only.
class TestServerRoles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scramVerifierMatchesRfc7677();
    void applyIsIdempotent();
    void intakeSubmitsButReadsNothing_data();
    void intakeSubmitsButReadsNothing();
    void intakeSubmitIsWholeAndChained();
    void intakeSubmitRefusesADamagedResume();
    void receptionistReadsNoResume_data();
    void receptionistReadsNoResume();
    void attorneyWorksLeadsButNeverRewritesHistory_data();
    void attorneyWorksLeadsButNeverRewritesHistory();
    void adminKeepsSettingsButNeverRewritesHistory_data();
    void adminKeepsSettingsButNeverRewritesHistory();
    void strangersCannotConnect();
    void administratorsImportCsvAttorneysDoNot();
    void intakeServiceWorksAsTheIntakeRole();
    void failedSignInsAreSlowedByTheServer();
    void intakeSubmitAssignsByTheFirmsRule();

private:
    // A statement as a login; true when the server accepted it. *error: its message.
    bool run(const QString& login, const QString& sql, QString* error = nullptr);
    qint64 submit(const QString& login, const QString& first, const QByteArray& pdf, const QByteArray& sha);

    std::optional<Database> m_db; // the owner's (superuser) connection
    QString m_dbName;
    QHash<QString, QString> m_passwords;
    int m_connections = 0;
};

void TestServerRoles::initTestCase()
{
    if (!TestDatabase::isPostgres())
        QSKIP("office mode only: roles are PostgreSQL's");
    const QString target = TestDatabase::freshTarget();
    m_dbName = QUrl(target).path().mid(1);
    auto db = Database::open(target);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    const VoidResult applied = ServerRoles::apply(m_db->connection());
    QVERIFY2(applied, qPrintable(applied.error().message));
    const QList<QPair<QString, ServerRoles::Group>> logins {
        { m_dbName + QStringLiteral("_desk"), ServerRoles::Group::Intake },
        { m_dbName + QStringLiteral("_rita"), ServerRoles::Group::Receptionist },
        { m_dbName + QStringLiteral("_alan"), ServerRoles::Group::Attorney },
        { m_dbName + QStringLiteral("_ada"), ServerRoles::Group::Admin },
    };
    for (const auto& [login, group] : logins) {
        const QString password = QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral("é");
        const VoidResult set = ServerRoles::setLogin(m_db->connection(), login, group, password);
        QVERIFY2(set, qPrintable(set.error().message));
        m_passwords.insert(login, password);
    }
    // An attorney's lead to work on, through the intake as a desk would.
    const QByteArray pdf = TestSupport::makePdf(QStringLiteral("seed"));
    QVERIFY(submit(m_dbName + QStringLiteral("_desk"), QStringLiteral("Seed"), pdf,
                   QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()) > 0);
}

void TestServerRoles::cleanupTestCase()
{
    m_db.reset();
}

bool TestServerRoles::run(const QString& login, const QString& sql, QString* error)
{
    const QString name = QStringLiteral("roles-%1").arg(++m_connections);
    bool ok = false;
    {
        QSqlDatabase db = TestDatabase::server()->database(name, m_dbName, login, m_passwords.value(login));
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

qint64 TestServerRoles::submit(const QString& login, const QString& first, const QByteArray& pdf, const QByteArray& sha)
{
    const QString name = QStringLiteral("roles-%1").arg(++m_connections);
    qint64 id = 0;
    {
        QSqlDatabase db = TestDatabase::server()->database(name, m_dbName, login, m_passwords.value(login));
        if (!db.open()) {
            qWarning() << db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT leadintake_submit_lead(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const QString email = first.toLower() + QStringLiteral("@example.com");
            for (const QVariant& value : QVariantList { first, QStringLiteral("Núñez"), email, LeadValidator::emailKey(email),
                                                        QStringLiteral("es"), QStringLiteral("cv.pdf"),
                                                        QStringLiteral("application/pdf"), QString::fromLatin1(sha), pdf,
                                                        QStringLiteral("Front desk"),
                                                        QVariant(QMetaType(QMetaType::LongLong)),
                                                        QVariant(QMetaType(QMetaType::QString)),
                                                        QVariant(QMetaType(QMetaType::LongLong)),
                                                        QStringLiteral("Radio") })
                query.addBindValue(value);
            if (query.exec() && query.next())
                id = query.value(0).toLongLong();
            else
                qWarning() << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

void TestServerRoles::scramVerifierMatchesRfc7677()
{
    // RFC 7677's example: user "user", password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==,
    // 4096 iterations. Its StoredKey and ServerKey follow from the exchange shown there.
    const QByteArray verifier = ServerRoles::scramVerifier(QStringLiteral("pencil"),
                                                           QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
    QCOMPARE(verifier, QByteArray("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"
                                  "WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                                  "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
}

void TestServerRoles::applyIsIdempotent()
{
    const VoidResult again = ServerRoles::apply(m_db->connection());
    QVERIFY2(again, qPrintable(again.error().message));
    QString error;
    QVERIFY2(!run(m_dbName + QStringLiteral("_desk"), QStringLiteral("SELECT count(*) FROM leads"), &error), "still refused");
}

void TestServerRoles::intakeSubmitsButReadsNothing_data()
{
    QTest::addColumn<QString>("sql");
    for (const char* table : { "leads", "resumes", "lead_events", "settings", "outbox", "users", "account_log",
                               "intake_uploads", "sign_in_name_throttle" })
        QTest::newRow(table) << QStringLiteral("SELECT * FROM %1 LIMIT 1").arg(QLatin1String(table));
    QTest::newRow("insert lead") << QStringLiteral(
        "INSERT INTO leads (first_name, last_name, email, email_key, created_at, updated_at, created_by) "
        "VALUES ('a', 'b', 'a@b.c', 'a@b.c', 0, 0, 'x')");
    QTest::newRow("update lead") << QStringLiteral("UPDATE leads SET status = 'REACHED_OUT'");
    QTest::newRow("chain function") << QStringLiteral(
        "SELECT leadintake_append_lead_event(1, 'note', NULL, NULL, 'x', 'x', NULL, 0)");
    QTest::newRow("create table") << QStringLiteral("CREATE TABLE mine (x int)");
    QTest::newRow("create role") << QStringLiteral("CREATE ROLE sneaky LOGIN");
}

void TestServerRoles::intakeSubmitsButReadsNothing()
{
    QFETCH(QString, sql);
    QString error;
    QVERIFY2(!run(m_dbName + QStringLiteral("_desk"), sql, &error), "the intake role was allowed");
    QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
}

void TestServerRoles::intakeSubmitIsWholeAndChained()
{
    const QString desk = m_dbName + QStringLiteral("_desk");
    QVERIFY(run(desk, QStringLiteral("SELECT leadintake_email_known('seed@example.com')")));
    QSqlQuery query(m_db->connection());
    const QByteArray pdf = TestSupport::makePdf(QStringLiteral("Ana"));
    const qint64 id = submit(desk, QStringLiteral("Ana"), pdf, QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    QVERIFY(id > 0);
    // Everything the app's own create() writes: the lead, its resume, history, two emails.
    LeadRepository repository(m_db->connection());
    const Result<Lead> lead = repository.lead(id);
    QVERIFY(lead);
    QCOMPARE(lead->firstName, QStringLiteral("Ana"));
    QCOMPARE(repository.preferredLanguage(id).value(), QStringLiteral("es"));
    const Result<ResumeFile> resume = repository.verifiedResume(id);
    QVERIFY2(resume, qPrintable(resume.error().message));
    QCOMPARE(resume->content, pdf);
    QCOMPARE(repository.history(id)->size(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT message_id) FROM outbox WHERE lead_id = %1").arg(id)) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(query.value(1).toInt(), 2);
    // The row the server chained verifies with the app's own encoding, and the app's next
    // row chains onto it.
    QVERIFY(repository.addNote(id, QStringLiteral("called back"), QStringLiteral("Alan"), std::nullopt));
    const Result<AuditVerifier::Report> report = AuditVerifier(m_db->connection()).verify();
    QVERIFY2(report, qPrintable(report.error().message));
    QVERIFY2(report->intact(), qPrintable(report->summary()));
    QVERIFY(report->rowsChecked >= 3);
}

void TestServerRoles::intakeSubmitRefusesADamagedResume()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM leads")) && query.next());
    const int before = query.value(0).toInt();
    const QByteArray pdf = TestSupport::makePdf(QStringLiteral("Bad"));
    QCOMPARE(submit(m_dbName + QStringLiteral("_desk"), QStringLiteral("Bad"), pdf, QByteArray(64, 'a')), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM leads")) && query.next());
    QCOMPARE(query.value(0).toInt(), before);
}

void TestServerRoles::receptionistReadsNoResume_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("resume") << QStringLiteral("SELECT content FROM resumes LIMIT 1");
    QTest::newRow("leads") << QStringLiteral("SELECT first_name FROM leads LIMIT 1");
    QTest::newRow("history") << QStringLiteral("SELECT * FROM lead_events LIMIT 1");
    QTest::newRow("password hashes") << QStringLiteral("SELECT password_hash FROM users LIMIT 1");
    QTest::newRow("settings") << QStringLiteral("SELECT * FROM settings LIMIT 1");
}

void TestServerRoles::receptionistReadsNoResume()
{
    QFETCH(QString, sql);
    QString error;
    QVERIFY2(!run(m_dbName + QStringLiteral("_rita"), sql, &error), "the receptionist was allowed");
    QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
    // What a receptionist may: submit, and see who works here.
    QVERIFY(run(m_dbName + QStringLiteral("_rita"), QStringLiteral("SELECT display_name, role FROM users")));
}

void TestServerRoles::attorneyWorksLeadsButNeverRewritesHistory_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("read leads") << QStringLiteral("SELECT * FROM leads") << true;
    QTest::newRow("read resumes") << QStringLiteral("SELECT content FROM resumes") << true;
    QTest::newRow("change status") << QStringLiteral("UPDATE leads SET status = 'REACHED_OUT', version = version + 1") << true;
    QTest::newRow("rename a lead") << QStringLiteral("UPDATE leads SET first_name = 'X'") << false;
    QTest::newRow("delete a lead") << QStringLiteral("DELETE FROM leads") << false;
    QTest::newRow("update history") << QStringLiteral("UPDATE lead_events SET detail = 'x'") << false;
    QTest::newRow("delete history") << QStringLiteral("DELETE FROM lead_events") << false;
    QTest::newRow("update account log") << QStringLiteral("UPDATE account_log SET detail = 'x'") << false;
    QTest::newRow("delete account log") << QStringLiteral("DELETE FROM account_log") << false;
    QTest::newRow("change settings") << QStringLiteral("INSERT INTO settings VALUES ('firm.name', 'x')") << false;
    QTest::newRow("change an account") << QStringLiteral("UPDATE users SET role = 'admin'") << false;
    QTest::newRow("create role") << QStringLiteral("CREATE ROLE sneaky LOGIN") << false;
    QTest::newRow("read password hashes") << QStringLiteral("SELECT password_hash FROM users") << false;
}

void TestServerRoles::attorneyWorksLeadsButNeverRewritesHistory()
{
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    QString error;
    const bool ran = run(m_dbName + QStringLiteral("_alan"), sql, &error);
    QVERIFY2(ran == allowed, qPrintable(allowed ? error : QStringLiteral("the attorney was allowed")));
    if (!allowed)
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
}

void TestServerRoles::adminKeepsSettingsButNeverRewritesHistory_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("change settings") << QStringLiteral(
        "INSERT INTO settings VALUES ('firm.name', 'Ley') ON CONFLICT (key) DO UPDATE SET value = excluded.value") << true;
    QTest::newRow("update history") << QStringLiteral("UPDATE lead_events SET detail = 'x'") << false;
    QTest::newRow("delete history") << QStringLiteral("DELETE FROM lead_events") << false;
    QTest::newRow("update account log") << QStringLiteral("UPDATE account_log SET detail = 'x'") << false;
    QTest::newRow("delete account log") << QStringLiteral("DELETE FROM account_log") << false;
    QTest::newRow("drop a table") << QStringLiteral("DROP TABLE lead_events") << false;
    QTest::newRow("disable a trigger") << QStringLiteral("ALTER TABLE lead_events DISABLE TRIGGER ALL") << false;
}

void TestServerRoles::adminKeepsSettingsButNeverRewritesHistory()
{
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    QString error;
    const bool ran = run(m_dbName + QStringLiteral("_ada"), sql, &error);
    QVERIFY2(ran == allowed, qPrintable(allowed ? error : QStringLiteral("the administrator was allowed")));
    if (!allowed)
        // (An administrator may blank an erased lead's details, so the history's own guard
        // refuses any other UPDATE: "append-only".)
        QVERIFY2(error.contains(QStringLiteral("permission denied")) || error.contains(QStringLiteral("must be owner"))
                     || error.contains(QStringLiteral("append-only")),
                 qPrintable(error));
}

void TestServerRoles::strangersCannotConnect()
{
    // Another role of the same cluster (another firm's, another app's) cannot even connect.
    const QString stranger = m_dbName + QStringLiteral("_stranger");
    const QString password = QStringLiteral("stranger password");
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                           .arg(stranger, QString::fromLatin1(ServerRoles::scramVerifier(password)))));
    m_passwords.insert(stranger, password);
    QString error;
    QVERIFY(!run(stranger, QStringLiteral("SELECT 1"), &error));
    QVERIFY2(error.contains(QStringLiteral("permission denied for database")), qPrintable(error));
}

void TestServerRoles::intakeServiceWorksAsTheIntakeRole()
{
    // The front desk before sign-in and the kiosk: the app's own intake, on a connection as
    // the desk's intake login.
    const QString desk = m_dbName + QStringLiteral("_desk");
    QUrl url(TestDatabase::server()->url(m_dbName));
    url.setUserName(desk);
    url.setPassword(m_passwords.value(desk));
    auto db = Database::open(url.toString(QUrl::FullyEncoded));
    QVERIFY2(db, qPrintable(db.error().message));
    LeadRepository repository(db->connection());
    QCOMPARE(repository.mayReadLeads().value(), false);
    IntakeService intake(repository, LeadValidator());
    QTemporaryDir dir;
    const QString pdf = TestSupport::writeFile(dir, QStringLiteral("cv.pdf"), TestSupport::makePdf(QStringLiteral("Kiosk")));
    const LeadDraft draft { QStringLiteral("Kiosk"), QStringLiteral("Walk-in"), QStringLiteral("kiosk@example.com"), pdf,
                            QStringLiteral("es") };
    const IntakeService::Outcome first = intake.submit(draft, QStringLiteral("Kiosk"), IntakeService::Duplicates::Warn);
    QVERIFY2(first.saved(), first.error ? qPrintable(first.error->message) : "not saved");
    LeadRepository owner(m_db->connection());
    QCOMPARE(owner.lead(first.leadId)->lastName, QStringLiteral("Walk-in"));
    QCOMPARE(owner.preferredLanguage(first.leadId).value(), QStringLiteral("es"));

    // The same email again: "already known", and nothing about the other lead.
    const IntakeService::Outcome again = intake.submit(draft, QStringLiteral("Kiosk"), IntakeService::Duplicates::Warn);
    QVERIFY(!again.saved());
    QCOMPARE(again.duplicates.size(), 1);
    QCOMPARE(again.duplicates.first().id, 0);
    QVERIFY(again.duplicates.first().firstName.isEmpty());
    QVERIFY(intake.submit(draft, QStringLiteral("Kiosk"), IntakeService::Duplicates::SaveAnyway).saved());

    // A journaled walk-in uploaded twice (the desk died before forgetting it) is one lead.
    auto journal = IntakeJournal::open(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal);
    LeadValidator::Valid valid;
    valid.firstName = QStringLiteral("Later");
    valid.lastName = QStringLiteral("Upload");
    valid.email = QStringLiteral("later@example.com");
    valid.resume = { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), TestSupport::makePdf(),
                     QCryptographicHash::hash(TestSupport::makePdf(), QCryptographicHash::Sha256).toHex() };
    QVERIFY(journal.value().append(valid, QStringLiteral("en"), QStringLiteral("Kiosk"), std::nullopt));
    const auto entry = journal->oldest();
    QVERIFY(entry && entry->has_value());
    const IntakeService::Outcome uploaded = intake.upload(**entry);
    QVERIFY2(uploaded.saved(), uploaded.error ? qPrintable(uploaded.error->message) : "not saved");
    const IntakeService::Outcome twice = intake.upload(**entry);
    QCOMPARE(twice.leadId, uploaded.leadId);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM leads WHERE email = 'later@example.com'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestServerRoles::failedSignInsAreSlowedByTheServer()
{
    // The admin guide's postgresql.conf lines: every failed password costs the guesser
    // half a second on the server, whichever desk or tool it comes from.
    PgServer server({ QStringLiteral("shared_preload_libraries = 'auth_delay'"),
                      QStringLiteral("auth_delay.milliseconds = 500") });
    QVERIFY2(server.start(), qPrintable(server.errorString() + server.logTail()));
    const auto attempt = [&server](const QString& password) {
        QElapsedTimer timer;
        timer.start();
        bool opened = false;
        {
            QSqlDatabase db = server.database(QStringLiteral("auth-delay"), QStringLiteral("postgres"),
                                              server.superuser(), password);
            opened = db.open();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("auth-delay"));
        return std::make_pair(opened, timer.elapsed());
    };
    const auto [wrongOpened, wrongMs] = attempt(QStringLiteral("not the password"));
    QVERIFY(!wrongOpened);
    QVERIFY2(wrongMs >= 450, qPrintable(QStringLiteral("a wrong password was refused after %1 ms").arg(wrongMs)));
    const auto [rightOpened, rightMs] = attempt(server.superuserPassword());
    QVERIFY(rightOpened);
    qInfo("wrong password refused after %lld ms, right one accepted after %lld ms", wrongMs, rightMs);
}

QTEST_GUILESS_MAIN(TestServerRoles)
// Issue 12, part 1: the intake role's submissions get their attorney from the firm's rule
// on the server (round-robin among active attorneys), the notification goes to that
// attorney with the firm's copy, and the kiosk may read the source choices, nothing else.
void TestServerRoles::intakeSubmitAssignsByTheFirmsRule()
{
    const QString desk = m_dbName + QStringLiteral("_desk");
    AccountRepository accounts(m_db->connection());
    const QByteArray hash = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";
    QList<qint64> attorneys;
    for (const QString& name : { QStringLiteral("rr_one"), QStringLiteral("rr_two") }) {
        UserAccount account;
        account.username = name;
        account.displayName = name.toUpper();
        account.email = name + QStringLiteral("@firm.example");
        account.role = Role::Attorney;
        attorneys.append(accounts.create(account, hash, { std::nullopt, QStringLiteral("cli") }).value());
    }
    // Only these two are active attorneys for this test.
    QSqlQuery owner(m_db->connection());
    QVERIFY(owner.exec(QStringLiteral("UPDATE users SET disabled = 1 WHERE role IN ('attorney', 'admin') "
                                      "AND username NOT LIKE 'rr_%'")));
    FirmSettings settings(m_db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::AssignmentMode, QStringLiteral("round-robin")));
    QVERIFY(settings.setValue(FirmSettings::Key::NotificationAddress, QStringLiteral("intake@firm.example")));
    QVERIFY(settings.setValue(FirmSettings::Key::LeadSources, QStringLiteral("Radio;Print")));
    QList<qint64> leads;
    for (int i = 0; i < 4; ++i) {
        const QByteArray pdf = TestSupport::makePdf(QStringLiteral("rr %1").arg(i));
        leads.append(submit(desk, QStringLiteral("Rr%1").arg(i), pdf,
                            QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
        QVERIFY(leads.last() > 0);
    }
    LeadRepository repository(m_db->connection());
    QList<qint64> given;
    for (const qint64 id : std::as_const(leads)) {
        const Lead lead = repository.lead(id).value();
        QVERIFY(lead.attorneyId);
        given.append(*lead.attorneyId);
        QCOMPARE(lead.source, QStringLiteral("Radio"));
    }
    QCOMPARE(given.count(attorneys.at(0)), 2);
    QCOMPARE(given.count(attorneys.at(1)), 2);
    QVERIFY(given.at(0) != given.at(1));
    QSqlQuery mail(m_db->connection());
    mail.prepare(QStringLiteral("SELECT recipient_address FROM outbox WHERE lead_id = ? "
                                "AND kind = 'attorney_notification' ORDER BY id"));
    mail.addBindValue(leads.first());
    QVERIFY(mail.exec());
    QStringList recipients;
    while (mail.next())
        recipients.append(mail.value(0).toString());
    const QString first = repository.lead(leads.first())->attorneyId == attorneys.at(0) ? QStringLiteral("rr_one@firm.example")
                                                                                         : QStringLiteral("rr_two@firm.example");
    QCOMPARE(recipients, (QStringList { first, QStringLiteral("intake@firm.example") }));
    // The kiosk reads the source choices through the server's function, and no other setting.
    QVERIFY(run(desk, QStringLiteral("SELECT leadintake_lead_sources()")));
    QVERIFY(!run(desk, QStringLiteral("SELECT value FROM settings WHERE key = 'intake.sources'")));
    QVERIFY(!run(desk, QStringLiteral("SELECT leadintake_choose_attorney(NULL)")));
}

// import-csv and File → Import leads… are the administrators' (issue 13): their group may
// write leads, resumes and the import's row memory; an attorney's import is refused whole.
void TestServerRoles::administratorsImportCsvAttorneysDoNot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = TestSupport::writeFile(dir, QStringLiteral("leads.csv"),
                                               "first_name,last_name,email,resume\n"
                                               "Imma,Port,imma.port@example.com,cv.pdf\n"
                                               "Otto,Port,otto.port@example.com,\n");
    TestSupport::writeFile(dir, QStringLiteral("cv.pdf"), TestSupport::makePdf());
    const auto importAs = [&](const QString& login) {
        const QString name = QStringLiteral("roles-%1").arg(++m_connections);
        CsvImporter::Report report;
        {
            QSqlDatabase db = TestDatabase::server()->database(name, m_dbName, login, m_passwords.value(login));
            if (!db.open()) {
                report.error = Error { Error::Code::Database, db.lastError().text() };
            } else {
                CsvImporter::Options options;
                options.actor = login;
                report = CsvImporter(db).run(csv, options);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return report;
    };
    const CsvImporter::Report refused = importAs(m_dbName + QStringLiteral("_alan"));
    QVERIFY(refused.error);
    QVERIFY2(refused.error->message.contains(QStringLiteral("permission denied")), qPrintable(refused.error->message));
    QCOMPARE(refused.added, 0);
    const CsvImporter::Report imported = importAs(m_dbName + QStringLiteral("_ada"));
    QVERIFY2(!imported.error, qPrintable(imported.error ? imported.error->message : QString()));
    QCOMPARE(imported.added, 2);
    const CsvImporter::Report again = importAs(m_dbName + QStringLiteral("_ada"));
    QCOMPARE(again.alreadyImported, 2);
}

#include "tst_serverroles.moc"
