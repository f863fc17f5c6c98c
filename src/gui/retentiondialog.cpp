#include "retentiondialog.h"

#include "eraseleaddialog.h"
#include "firmsettings.h"
#include "leaderaser.h"
#include "leadtablemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RetentionDialog::RetentionDialog(QSqlDatabase db, const Actor& actor, const QString& resumeCopiesFolder,
                                 QWidget* parent, Clock clock)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(actor)
    , m_copiesFolder(resumeCopiesFolder)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Leads due for erasure"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("retentionList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels({ tr("Lead"), tr("Name"), tr("Last activity") });
    m_list->setAccessibleName(tr("Leads due for erasure"));
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_erase = buttons->addButton(tr("&Erase these leads…"), QDialogButtonBox::ActionRole);
    m_erase->setObjectName(QStringLiteral("eraseDueButton"));
    m_erase->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_erase, &QPushButton::clicked, this, &RetentionDialog::eraseDue);
    setTabOrder(m_list, m_erase);
    setTabOrder(m_erase, buttons->button(QDialogButtonBox::Close));
    resize(640, 420);
    reload();
}

void RetentionDialog::reload()
{
    m_list->clear();
    m_months = FirmSettings(m_db).number(FirmSettings::Key::RetentionMonths);
    if (m_months <= 0) {
        m_summary->setText(tr("Retention is off: no lead is ever due. An administrator can set "
                              "\"Keep inactive leads\" in Settings."));
        m_erase->setEnabled(false);
        return;
    }
    const Result<QList<LeadEraser::Due>> due = LeadEraser(m_db, m_clock).due(m_months);
    if (!due) {
        m_summary->setText(due.error().message);
        m_erase->setEnabled(false);
        return;
    }
    for (const LeadEraser::Due& lead : *due) {
        auto* item = new QTreeWidgetItem(m_list, { QString::number(lead.id), lead.name,
                                                   LeadTableModel::formatTime(lead.lastActivity) });
        item->setData(0, Qt::UserRole, lead.id);
    }
    m_list->resizeColumnToContents(0);
    m_summary->setText(due->isEmpty()
                           ? tr("No lead is due: every lead had activity in the last %n month(s).", nullptr, m_months)
                           : tr("%n lead(s) had no activity for %1 months or more. Nothing is erased until "
                                "you confirm.",
                                nullptr, int(due->size()))
                                 .arg(m_months));
    m_erase->setEnabled(!due->isEmpty());
}

void RetentionDialog::eraseDue()
{
    QStringList shown;
    QList<qint64> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        ids.append(item->data(0, Qt::UserRole).toLongLong());
        shown.append(tr("%1 (lead %2)").arg(item->text(1), item->text(0)));
    }
    if (ids.isEmpty())
        return;
    EraseLeadDialog confirm(shown, this);
    confirm.setReason(tr("No activity for %n month(s) (the firm's retention period)", nullptr, m_months));
    if (confirm.exec() != QDialog::Accepted)
        return;
    LeadEraser eraser(m_db, m_clock);
    eraser.setResumeCopiesFolder(m_copiesFolder);
    QStringList failures;
    int done = 0;
    for (const qint64 id : std::as_const(ids)) {
        const Result<LeadEraser::Outcome> outcome = eraser.erase(id, confirm.reason(), m_actor, Role::Admin);
        if (outcome)
            ++done;
        else
            failures.append(tr("Lead %1: %2").arg(id).arg(outcome.error().message));
    }
    reload();
    QString text = tr("%n lead(s) erased.", nullptr, done);
    if (!failures.isEmpty())
        text += QLatin1Char(' ') + failures.join(QLatin1Char(' '));
    m_summary->setText(text + QLatin1Char(' ') + m_summary->text());
    if (done > 0)
        Q_EMIT erased();
}
