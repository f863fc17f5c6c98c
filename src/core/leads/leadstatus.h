#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Where a lead stands in the firm's follow-up. Stored as the upper-case key.
enum class LeadStatus {
    Pending,
    ReachedOut,
};

class LeadStatusText
{
    Q_DECLARE_TR_FUNCTIONS(LeadStatus)

public:
    static QList<LeadStatus> all() { return { LeadStatus::Pending, LeadStatus::ReachedOut }; }
    // The stable key used in the database, the CLI and CSV ("PENDING", "REACHED_OUT").
    static QString key(LeadStatus status);
    // Accepts the key in any letter case, with '-' or ' ' for '_'.
    static std::optional<LeadStatus> fromKey(const QString& key);
    // The translated words a user reads ("Pending", "Reached out").
    static QString display(LeadStatus status);
};
