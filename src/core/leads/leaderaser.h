#pragma once

#include "error.h"
#include "user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

// Erasing a lead (data-protection requests, the firm's retention period): its names, email,
// resume, notes and other history details, and its emails' addresses are removed, its
// pending emails cancelled, and one 'erased' history row (the tombstone) keeps who erased
// it, when and why. The lead's row stays, its names and email replaced by "(erased)", so that
// its history still points somewhere.
//
// The history is hash-chained (AuditChain, encoding version 2): each row's hash covers its
// detail's SHA-256, so erasure sets detail to NULL and keeps that digest in detail_sha256;
// every hash stays valid and the tombstone is one more link. The schema's update guard
// allows that change and no other, and only once the lead has its tombstone.
//
// On SQLite the erased bytes also leave the file: every connection runs with
// secure_delete (freed space is zeroed), the search index is merged so that no old segment
// keeps the names, and the WAL is checkpointed and truncated afterwards. On PostgreSQL the
// old row versions stay in the table files until VACUUM; erase() runs it when the role may.
class LeadEraser
{
    Q_DECLARE_TR_FUNCTIONS(LeadEraser)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kMaxReasonLength = 500;

    struct Outcome
    {
        qint64 leadId = 0;
        int detailsBlanked = 0; // history rows whose detail went
        int emailsCancelled = 0;
        bool resumeRemoved = false;
        int resumeCopiesRemoved = 0; // this computer's copies for the PDF viewer
        // SQLite: the WAL was checkpointed and emptied (false: another desk was reading;
        // the erased pages leave the WAL at the next checkpoint). PostgreSQL: VACUUM ran.
        bool physicallyRemoved = false;
    };

    // A lead due under the retention setting.
    struct Due
    {
        qint64 id = 0;
        QString name;
        QDateTime lastActivity; // UTC
    };

    explicit LeadEraser(QSqlDatabase db, Clock clock = {});

    // Where this computer's resume copies live (ResumeCopies::defaultFolder() by default).
    void setResumeCopiesFolder(const QString& folder) { m_copiesFolder = folder; }

    // Erases lead id. Only an administrator may (role); a reason is required. Refusals are
    // Error::Code::Invalid (or NotFound) and change nothing.
    Result<Outcome> erase(qint64 id, const QString& reason, const Actor& actor, Role role);

    // When the lead was erased, or nullopt when it was not.
    Result<std::optional<QDateTime>> erasedAt(qint64 id) const;

    // Leads not yet erased whose last activity (entered, status change, note, or any other
    // change to the lead) is more than `months` months before now, oldest first.
    Result<QList<Due>> due(int months) const;

private:
    qint64 nowMs() const;
    void removePhysically(Outcome& outcome);

    QSqlDatabase m_db;
    Clock m_clock;
    QString m_copiesFolder;
};
