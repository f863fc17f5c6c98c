#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Dialogs;
class LeadRepository;
class QWidget;

// Before leads are marked reached out: a lead with a possible conflict nobody has reviewed
// (ConflictRepository::unreviewedConflict) is called only after the attorney confirms; the
// confirmation goes into each such lead's history.
class ReachedOutGuard
{
    Q_DECLARE_TR_FUNCTIONS(ReachedOutGuard)

public:
    // At most this many leads of a selection are checked (each check is one query).
    static constexpr int kMaxChecked = 200;
    // True when the change may go ahead.
    static bool confirm(QWidget* parent, Dialogs& dialogs, LeadRepository& repository, const QList<qint64>& ids,
                        const QString& actor);
};
