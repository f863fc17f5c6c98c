#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// The morning digest (issue 12, part 2): once a firm day, after digest.time in the firm's
// time zone (firm settings digest.daily, digest.time, firm.time_zone; business days only,
// response.weekend), each active attorney or administrator with overdue leads
// (ResponseTarget::overdueCondition) gets one email listing them, oldest first; the overdue
// leads nobody (or a disabled account) is responsible for go to the firm's notification
// address. Erased leads are never listed.
//
// At most one digest per recipient and day however many desks run it at once: each is
// claimed by inserting (account, day) into digest_sent if absent, in the same write
// transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: the advisory write lock) as its outbox
// row, so the second desk's insert changes nothing and it queues nothing. The email itself
// is rendered at send time from digest_leads (OutboxComposer), through the outbox's
// sender, retries and page. "Now" comes from the injected clock, so tests cross days,
// weekends and zones.
class MorningDigest
{
    Q_DECLARE_TR_FUNCTIONS(MorningDigest)

public:
    using Clock = std::function<QDateTime()>;
    // At most this many leads are listed in one email; the rest are counted ("and N more").
    static constexpr int kMaxListed = 50;
    // digest_sent.account_id of the digest to the firm's notification address.
    static constexpr qint64 kFirmRecipient = 0;

    enum class Status {
        Off, // digest.daily is false
        NotBusinessDay, // the firm's today is a weekend day
        NotYet, // before digest.time
        Ran, // due: every recipient has today's digest now (queued here or before)
    };

    struct Queued
    {
        qint64 accountId = kFirmRecipient; // kFirmRecipient: the firm's notification address
        QString recipientName; // the account's display name (never its address)
        qint64 outboxId = 0;
        int listed = 0;
        int overdue = 0;
    };

    struct Outcome
    {
        Status status = Status::NotYet;
        QDate day; // the firm's day the digest is for
        QDateTime dueAt; // when today's digest is due (the firm's zone)
        QList<Queued> queued; // by this call
        int alreadySent = 0; // recipients another run had served today
        // Recipients with overdue leads that got nothing: why, without any address (an
        // account without an email address, no firm notification address).
        QStringList skipped;
    };

    explicit MorningDigest(QSqlDatabase db, Clock clock = {});

    // The language of the emails queued ("en" or "es"; the desk's, as a lead's emails).
    void setLanguage(const QString& language) { m_language = language; }

    // Queues today's digests that are due and not yet queued by any desk.
    Result<Outcome> runIfDue();

    // One listed lead, as the composer renders it at send time.
    struct Item
    {
        qint64 leadId = 0;
        QString name;
        QDateTime dueAt; // UTC
        QDate followUpOn; // null when none
    };
    struct Contents
    {
        qint64 accountId = kFirmRecipient;
        QDate day;
        QDateTime asOf; // UTC: the moment the leads were overdue
        QList<Item> items; // in the digest's order, erased leads left out
        int unlisted = 0; // overdue leads beyond kMaxListed
    };
    // The digest behind outbox row outboxId (NotFound when it is no digest).
    static Result<Contents> contents(const QSqlDatabase& db, qint64 outboxId);

private:
    struct Lead
    {
        qint64 id = 0;
        QDateTime dueAt;
    };
    struct Recipient
    {
        qint64 accountId = kFirmRecipient;
        QString username;
        QString address;
        QString name;
        QList<Lead> leads;
    };
    // Every recipient with overdue leads at now, leads oldest first.
    Result<QList<Recipient>> recipients(const QDateTime& now) const;
    Result<QList<qint64>> servedOn(const QDate& day) const;
    QDateTime now() const;

    QSqlDatabase m_db;
    Clock m_clock;
    QString m_language = QStringLiteral("en");
};
