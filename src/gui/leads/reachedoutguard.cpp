#include "reachedoutguard.h"

#include "conflictrepository.h"
#include "dialogs.h"
#include "leadrepository.h"

bool ReachedOutGuard::confirm(QWidget* parent, Dialogs& dialogs, LeadRepository& repository,
                              const QList<qint64>& ids, const QString& actor)
{
    const ConflictRepository conflicts(repository.database(), repository.clock());
    QList<qint64> unreviewed;
    for (const qint64 id : ids.mid(0, kMaxChecked)) {
        const Result<bool> open = conflicts.unreviewedConflict(id);
        if (open && *open)
            unreviewed.append(id);
    }
    if (unreviewed.isEmpty())
        return true;
    const Result<Lead> first = repository.lead(unreviewed.constFirst());
    const QString who = first ? tr("%1 (lead %2)").arg(first->fullName()).arg(unreviewed.constFirst())
                              : tr("Lead %1").arg(unreviewed.constFirst());
    const QString text = unreviewed.size() == 1
        ? tr("%1 has a possible conflict that nobody has reviewed. Record an outcome in the "
             "detail pane's conflict check first, or confirm that the prospect may be called now.")
              .arg(who)
        : tr("%n of these leads have a possible conflict that nobody has reviewed. Record an outcome "
             "first, or confirm that they may be called now.",
             nullptr, int(unreviewed.size()));
    if (dialogs.ask(parent, tr("Possible conflict"), text, tr("Mark reached out anyway"), {})
        != Dialogs::Answer::Primary)
        return false;
    for (const qint64 id : std::as_const(unreviewed))
        repository.recordEvent(id, LeadEvent::Kind::Note, actor,
                               tr("Marked reached out with an unreviewed possible conflict (confirmed)."),
                               repository.actingAccount());
    return true;
}
