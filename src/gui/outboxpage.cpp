#include "outboxpage.h"

#include "enterkeybuttons.h"
#include "mailcontroller.h"
#include "outboxdispatcher.h"
#include "outboxtablemodel.h"
#include "palettecolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

OutboxPage::OutboxPage(MailController& mail, QWidget* parent)
    : QWidget(parent)
    , m_mail(mail)
{
    m_model = new OutboxTableModel(mail.database(), this);

    auto* filterLabel = new QLabel(tr("&Show:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("stateFilter"));
    m_filter->addItem(tr("All emails"), QString());
    for (const OutboxState state : { OutboxState::Queued, OutboxState::Sending, OutboxState::Sent,
                                     OutboxState::Failed, OutboxState::Cancelled })
        m_filter->addItem(OutboxTableModel::stateText(state), OutboxEntry::stateKey(state));
    filterLabel->setBuddy(m_filter);

    m_retryButton = new QPushButton(tr("&Retry now"), this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setToolTip(tr("Send the selected email again as soon as possible"));
    m_cancelButton = new QPushButton(tr("&Cancel email"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Do not send the selected email"));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("outboxBanner"));
    m_banner->setWordWrap(true);
    PaletteColors::follow(this, [this] {
        m_banner->setStyleSheet(PaletteColors::bannerStyleSheet(PaletteColors::Tone::Error, palette()));
    });
    m_banner->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Emails"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxTableModel::LastError, QHeaderView::Stretch);
    header->setHighlightSections(false);

    auto* top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(m_retryButton);
    top->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_filter->currentData().toString();
        m_model->setStateFilter(key.isEmpty() ? std::nullopt : OutboxEntry::stateFromKey(key));
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxPage::updateButtons);
    connect(m_retryButton, &QPushButton::clicked, this, &OutboxPage::retrySelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &OutboxPage::cancelSelected);
    connect(&m_mail.dispatcher(), &OutboxDispatcher::stateChanged, this, &OutboxPage::refresh);

    setFocusProxy(m_table);
    EnterKeyButtons::install(this);
    refresh();
}

OutboxPage::~OutboxPage() = default;

void OutboxPage::refresh()
{
    const qint64 selected = selectedId();
    if (!m_model->refresh())
        showBanner(tr("The outbox could not be read: %1").arg(m_model->lastError()));
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

qint64 OutboxPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->entryAt(rows.constFirst().row()).id;
}

void OutboxPage::updateButtons()
{
    const int row = m_model->rowOf(selectedId());
    const bool has = row >= 0;
    const OutboxState state = has ? m_model->entryAt(row).state : OutboxState::Sent;
    m_retryButton->setEnabled(has && state != OutboxState::Sending && state != OutboxState::Sent);
    m_cancelButton->setEnabled(has && (state == OutboxState::Queued || state == OutboxState::Failed));
}

void OutboxPage::retrySelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const VoidResult done = m_mail.dispatcher().retryNow(id);
    showBanner(done ? QString() : tr("The email could not be queued again: %1").arg(done.error().message));
    refresh();
}

void OutboxPage::cancelSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const VoidResult done = m_mail.dispatcher().cancel(id);
    showBanner(done ? QString() : tr("The email could not be cancelled: %1").arg(done.error().message));
    refresh();
}

void OutboxPage::showBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}
