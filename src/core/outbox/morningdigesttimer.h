#pragma once

#include "morningdigest.h"

#include <QObject>
#include <QSqlDatabase>

class QTimer;

// Runs the morning digest from a desk's window, as the daily backup runs: soon after the
// window opens and then every few minutes, MorningDigest::runIfDue() on the window's
// connection (quick: a few indexed queries, and a write transaction only while some digest
// of the day is still to be queued). Only while the connection may read leads: on the office
// server that is an attorney's or administrator's login (a receptionist's reads no lead);
// a SQLite desk always may, so the first desk open in the morning sends it.
class MorningDigestTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MorningDigestTimer)

public:
    static constexpr int kCheckIntervalMs = 5 * 60 * 1000;
    static constexpr int kFirstCheckMs = 30 * 1000;

    MorningDigestTimer(QSqlDatabase db, QString language, QObject* parent = nullptr,
                       MorningDigest::Clock clock = {});

    void setCheckInterval(int ms);
    // One check now; returns how many digests this desk queued.
    int checkNow();

Q_SIGNALS:
    // Digests were queued: the outbox has work.
    void queued(int count);

private:
    QSqlDatabase m_db;
    QString m_language;
    MorningDigest::Clock m_clock;
    QTimer* m_timer = nullptr;
};
