#include "partiespage.h"

#include "dialogs.h"
#include "palettecolors.h"
#include "partydialog.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PartiesPage::PartiesPage(QSqlDatabase db, Dialogs& dialogs, const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_parties(std::move(db))
    , m_dialogs(dialogs)
    , m_actor(actor)
{
    m_editor = [](const Party& party, QWidget* owner) -> std::optional<Party> {
        PartyDialog dialog(party, owner);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.party();
    };
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("People and companies the firm acts for or against. Every new lead is checked "
                                "against them; reception is told only that an attorney will review."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("partiesTable"));
    m_table->setAccessibleName(tr("Parties"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Role"), tr("Matter"), tr("Email"), tr("Notes") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("A&dd party…"), this);
    m_add->setObjectName(QStringLiteral("addPartyButton"));
    m_edit = new QPushButton(tr("Edi&t…"), this);
    m_edit->setObjectName(QStringLiteral("editPartyButton"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removePartyButton"));
    m_import = new QPushButton(tr("Import &CSV…"), this);
    m_import->setObjectName(QStringLiteral("importPartiesButton"));
    for (QPushButton* button : { m_add, m_edit, m_remove, m_import })
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("partiesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &PartiesPage::addParty);
    connect(m_edit, &QPushButton::clicked, this, &PartiesPage::editParty);
    connect(m_remove, &QPushButton::clicked, this, &PartiesPage::removeParty);
    connect(m_import, &QPushButton::clicked, this, &PartiesPage::importCsv);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &PartiesPage::editParty);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(selectedId() > 0);
        m_remove->setEnabled(selectedId() > 0);
    });
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_import);
    refresh();
}

void PartiesPage::refresh()
{
    const qint64 selected = selectedId();
    const Result<QList<Party>> parties = m_parties.list();
    if (!parties) {
        showMessage(parties.error().message, true);
        return;
    }
    m_table->setRowCount(int(parties->size()));
    int row = 0;
    for (const Party& party : *parties) {
        const QStringList cells { party.name, Party::roleText(party.role), party.matter, party.email,
                                  QString(party.notes).replace(QLatin1Char('\n'), QLatin1Char(' ')) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, party.id);
            m_table->setItem(row, column, item);
        }
        if (party.id == selected)
            m_table->selectRow(row);
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_edit->setEnabled(selectedId() > 0);
    m_remove->setEnabled(selectedId() > 0);
}

qint64 PartiesPage::selectedId() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.constFirst()->data(Qt::UserRole).toLongLong();
}

void PartiesPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(PaletteColors::textStyleSheet(error ? PaletteColors::Tone::Error
                                                                 : PaletteColors::Tone::Success,
                                                           palette()));
    m_message->setVisible(!text.isEmpty());
}

void PartiesPage::addParty()
{
    const std::optional<Party> party = m_editor(Party {}, this);
    if (!party)
        return;
    const Result<qint64> id = m_parties.add(*party, m_actor);
    if (!id) {
        showMessage(id.error().message, true);
        return;
    }
    showMessage(tr("Added %1.").arg(party->name), false);
    refresh();
}

void PartiesPage::editParty()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const Result<Party> current = m_parties.party(id);
    if (!current) {
        showMessage(current.error().message, true);
        return;
    }
    const std::optional<Party> party = m_editor(*current, this);
    if (!party)
        return;
    if (const VoidResult saved = m_parties.update(*party, m_actor); !saved) {
        showMessage(saved.error().message, true);
        return;
    }
    showMessage(tr("Saved %1.").arg(party->name), false);
    refresh();
}

void PartiesPage::removeParty()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const Result<Party> current = m_parties.party(id);
    if (!current)
        return;
    if (m_dialogs.ask(this, tr("Remove party"),
                      tr("Remove %1 from the conflict check's parties? The change is kept in the parties' log.")
                          .arg(current->name),
                      tr("Remove"), {})
        != Dialogs::Answer::Primary)
        return;
    if (const VoidResult removed = m_parties.remove(id, m_actor); !removed) {
        showMessage(removed.error().message, true);
        return;
    }
    showMessage(tr("Removed %1.").arg(current->name), false);
    refresh();
}

void PartiesPage::importCsv()
{
    const QString path = m_dialogs.openFile(this, tr("Import parties"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    const Result<PartyRepository::ImportReport> report = m_parties.importCsv(file.readAll(), m_actor);
    if (!report) {
        showMessage(report.error().message, true);
        return;
    }
    QString text = tr("Added %n party(ies).", nullptr, report->added);
    if (!report->problems.isEmpty())
        text += QLatin1Char(' ') + tr("Skipped %n row(s):", nullptr, int(report->problems.size()))
            + QLatin1Char('\n') + report->problems.join(QLatin1Char('\n'));
    showMessage(text, !report->problems.isEmpty());
    refresh();
}
