#pragma once

#include "error.h"
#include "lead.h"
#include "leadvalidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// Walk-ins kept on this desk while the office server cannot be reached (office mode only):
// a SQLite file of its own (0600, WAL, synchronous=FULL), one row per lead in the order they
// came, removed once the server holds the lead. A row is committed before the form says
// "saved on this desk", so killing the desk loses nothing; JournalUploader sends them on.
//
// Each row carries a key (a UUID) that goes into the server's intake_uploads table in the
// same transaction as the lead: a row uploaded just before a crash (committed on the server,
// still in the journal) is recognised at the next upload and only removed, never doubled.
//
// The file's format is versioned (PRAGMA user_version): 0, the first, had no attorney and
// no source; 1 adds them (columns attorney_id and source). An older file is upgraded when
// opened, its waiting rows kept (no attorney chosen, no source: what they were saved with);
// a file of a newer format is refused rather than misread.
class IntakeJournal
{
    Q_DECLARE_TR_FUNCTIONS(IntakeJournal)

public:
    struct Entry
    {
        qint64 id = 0; // order of arrival
        QString key; // the upload's idempotency key
        LeadValidator::Valid lead;
        LeadOrigin origin; // the attorney chosen at intake and "How did you hear about us?"
        QString language;
        QString actor;
        std::optional<qint64> actorId;
        QDateTime savedAt;
    };

    IntakeJournal() = default;
    ~IntakeJournal();
    IntakeJournal(const IntakeJournal&) = delete;
    IntakeJournal& operator=(const IntakeJournal&) = delete;
    IntakeJournal(IntakeJournal&& other) noexcept;
    IntakeJournal& operator=(IntakeJournal&& other) noexcept;

    // Opens (creating it 0600 in a 0700 folder if needed) the journal at path.
    static Result<IntakeJournal> open(const QString& path);
    // intake-journal.sqlite beside the desk's own files (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    // The format this build writes (see above).
    static constexpr int kFormatVersion = 1;

    QString path() const { return m_path; }
    Result<qint64> append(const LeadValidator::Valid& lead, const QString& language,
                          const QString& actor, std::optional<qint64> actorId,
                          const LeadOrigin& origin = {});
    Result<int> count() const;
    // The first lead still waiting, if any.
    Result<std::optional<Entry>> oldest() const;
    VoidResult remove(qint64 id);

private:
    void close();

    QString m_connectionName;
    QString m_path;
};
