#include "database.h"
#include "firmsettings.h"
#include "leaderaser.h"
#include "leadrepository.h"
#include "outboxrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

// erase-lead, retention list / apply and export-lead (issue 13, parts 2 and 4) through the
// real executable, headless, against a real SQLite file or PostgreSQL database
// (tst_erasecli_pg). Passwords on standard input where an account signs in.
class TestEraseCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eraseLead();
    void eraseLeadUsageErrors_data();
    void eraseLeadUsageErrors();
    void eraseLeadNeedsAnAdministrator();
    void retentionListAndApply();
    void exportLead();
    void exportLeadRefusesANonEmptyFolder();
    void exportErasedLeadGivesItsTombstone();
    void erasedLeadRefusesStatusAndAssign();

private:
    struct Outcome
    {
        int code = -1;
        QString out;
        QString err;
    };
    Outcome run(const QStringList& arguments, const QByteArray& input = {}) const;
    qint64 seed(const QString& first, const QString& last, const QString& email, const QString& note,
                const LeadRepository::Clock& clock = {});
    QString leadRow(qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    std::optional<Database> m_db;
    QByteArray m_pdf;
};

void TestEraseCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = TestDatabase::isPostgres() ? TestDatabase::freshTarget()
                                            : m_dir->filePath(QStringLiteral("leads.sqlite"));
    auto db = Database::open(m_database);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_pdf = TestSupport::makePdf(QStringLiteral("Resume of the prospect"), 5000);
}

void TestEraseCli::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

TestEraseCli::Outcome TestEraseCli::run(const QStringList& arguments, const QByteArray& input) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("USER"), QStringLiteral("deskuser"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("leadintake.*.info=false"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(LEADINTAKE_EXE), arguments + QStringList { QStringLiteral("--database"), m_database });
    if (!process.waitForStarted())
        qFatal("cannot start leadintake");
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("leadintake did not finish");
    Outcome outcome { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError()) };
    if (const QString password = QUrl(m_database).password(); !password.isEmpty()
        && (outcome.out.contains(password) || outcome.err.contains(password)))
        qFatal("the database password appeared in the output");
    return outcome;
}

qint64 TestEraseCli::seed(const QString& first, const QString& last, const QString& email, const QString& note,
                          const LeadRepository::Clock& clock)
{
    LeadRepository leads(m_db->connection(), clock);
    const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), m_pdf,
                              QCryptographicHash::hash(m_pdf, QCryptographicHash::Sha256).toHex() };
    const Result<qint64> id = leads.create(first, last, email, resume, QStringLiteral("seed"));
    if (!id)
        qFatal("create: %s", qPrintable(id.error().message));
    if (!note.isEmpty() && !leads.addNote(*id, note, QStringLiteral("seed"), std::nullopt))
        qFatal("note");
    OutboxRepository outbox(m_db->connection());
    if (!outbox.enqueue({ OutboxKind::ProspectConfirmation, *id, QStringLiteral("en"), email, first }))
        qFatal("enqueue");
    return *id;
}

QString TestEraseCli::leadRow(qint64 id) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT first_name, last_name, email, (SELECT count(*) FROM resumes WHERE lead_id = l.id), "
                                 "(SELECT count(*) FROM lead_events WHERE lead_id = l.id), "
                                 "(SELECT count(*) FROM outbox WHERE lead_id = l.id AND state = 'queued') "
                                 "FROM leads l WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        qFatal("leadRow: %s", qPrintable(query.lastError().text()));
    QStringList cells;
    for (int i = 0; i < 6; ++i)
        cells.append(query.value(i).toString());
    return cells.join(QLatin1Char('|'));
}

void TestEraseCli::eraseLead()
{
    const qint64 id = seed(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"),
                           QStringLiteral("wants a call"));
    const Outcome erased = run({ QStringLiteral("erase-lead"), QString::number(id), QStringLiteral("--reason"),
                                 QStringLiteral("asked to be forgotten") });
    QVERIFY2(erased.code == 0, qPrintable(erased.err));
    QVERIFY2(erased.out.startsWith(QStringLiteral("Lead %1 erased: names, email, resume and 1 history detail "
                                                  "removed; 1 pending email cancelled.")
                                       .arg(id)),
             qPrintable(erased.out));
    QVERIFY(!erased.out.contains(QStringLiteral("Ruiz")));
    QVERIFY(!erased.out.contains(QStringLiteral("VACUUM"))); // the test's role owns the tables
    QCOMPARE(leadRow(id), QStringLiteral("(erased)|(erased)|(erased)|0|3|0"));
    const QList<LeadEvent> history = LeadRepository(m_db->connection()).history(id).value();
    QCOMPARE(history.constLast().kind, LeadEvent::Kind::Erased);
    QCOMPARE(history.constLast().detail, QStringLiteral("asked to be forgotten"));
    QCOMPARE(history.constLast().actor, QStringLiteral("deskuser"));
    QCOMPARE(run({ QStringLiteral("verify-audit") }).code, 0);
}

void TestEraseCli::eraseLeadUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no reason") << QStringList { QStringLiteral("erase-lead"), QStringLiteral("1") } << 2
                               << QStringLiteral("erase-lead needs --reason TEXT");
    QTest::newRow("blank reason") << QStringList { QStringLiteral("erase-lead"), QStringLiteral("1"),
                                                   QStringLiteral("--reason"), QStringLiteral("  ") }
                                  << 2 << QStringLiteral("erase-lead needs --reason TEXT");
    QTest::newRow("no id") << QStringList { QStringLiteral("erase-lead") } << 2
                           << QStringLiteral("erase-lead needs a lead id and a reason");
    QTest::newRow("bad id") << QStringList { QStringLiteral("erase-lead"), QStringLiteral("x1"),
                                             QStringLiteral("--reason"), QStringLiteral("r") }
                            << 2 << QStringLiteral("x1");
    QTest::newRow("unknown lead") << QStringList { QStringLiteral("erase-lead"), QStringLiteral("99"),
                                                   QStringLiteral("--reason"), QStringLiteral("r") }
                                  << 4 << QStringLiteral("There is no lead 99.");
    QTest::newRow("retention apply without reason") << QStringList { QStringLiteral("retention"), QStringLiteral("apply") }
                                                    << 2 << QStringLiteral("retention apply needs --reason TEXT");
}

void TestEraseCli::eraseLeadUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const qint64 id = seed(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"), QStringLiteral("n"));
    const QString before = leadRow(id);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.code, code);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QCOMPARE(leadRow(id), before);
}

void TestEraseCli::eraseLeadNeedsAnAdministrator()
{
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ada"), QStringLiteral("--name"), QStringLiteral("Ada Admin"),
                   QStringLiteral("--role"), QStringLiteral("admin") }, "ada's password\n").code, 0);
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ana"), QStringLiteral("--name"), QStringLiteral("Ana Attorney"),
                   QStringLiteral("--role"), QStringLiteral("attorney"), QStringLiteral("--user"), QStringLiteral("ada") },
                 "ada's password\nana's password\n").code, 0);
    const qint64 id = seed(QStringLiteral("Bea"), QStringLiteral("Soto"), QStringLiteral("bea@example.com"), QStringLiteral("n"));
    const QString before = leadRow(id);
    const QStringList erase { QStringLiteral("erase-lead"), QString::number(id), QStringLiteral("--reason"), QStringLiteral("asked") };
    // Without an account, and as an attorney: refused, precisely, nothing changed.
    Outcome refused = run(erase);
    QCOMPARE(refused.code, 7);
    QVERIFY2(refused.err.contains(QStringLiteral("erase-lead needs an account")), qPrintable(refused.err));
    refused = run(erase + QStringList { QStringLiteral("--user"), QStringLiteral("ana") }, "ana's password\n");
    QCOMPARE(refused.code, 7);
    QVERIFY2(refused.err.contains(QStringLiteral("erase-lead needs the role admin; ana is attorney. Nothing was changed.")),
             qPrintable(refused.err));
    QCOMPARE(leadRow(id), before);
    const Outcome erased = run(erase + QStringList { QStringLiteral("--user"), QStringLiteral("ada") }, "ada's password\n");
    QVERIFY2(erased.code == 0, qPrintable(erased.err));
    QCOMPARE(LeadRepository(m_db->connection()).history(id)->constLast().actor, QStringLiteral("Ada Admin"));
    // Office mode: the administrator's own login does not own the tables, so VACUUM is IT's.
    QCOMPARE(erased.out.contains(QStringLiteral("until VACUUM runs")), TestDatabase::isPostgres());
}

void TestEraseCli::retentionListAndApply()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 old = seed(QStringLiteral("Olda"), QStringLiteral("Ancient"), QStringLiteral("old@example.com"), {},
                            [now] { return now.addMonths(-30); });
    const qint64 recent = seed(QStringLiteral("Reca"), QStringLiteral("Recent"), QStringLiteral("rec@example.com"), {},
                               [now] { return now.addMonths(-2); });
    // Off by default: nothing is due, and apply erases nothing.
    Outcome listed = run({ QStringLiteral("retention"), QStringLiteral("list") });
    QCOMPARE(listed.code, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("Retention is off")), qPrintable(listed.out));
    QCOMPARE(run({ QStringLiteral("retention"), QStringLiteral("apply"), QStringLiteral("--reason"), QStringLiteral("r") }).code, 0);
    QCOMPARE(leadRow(old).section(QLatin1Char('|'), 0, 0), QStringLiteral("Olda"));

    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::RetentionMonths, QStringLiteral("24")));
    listed = run({ QStringLiteral("retention"), QStringLiteral("list") });
    QCOMPARE(listed.code, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("Olda Ancient")), qPrintable(listed.out));
    QVERIFY(!listed.out.contains(QStringLiteral("Reca")));
    QVERIFY2(listed.out.contains(QStringLiteral("1 lead due for erasure (no activity for 24 months)")), qPrintable(listed.out));

    const Outcome applied = run({ QStringLiteral("retention"), QStringLiteral("apply"), QStringLiteral("--reason"),
                                  QStringLiteral("firm retention period") });
    QVERIFY2(applied.code == 0, qPrintable(applied.err));
    QVERIFY2(applied.out.contains(QStringLiteral("Erased lead %1 (last activity ").arg(old)), qPrintable(applied.out));
    QVERIFY(applied.out.contains(QStringLiteral("1 lead erased.")));
    QVERIFY(!applied.out.contains(QStringLiteral("Olda")));
    QCOMPARE(leadRow(old).section(QLatin1Char('|'), 0, 0), QStringLiteral("(erased)"));
    QCOMPARE(leadRow(recent).section(QLatin1Char('|'), 0, 0), QStringLiteral("Reca"));
    QCOMPARE(LeadRepository(m_db->connection()).history(old)->constLast().detail, QStringLiteral("firm retention period"));
    listed = run({ QStringLiteral("retention"), QStringLiteral("list") });
    QVERIFY2(listed.out.contains(QStringLiteral("No lead is due")), qPrintable(listed.out));
    // A bad setting is refused by config-set.
    const Outcome bad = run({ QStringLiteral("config-set"), QStringLiteral("retention.erase_after_months"), QStringLiteral("1201") });
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("The retention period must be a number of months")), qPrintable(bad.err));
}

void TestEraseCli::exportLead()
{
    FirmSettings settings(m_db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::FirmName, QStringLiteral("Ruiz & Soto")));
    QVERIFY(settings.setValue(FirmSettings::Key::SenderAddress, QStringLiteral("office@firm.example")));
    QVERIFY(settings.setValue(FirmSettings::Key::NotificationAddress, QStringLiteral("attorneys@firm.example")));
    const qint64 id = seed(QStringLiteral("Ana"), QStringLiteral("Núñez"), QStringLiteral("ana@example.com"),
                           QStringLiteral("=wants a call, after 6"));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = 1000 WHERE lead_id = %1").arg(id)));
    const QString folder = m_dir->filePath(QStringLiteral("sar"));
    const Outcome exported = run({ QStringLiteral("export-lead"), QString::number(id), folder });
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.startsWith(QStringLiteral("Lead %1 exported to %2").arg(id).arg(folder)), qPrintable(exported.out));

    QCOMPARE(QFile(folder).permissions() & 0x0077, QFileDevice::Permissions());
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("emails"), QStringLiteral("emails.csv"), QStringLiteral("history.csv"),
                                   QStringLiteral("lead.json"), QStringLiteral("lead.txt"), QStringLiteral("notes.txt"),
                                   QStringLiteral("resume-Núñez_Ana_resume.pdf") }));
    for (const QString& name : names) {
        const QFileInfo info(folder + QLatin1Char('/') + name);
        if (info.isFile())
            QCOMPARE(QFile(info.filePath()).permissions() & 0x0077, QFileDevice::Permissions());
    }
    const auto read = [&](const QString& name) {
        QFile file(folder + QLatin1Char('/') + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QJsonObject lead = QJsonDocument::fromJson(read(QStringLiteral("lead.json"))).object();
    QCOMPARE(lead.value(QStringLiteral("last_name")).toString(), QStringLiteral("Núñez"));
    QCOMPARE(lead.value(QStringLiteral("email")).toString(), QStringLiteral("ana@example.com"));
    QCOMPARE(lead.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    QVERIFY(QString::fromUtf8(read(QStringLiteral("lead.txt"))).contains(QStringLiteral("Last name: Núñez")));
    QVERIFY(read(QStringLiteral("notes.txt")).contains("=wants a call, after 6"));
    const QString history = QString::fromUtf8(read(QStringLiteral("history.csv")));
    QVERIFY2(history.contains(QStringLiteral(",note,seed,,,\"'=wants a call, after 6\"")), qPrintable(history)); // formula-safe
    QVERIFY(history.contains(QStringLiteral(",created,seed,,PENDING,")));
    QCOMPARE(read(QStringLiteral("resume-Núñez_Ana_resume.pdf")), m_pdf);
    const QString emails = QString::fromUtf8(read(QStringLiteral("emails.csv")));
    QVERIFY2(emails.contains(QStringLiteral("prospect_confirmation,sent,ana@example.com")), qPrintable(emails));
    const QStringList eml = QDir(folder + QStringLiteral("/emails")).entryList(QDir::Files);
    QCOMPARE(eml.size(), 1);
    const QByteArray message = read(QStringLiteral("emails/") + eml.first());
    QVERIFY(message.contains("Subject: "));
    QVERIFY(message.contains("To: "));
    QVERIFY(message.contains("ana@example.com"));
}

void TestEraseCli::exportLeadRefusesANonEmptyFolder()
{
    const qint64 id = seed(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"), {});
    const QString folder = m_dir->filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    TestSupport::writeFile(*m_dir, QStringLiteral("full/keep.txt"), "mine");
    const Outcome refused = run({ QStringLiteral("export-lead"), QString::number(id), folder });
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("%1 is not empty").arg(folder)), qPrintable(refused.err));
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { QStringLiteral("keep.txt") });
}

void TestEraseCli::exportErasedLeadGivesItsTombstone()
{
    const qint64 id = seed(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"), QStringLiteral("n"));
    QCOMPARE(run({ QStringLiteral("erase-lead"), QString::number(id), QStringLiteral("--reason"), QStringLiteral("asked") }).code, 0);
    const QString folder = m_dir->filePath(QStringLiteral("gone"));
    const Outcome exported = run({ QStringLiteral("export-lead"), QString::number(id), folder });
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList { QStringLiteral("tombstone.json") });
    QFile file(folder + QStringLiteral("/tombstone.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject tombstone = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(tombstone.value(QStringLiteral("reason")).toString(), QStringLiteral("asked"));
    QCOMPARE(tombstone.value(QStringLiteral("erased_by")).toString(), QStringLiteral("deskuser"));
    QVERIFY(tombstone.value(QStringLiteral("erased")).toBool());
}

// set-status and assign refuse an erased lead (exit 2, as erase-lead's second erasure) and
// change nothing.
void TestEraseCli::erasedLeadRefusesStatusAndAssign()
{
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ada"), QStringLiteral("--name"), QStringLiteral("Ada Admin"),
                   QStringLiteral("--role"), QStringLiteral("admin") }, "ada's password\n").code, 0);
    const qint64 id = seed(QStringLiteral("Bea"), QStringLiteral("Soto"), QStringLiteral("bea@example.com"), QStringLiteral("n"));
    const QStringList asAda { QStringLiteral("--user"), QStringLiteral("ada") };
    QCOMPARE(run(QStringList { QStringLiteral("erase-lead"), QString::number(id), QStringLiteral("--reason"),
                               QStringLiteral("asked") } + asAda, "ada's password\n").code, 0);
    const QString before = leadRow(id);
    const Lead erased = LeadRepository(m_db->connection()).lead(id).value();

    Outcome refused = run(QStringList { QStringLiteral("set-status"), QString::number(id), QStringLiteral("REACHED_OUT"),
                                        QStringLiteral("--confirm-conflict") } + asAda, "ada's password\n");
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral(": its status cannot change; nothing was changed.")), qPrintable(refused.err));
    refused = run(QStringList { QStringLiteral("assign"), QString::number(id), QStringLiteral("ada") } + asAda,
                  "ada's password\n");
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral(": it cannot be reassigned; nothing was changed.")), qPrintable(refused.err));
    QCOMPARE(leadRow(id), before);
    const Lead after = LeadRepository(m_db->connection()).lead(id).value();
    QCOMPARE(after.version, erased.version);
    QCOMPARE(after.status, LeadStatus::Pending);
    QVERIFY(!after.attorneyId);
}

QTEST_GUILESS_MAIN(TestEraseCli)
#include "tst_erasecli.moc"
