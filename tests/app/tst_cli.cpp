#include "commandline.h"
#include "database.h"
#include "leadrepository.h"
#include "leadvalidator.h"
#include "resumename.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>
#include <memory>
#include <optional>
#include <set>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>

// The real `leadintake` executable, run headless: no DISPLAY, no WAYLAND_DISPLAY, no
// QT_QPA_PLATFORM (a QApplication would abort), HOME and XDG folders in a temporary
// directory, and a temporary --database. Results are checked in the database too. Runs on
// both backends (tst_cli_pg: --database is a postgresql:// URL with the superuser's password,
// which no output may ever show).
class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void addLead_data();
    void addLead();
    void duplicates_data();
    void duplicates();
    void listLeads_data();
    void listLeads();
    void listLeadsTableIsAligned();
    void listLeadsStreamsPages();
    void listLeadsCsvNeutralisesFormulas();
    void setStatus_data();
    void setStatus();
    void followUpAndOverdue();
    void exportResume_data();
    void exportResume();
    void exportResumeRefusesSpecialTargets_data();
    void exportResumeRefusesSpecialTargets();
    void defaultDatabaseIsInXdgDataHome();
    void verifyAudit_data();
    void verifyAudit();

    void isHeadless_data();
    void isHeadless();
    void parseGuiOptions_data();
    void parseGuiOptions();
    void configureApplication();

private:
    struct Outcome
    {
        int code = -1;
        QString out;
        QString err;
        QByteArray rawOut;
    };
    Outcome run(const QStringList& arguments, bool withDatabase = true) const;
    QStringList expand(const QStringList& arguments) const;
    qint64 seed(const QString& first, const QString& last, const QString& email,
        const QByteArray& pdf = TestSupport::makePdf()) const;
    // Inserts a lead with SQL, bypassing validation (for text the form would refuse).
    void seedRaw(
        const QString& first, const QString& last, const QString& email, qint64 createdMs) const;
    std::optional<Database> openDatabase() const;
    static QList<QStringList> parseCsv(const QString& text);

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    QString m_pdfPath;
    QByteArray m_pdf;
};

namespace {
const QString kActor = QStringLiteral("frontdesk");
}

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(LEADINTAKE_EXE)).isExecutable(), LEADINTAKE_EXE);
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE" })
        m_environment.remove(QString::fromLatin1(name));
    const QString home = m_home.path();
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    m_environment.insert(QStringLiteral("USER"), kActor);
    m_environment.insert(QStringLiteral("LOGNAME"), kActor);
    m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_environment.insert(
        QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("leadintake.*.info=false"));
    // This process too: the in-process rows must never see the real user's data.
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/data")));
    qputenv("HOME", QFile::encodeName(home));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (TestDatabase::isPostgres()) {
        // What IT's server-init leaves: a database at the current schema (a desk never
        // migrates a server).
        m_database = TestDatabase::freshTarget();
        QVERIFY(openDatabase());
    } else {
        m_database = m_dir->filePath(QStringLiteral("leads.sqlite"));
    }
    m_pdf = TestSupport::makePdf(QStringLiteral("Jane Doe resume"), 3000);
    m_pdfPath = TestSupport::writeFile(*m_dir, QStringLiteral("resume.pdf"), m_pdf);
    TestSupport::writeFile(*m_dir, QStringLiteral("notes.txt"), "just text\n");
}

void TestCli::cleanup()
{
    m_dir.reset();
}

TestCli::Outcome TestCli::run(const QStringList& arguments, bool withDatabase) const
{
    QStringList all = expand(arguments);
    if (withDatabase)
        all << QStringLiteral("--database") << m_database;
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(LEADINTAKE_EXE), all);
    Outcome outcome;
    if (!process.waitForStarted(30000)) {
        outcome.err = QStringLiteral("did not start: ") + process.errorString();
        return outcome;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        outcome.code = -2;
        outcome.err = QStringLiteral("crashed or hung: ")
            + QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }
    outcome.code = process.exitCode();
    outcome.rawOut = process.readAllStandardOutput();
    outcome.out = QString::fromUtf8(outcome.rawOut);
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    // No command ever shows the password of a --database URL, whatever it prints.
    if (const QString password = QUrl(m_database).password(); !password.isEmpty()
        && (outcome.out.contains(password) || outcome.err.contains(password))) {
        outcome.code = -3;
        outcome.err = QStringLiteral("the database password appeared in the output");
    }
    return outcome;
}

QStringList TestCli::expand(const QStringList& arguments) const
{
    QStringList expanded;
    for (QString argument : arguments) {
        argument.replace(QStringLiteral("{dir}"), m_dir->path());
        argument.replace(QStringLiteral("{pdf}"), m_pdfPath);
        argument.replace(QStringLiteral("{db}"), m_database);
        expanded.append(argument);
    }
    return expanded;
}

std::optional<Database> TestCli::openDatabase() const
{
    Result<Database> db = Database::open(m_database);
    if (!db) {
        qWarning() << db.error().message;
        return std::nullopt;
    }
    return std::move(db).value();
}

qint64 TestCli::seed(
    const QString& first, const QString& last, const QString& email, const QByteArray& pdf) const
{
    std::optional<Database> db = openDatabase();
    if (!db)
        return 0;
    LeadRepository repository(db->connection());
    const ResumeFile resume { first + QStringLiteral(".pdf"), QStringLiteral("application/pdf"),
        pdf, QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    const Result<qint64> id = repository.create(first, last, email, resume, QStringLiteral("seed"));
    if (!id)
        qWarning() << id.error().message;
    return id ? id.value() : 0;
}

void TestCli::seedRaw(
    const QString& first, const QString& last, const QString& email, qint64 createdMs) const
{
    std::optional<Database> db = openDatabase();
    QVERIFY(db);
    QSqlQuery query(db->connection());
    query.prepare(QStringLiteral(
        "INSERT INTO leads (first_name, last_name, email, email_key, status, created_at, "
        "updated_at, version, created_by) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, 1, 'seed')"));
    query.addBindValue(first);
    query.addBindValue(last);
    query.addBindValue(email);
    query.addBindValue(LeadValidator::emailKey(email));
    query.addBindValue(createdMs);
    query.addBindValue(createdMs);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

// A strict RFC 4180 reader: CRLF records, fields quoted when they hold , " CR or LF.
QList<QStringList> TestCli::parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records.append(record << field); // an unterminated record: the test will see it
    return records;
}

// ---- help and version ----------------------------------------------------------------

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");

    const QStringList topLevel { QStringLiteral("--database"), QStringLiteral("add-lead"),
        QStringLiteral("list-leads"), QStringLiteral("set-status"), QStringLiteral("export-resume"),
        QStringLiteral("Exit codes"), QStringLiteral("3  add-lead: the email already belongs"),
        QStringLiteral("4  no lead") };
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << topLevel;
    QTest::newRow("-h") << QStringList { QStringLiteral("-h") } << topLevel;
    QTest::newRow("--version") << QStringList { QStringLiteral(
        "--version") } << QStringList { QStringLiteral("leadintake " LEADINTAKE_VERSION "\n") };
    QTest::newRow("-v") << QStringList { QStringLiteral("-v") }
                        << QStringList { QStringLiteral("leadintake " LEADINTAKE_VERSION "\n") };
    QTest::newRow("add-lead --help")
        << QStringList { QStringLiteral("add-lead"), QStringLiteral("--help") }
        << QStringList { QStringLiteral("--first-name"), QStringLiteral("--last-name"),
               QStringLiteral("--email"), QStringLiteral("--resume"),
               QStringLiteral("--allow-duplicate"), QStringLiteral("Exit codes") };
    QTest::newRow("list-leads --help")
        << QStringList { QStringLiteral("list-leads"), QStringLiteral("--help") }
        << QStringList { QStringLiteral("--csv"), QStringLiteral("--search"),
               QStringLiteral("--status"), QStringLiteral("--limit") };
    QTest::newRow("set-status --help") << QStringList { QStringLiteral("set-status"),
        QStringLiteral("-h") } << QStringList { QStringLiteral("PENDING, REACHED_OUT") };
    QTest::newRow("export-resume --help") << QStringList { QStringLiteral("export-resume"),
        QStringLiteral("--help") } << QStringList { QStringLiteral("--force") };
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);

    const Outcome outcome = run(arguments, false);
    QVERIFY2(outcome.code == 0, qPrintable(outcome.err));
    QCOMPARE(outcome.err, QString());
    for (const QString& text : expected)
        QVERIFY2(outcome.out.contains(text),
            qPrintable(text + QStringLiteral(" not in:\n") + outcome.out));
    QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("data/leadintake"))));
}

// ---- usage errors ----------------------------------------------------------------------

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    auto row = [](const char* name, QStringList arguments, int code, const QString& message) {
        QTest::newRow(name) << arguments << code << message;
    };
    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    row("unknown command", { s("frobnicate") }, 2,
        s("Unknown command \"frobnicate\". Commands: add-lead, "
          "list-leads, assign, set-status, follow-up, conflict-check, parties import, parties list, nicknames list, "
          "nicknames add, export-resume, import-csv, export-lead, erase-lead, retention list, retention apply, "
          "send-outbox, send-digest, outbox list, outbox retry, outbox cancel, "
          "smtp-test, config-set, config-get, add-user, set-role, user-edit, reset-password, disable-user, "
          "enable-user, list-users, server-init, verify-audit, migrate-to, backup, restore."));
    row("unknown option", { s("list-leads"), s("--frob") }, 2, s("Unknown option 'frob'."));
    row("send-digest with a bad --at", { s("--database"), s("{db}"), s("send-digest"), s("--at"), s("tomorrow") }, 2,
        s("--at must be a date and time such as 2026-12-01T08:30:00 or 2026-12-01T08:30:00-05:00, not \"tomorrow\"."));
    row("send-digest with a bad --language", { s("--database"), s("{db}"), s("send-digest"), s("--language"), s("fr") },
        2, s("--language must be en or es, not \"fr\"."));
    row("option without value", { s("--database"), s("{db}"), s("list-leads"), s("--limit") }, 2,
        s("Missing value after '--limit'."));
    row("add-lead without options", { s("add-lead") }, 2,
        s("add-lead needs --first-name, --last-name, --email, --resume."));
    row("add-lead without email and resume",
        { s("add-lead"), s("--first-name"), s("Jane"), s("--last-name"), s("Doe") }, 2,
        s("add-lead needs --email, --resume."));
    row("add-lead extra argument",
        { s("add-lead"), s("extra"), s("--first-name"), s("Jane"), s("--last-name"), s("Doe"),
            s("--email"), s("jane@example.com"), s("--resume"), s("{pdf}") },
        2, s("Unexpected argument \"extra\"."));
    row("list-leads unknown status", { s("list-leads"), s("--status"), s("DONE") }, 2,
        s("Unknown status \"DONE\". Valid statuses: PENDING, REACHED_OUT."));
    row("list-leads zero limit", { s("list-leads"), s("--limit"), s("0") }, 2,
        s("--limit needs a whole number of at least 1, not \"0\"."));
    row("list-leads word limit", { s("list-leads"), s("--limit=ten") }, 2,
        s("--limit needs a whole number of at least 1, not \"ten\"."));
    row("set-status without arguments", { s("set-status") }, 2,
        s("set-status needs a lead id and a status"));
    row("set-status without status", { s("set-status"), s("1") }, 2,
        s("set-status needs a lead id and a status"));
    row("set-status word id", { s("set-status"), s("abc"), s("PENDING") }, 2,
        s("\"abc\" is not a lead id; an id is a whole number such as 12."));
    row("set-status zero id", { s("set-status"), s("0"), s("PENDING") }, 2,
        s("\"0\" is not a lead id"));
    row("set-status unknown status", { s("set-status"), s("1"), s("DONE") }, 2,
        s("Unknown status \"DONE\". Valid statuses: PENDING, REACHED_OUT."));
    row("set-status extra argument", { s("set-status"), s("1"), s("PENDING"), s("now") }, 2,
        s("Unexpected argument \"now\"."));
    row("follow-up without arguments", { s("follow-up") }, 2, s("follow-up needs a lead id and a date"));
    row("follow-up without date", { s("follow-up"), s("1") }, 2, s("follow-up needs a lead id and a date"));
    row("follow-up word id", { s("follow-up"), s("abc"), s("2026-12-07") }, 2,
        s("\"abc\" is not a lead id; an id is a whole number such as 12."));
    row("follow-up day-first date", { s("follow-up"), s("1"), s("07/12/2026") }, 2,
        s("\"07/12/2026\" is not a date; write it as YYYY-MM-DD, as in 2026-12-07."));
    row("follow-up impossible date", { s("follow-up"), s("1"), s("2026-02-30") }, 2,
        s("\"2026-02-30\" is not a date"));
    row("follow-up clear without id", { s("follow-up"), s("--clear") }, 2,
        s("follow-up --clear needs a lead id"));
    row("follow-up clear with a date", { s("follow-up"), s("1"), s("2026-12-07"), s("--clear") }, 2,
        s("Unexpected argument \"2026-12-07\"."));
    row("export-resume without file", { s("export-resume"), s("1") }, 2,
        s("export-resume needs a lead id and a file"));
    row("export-resume word id", { s("export-resume"), s("one"), s("{dir}/out.pdf") }, 2,
        s("\"one\" is not a lead id"));
    row("export-resume into a folder", { s("export-resume"), s("1"), s("{dir}") }, 2,
        s("is a folder; give a file name."));
    row("empty database path", { s("list-leads"), s("--database="), s("--database"), s("") }, 2,
        s("--database needs a file path or a postgresql:// URL."));
    row("database that does not exist",
        { s("list-leads"), s("--database"), s("{dir}/typo.sqlite") }, 1,
        s("There is no database at "));
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QVERIFY(seed(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"))
        == 1);
    // Rows that name their own --database run without the test's one.
    const bool ownDatabase = arguments.contains(QStringLiteral("--database"));
    const Outcome checked = run(arguments, !ownDatabase);
    QVERIFY2(checked.code == exitCode,
        qPrintable(QString::number(checked.code) + QLatin1Char(' ') + checked.err));
    QVERIFY2(checked.err.contains(message), qPrintable(checked.err));
    QCOMPARE(checked.out, QString());
    if (exitCode == 2)
        QVERIFY2(checked.err.contains(QStringLiteral("--help")), qPrintable(checked.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("typo.sqlite"))));

    // Nothing changed: still one pending lead with its first version.
    std::optional<Database> db = openDatabase();
    QVERIFY(db);
    const LeadRepository repository(db->connection());
    QCOMPARE(repository.count(LeadQuery()).value(), 1);
    QCOMPARE(repository.lead(1)->version, 1);
    QCOMPARE(repository.history(1)->size(), 1);
}

// ---- add-lead --------------------------------------------------------------------------

void TestCli::addLead_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("resume"); // a file in the test folder
    QTest::addColumn<int>("exitCode");

    const QString pdf = QStringLiteral("resume.pdf");
    QTest::newRow("plain") << QStringLiteral("Jane") << QStringLiteral("Doe")
                           << QStringLiteral("jane@example.com") << pdf << 0;
    QTest::newRow("non-ascii") << QStringLiteral("Zoë") << QStringLiteral("李")
                               << QStringLiteral("zoe@例え.jp") << pdf << 0;
    QTest::newRow("spaces trimmed") << QStringLiteral("  Ana ") << QStringLiteral(" Luz  ")
                                    << QStringLiteral("  Ana.Luz@Example.com ") << pdf << 0;
    QTest::newRow("empty first name")
        << QString() << QStringLiteral("Doe") << QStringLiteral("jane@example.com") << pdf << 2;
    QTest::newRow("email without at") << QStringLiteral("Jane") << QStringLiteral("Doe")
                                      << QStringLiteral("jane.example.com") << pdf << 2;
    QTest::newRow("resume not a pdf")
        << QStringLiteral("Jane") << QStringLiteral("Doe") << QStringLiteral("jane@example.com")
        << QStringLiteral("notes.txt") << 2;
    QTest::newRow("resume missing")
        << QStringLiteral("Jane") << QStringLiteral("Doe") << QStringLiteral("jane@example.com")
        << QStringLiteral("gone.pdf") << 2;
    QTest::newRow("every field wrong")
        << QStringLiteral(" ") << QStringLiteral("Jane\nDoe") << QStringLiteral("jane@gmail")
        << QStringLiteral("notes.txt") << 2;
}

void TestCli::addLead()
{
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    QFETCH(QString, email);
    QFETCH(QString, resume);
    QFETCH(int, exitCode);

    const QString resumePath = m_dir->filePath(resume);
    // Relative resume path: resolved against the working directory, like any shell tool.
    const Outcome outcome = run({ QStringLiteral("add-lead"), QStringLiteral("--first-name"),
        firstName, QStringLiteral("--last-name"), lastName, QStringLiteral("--email"), email,
        QStringLiteral("--resume"), resume });
    QVERIFY2(outcome.code == exitCode,
        qPrintable(QString::number(outcome.code) + QLatin1Char(' ') + outcome.err));

    std::optional<Database> db = openDatabase();
    QVERIFY(db);
    const LeadRepository repository(db->connection());
    if (exitCode != 0) {
        // Exactly the form's words: "Field: message", one line per field, in field order.
        QList<LeadValidator::FieldError> errors;
        QVERIFY(!LeadValidator().validate({ firstName, lastName, email, resumePath }, &errors));
        QStringList expected;
        for (const LeadValidator::FieldError& error : std::as_const(errors))
            expected.append(
                LeadValidator::fieldName(error.field) + QStringLiteral(": ") + error.message);
        QCOMPARE(outcome.err, expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        QCOMPARE(outcome.out, QString());
        QCOMPARE(repository.count(LeadQuery()).value(), 0);
        return;
    }

    QCOMPARE(outcome.out, QStringLiteral("Lead 1 saved.\n"));
    QCOMPARE(outcome.err, QString());
    const Result<Lead> lead = repository.lead(1);
    QVERIFY(lead);
    QCOMPARE(lead->firstName, firstName.trimmed());
    QCOMPARE(lead->lastName, lastName.trimmed());
    QCOMPARE(lead->email, email.trimmed());
    QCOMPARE(lead->status, LeadStatus::Pending);
    QCOMPARE(lead->createdBy, kActor);
    const Result<ResumeFile> stored = repository.resume(1);
    QVERIFY(stored);
    QCOMPARE(stored->content, m_pdf);
    // Stored under the lead's names; the file's own name is display text (issue 9, item 7).
    QCOMPARE(stored->fileName, ResumeName::fileName(firstName, lastName));
    QCOMPARE(stored->originalName, resume);
    const Result<QList<LeadEvent>> history = repository.history(1);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->constFirst().kind, LeadEvent::Kind::Created);
    QCOMPARE(history->constFirst().actor, kActor);
}

void TestCli::duplicates_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("allowDuplicate");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("leadsAfter");

    QTest::newRow("same email") << QStringLiteral("jane@example.com") << false << 3 << 2;
    QTest::newRow("other case and spaces")
        << QStringLiteral(" JANE@Example.COM ") << false << 3 << 2;
    QTest::newRow("allowed") << QStringLiteral("jane@example.com") << true << 0 << 3;
    QTest::newRow("different email") << QStringLiteral("jane.doe@example.com") << false << 0 << 3;
}

void TestCli::duplicates()
{
    QFETCH(QString, email);
    QFETCH(bool, allowDuplicate);
    QFETCH(int, exitCode);
    QFETCH(int, leadsAfter);

    QCOMPARE(
        seed(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com")), 1);
    QCOMPARE(
        seed(QStringLiteral("Jane"), QStringLiteral("Roe"), QStringLiteral("Jane@example.com")), 2);
    QStringList arguments { QStringLiteral("add-lead"), QStringLiteral("--first-name=Janet"),
        QStringLiteral("--last-name=Doe"), QStringLiteral("--email"), email,
        QStringLiteral("--resume"), QStringLiteral("{pdf}") };
    if (allowDuplicate)
        arguments << QStringLiteral("--allow-duplicate");
    const Outcome outcome = run(arguments);
    QVERIFY2(outcome.code == exitCode, qPrintable(outcome.err));
    if (exitCode == 3) {
        QCOMPARE(outcome.out, QString());
        QVERIFY2(outcome.err.contains(QStringLiteral("already belongs to 2 lead")),
            qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(QStringLiteral("lead 1: Jane Doe")), qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(QStringLiteral("lead 2: Jane Roe")), qPrintable(outcome.err));
        QVERIFY2(
            outcome.err.contains(QStringLiteral("--allow-duplicate")), qPrintable(outcome.err));
    } else {
        QCOMPARE(outcome.out, QStringLiteral("Lead 3 saved.\n"));
    }
    std::optional<Database> db = openDatabase();
    QVERIFY(db);
    QCOMPARE(LeadRepository(db->connection()).count(LeadQuery()).value(), leadsAfter);
}

// ---- list-leads ------------------------------------------------------------------------

void TestCli::listLeads_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QList<qint64>>("ids"); // expected, in order

    QTest::newRow("all, newest first") << QStringList() << QList<qint64> { 4, 3, 2, 1 };
    QTest::newRow("status reached out") << QStringList { QStringLiteral("--status"),
        QStringLiteral("reached_out") } << QList<qint64> { 2 };
    QTest::newRow("status pending")
        << QStringList { QStringLiteral("--status=PENDING") } << QList<qint64> { 4, 3, 1 };
    QTest::newRow("search prefix")
        << QStringList { QStringLiteral("--search"), QStringLiteral("zo") } << QList<qint64> { 3 };
    QTest::newRow("search cjk") << QStringList { QStringLiteral("--search"), QStringLiteral("李") }
                                << QList<qint64> { 3 };
    QTest::newRow("search and status") << QStringList { QStringLiteral("--search"),
        QStringLiteral("doe"), QStringLiteral("--status"), QStringLiteral("PENDING") }
                                       << QList<qint64> { 3, 1 };
    QTest::newRow("limit") << QStringList { QStringLiteral("--limit"), QStringLiteral("2") }
                           << QList<qint64> { 4, 3 };
    QTest::newRow("no match") << QStringList { QStringLiteral("--search"),
        QStringLiteral("nobody") }
                              << QList<qint64> {};
}

// Each row runs both as a table and as CSV; the CSV is parsed back and compared with the
// database field by field (names with a comma, a quote, a line break, "Zoë" and "李").
void TestCli::listLeads()
{
    QFETCH(QStringList, options);
    QFETCH(QList<qint64>, ids);

    QCOMPARE(
        seed(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com")), 1);
    QCOMPARE(
        seed(QStringLiteral("Max"), QStringLiteral("Roe"), QStringLiteral("max@example.com")), 2);
    QCOMPARE(seed(QStringLiteral("Zoë \"Zo\""), QStringLiteral("李, Doe"),
                 QStringLiteral("zoe@example.com")),
        3);
    seedRaw(QStringLiteral("Two\r\nLines"), QStringLiteral("Raw"),
        QStringLiteral("raw@example.com"), QDateTime::currentMSecsSinceEpoch() + 60000);
    {
        std::optional<Database> db = openDatabase();
        QVERIFY(db);
        LeadRepository repository(db->connection());
        QVERIFY(repository.setStatus(2, LeadStatus::ReachedOut, QStringLiteral("seed"), 1));
    }

    const Outcome csv
        = run(QStringList { QStringLiteral("list-leads"), QStringLiteral("--csv") } + options);
    QVERIFY2(csv.code == 0, qPrintable(csv.err));
    QCOMPARE(csv.err, QString());
    QVERIFY(csv.out.endsWith(QStringLiteral("\r\n")));
    const QList<QStringList> records = parseCsv(csv.out);
    QCOMPARE(records.size(), ids.size() + 1);
    QCOMPARE(records.constFirst(),
        (QStringList { QStringLiteral("id"), QStringLiteral("first_name"),
            QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("status"),
            QStringLiteral("created_at"), QStringLiteral("attorney"), QStringLiteral("source") }));
    std::optional<Database> db = openDatabase();
    QVERIFY(db);
    const LeadRepository repository(db->connection());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QStringList& record = records.at(i + 1);
        const Result<Lead> lead = repository.lead(ids.at(i));
        QVERIFY(lead);
        QCOMPARE(record,
            (QStringList { QString::number(lead->id), lead->firstName, lead->lastName, lead->email,
                LeadStatusText::key(lead->status), lead->createdAt.toString(Qt::ISODate),
                lead->attorneyName, lead->source }));
        QVERIFY(record.at(5).endsWith(QLatin1Char('Z')));
    }
    if (ids.contains(3))
        QVERIFY(csv.out.contains(
            QStringLiteral("3,\"Zoë \"\"Zo\"\"\",\"李, Doe\",zoe@example.com,PENDING,")));
    if (ids.contains(4))
        QVERIFY(csv.out.contains(QStringLiteral("4,\"Two\r\nLines\",Raw,")));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(csv.rawOut);
    QVERIFY(!decoder.hasError());
    if (ids.contains(3))
        QVERIFY(
            csv.rawOut.contains("Zo\xC3\xAB \"\"Zo\"\"\",\"\xE6\x9D\x8E, Doe\"")); // UTF-8 bytes

    const Outcome table = run(QStringList { QStringLiteral("list-leads") } + options);
    QVERIFY2(table.code == 0, qPrintable(table.err));
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (ids.isEmpty()) {
        QCOMPARE(table.out, QString());
        QCOMPARE(table.err, QStringLiteral("No leads match.\n"));
        return;
    }
    QCOMPARE(table.err, QString());
    QCOMPARE(lines.size(), ids.size() + 1);
    QVERIFY(lines.constFirst().startsWith(QStringLiteral("ID  First name")));
    for (qsizetype i = 0; i < ids.size(); ++i)
        QVERIFY2(
            lines.at(i + 1).trimmed().startsWith(QString::number(ids.at(i)) + QLatin1Char(' ')),
            qPrintable(lines.at(i + 1)));
    // The line break in lead 4's name is shown as U+FFFD, never sent to the terminal.
    QVERIFY(!table.out.contains(QLatin1Char('\r')));
}

// Issue 9, item 5: cells a spreadsheet would evaluate get a leading ' (OWASP), ordinary
// cells stay as they are. Stored with SQL, so values the form refuses (tab, CR) are here too.
void TestCli::listLeadsCsvNeutralisesFormulas()
{
    const QStringList formulas { QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
        QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1"), QStringLiteral("@SUM(1)"),
        QStringLiteral("-2"), QStringLiteral("\t=1+1"), QStringLiteral("\r=1+1") };
    qint64 created = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < formulas.size(); ++i)
        seedRaw(formulas.at(i), QStringLiteral("Doe"), QStringLiteral("f%1@example.com").arg(i), ++created);
    seedRaw(QStringLiteral("Jane"), QStringLiteral("O'Brien-Smith"), QStringLiteral("jane@example.com"), ++created);

    const Outcome csv = run({ QStringLiteral("list-leads"), QStringLiteral("--csv") });
    QVERIFY2(csv.code == 0, qPrintable(csv.err));
    const QList<QStringList> records = parseCsv(csv.out);
    QCOMPARE(records.size(), formulas.size() + 2);
    // Newest first: the ordinary lead, then the formulas in reverse.
    QCOMPARE(records.at(1).at(1), QStringLiteral("Jane"));
    QCOMPARE(records.at(1).at(2), QStringLiteral("O'Brien-Smith"));
    QCOMPARE(records.at(1).at(3), QStringLiteral("jane@example.com"));
    for (qsizetype i = 0; i < formulas.size(); ++i) {
        const QStringList& record = records.at(records.size() - 1 - i);
        QCOMPARE(record.at(1), QLatin1Char('\'') + formulas.at(i));
        QCOMPARE(record.at(2), QStringLiteral("Doe"));
    }
    // No line of the output starts a cell with a formula character.
    for (const QStringList& record : records) {
        for (const QString& cell : record)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
    }
}

namespace {
// Terminal columns, by the same rule as the tool: CJK is two columns wide.
int columns(const QString& text)
{
    int width = 0;
    for (const char32_t ch : text.toUcs4())
        width += (ch >= 0x4E00 && ch <= 0x9FFF) ? 2 : 1;
    return width;
}
} // namespace

void TestCli::listLeadsTableIsAligned()
{
    seed(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"));
    seed(QStringLiteral("Zoë"), QStringLiteral("李小龍"), QStringLiteral("zoe@example.com"));
    seed(QString(60, QLatin1Char('A')), QStringLiteral("Long"), QStringLiteral("a@example.com"));
    const Outcome table = run({ QStringLiteral("list-leads") });
    QVERIFY2(table.code == 0, qPrintable(table.err));
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    auto columnOf = [](const QString& line, const QString& text) {
        const qsizetype at = line.indexOf(text);
        return at < 0 ? -1 : columns(line.left(at));
    };
    const int emailColumn = columnOf(lines.at(0), QStringLiteral("Email"));
    const int statusColumn = columnOf(lines.at(0), QStringLiteral("Status"));
    QVERIFY(emailColumn > 0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QCOMPARE(columnOf(lines.at(i), QStringLiteral("PENDING")), statusColumn);
        const qsizetype at = lines.at(i).indexOf(QStringLiteral("@example.com"));
        const qsizetype start = lines.at(i).lastIndexOf(QLatin1Char(' '), at) + 1;
        QCOMPARE(columns(lines.at(i).left(start)), emailColumn);
    }
    // The 60-letter name is shortened with an ellipsis; the CSV keeps it whole.
    QVERIFY(table.out.contains(QString(23, QLatin1Char('A')) + QChar(0x2026)));
    QVERIFY(run({ QStringLiteral("list-leads"), QStringLiteral("--csv") })
                .out.contains(QString(60, QLatin1Char('A'))));
    // Local time, minutes precision.
    static const QRegularExpression created(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"));
    QVERIFY2(created.match(lines.at(1)).hasMatch(), qPrintable(lines.at(1)));
}

void TestCli::listLeadsStreamsPages()
{
    // More rows than two pages (10000 each), inserted in one transaction to keep the test quick.
    constexpr int kRows = 21234;
    {
        std::optional<Database> db = openDatabase();
        QVERIFY(db);
        QSqlDatabase connection = db->connection();
        QVERIFY(connection.transaction());
        QSqlQuery query(connection);
        query.prepare(QStringLiteral(
            "INSERT INTO leads (first_name, last_name, email, email_key, status, created_at, "
            "updated_at, version, created_by) VALUES (?, 'Bulk', ?, ?, ?, ?, ?, 1, 'seed')"));
        for (int i = 1; i <= kRows; ++i) {
            const QString email = QStringLiteral("p%1@example.com").arg(i);
            query.addBindValue(QStringLiteral("Person%1").arg(i));
            query.addBindValue(email);
            query.addBindValue(email);
            query.addBindValue(
                i % 3 == 0 ? QStringLiteral("REACHED_OUT") : QStringLiteral("PENDING"));
            query.addBindValue(qint64(1'700'000'000'000) + i * 1000);
            query.addBindValue(qint64(1'700'000'000'000) + i * 1000);
            QVERIFY(query.exec());
        }
        QVERIFY(connection.commit());
    }

    auto dataRecords = [this](const QStringList& options) {
        const Outcome outcome
            = run(QStringList { QStringLiteral("list-leads"), QStringLiteral("--csv") } + options);
        QList<QStringList> records = parseCsv(outcome.out);
        if (outcome.code != 0 || records.isEmpty())
            return QList<QStringList>();
        records.removeFirst();
        return records;
    };
    const QList<QStringList> all = dataRecords({});
    QCOMPARE(all.size(), kRows);
    std::set<QString> seen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).at(0), QString::number(kRows - i)); // newest first, none repeated
        seen.insert(all.at(i).at(0));
    }
    QCOMPARE(int(seen.size()), kRows);
    QCOMPARE(dataRecords({ QStringLiteral("--limit"), QStringLiteral("10001") }).size(), 10001);
    QCOMPARE(dataRecords({ QStringLiteral("--limit"), QStringLiteral("10000") }).size(), 10000);
    QCOMPARE(dataRecords({ QStringLiteral("--status"), QStringLiteral("REACHED_OUT") }).size(),
        kRows / 3);
    QCOMPARE(dataRecords({ QStringLiteral("--limit"), QStringLiteral("99999") }).size(), kRows);
}

// ---- set-status ------------------------------------------------------------------------

void TestCli::setStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // stdout on success, stderr otherwise
    QTest::addColumn<LeadStatus>("statusAfter");
    QTest::addColumn<int>("versionAfter");

    QTest::newRow("reached out") << QStringList { QStringLiteral("1"),
        QStringLiteral("REACHED_OUT") }
                                 << 0 << QStringLiteral("Lead 1 is now REACHED_OUT.\n")
                                 << LeadStatus::ReachedOut << 2;
    QTest::newRow("lower case with dash")
        << QStringList { QStringLiteral("1"), QStringLiteral("reached-out") } << 0
        << QStringLiteral("Lead 1 is now REACHED_OUT.\n") << LeadStatus::ReachedOut << 2;
    QTest::newRow("already pending")
        << QStringList { QStringLiteral("1"), QStringLiteral("pending") } << 0
        << QStringLiteral("Lead 1 is already PENDING.\n") << LeadStatus::Pending << 1;
    QTest::newRow("unknown id") << QStringList { QStringLiteral("99"),
        QStringLiteral("REACHED_OUT") }
                                << 4 << QStringLiteral("Lead 99 does not exist")
                                << LeadStatus::Pending << 1;
    QTest::newRow("unknown status")
        << QStringList { QStringLiteral("1"), QStringLiteral("CALLED") } << 2
        << QStringLiteral("Valid statuses: PENDING, REACHED_OUT") << LeadStatus::Pending << 1;
}

void TestCli::setStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(LeadStatus, statusAfter);
    QFETCH(int, versionAfter);

    QCOMPARE(
        seed(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com")), 1);
    const Outcome outcome = run(QStringList { QStringLiteral("set-status") } + arguments);
    QVERIFY2(outcome.code == exitCode, qPrintable(outcome.err));
    if (exitCode == 0) {
        QCOMPARE(outcome.out, message);
        QCOMPARE(outcome.err, QString());
    } else {
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
        QCOMPARE(outcome.out, QString());
    }

    std::optional<Database> db = openDatabase();
    QVERIFY(db);
    const LeadRepository repository(db->connection());
    const Result<Lead> lead = repository.lead(1);
    QCOMPARE(lead->status, statusAfter);
    QCOMPARE(lead->version, versionAfter);
    const QList<LeadEvent> history = repository.history(1).value();
    QCOMPARE(history.size(), versionAfter);
    if (versionAfter == 2) {
        QCOMPARE(history.last().kind, LeadEvent::Kind::StatusChanged);
        QCOMPARE(history.last().fromStatus, std::optional(LeadStatus::Pending));
        QCOMPARE(history.last().toStatus, std::optional(LeadStatus::ReachedOut));
        QCOMPARE(history.last().actor, kActor);
    }
}

// ---- follow-up, list-leads --overdue -----------------------------------------------------

// Round trip: a call-back date set and cleared through the CLI, recorded in the history,
// and list-leads --overdue (the firm's default rule, the machine's clock) listing exactly
// the old pending lead and the lead whose call-back day has passed.
void TestCli::followUpAndOverdue()
{
    QCOMPARE(seed(QStringLiteral("Fresh"), QStringLiteral("Lead"), QStringLiteral("fresh@example.com")), 1);
    seedRaw(QStringLiteral("Old"), QStringLiteral("Lead"), QStringLiteral("old@example.com"),
            QDateTime(QDate(2020, 3, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(seed(QStringLiteral("Later"), QStringLiteral("Call"), QStringLiteral("later@example.com")), 3);

    const auto overdueIds = [this](const QStringList& more = {}) {
        const Outcome csv = run(QStringList { QStringLiteral("list-leads"), QStringLiteral("--csv"),
                                              QStringLiteral("--overdue") } + more);
        QStringList ids;
        if (csv.code != 0)
            return QStringList { QStringLiteral("exit %1: %2").arg(csv.code).arg(csv.err) };
        const QList<QStringList> rows = parseCsv(csv.out);
        for (qsizetype i = 1; i < rows.size(); ++i)
            ids.append(rows.at(i).value(0));
        ids.sort();
        return ids;
    };
    QCOMPARE(overdueIds(), QStringList { QStringLiteral("2") });

    Outcome set = run({ QStringLiteral("follow-up"), QStringLiteral("3"), QStringLiteral("2021-01-04") });
    QVERIFY2(set.code == 0, qPrintable(set.err));
    QCOMPARE(set.out, QStringLiteral("Lead 3: call back on 2021-01-04.\n"));
    QCOMPARE(overdueIds(), (QStringList { QStringLiteral("2"), QStringLiteral("3") }));

    const Outcome cleared = run({ QStringLiteral("follow-up"), QStringLiteral("3"), QStringLiteral("--clear") });
    QVERIFY2(cleared.code == 0, qPrintable(cleared.err));
    QCOMPARE(cleared.out, QStringLiteral("Lead 3 has no call-back date.\n"));
    QCOMPARE(overdueIds(), QStringList { QStringLiteral("2") });

    const Outcome missing = run({ QStringLiteral("follow-up"), QStringLiteral("99"), QStringLiteral("2026-12-07") });
    QCOMPARE(missing.code, 4);

    std::optional<Database> db = openDatabase();
    QVERIFY(db);
    const QList<LeadEvent> history = LeadRepository(db->connection()).history(3).value();
    QStringList followUps;
    for (const LeadEvent& event : history) {
        if (event.kind == LeadEvent::Kind::FollowUp)
            followUps.append(event.detail + QLatin1Char('/') + event.actor);
    }
    QCOMPARE(followUps, (QStringList { QStringLiteral("2021-01-04/") + kActor, QStringLiteral("/") + kActor }));
    QCOMPARE(LeadRepository(db->connection()).lead(3)->version, 3);
}

// ---- export-resume ---------------------------------------------------------------------

void TestCli::exportResume_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("existing"); // the target's content before the run, if any
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("exported");

    const QString target = QStringLiteral("{dir}/export.pdf");
    QTest::newRow("new file") << QStringList { QStringLiteral("1"), target } << QByteArray() << 0
                              << QStringLiteral("Resume of lead 1 saved to ") << true;
    QTest::newRow("relative path")
        << QStringList { QStringLiteral("1"), QStringLiteral("export.pdf") } << QByteArray() << 0
        << QStringLiteral("Resume of lead 1 saved to ") << true;
    QTest::newRow("existing file refused")
        << QStringList { QStringLiteral("1"), target } << QByteArray("keep me") << 2
        << QStringLiteral("already exists; nothing was written. Add --force") << false;
    QTest::newRow("existing file with --force")
        << QStringList { QStringLiteral("1"), target, QStringLiteral("--force") }
        << QByteArray("old") << 0 << QStringLiteral("Resume of lead 1 saved to ") << true;
    QTest::newRow("unknown id") << QStringList { QStringLiteral("99"), target } << QByteArray() << 4
                                << QStringLiteral("Lead 99 does not exist") << false;
    QTest::newRow("folder that does not exist")
        << QStringList { QStringLiteral("1"), QStringLiteral("{dir}/no/such/folder/export.pdf") }
        << QByteArray() << 1 << QStringLiteral("Cannot write ") << false;
}

void TestCli::exportResume()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, existing);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(bool, exported);

    QCOMPARE(seed(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"),
                 m_pdf),
        1);
    const QString target = m_dir->filePath(QStringLiteral("export.pdf"));
    if (!existing.isEmpty())
        TestSupport::writeFile(*m_dir, QStringLiteral("export.pdf"), existing);

    const Outcome outcome = run(QStringList { QStringLiteral("export-resume") } + arguments);
    QVERIFY2(outcome.code == exitCode, qPrintable(outcome.err));
    QVERIFY(!outcome.rawOut.contains("%PDF")); // never the bytes themselves
    QVERIFY(!outcome.err.contains(QStringLiteral("%PDF")));
    if (exitCode == 0)
        QVERIFY2(outcome.out.contains(message), qPrintable(outcome.out));
    else
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));

    QFile file(target);
    if (exported) {
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_pdf);
    } else if (!existing.isEmpty()) {
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), existing);
    } else {
        QVERIFY(!file.exists());
    }
    // No temporary file left behind by a refused or failed write.
    QStringList leftovers
        = QDir(m_dir->path())
              .entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot);
    leftovers.removeIf([](const QString& name) {
        return name == QLatin1String("resume.pdf") || name == QLatin1String("notes.txt")
            || name == QLatin1String("export.pdf")
            || name.startsWith(QLatin1String("leads.sqlite"));
    });
    QCOMPARE(leftovers, QStringList());

    std::optional<Database> db = openDatabase();
    QVERIFY(db);
    const QList<LeadEvent> history = LeadRepository(db->connection()).history(1).value();
    QCOMPARE(history.size(), exported ? 2 : 1);
    if (exported) {
        QCOMPARE(history.last().kind, LeadEvent::Kind::ResumeExported);
        QCOMPARE(history.last().actor, kActor);
        QCOMPARE(history.last().detail, QFileInfo(target).absoluteFilePath());
    }
}

// Issue 9, item 8: --force replaces only a regular file. A device (a copy of /dev/full's
// node made here, and /dev/full itself, which must still be a character device after),
// a FIFO, a folder or a link to one of them is refused: exit 2, a message naming what it
// is, nothing written, nothing recorded.
void TestCli::exportResumeRefusesSpecialTargets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("force");
    QTest::addColumn<QString>("message");

    QTest::newRow("fifo, --force") << QStringLiteral("fifo") << true << QStringLiteral("is a named pipe (FIFO), not a regular file");
    QTest::newRow("fifo") << QStringLiteral("fifo") << false << QStringLiteral("is a named pipe (FIFO), not a regular file");
    QTest::newRow("link to a fifo, --force") << QStringLiteral("link to fifo") << true << QStringLiteral("(a link to ");
    QTest::newRow("device node, --force") << QStringLiteral("device node") << true << QStringLiteral("is a device, not a regular file");
    QTest::newRow("link to a folder, --force") << QStringLiteral("link to folder") << true << QStringLiteral("is a folder");
    QTest::newRow("/dev/full, --force") << QStringLiteral("/dev/full") << true << QStringLiteral("is a device, not a regular file");
    QTest::newRow("link to /dev/null, --force") << QStringLiteral("link to /dev/null") << true << QStringLiteral("is a device");
}

void TestCli::exportResumeRefusesSpecialTargets()
{
    QFETCH(QString, kind);
    QFETCH(bool, force);
    QFETCH(QString, message);

    QCOMPARE(seed(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), m_pdf), 1);
    QString target = m_dir->filePath(QStringLiteral("target"));
    const QByteArray nativeTarget = QFile::encodeName(target);
    const QString aside = m_dir->filePath(QStringLiteral("aside"));
    if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(nativeTarget.constData(), 0600), 0);
    } else if (kind == QLatin1String("link to fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(aside).constData(), 0600), 0);
        QVERIFY(QFile::link(aside, target));
    } else if (kind == QLatin1String("device node")) {
        // The same device as /dev/full, but a node of our own: no harm if it were replaced.
        if (::mknod(nativeTarget.constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
            QSKIP("cannot create a device node here (needs root and CAP_MKNOD)");
    } else if (kind == QLatin1String("link to folder")) {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("aside")));
        QVERIFY(QFile::link(aside, target));
    } else if (kind == QLatin1String("/dev/full")) {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full");
        target = QStringLiteral("/dev/full");
    } else if (kind == QLatin1String("link to /dev/null")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), target));
    }
    struct stat before {};
    QCOMPARE(::lstat(QFile::encodeName(target).constData(), &before), 0);
    struct stat pointedBefore {};
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &pointedBefore), 0);

    QStringList arguments { QStringLiteral("export-resume"), QStringLiteral("1"), target };
    if (force)
        arguments << QStringLiteral("--force");
    const Outcome outcome = run(arguments);
    QVERIFY2(outcome.code == 2, qPrintable(QString::number(outcome.code) + QLatin1Char(' ') + outcome.err));
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(target), qPrintable(outcome.err));
    QVERIFY(!outcome.err.contains(QStringLiteral("Add --force")));
    QCOMPARE(outcome.out, QString());

    // Nothing changed: the same kind of node, the same inode, the same target behind a link.
    struct stat after {};
    QCOMPARE(::lstat(QFile::encodeName(target).constData(), &after), 0);
    QCOMPARE(after.st_mode, before.st_mode);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_rdev, before.st_rdev);
    struct stat pointedAfter {};
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &pointedAfter), 0);
    QCOMPARE(pointedAfter.st_mode, pointedBefore.st_mode);
    QCOMPARE(pointedAfter.st_ino, pointedBefore.st_ino);
    if (kind == QLatin1String("/dev/full"))
        QVERIFY(S_ISCHR(after.st_mode));
    QStringList leftovers = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    leftovers.removeIf([](const QString& name) {
        return name == QLatin1String("resume.pdf") || name == QLatin1String("notes.txt") || name == QLatin1String("target")
            || name == QLatin1String("aside") || name.startsWith(QLatin1String("leads.sqlite"));
    });
    QCOMPARE(leftovers, QStringList());
    std::optional<Database> db = openDatabase();
    QVERIFY(db);
    QCOMPARE(LeadRepository(db->connection()).history(1)->size(), 1);
}

void TestCli::defaultDatabaseIsInXdgDataHome()
{
    // Without --database: ~/.local/share/leadintake (here the temporary XDG_DATA_HOME).
    const QString defaultDb = m_home.filePath(QStringLiteral("data/leadintake/leads.sqlite"));
    QFile::remove(defaultDb);
    const Outcome added
        = run({ QStringLiteral("add-lead"), QStringLiteral("--first-name=Jane"),
                  QStringLiteral("--last-name=Doe"), QStringLiteral("--email=jane@example.com"),
                  QStringLiteral("--resume={pdf}") },
            false);
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY(QFileInfo::exists(defaultDb));
    const Outcome listed = run({ QStringLiteral("list-leads"), QStringLiteral("--csv") }, false);
    QCOMPARE(parseCsv(listed.out).size(), 2);
}

// ---- in-process: what main() asks before any application exists ------------------------

// ---- verify-audit ------------------------------------------------------------------------

void TestCli::verifyAudit_data()
{
    QTest::addColumn<QStringList>("statements"); // run on the test's own connection first
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("brokenAt"); // "table row N" in stderr; empty when intact

    QTest::newRow("intact") << QStringList {} << 0 << QString();
    if (TestDatabase::isPostgres()) {
        // The server's superuser can switch the append-only triggers off first (all of
        // them: schema 7 split the guard into no-delete and erase-only).
        const QString off = QStringLiteral("ALTER TABLE lead_events DISABLE TRIGGER USER");
        QTest::newRow("event rewritten")
            << QStringList { off, QStringLiteral("UPDATE lead_events SET actor = 'mallory' WHERE id = 2") }
            << 8 << QStringLiteral("lead_events row 2");
        QTest::newRow("first event removed")
            << QStringList { off, QStringLiteral("DELETE FROM lead_events WHERE id = 1") } << 8
            << QStringLiteral("lead_events row 2");
        return; // "not a database" is a file overwritten: SQLite only.
    }
    // Whoever can write the file can drop the append-only triggers first.
    QTest::newRow("event rewritten")
        << QStringList { QStringLiteral("DROP TRIGGER lead_events_no_update"),
               QStringLiteral("UPDATE lead_events SET actor = 'mallory' WHERE id = 2") }
        << 8 << QStringLiteral("lead_events row 2");
    QTest::newRow("first event removed")
        << QStringList { QStringLiteral("DROP TRIGGER lead_events_no_delete"),
               QStringLiteral("DELETE FROM lead_events WHERE id = 1") }
        << 8 << QStringLiteral("lead_events row 2");
    QTest::newRow("not a database") << QStringList { QStringLiteral("garbage") } << 1 << QString();
}

void TestCli::verifyAudit()
{
    QFETCH(QStringList, statements);
    QFETCH(int, exitCode);
    QFETCH(QString, brokenAt);

    // Three history rows: created, and two status changes through the command line.
    QCOMPARE(seed(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com")), 1);
    QCOMPARE(run({ QStringLiteral("set-status"), QStringLiteral("1"), QStringLiteral("REACHED_OUT") }).code, 0);
    QCOMPARE(run({ QStringLiteral("set-status"), QStringLiteral("1"), QStringLiteral("PENDING") }).code, 0);
    if (statements == QStringList { QStringLiteral("garbage") }) {
        QFile file(m_database);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(QByteArray(4096, 'x')) == 4096);
    } else {
        std::optional<Database> db = openDatabase();
        QVERIFY(db);
        QSqlQuery query(db->connection());
        for (const QString& statement : std::as_const(statements))
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }

    const Outcome outcome = run({ QStringLiteral("verify-audit") });
    QVERIFY2(outcome.code == exitCode, qPrintable(outcome.out + outcome.err));
    if (exitCode == 0) {
        QCOMPARE(outcome.err, QString());
        const QStringList lines = outcome.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains(QStringLiteral("intact (3 row")), qPrintable(lines.at(0)));
        QVERIFY2(QRegularExpression(QStringLiteral("^lead_events head: [0-9a-f]{64}$")).match(lines.at(1)).hasMatch(),
            qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), QStringLiteral("account_log head: (no rows)"));
    } else if (exitCode == 8) {
        QVERIFY2(outcome.err.contains(QStringLiteral("The first broken link is ") + brokenAt), qPrintable(outcome.err));
        const QString row = brokenAt.section(QLatin1Char(' '), 1);
        QVERIFY2(outcome.out.contains(row) && outcome.out.contains(QStringLiteral("lead_events")), qPrintable(outcome.out));
        QVERIFY2(!outcome.out.contains(QStringLiteral("head:")), qPrintable(outcome.out));
    } else {
        QVERIFY(!outcome.err.isEmpty());
    }
}

void TestCli::isHeadless_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("headless");

    const auto args = [](std::initializer_list<const char*> list) {
        QStringList result { QStringLiteral("leadintake") };
        for (const char* item : list)
            result.append(QString::fromUtf8(item));
        return result;
    };
    QTest::newRow("nothing") << args({}) << false;
    QTest::newRow("database only") << args({ "--database", "/tmp/x.sqlite" }) << false;
    QTest::newRow("database named like a command") << args({ "--database", "list-leads" }) << false;
    QTest::newRow("database with =") << args({ "--database=add-lead" }) << false;
    QTest::newRow("qt style option") << args({ "-style", "fusion" }) << false;
    QTest::newRow("qt platform option") << args({ "-platform", "offscreen" }) << false;
    QTest::newRow("--help") << args({ "--help" }) << true;
    QTest::newRow("-h") << args({ "-h" }) << true;
    QTest::newRow("--version") << args({ "--version" }) << true;
    QTest::newRow("-v") << args({ "-v" }) << true;
    QTest::newRow("add-lead") << args({ "add-lead" }) << true;
    QTest::newRow("list-leads after database") << args({ "--database", "x", "list-leads" }) << true;
    QTest::newRow("set-status") << args({ "set-status", "1", "PENDING" }) << true;
    QTest::newRow("export-resume") << args({ "export-resume", "1", "a.pdf" }) << true;
    QTest::newRow("mistyped command") << args({ "lsit-leads" }) << true;
    QTest::newRow("command help") << args({ "list-leads", "--help" }) << true;
    QTest::newRow("two-word command") << args({ "outbox", "list" }) << true;
    QTest::newRow("two-word command after database") << args({ "--database", "x", "outbox", "retry", "--all" }) << true;
    QTest::newRow("kiosk") << args({ "--kiosk" }) << false;
    QTest::newRow("kiosk with database") << args({ "--kiosk", "--database", "x" }) << false;
}

void TestCli::isHeadless()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, headless);
    QCOMPARE(CommandLine::isHeadless(arguments), headless);
}

void TestCli::parseGuiOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("databasePath"); // "default" for Database::defaultPath()
    QTest::addColumn<QString>("error");

    const QString exe = QStringLiteral("leadintake");
    QTest::newRow("no options") << QStringList { exe } << QStringLiteral("default") << QString();
    QTest::newRow("database") << QStringList { exe, QStringLiteral("--database"),
        QStringLiteral("/srv/leads.sqlite") }
                              << QStringLiteral("/srv/leads.sqlite") << QString();
    QTest::newRow("database with =")
        << QStringList { exe, QStringLiteral("--database=/srv/x.sqlite") }
        << QStringLiteral("/srv/x.sqlite") << QString();
    QTest::newRow("unknown option") << QStringList { exe, QStringLiteral("--frob") } << QString()
                                    << QStringLiteral("Unknown option 'frob'.");
    QTest::newRow("missing value") << QStringList { exe, QStringLiteral("--database") } << QString()
                                   << QStringLiteral("Missing value after '--database'.");
    QTest::newRow("empty path") << QStringList { exe, QStringLiteral("--database=") } << QString()
                                << QStringLiteral("--database needs a file path or a postgresql:// URL.");
    QTest::newRow("stray argument")
        << QStringList { exe, QStringLiteral("leads.sqlite") } << QString()
        << QStringLiteral("Unknown command \"leads.sqlite\"");
}

void TestCli::parseGuiOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, databasePath);
    QFETCH(QString, error);

    const CommandLine::GuiOptions options = CommandLine::parseGuiOptions(arguments);
    if (error.isEmpty()) {
        QCOMPARE(options.error, QString());
        QCOMPARE(options.databasePath,
            databasePath == QLatin1String("default") ? Database::defaultPath() : databasePath);
    } else {
        QVERIFY2(options.error.contains(error), qPrintable(options.error));
        QVERIFY(options.error.contains(QStringLiteral("--help")));
    }
}

void TestCli::configureApplication()
{
    CommandLine::configureApplication();
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("leadintake"));
    QCOMPARE(QCoreApplication::organizationName(), QString());
    QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(LEADINTAKE_VERSION));
    QCOMPARE(
        Database::defaultPath(), m_home.filePath(QStringLiteral("data/leadintake/leads.sqlite")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
