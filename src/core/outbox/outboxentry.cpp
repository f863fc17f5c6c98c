#include "outboxentry.h"

#include <array>
#include <utility>

namespace {

const std::array<std::pair<OutboxState, const char*>, 5> kStates { {
    { OutboxState::Queued, "queued" },
    { OutboxState::Sending, "sending" },
    { OutboxState::Sent, "sent" },
    { OutboxState::Failed, "failed" },
    { OutboxState::Cancelled, "cancelled" },
} };

const std::array<std::pair<OutboxKind, const char*>, 4> kKinds { {
    { OutboxKind::ProspectConfirmation, "prospect_confirmation" },
    { OutboxKind::AttorneyNotification, "attorney_notification" },
    { OutboxKind::Test, "test" },
    { OutboxKind::MorningDigest, "morning_digest" },
} };

} // namespace

QString OutboxEntry::stateKey(OutboxState state)
{
    for (const auto& [value, key] : kStates) {
        if (value == state)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<OutboxState> OutboxEntry::stateFromKey(const QString& key)
{
    for (const auto& [value, text] : kStates) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString OutboxEntry::kindKey(OutboxKind kind)
{
    for (const auto& [value, key] : kKinds) {
        if (value == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<OutboxKind> OutboxEntry::kindFromKey(const QString& key)
{
    for (const auto& [value, text] : kKinds) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

int OutboxCounts::of(OutboxState state) const
{
    switch (state) {
    case OutboxState::Queued:
        return queued;
    case OutboxState::Sending:
        return sending;
    case OutboxState::Sent:
        return sent;
    case OutboxState::Failed:
        return failed;
    case OutboxState::Cancelled:
        return cancelled;
    }
    return 0;
}
