#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The daily backup a desk's window runs (issue 13, part 3): firm settings backup.daily,
// backup.folder, backup.keep and backup.time. It is due once the day's backup.time has passed
// and the last backup is older than that; the first desk to see it due claims it inside a
// write transaction (BEGIN IMMEDIATE: one desk at a time reads and writes backup.claimed), so
// two desks opened together never both run it. A claim older than kClaimMinutes is taken to
// be from a desk that closed or crashed midway, and the backup is due again. SQLite desks
// only: in office mode IT backs up the server (README).
class DailyBackup
{
    Q_DECLARE_TR_FUNCTIONS(DailyBackup)

public:
    DailyBackup() = delete;

    static constexpr int kClaimMinutes = 60;
    // An administrator is warned when the last backup is older than this.
    static constexpr int kStaleDays = 2;
    static QString filePrefix() { return QStringLiteral("leads-"); }

    // The first moment the backup after `lastDone` is due, given the day's time `at`.
    static bool isDue(const QDateTime& now, const QDateTime& lastDone, const QTime& at);

    // Runs the daily backup on `db` (a connection of this thread) when it is on, due and not
    // claimed by another desk; returns the file written, or nullopt when nothing was due.
    static Result<std::optional<QString>> runIfDue(const QSqlDatabase& db,
                                                   const QDateTime& now = QDateTime::currentDateTime());
    // The last backup's time (local), invalid when none was recorded.
    static QDateTime lastDone(const QSqlDatabase& db);
    // Removes the oldest "leads-*.sqlite" of folder beyond keep; returns how many went.
    static int prune(const QString& folder, int keep);
};
