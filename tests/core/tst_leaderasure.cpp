#include "accountrepository.h"
#include "auditverifier.h"
#include "database.h"
#include "leaderaser.h"
#include "leadrepository.h"
#include "outboxrepository.h"
#include "resumecopies.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Erasing a lead (issue 13, part 4): what goes, what stays (the tombstone), the audit chain
// across it, the refusals, retention's list, and, on SQLite, that the erased bytes are gone
// from the database file, its WAL and journal, and the resume copies. Against a real SQLite
// file and a real PostgreSQL server (tst_leaderasure_pg).
class TestLeadErasure final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void erasesTheLeadAndKeepsATombstone();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void erasedBytesAreGoneFromTheFiles();
    void retentionListsWhatIsDue();
    void erasedLeadRefusesWork_data();
    void erasedLeadRefusesWork();

private:
    struct Planted
    {
        qint64 id = 0;
        QList<QByteArray> secrets; // the personal data, as the file would hold it
        QByteArray resume;
    };
    Planted plant(const QString& first, const QString& last, const QString& email, const QString& note,
                  LeadRepository* repository = nullptr);
    int count(const QString& sql) const;
    static QByteArray fileBytes(const QString& path);
    static LeadQuery search(const QString& text);

    QTemporaryDir m_dir;
    QString m_target;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_leads;
    QString m_copies;
    const Actor m_admin { std::nullopt, QStringLiteral("Ada Admin") };
};

void TestLeadErasure::init()
{
    m_target = TestDatabase::freshTarget();
    auto db = Database::open(m_target);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_leads = std::make_unique<LeadRepository>(m_db->connection());
    m_copies = m_dir.filePath(QStringLiteral("copies-%1").arg(QLatin1String(QTest::currentTestFunction())));
}

void TestLeadErasure::cleanup()
{
    m_leads.reset();
    m_db.reset();
}

TestLeadErasure::Planted TestLeadErasure::plant(const QString& first, const QString& last, const QString& email,
                                                const QString& note, LeadRepository* repository)
{
    LeadRepository& leads = repository ? *repository : *m_leads;
    Planted planted;
    // A resume whose bytes are this lead's alone.
    planted.resume = TestSupport::makePdf(QStringLiteral("Curriculum of %1 %2").arg(first, last), 20000);
    const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), planted.resume,
                              QCryptographicHash::hash(planted.resume, QCryptographicHash::Sha256).toHex(),
                              QStringLiteral("%1_cv.pdf").arg(last) };
    const Result<qint64> id = leads.create(first, last, email, resume, QStringLiteral("desk"));
    if (!id)
        qFatal("create: %s", qPrintable(id.error().message));
    planted.id = *id;
    if (!note.isEmpty() && !leads.addNote(*id, note, QStringLiteral("desk"), std::nullopt))
        qFatal("note");
    OutboxRepository outbox(m_db->connection());
    const Result<qint64> confirmation = outbox.enqueue(
        { OutboxKind::ProspectConfirmation, *id, QStringLiteral("en"), email, first + QLatin1Char(' ') + last });
    const Result<qint64> notification = outbox.enqueue({ OutboxKind::AttorneyNotification, *id, QStringLiteral("en"), {}, {} });
    if (!confirmation || !notification)
        qFatal("enqueue");
    // The notification went out; the confirmation is still waiting.
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = 1 WHERE id = %1").arg(*notification)))
        qFatal("sent: %s", qPrintable(query.lastError().text()));
    planted.secrets = { first.toUtf8(), last.toUtf8(), email.toUtf8() };
    if (!note.isEmpty())
        planted.secrets.append(note.toUtf8());
    return planted;
}

int TestLeadErasure::count(const QString& sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0).toInt();
}

LeadQuery TestLeadErasure::search(const QString& text)
{
    LeadQuery query;
    query.search = text;
    return query;
}

QByteArray TestLeadErasure::fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestLeadErasure::erasesTheLeadAndKeepsATombstone()
{
    const Planted ana = plant(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"),
                              QStringLiteral("Called back, wants a meeting"));
    const Planted other = plant(QStringLiteral("Bo"), QStringLiteral("Lind"), QStringLiteral("bo@example.com"),
                                QStringLiteral("Another note"));
    QVERIFY(m_leads->recordEvent(ana.id, LeadEvent::Kind::ResumeExported, QStringLiteral("desk"),
                                 QStringLiteral("/home/desk/Ruiz_Ana_resume.pdf")));
    // The window's fixed marker for a preview view is no personal data: it stays.
    QVERIFY(m_leads->recordEvent(ana.id, LeadEvent::Kind::ResumeOpened, QStringLiteral("desk"), QStringLiteral("preview")));
    // A copy handed to the PDF viewer on this computer.
    {
        ResumeCopies copies(m_copies);
        QVERIFY(copies.write(ana.id, QStringLiteral("Ruiz_Ana_resume.pdf"), ana.resume));
        LeadEraser eraser(m_db->connection(), [] { return QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC); });
        eraser.setResumeCopiesFolder(m_copies);
        const Result<LeadEraser::Outcome> erased
            = eraser.erase(ana.id, QStringLiteral("  asked to be forgotten "), m_admin, Role::Admin);
        QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
        QCOMPARE(erased->detailsBlanked, 2); // the note and the export's path
        QCOMPARE(erased->emailsCancelled, 1);
        QVERIFY(erased->resumeRemoved);
        QCOMPARE(erased->resumeCopiesRemoved, 1);
        // SQLite: the WAL emptied; PostgreSQL: VACUUM ran (the test's role owns the tables).
        QVERIFY(erased->physicallyRemoved);
        const auto at = eraser.erasedAt(ana.id);
        QVERIFY(at && *at);
        QCOMPARE(**at, QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    }

    const Result<Lead> lead = m_leads->lead(ana.id);
    QVERIFY(lead);
    QCOMPARE(lead->firstName, QStringLiteral("(erased)"));
    QCOMPARE(lead->lastName, QStringLiteral("(erased)"));
    QCOMPARE(lead->email, QStringLiteral("(erased)"));
    QCOMPARE(m_leads->resume(ana.id).error().code, Error::Code::NotFound);
    QVERIFY(m_leads->findByEmail(QStringLiteral("ana@example.com"))->isEmpty());
    QCOMPARE(m_leads->count(search(QStringLiteral("Ruiz"))).value(), 0);

    const QList<LeadEvent> history = m_leads->history(ana.id).value();
    int tombstones = 0;
    for (const LeadEvent& event : history) {
        if (event.kind == LeadEvent::Kind::ResumeOpened) {
            QCOMPARE(event.detail, QStringLiteral("preview"));
            continue;
        }
        if (event.kind != LeadEvent::Kind::Erased) {
            QVERIFY2(event.detail.isEmpty(), qPrintable(event.detail));
            continue;
        }
        ++tombstones;
        QCOMPARE(event.detail, QStringLiteral("asked to be forgotten"));
        QCOMPARE(event.actor, QStringLiteral("Ada Admin"));
        QCOMPARE(event.at, QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    }
    QCOMPARE(tombstones, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM lead_events WHERE lead_id = %1 AND detail_sha256 IS NOT NULL")
                       .arg(ana.id)),
             2);

    // The waiting email is cancelled, the sent one stays sent; the prospect's address is gone.
    const QList<OutboxEntry> emails = OutboxRepository(m_db->connection()).deliveryFor(ana.id).value();
    QCOMPARE(emails.size(), 2);
    QCOMPARE(emails.at(0).state, OutboxState::Cancelled);
    QCOMPARE(emails.at(0).recipientAddress, QStringLiteral("(erased)"));
    QCOMPARE(emails.at(0).recipientName, QString());
    QCOMPARE(emails.at(1).state, OutboxState::Sent);
    QDirIterator left(m_copies, QDir::Files, QDirIterator::Subdirectories);
    while (left.hasNext())
        QVERIFY2(!left.next().endsWith(QLatin1String(".pdf")), qPrintable(left.filePath()));

    // The other lead is untouched.
    QCOMPARE(m_leads->lead(other.id)->lastName, QStringLiteral("Lind"));
    QCOMPARE(m_leads->resume(other.id)->content, other.resume);
    QCOMPARE(OutboxRepository(m_db->connection()).deliveryFor(other.id)->at(0).state, OutboxState::Queued);

    // The chain verifies across the erasure: the tombstone is one more link.
    const Result<AuditVerifier::Report> report = AuditVerifier(m_db->connection()).verify();
    QVERIFY(report);
    QVERIFY2(report->intact(), qPrintable(report->summary()));
}

void TestLeadErasure::refusalsChangeNothing_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("eraseFirst");
    QTest::addColumn<qint64>("leadOffset");
    QTest::addColumn<QString>("message");
    QTest::newRow("attorney") << int(Role::Attorney) << QStringLiteral("asked") << false << qint64(0)
                              << QStringLiteral("Only an administrator can erase a lead; lead %1 was not changed.");
    QTest::newRow("receptionist") << int(Role::Receptionist) << QStringLiteral("asked") << false << qint64(0)
                                  << QStringLiteral("Only an administrator can erase a lead; lead %1 was not changed.");
    QTest::newRow("no reason") << int(Role::Admin) << QStringLiteral("   ") << false << qint64(0)
                               << QStringLiteral("Give the reason for erasing lead %1 (it is kept in the lead's "
                                                 "history); nothing was erased.");
    QTest::newRow("reason too long") << int(Role::Admin) << QString(LeadEraser::kMaxReasonLength + 1, QLatin1Char('x'))
                                     << false << qint64(0)
                                     << QStringLiteral("The reason holds at most 500 characters; nothing was erased.");
    QTest::newRow("no such lead") << int(Role::Admin) << QStringLiteral("asked") << false << qint64(1000)
                                  << QStringLiteral("There is no lead %1.");
    QTest::newRow("already erased") << int(Role::Admin) << QStringLiteral("again") << true << qint64(0)
                                    << QStringLiteral("Lead %1 was already erased");
}

void TestLeadErasure::refusalsChangeNothing()
{
    QFETCH(int, role);
    QFETCH(QString, reason);
    QFETCH(bool, eraseFirst);
    QFETCH(qint64, leadOffset);
    QFETCH(QString, message);
    const Planted ana = plant(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"),
                              QStringLiteral("A note"));
    LeadEraser eraser(m_db->connection());
    eraser.setResumeCopiesFolder(m_copies);
    if (eraseFirst)
        QVERIFY(eraser.erase(ana.id, QStringLiteral("first"), m_admin, Role::Admin));
    const QString before = QStringLiteral("%1|%2|%3|%4")
                               .arg(count(QStringLiteral("SELECT count(*) FROM lead_events")))
                               .arg(count(QStringLiteral("SELECT count(*) FROM resumes")))
                               .arg(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'queued'")))
                               .arg(count(QStringLiteral("SELECT count(*) FROM leads WHERE first_name = 'Ana'")));
    const qint64 id = ana.id + leadOffset;
    const Result<LeadEraser::Outcome> refused = eraser.erase(id, reason, m_admin, Role(role));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(message.contains(QLatin1String("%1")) ? message.arg(id) : message),
             qPrintable(refused.error().message));
    QCOMPARE(refused.error().code, leadOffset ? Error::Code::NotFound : Error::Code::Invalid);
    const QString after = QStringLiteral("%1|%2|%3|%4")
                              .arg(count(QStringLiteral("SELECT count(*) FROM lead_events")))
                              .arg(count(QStringLiteral("SELECT count(*) FROM resumes")))
                              .arg(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'queued'")))
                              .arg(count(QStringLiteral("SELECT count(*) FROM leads WHERE first_name = 'Ana'")));
    QCOMPARE(after, before);
}

void TestLeadErasure::erasedBytesAreGoneFromTheFiles()
{
    if (TestDatabase::isPostgres())
        QSKIP("The server's files are its own: PostgreSQL keeps old row versions until VACUUM (README, Erasure)");
    const QString path = m_db->path();
    // Names and a note no other text in the file contains; the other lead stays.
    const Planted gone = plant(QStringLiteral("Zebulonqx"), QStringLiteral("Quixotlyndra"),
                               QStringLiteral("zq.marmalade@example.org"),
                               QStringLiteral("Confidential: prefers calls after six, ref walrus-4471"));
    const Planted kept = plant(QStringLiteral("Keptina"), QStringLiteral("Stayworth"),
                               QStringLiteral("keptina@example.org"), QStringLiteral("kept note pelican-9"));
    ResumeCopies copies(m_copies);
    QVERIFY(copies.write(gone.id, QStringLiteral("Quixotlyndra_Zebulonqx_resume.pdf"), gone.resume));
    // A piece of the resume no other file holds (past the PDF header every PDF shares).
    const QByteArray resumePiece = gone.resume.mid(gone.resume.indexOf("Curriculum"), 40);
    QVERIFY(resumePiece.startsWith("Curriculum of Zebulonqx"));

    const auto everything = [&] {
        QByteArray bytes;
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-journal") })
            bytes += fileBytes(path + suffix) + QByteArray(16, '\0');
        QDirIterator files(m_copies, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext())
            bytes += fileBytes(files.next()) + QByteArray(16, '\0');
        return bytes;
    };
    // The test can fail: before the erasure every secret is there to be found (the search
    // index stores its terms in lower case, so look in both).
    QByteArray before = everything();
    for (const QByteArray& secret : gone.secrets + QList<QByteArray> { resumePiece, gone.resume.right(64) })
        QVERIFY2(before.contains(secret), secret.constData());
    QVERIFY(before.contains("zebulonqx"));

    LeadEraser eraser(m_db->connection());
    eraser.setResumeCopiesFolder(m_copies);
    const Result<LeadEraser::Outcome> erased = eraser.erase(gone.id, QStringLiteral("asked"), m_admin, Role::Admin);
    QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
    QVERIFY(erased->physicallyRemoved);
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);

    const QByteArray after = everything();
    const QByteArray lower = after.toLower();
    for (const QByteArray& secret : gone.secrets + QList<QByteArray> { resumePiece })
        QVERIFY2(!lower.contains(secret.toLower()), secret.constData());
    // The resume's bytes: its content stream and its tail (no 64-byte run of it is left).
    QVERIFY(!after.contains(gone.resume.right(64)));
    for (qsizetype at = 0; at + 64 <= gone.resume.size(); at += 997) {
        const QByteArray run = gone.resume.mid(at, 64);
        if (kept.resume.contains(run))
            continue; // shared by every PDF this test makes
        QVERIFY2(!after.contains(run), qPrintable(QStringLiteral("resume bytes at %1").arg(at)));
    }
    // What stays stays.
    for (const QByteArray& secret : kept.secrets)
        QVERIFY2(after.contains(secret), secret.constData());
    QCOMPARE(m_leads->count(search(QStringLiteral("Keptina"))).value(), 1);
    QCOMPARE(m_leads->count(search(QStringLiteral("Zebulonqx"))).value(), 0);
    QSqlQuery check(m_db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(check.exec(QStringLiteral("INSERT INTO leads_fts (leads_fts) VALUES ('integrity-check')")));
}

void TestLeadErasure::retentionListsWhatIsDue()
{
    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    QDateTime clock = now.addMonths(-30);
    LeadRepository past(m_db->connection(), [&clock] { return clock; });
    const Planted old = plant(QStringLiteral("Olda"), QStringLiteral("Ancient"), QStringLiteral("old@example.com"), {}, &past);
    const Planted revived = plant(QStringLiteral("Reva"), QStringLiteral("Vived"), QStringLiteral("rev@example.com"), {}, &past);
    clock = now.addMonths(-23); // a note 23 months ago keeps it
    QVERIFY(past.addNote(revived.id, QStringLiteral("still interested"), QStringLiteral("desk"), std::nullopt));
    clock = now.addMonths(-25);
    const Planted older = plant(QStringLiteral("Alsa"), QStringLiteral("Old"), QStringLiteral("also@example.com"), {}, &past);
    clock = now;
    plant(QStringLiteral("Nu"), QStringLiteral("New"), QStringLiteral("new@example.com"), {}, &past);

    LeadEraser eraser(m_db->connection(), [&now] { return now; });
    eraser.setResumeCopiesFolder(m_copies);
    QVERIFY(eraser.due(0)->isEmpty()); // off
    QList<LeadEraser::Due> due = eraser.due(24).value();
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).id, old.id); // oldest first
    QCOMPARE(due.at(0).name, QStringLiteral("Olda Ancient"));
    QCOMPARE(due.at(0).lastActivity, now.addMonths(-30));
    QCOMPARE(due.at(1).id, older.id);
    QCOMPARE(eraser.due(12)->size(), 3);
    // Erased leads are not due again.
    QVERIFY(eraser.erase(old.id, QStringLiteral("retention"), m_admin, Role::Admin));
    due = eraser.due(24).value();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).id, older.id);
}

QTEST_GUILESS_MAIN(TestLeadErasure)
// An erased lead is a tombstone: marking it reached out or reassigning it is refused with
// the reason, and neither the lead nor its history changes.
void TestLeadErasure::erasedLeadRefusesWork_data()
{
    QTest::addColumn<bool>("assigning");
    QTest::addColumn<QString>("message");
    QTest::newRow("mark reached out") << false << QStringLiteral("Lead %1 was erased (2026-11-30 09:00 UTC): its status "
                                                                 "cannot change; nothing was changed.");
    QTest::newRow("reassign") << true << QStringLiteral("Lead %1 was erased (2026-11-30 09:00 UTC): it cannot be "
                                                        "reassigned; nothing was changed.");
}

void TestLeadErasure::erasedLeadRefusesWork()
{
    QFETCH(bool, assigning);
    QFETCH(QString, message);
    UserAccount attorney;
    attorney.username = QStringLiteral("ben");
    attorney.displayName = QStringLiteral("Ben Attorney");
    attorney.role = Role::Attorney;
    const Result<qint64> ben = AccountRepository(m_db->connection())
                                   .create(attorney, "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", m_admin);
    QVERIFY2(ben, qPrintable(ben ? QString() : ben.error().message));
    const Planted ana = plant(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"), {});
    LeadEraser eraser(m_db->connection(), [] { return QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC); });
    eraser.setResumeCopiesFolder(m_copies);
    QVERIFY(eraser.erase(ana.id, QStringLiteral("asked"), m_admin, Role::Admin));
    const Lead before = m_leads->lead(ana.id).value();
    const int events = count(QStringLiteral("SELECT count(*) FROM lead_events"));

    const Result<int> refused = assigning
        ? m_leads->assign(ana.id, *ben, QStringLiteral("Ada Admin"), before.version)
        : m_leads->setStatus(ana.id, LeadStatus::ReachedOut, QStringLiteral("Ada Admin"), before.version);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QCOMPARE(refused.error().message, message.arg(ana.id));
    const Lead after = m_leads->lead(ana.id).value();
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.attorneyId, before.attorneyId);
    QVERIFY(!after.reachedOutAt.isValid());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM lead_events")), events);
}

#include "tst_leaderasure.moc"
