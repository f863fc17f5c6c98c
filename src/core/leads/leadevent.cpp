#include "lead.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<LeadEvent::Kind, const char*>, 8> kKinds { {
    { LeadEvent::Kind::Created, "created" },
    { LeadEvent::Kind::StatusChanged, "status_changed" },
    { LeadEvent::Kind::Note, "note" },
    { LeadEvent::Kind::ResumeOpened, "resume_opened" },
    { LeadEvent::Kind::ResumeExported, "resume_exported" },
    { LeadEvent::Kind::Assigned, "assigned" },
    { LeadEvent::Kind::Erased, "erased" },
    { LeadEvent::Kind::FollowUp, "follow_up" },
} };
} // namespace

QString LeadEvent::kindKey(Kind kind)
{
    for (const auto& [k, key] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<LeadEvent::Kind> LeadEvent::kindFromKey(const QString& key)
{
    for (const auto& [k, name] : kKinds) {
        if (key == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}
