#include "leadstatus.h"

QString LeadStatusText::key(LeadStatus status)
{
    switch (status) {
    case LeadStatus::Pending:
        return QStringLiteral("PENDING");
    case LeadStatus::ReachedOut:
        return QStringLiteral("REACHED_OUT");
    }
    return {};
}

std::optional<LeadStatus> LeadStatusText::fromKey(const QString& key)
{
    QString normalized = key.trimmed().toUpper();
    normalized.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    for (const LeadStatus status : all()) {
        if (LeadStatusText::key(status) == normalized)
            return status;
    }
    return std::nullopt;
}

QString LeadStatusText::display(LeadStatus status)
{
    switch (status) {
    case LeadStatus::Pending:
        return tr("Pending");
    case LeadStatus::ReachedOut:
        return tr("Reached out");
    }
    return {};
}
