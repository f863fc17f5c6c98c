#include "accountrepository.h"
#include "database.h"
#include "firmsettings.h"
#include "leaderaser.h"
#include "leadrepository.h"
#include "morningdigest.h"
#include "outboxcomposer.h"
#include "outboxrepository.h"
#include "smtpconfig.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

// The morning digest (issue 12, part 2) with an injected clock, on a real SQLite file and a
// real PostgreSQL server (tst_morningdigest_pg). The firm is in New York; 2026-11-30 is a
// Monday.
class TestMorningDigest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nothingBeforeTheTimeThenOncePerAttorney();
    void contentIsExactlyTheOverdueLeads();
    void weekendsAndTimeZones();
    void offWhenDigestDailyIsFalse();
    void erasedLeadsAreNeverListed();
    void longListsSayHowManyMore();
    void twoProcessesAtOnceSendOnePerAttorneyPerDay();

private:
    qint64 addAccount(const QString& username, Role role, bool disabled = false, bool email = true);
    // A lead that arrived at `created` (New York time), for attorney (0: nobody).
    qint64 addLead(const QString& name, const QDateTime& created, qint64 attorney);
    void exec(const QString& sql, const QVariantList& values = {});
    Result<MorningDigest::Outcome> runAt(const QDateTime& at);
    int digestRows() const;
    // The outbox row of account's digest of day.
    qint64 digestOf(qint64 account, const QDate& day) const;
    QString composedText(qint64 outboxId) const;

    QString m_target;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_leads;
    QDateTime m_now;
    const QTimeZone m_zone { "America/New_York" };
    int m_count = 0;
};

void TestMorningDigest::init()
{
    m_target = TestDatabase::freshTarget();
    auto db = Database::open(m_target);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_leads = std::make_unique<LeadRepository>(m_db->connection(), [this] { return m_now; });
    FirmSettings settings(m_db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::FirmName, QStringLiteral("Ruiz & Okafor")));
    QVERIFY(settings.setValue(FirmSettings::Key::FirmTimeZone, QStringLiteral("America/New_York")));
    QVERIFY(settings.setValue(FirmSettings::Key::NotificationAddress, QStringLiteral("intake@firm.example")));
    m_count = 0;
}

void TestMorningDigest::cleanup()
{
    m_leads.reset();
    m_db.reset();
}

qint64 TestMorningDigest::addAccount(const QString& username, Role role, bool disabled, bool email)
{
    AccountRepository accounts(m_db->connection());
    UserAccount account;
    account.username = username;
    account.displayName = username.toUpper();
    account.email = email ? username + QStringLiteral("@firm.example") : QString();
    account.role = role;
    const Actor cli { std::nullopt, QStringLiteral("cli") };
    const Result<qint64> id = accounts.create(account, "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", cli);
    if (!id)
        qWarning() << id.error().message;
    if (id && disabled)
        accounts.setDisabled(*id, true, cli);
    return id ? *id : 0;
}

qint64 TestMorningDigest::addLead(const QString& name, const QDateTime& created, qint64 attorney)
{
    const QByteArray pdf = "%PDF-1.4\n% digest test\n%%EOF\n";
    const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    m_now = created.toUTC();
    const Result<qint64> id = m_leads->create(name, QStringLiteral("Tester"),
                                              QStringLiteral("lead%1@example.com").arg(++m_count), resume,
                                              QStringLiteral("desk"));
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    if (attorney)
        exec(QStringLiteral("UPDATE leads SET attorney_id = ? WHERE id = ?"), { attorney, *id });
    return *id;
}

void TestMorningDigest::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        qWarning() << sql << query.lastError().text();
}

Result<MorningDigest::Outcome> TestMorningDigest::runAt(const QDateTime& at)
{
    return MorningDigest(m_db->connection(), [at] { return at; }).runIfDue();
}

int TestMorningDigest::digestRows() const
{
    QSqlQuery query(m_db->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'morning_digest'")) && query.next()
        ? query.value(0).toInt()
        : -1;
}

qint64 TestMorningDigest::digestOf(qint64 account, const QDate& day) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT outbox_id FROM digest_sent WHERE account_id = ? AND day = ?"));
    query.addBindValue(account);
    query.addBindValue(day.toString(Qt::ISODate));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString TestMorningDigest::composedText(qint64 outboxId) const
{
    const Result<OutboxEntry> entry = OutboxRepository(m_db->connection()).entry(outboxId);
    if (!entry)
        return {};
    SmtpConfig config;
    config.username = QStringLiteral("office@firm.example");
    OutgoingMail mail;
    OutboxComposer::Problem problem;
    if (!OutboxComposer(m_db->connection()).compose(*entry, config, &mail, &problem))
        return QStringLiteral("PROBLEM: ") + problem.message;
    // The text part is quoted-printable: undo it.
    QByteArray mime = mail.mime;
    mime.replace("=\r\n", "");
    QByteArray decoded;
    for (qsizetype i = 0; i < mime.size(); ++i) {
        if (mime.at(i) == '=' && i + 2 < mime.size()) {
            bool ok = false;
            const int byte = mime.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                decoded.append(char(byte));
                i += 2;
                continue;
            }
        }
        decoded.append(mime.at(i));
    }
    return QString::fromUtf8(decoded);
}

void TestMorningDigest::nothingBeforeTheTimeThenOncePerAttorney()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), Role::Attorney);
    const qint64 ben = addAccount(QStringLiteral("ben"), Role::Admin);
    const qint64 cy = addAccount(QStringLiteral("cy"), Role::Attorney, false, false); // no email
    addAccount(QStringLiteral("eve"), Role::Attorney); // nothing overdue
    const QDateTime thursday(QDate(2026, 11, 26), QTime(10, 0), m_zone);
    addLead(QStringLiteral("Alma"), thursday, ana);
    addLead(QStringLiteral("Bruno"), thursday, ben);
    addLead(QStringLiteral("Carla"), thursday, cy);
    addLead(QStringLiteral("Nadie"), thursday, 0);
    // Arrived Monday 07:00: due Tuesday 07:00.
    const qint64 fresh = addLead(QStringLiteral("Fresca"), QDateTime(QDate(2026, 11, 30), QTime(7, 0), m_zone), ana);

    const QDate monday(2026, 11, 30);
    Result<MorningDigest::Outcome> ran = runAt(QDateTime(monday, QTime(7, 59), m_zone));
    QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().message));
    QCOMPARE(ran->status, MorningDigest::Status::NotYet);
    QCOMPARE(digestRows(), 0);

    ran = runAt(QDateTime(monday, QTime(8, 0), m_zone));
    QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().message));
    QCOMPARE(ran->status, MorningDigest::Status::Ran);
    QCOMPARE(ran->day, monday);
    QCOMPARE(ran->queued.size(), 3); // ana, ben, the firm's address; not cy (no address), not eve
    QCOMPARE(ran->skipped.size(), 1);
    QVERIFY(ran->skipped.constFirst().contains(QLatin1String("cy")));
    QVERIFY(!ran->skipped.constFirst().contains(QLatin1Char('@')));
    QCOMPARE(digestRows(), 3);
    QVERIFY(digestOf(ana, monday) > 0);
    QVERIFY(digestOf(ben, monday) > 0);
    QVERIFY(digestOf(MorningDigest::kFirmRecipient, monday) > 0);
    const Result<OutboxEntry> anaMail = OutboxRepository(m_db->connection()).entry(digestOf(ana, monday));
    QVERIFY(anaMail);
    QCOMPARE(anaMail->recipientAddress, QStringLiteral("ana@firm.example"));
    QCOMPARE(anaMail->kind, OutboxKind::MorningDigest);
    const Result<OutboxEntry> firmMail
        = OutboxRepository(m_db->connection()).entry(digestOf(MorningDigest::kFirmRecipient, monday));
    QCOMPARE(firmMail->recipientAddress, QStringLiteral("intake@firm.example"));

    // Later that day, again: nothing more.
    ran = runAt(QDateTime(monday, QTime(17, 0), m_zone));
    QVERIFY(ran);
    QCOMPARE(ran->queued.size(), 0);
    QCOMPARE(ran->alreadySent, 3);
    QCOMPARE(digestRows(), 3);

    // The next business day: again, now with the lead that arrived on Monday.
    ran = runAt(QDateTime(monday.addDays(1), QTime(8, 30), m_zone));
    QVERIFY(ran);
    QCOMPARE(ran->queued.size(), 3);
    QCOMPARE(digestRows(), 6);
    const Result<MorningDigest::Contents> tuesday
        = MorningDigest::contents(m_db->connection(), digestOf(ana, monday.addDays(1)));
    QVERIFY(tuesday);
    QCOMPARE(tuesday->items.size(), 2);
    QCOMPARE(tuesday->items.at(1).leadId, fresh); // oldest first
}

void TestMorningDigest::contentIsExactlyTheOverdueLeads()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), Role::Attorney);
    const qint64 dee = addAccount(QStringLiteral("dee"), Role::Attorney, true); // disabled
    // A spread of arrival times around the cutoff (Monday 08:00 is overdue for what arrived
    // by Friday 08:00; a weekend arrival is due Tuesday 00:00).
    QList<QDateTime> times;
    for (int day = 20; day <= 30; ++day) {
        for (const QTime time : { QTime(0, 0), QTime(7, 59), QTime(8, 0), QTime(8, 1), QTime(23, 59) })
            times.append(QDateTime(QDate(2026, 11, day), time, m_zone));
    }
    QList<qint64> ids;
    for (int i = 0; i < times.size(); ++i)
        ids.append(addLead(QStringLiteral("P%1").arg(i), times.at(i), i % 3 == 0 ? dee : ana));
    // Reached out (not overdue), follow-up dates past and future, any status.
    exec(QStringLiteral("UPDATE leads SET status = 'REACHED_OUT' WHERE id IN (?, ?, ?)"), { ids.at(1), ids.at(4), ids.at(7) });
    exec(QStringLiteral("UPDATE leads SET follow_up_on = ? WHERE id IN (?, ?)"),
         { QStringLiteral("2026-11-30"), ids.at(4), ids.at(50) });
    exec(QStringLiteral("UPDATE leads SET follow_up_on = ? WHERE id IN (?, ?)"),
         { QStringLiteral("2026-12-02"), ids.at(2), ids.at(5) });

    const QDate monday(2026, 11, 30);
    const QDateTime at(monday, QTime(8, 0), m_zone);
    const Result<MorningDigest::Outcome> ran = runAt(at);
    QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().message));
    QCOMPARE(ran->queued.size(), 2); // ana, and the firm's for the disabled account's leads

    // The test's own SQL: the cutoff worked out by hand (Friday 2026-11-27 08:00 New York).
    const qint64 cutoff = QDateTime(QDate(2026, 11, 27), QTime(8, 0), m_zone).toMSecsSinceEpoch();
    const auto expected = [&](const QString& who) {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT id FROM leads WHERE %1 AND erased_at IS NULL AND "
                                     "((follow_up_on IS NOT NULL AND follow_up_on <= '2026-11-30') OR "
                                     "(follow_up_on IS NULL AND status = 'PENDING' AND created_at <= %2))")
                          .arg(who)
                          .arg(cutoff));
        QList<qint64> found;
        if (query.exec()) {
            while (query.next())
                found.append(query.value(0).toLongLong());
        }
        std::sort(found.begin(), found.end());
        return found;
    };
    const auto listed = [&](qint64 account) {
        QList<qint64> found;
        const Result<MorningDigest::Contents> contents = MorningDigest::contents(m_db->connection(),
                                                                                 digestOf(account, monday));
        if (contents) {
            for (const MorningDigest::Item& item : contents->items)
                found.append(item.leadId);
        }
        return found;
    };
    QList<qint64> anas = listed(ana);
    // Oldest first: by due time (the follow-up date's start for those with one).
    const Result<MorningDigest::Contents> contents = MorningDigest::contents(m_db->connection(), digestOf(ana, monday));
    for (qsizetype i = 1; i < contents->items.size(); ++i)
        QVERIFY(contents->items.at(i - 1).dueAt <= contents->items.at(i).dueAt);
    std::sort(anas.begin(), anas.end());
    QCOMPARE(anas, expected(QStringLiteral("attorney_id = %1").arg(ana)));
    QVERIFY(anas.size() >= 10);
    QList<qint64> firm = listed(MorningDigest::kFirmRecipient);
    std::sort(firm.begin(), firm.end());
    QCOMPARE(firm, expected(QStringLiteral("attorney_id = %1").arg(dee)));

    // The email names each listed lead and how late it is.
    const QString text = composedText(digestOf(ana, monday));
    QVERIFY2(!text.startsWith(QLatin1String("PROBLEM")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Subject: Overdue leads at Ruiz & Okafor: %1 (2026-11-30)").arg(anas.size())));
    QVERIFY(text.contains(QLatin1String("Good morning, ANA.")));
    for (const MorningDigest::Item& item : contents->items)
        QVERIFY2(text.contains(item.name + QStringLiteral(" (lead %1): ").arg(item.leadId)), qPrintable(item.name));
    QVERIFY(text.contains(QLatin1String("; follow up on 2026-11-30")));
    QVERIFY(text.contains(QLatin1String("3 days late")));
    QVERIFY(!text.contains(QLatin1String("and 0 more")));
}

void TestMorningDigest::weekendsAndTimeZones()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), Role::Attorney);
    addLead(QStringLiteral("Alma"), QDateTime(QDate(2026, 11, 25), QTime(10, 0), m_zone), ana);

    // Friday's digest, none on Saturday or Sunday, Monday's.
    const QDate friday(2026, 12, 4);
    QCOMPARE(runAt(QDateTime(friday, QTime(9, 0), m_zone))->queued.size(), 1);
    for (const QDate day : { friday.addDays(1), friday.addDays(2) }) {
        const Result<MorningDigest::Outcome> ran = runAt(QDateTime(day, QTime(9, 0), m_zone));
        QVERIFY(ran);
        QCOMPARE(ran->status, MorningDigest::Status::NotBusinessDay);
    }
    QCOMPARE(digestRows(), 1);
    QCOMPARE(runAt(QDateTime(friday.addDays(3), QTime(9, 0), m_zone))->queued.size(), 1);

    // A firm in Tokyo: Sunday 23:30 UTC is already Monday 08:30 there, and it is Monday's
    // digest; Monday 22:59 UTC is Tuesday 07:59, not yet.
    FirmSettings settings(m_db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::FirmTimeZone, QStringLiteral("Asia/Tokyo")));
    const QDateTime sundayUtc(QDate(2026, 12, 13), QTime(23, 30), QTimeZone::utc());
    Result<MorningDigest::Outcome> ran = runAt(sundayUtc);
    QVERIFY(ran);
    QCOMPARE(ran->status, MorningDigest::Status::Ran);
    QCOMPARE(ran->day, QDate(2026, 12, 14));
    QCOMPARE(ran->queued.size(), 1);
    ran = runAt(QDateTime(QDate(2026, 12, 14), QTime(22, 59), QTimeZone::utc()));
    QCOMPARE(ran->status, MorningDigest::Status::NotYet);
    // A Friday-and-Saturday weekend: Sunday is a business day.
    QVERIFY(settings.setValue(FirmSettings::Key::ResponseWeekend, QStringLiteral("fri,sat")));
    ran = runAt(QDateTime(QDate(2026, 12, 20), QTime(8, 5), QTimeZone("Asia/Tokyo")));
    QCOMPARE(ran->status, MorningDigest::Status::Ran);
    QCOMPARE(ran->queued.size(), 1);
    ran = runAt(QDateTime(QDate(2026, 12, 18), QTime(8, 5), QTimeZone("Asia/Tokyo")));
    QCOMPARE(ran->status, MorningDigest::Status::NotBusinessDay);
    // digest.time moves with the setting.
    QVERIFY(settings.setValue(FirmSettings::Key::DigestTime, QStringLiteral("10:30")));
    ran = runAt(QDateTime(QDate(2026, 12, 21), QTime(10, 29), QTimeZone("Asia/Tokyo")));
    QCOMPARE(ran->status, MorningDigest::Status::NotYet);
    ran = runAt(QDateTime(QDate(2026, 12, 21), QTime(10, 30), QTimeZone("Asia/Tokyo")));
    QCOMPARE(ran->queued.size(), 1);
}

void TestMorningDigest::offWhenDigestDailyIsFalse()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), Role::Attorney);
    addLead(QStringLiteral("Alma"), QDateTime(QDate(2026, 11, 25), QTime(10, 0), m_zone), ana);
    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::DigestDaily, QStringLiteral("false")));
    const Result<MorningDigest::Outcome> ran = runAt(QDateTime(QDate(2026, 11, 30), QTime(9, 0), m_zone));
    QVERIFY(ran);
    QCOMPARE(ran->status, MorningDigest::Status::Off);
    QCOMPARE(digestRows(), 0);
}

void TestMorningDigest::erasedLeadsAreNeverListed()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), Role::Admin);
    const QDateTime old(QDate(2026, 11, 20), QTime(10, 0), m_zone);
    const qint64 gone = addLead(QStringLiteral("Borrada"), old, ana);
    const qint64 later = addLead(QStringLiteral("Luego"), old, ana);
    const qint64 kept = addLead(QStringLiteral("Queda"), old, ana);
    const Actor admin { ana, QStringLiteral("ana") };
    m_now = QDateTime::currentDateTimeUtc();
    // Erased before the digest: not in it.
    QVERIFY(LeadEraser(m_db->connection()).erase(gone, QStringLiteral("asked to"), admin, Role::Admin));
    const QDate monday(2026, 11, 30);
    QVERIFY(runAt(QDateTime(monday, QTime(9, 0), m_zone)));
    const qint64 email = digestOf(ana, monday);
    Result<MorningDigest::Contents> contents = MorningDigest::contents(m_db->connection(), email);
    QCOMPARE(contents->items.size(), 2);
    // Erased after it was queued, before it was sent: left out of the email too.
    QVERIFY(LeadEraser(m_db->connection()).erase(later, QStringLiteral("asked to"), admin, Role::Admin));
    contents = MorningDigest::contents(m_db->connection(), email);
    QCOMPARE(contents->items.size(), 1);
    QCOMPARE(contents->items.constFirst().leadId, kept);
    const QString text = composedText(email);
    QVERIFY2(text.contains(QLatin1String("Queda Tester")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("Luego")));
    QVERIFY(!text.contains(QLatin1String("Borrada")));
    QVERIFY(!text.contains(QLatin1String("(erased)")));
    // Every lead of a digest erased: it fails with why instead of going out empty.
    QVERIFY(LeadEraser(m_db->connection()).erase(kept, QStringLiteral("asked to"), admin, Role::Admin));
    QVERIFY(composedText(email).startsWith(QLatin1String("PROBLEM: ")));
}

void TestMorningDigest::longListsSayHowManyMore()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), Role::Attorney);
    for (int i = 0; i < MorningDigest::kMaxListed + 7; ++i)
        addLead(QStringLiteral("L%1").arg(i), QDateTime(QDate(2026, 11, 2), QTime(9, 0), m_zone).addSecs(60 * i), ana);
    const Result<MorningDigest::Outcome> ran = runAt(QDateTime(QDate(2026, 11, 30), QTime(9, 0), m_zone));
    QVERIFY(ran);
    QCOMPARE(ran->queued.constFirst().listed, MorningDigest::kMaxListed);
    QCOMPARE(ran->queued.constFirst().overdue, MorningDigest::kMaxListed + 7);
    const QString text = composedText(ran->queued.constFirst().outboxId);
    QVERIFY2(text.contains(QLatin1String("... and 7 more (see them in Lead Intake).")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("L0 Tester")));
    QVERIFY(text.contains(QLatin1String("L49 Tester")));
    QVERIFY(!text.contains(QLatin1String("L50 Tester")));
    QVERIFY(text.contains(QStringLiteral(": %1 (2026-11-30)").arg(MorningDigest::kMaxListed + 7)));
}

void TestMorningDigest::twoProcessesAtOnceSendOnePerAttorneyPerDay()
{
    // Twenty attorneys with overdue leads; three desks (two processes and this one) run the
    // digest for the same twelve days at the same time.
    QList<qint64> attorneys;
    for (int i = 0; i < 20; ++i) {
        attorneys.append(addAccount(QStringLiteral("att%1").arg(i), Role::Attorney));
        addLead(QStringLiteral("Lead%1").arg(i), QDateTime(QDate(2026, 11, 2), QTime(9, 0), m_zone), attorneys.last());
    }
    const QDate first(2026, 11, 30);
    const int days = 12;
    QList<QProcess*> desks;
    for (int i = 0; i < 2; ++i) {
        auto* process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(LEADINTAKE_DIGEST_SENDER),
                       { m_target, first.toString(Qt::ISODate), QString::number(days), QStringLiteral("08:05") });
        desks.append(process);
    }
    for (int i = 0; i < days; ++i) {
        const Result<MorningDigest::Outcome> ran = runAt(QDateTime(first.addDays(i), QTime(8, 5), m_zone));
        QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().message));
    }
    for (QProcess* process : std::as_const(desks)) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitCode(), 0);
    }
    int businessDays = 0;
    for (int i = 0; i < days; ++i)
        businessDays += first.addDays(i).dayOfWeek() <= 5 ? 1 : 0;
    QCOMPARE(businessDays, 10);
    QCOMPARE(digestRows(), 20 * businessDays);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT outbox_id) FROM digest_sent WHERE outbox_id IS NOT NULL")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 20 * businessDays);
    QCOMPARE(query.value(1).toInt(), 20 * businessDays);
    // Each attorney: one email a business day, all to their own address.
    QVERIFY(query.exec(QStringLiteral("SELECT recipient_address, count(*) FROM outbox WHERE kind = 'morning_digest' "
                                      "GROUP BY recipient_address")));
    int recipients = 0;
    while (query.next()) {
        ++recipients;
        QCOMPARE(query.value(1).toInt(), businessDays);
    }
    QCOMPARE(recipients, 20);
}

QTEST_GUILESS_MAIN(TestMorningDigest)
#include "tst_morningdigest.moc"
