#include "leadspage.h"

#include "dataversionwatcher.h"
#include "enterkeybuttons.h"
#include "firmsettings.h"
#include "leaddetailpane.h"
#include "leadrepository.h"
#include "leadstatus.h"
#include "leadstableview.h"
#include "leadtablemodel.h"
#include "palettecolors.h"
#include "reachedoutguard.h"
#include "responsetarget.h"
#include "resumepreview.h"
#include "statusdelegate.h"
#include "textcelldelegate.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QShortcut>
#include <QCheckBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int kSearchDelayMs = 150; // results as you type, one query per pause
constexpr int kLiveRefreshMs = 1000;
constexpr int kMaxRememberedSelection = 1000;
constexpr int kMaxStatusChecks = 2000; // enough to decide the action without reading far
} // namespace

LeadsPage::LeadsPage(LeadRepository& repository, Dialogs& dialogs, const QString& actor,
                     QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
{
    m_model = new LeadTableModel(repository, actor, this);
    m_model->setReachedOutGuard([this, &dialogs, actor](const QList<qint64>& ids) {
        return ReachedOutGuard::confirm(this, dialogs, m_repository, ids, actor);
    });
    buildUi(dialogs, actor);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(QStringLiteral("searchDebounce"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &LeadsPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LeadsPage::applySearch);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &LeadsPage::applyStatusFilter);
    connect(m_myLeads, &QCheckBox::toggled, this, &LeadsPage::applyMyLeads);
    connect(m_overdue, &QCheckBox::toggled, this, &LeadsPage::applyOverdue);

    connect(m_model, &LeadTableModel::errorOccurred, this, &LeadsPage::showError);
    connect(m_model, &LeadTableModel::countChanged, this, &LeadsPage::updateCount);
    connect(m_model, &LeadTableModel::countChanged, this, &LeadsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeadsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &LeadsPage::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeadsPage::restoreSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const int shown = m_table->singleSelectedRow();
                if (shown >= topLeft.row() && shown <= bottomRight.row())
                    showSelectedLead();
                updateActions();
            });
    // One notion of the lead you are looking at: the selection. The pane, Ctrl+R, F2 and
    // notes all act on it (the focus rectangle alone decides nothing).
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelectedLead();
        updateActions();
    });
    connect(m_detail, &LeadDetailPane::errorOccurred, this, &LeadsPage::showError);
    connect(m_detail, &LeadDetailPane::leadChanged, this, &LeadsPage::refresh);
    connect(m_detail, &LeadDetailPane::leadErased, this, &LeadsPage::refresh);

    m_watcher = new DataVersionWatcher(repository.database(), kLiveRefreshMs, this);
    connect(m_watcher, &DataVersionWatcher::changed, this, &LeadsPage::refresh);
    // Time passes without any write: the own overdue count is taken again each minute.
    m_overdueTimer = new QTimer(this);
    m_overdueTimer->setObjectName(QStringLiteral("overdueTimer"));
    m_overdueTimer->setInterval(LeadTableModel::kOverdueTickMs);
    connect(m_overdueTimer, &QTimer::timeout, this, &LeadsPage::updateOverdue);
    m_overdueTimer->start();
    updateOverdue();

    updateCount();
    updateActions();
    updateEmptyState();
    EnterKeyButtons::install(this);
}

LeadsPage::~LeadsPage() = default;

void LeadsPage::buildUi(Dialogs& dialogs, const QString& actor)
{
    // Search and filter.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search names, email and attorneys"));
    m_search->setClearButtonEnabled(true);
    // Ctrl+F belongs to the main window's "Find lead…", which focuses this field.
    m_search->setToolTip(tr("Words match the start of first names, last names, email "
                            "addresses and attorneys' names, ignoring case and accents"));
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setAccessibleDescription(tr("Escape clears the search"));
    // Escape clears the search (the field's own clear button needs the mouse).
    m_search->installEventFilter(this);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All"), QString());
    for (const LeadStatus status : LeadStatusText::all())
        m_statusFilter->addItem(LeadStatusText::display(status), LeadStatusText::key(status));
    auto* filterLabel = new QLabel(tr("S&tatus:"), this);
    filterLabel->setBuddy(m_statusFilter);

    // "My leads": the signed-in account's own leads (an attorney's usual view). Ctrl+M
    // toggles it from anywhere on the page; without an account there is nobody's to show.
    m_myLeads = new QCheckBox(tr("M&y leads"), this);
    m_myLeads->setObjectName(QStringLiteral("myLeadsCheck"));
    m_myLeads->setAccessibleName(tr("My leads"));
    const QKeySequence myLeadsKeys(Qt::CTRL | Qt::Key_M);
    m_myLeads->setToolTip(tr("Only the leads you are responsible for (%1)")
                              .arg(myLeadsKeys.toString(QKeySequence::NativeText)));
    m_myLeads->setAccessibleDescription(m_myLeads->toolTip());
    m_myLeads->setEnabled(m_repository.actingAccount().has_value());
    auto* myLeadsShortcut = new QShortcut(myLeadsKeys, this);
    myLeadsShortcut->setObjectName(QStringLiteral("myLeadsShortcut"));
    myLeadsShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(myLeadsShortcut, &QShortcut::activated, m_myLeads, [this] {
        if (m_myLeads->isEnabled())
            m_myLeads->toggle();
    });

    // "Overdue" (issue 12, part 2): pending leads past the firm's response target and leads
    // past their call-back day, counted and paged in SQL (ResponseTarget::overdueCondition).
    // No mnemonic: every letter of "Overdue" is taken in the window (Sa&ve as…, Erase
    // lea&d…, &Undo...); Tab reaches it, and Ctrl+Shift+M shows My leads + Overdue.
    m_overdue = new QCheckBox(tr("Overdue"), this);
    m_overdue->setObjectName(QStringLiteral("overdueCheck"));
    m_overdue->setAccessibleName(tr("Overdue leads only"));
    m_overdue->setToolTip(tr("Only leads past the firm's response target or their call-back day"));
    m_overdue->setAccessibleDescription(m_overdue->toolTip());
    const QKeySequence myOverdueKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    auto* myOverdueShortcut = new QShortcut(myOverdueKeys, this);
    myOverdueShortcut->setObjectName(QStringLiteral("myOverdueShortcut"));
    myOverdueShortcut->setContext(Qt::WindowShortcut);
    connect(myOverdueShortcut, &QShortcut::activated, this, &LeadsPage::showMyOverdue);

    m_overdueStatus = new QPushButton(this);
    m_overdueStatus->setObjectName(QStringLiteral("overdueStatusButton"));
    m_overdueStatus->setFlat(true);
    m_overdueStatus->setCursor(Qt::PointingHandCursor);
    m_overdueStatus->setToolTip(tr("Show your overdue leads (%1)").arg(myOverdueKeys.toString(QKeySequence::NativeText)));
    m_overdueStatus->setAccessibleDescription(m_overdueStatus->toolTip());
    m_overdueStatus->hide();
    connect(m_overdueStatus, &QPushButton::clicked, this, &LeadsPage::showMyOverdue);
    PaletteColors::follow(m_overdueStatus, [this] {
        m_overdueStatus->setStyleSheet(
            QStringLiteral("QPushButton { color: %1; font-weight: bold; border: none; padding: 0 4px; }")
                .arg(PaletteColors::accent(PaletteColors::Tone::Error, m_overdueStatus->palette()).name()));
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setAccessibleName(tr("Number of leads shown"));


    auto* filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addSpacing(12);
    filters->addWidget(filterLabel);
    filters->addWidget(m_statusFilter);
    filters->addSpacing(12);
    filters->addWidget(m_myLeads);
    filters->addWidget(m_overdue);
    filters->addSpacing(12);
    filters->addWidget(m_countLabel);

    // Inline banner for recoverable errors ("changed by someone else").
    m_errorBanner = new QFrame(this);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setFrameShape(QFrame::StyledPanel);
    PaletteColors::follow(this, [this] {
        // Tinted from the current palette: readable on a light or a dark desktop.
        const PaletteColors::Tint colors = PaletteColors::banner(PaletteColors::Tone::Error, palette());
        m_errorBanner->setStyleSheet(QStringLiteral("QFrame#errorBanner { background-color: %1; border: 1px solid %2; "
                                                    "border-radius: 4px; } QFrame#errorBanner QLabel { color: %3; }")
                                         .arg(colors.background.name(), colors.border.name(), colors.text.name()));
    });
    m_errorText = new QLabel(m_errorBanner);
    m_errorText->setObjectName(QStringLiteral("errorBannerText"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextFormat(Qt::PlainText);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* dismiss = new QToolButton(m_errorBanner);
    dismiss->setObjectName(QStringLiteral("errorBannerClose"));
    dismiss->setAutoRaise(true);
    dismiss->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, m_errorBanner, &QWidget::hide);
    auto* bannerLayout = new QHBoxLayout(m_errorBanner);
    bannerLayout->setContentsMargins(8, 4, 4, 4);
    bannerLayout->addWidget(m_errorText, 1);
    bannerLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_errorBanner->hide();

    // The table.
    m_table = new LeadsTableView(this);
    m_table->setObjectName(QStringLiteral("leadsTable"));
    m_table->setAccessibleName(tr("Leads"));
    // Fixed row heights: the view never asks a million rows for their size. Set before the
    // model, when the header has no rows yet: on a full header, setDefaultSectionSize emits
    // sectionResized once per row (440 million instructions at a million leads).
    QHeaderView* rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TextCellDelegate(m_table));
    m_table->setItemDelegateForColumn(LeadTableModel::Status, new StatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->setShowGrid(false);

    QHeaderView* columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    int statusWidth = 0;
    for (const LeadStatus status : LeadStatusText::all())
        statusWidth = qMax(statusWidth, fontMetrics().horizontalAdvance(LeadStatusText::display(status)));
    const QString sampleTime = LeadTableModel::formatTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59), Qt::UTC));
    columns->setMinimumSectionSize(4 * em);
    columns->resizeSection(LeadTableModel::FirstName, 10 * em);
    columns->resizeSection(LeadTableModel::LastName, 11 * em);
    // Room for the combo box arrow when editing.
    columns->resizeSection(LeadTableModel::Status, statusWidth + 5 * em);
    columns->resizeSection(LeadTableModel::CreatedAt, fontMetrics().horizontalAdvance(sampleTime) + 3 * em);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(LeadTableModel::Email, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
    columns->setSortIndicator(LeadTableModel::CreatedAt, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);

    // Bulk action.
    m_markAction = new QAction(tr("Mark as &Reached Out"), this);
    m_markAction->setObjectName(QStringLiteral("markReachedOutAction"));
    m_markAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_markAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markAction->setToolTip(tr("Mark the selected leads as reached out (%1)")
                                 .arg(m_markAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_markAction, &QAction::triggered, this, &LeadsPage::markReachedOut);
    addAction(m_markAction);
    m_markButton = new QPushButton(tr("&Mark as reached out"), this);
    m_markButton->setObjectName(QStringLiteral("markReachedOutButton"));
    m_markButton->setToolTip(m_markAction->toolTip());
    connect(m_markButton, &QPushButton::clicked, m_markAction, &QAction::trigger);
    connect(m_markAction, &QAction::changed, m_markButton,
            [this] { m_markButton->setEnabled(m_markAction->isEnabled()); });

    // "No lead matches …" over the empty table, where the eye looks for the results.
    m_emptyState = new QLabel(m_table); // not the viewport's: it would scroll away
    m_emptyState->setObjectName(QStringLiteral("noMatchLabel"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyState->hide();
    m_table->viewport()->installEventFilter(this);

    // After "Mark as reached out": Undo, for a few seconds (also Ctrl+Z on the page).
    m_undoBar = new QWidget(this);
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    m_undoText = new QLabel(m_undoBar);
    m_undoText->setObjectName(QStringLiteral("undoText"));
    m_undoButton = new QPushButton(tr("&Undo"), m_undoBar);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoMarkAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undoAction->setEnabled(false);
    addAction(m_undoAction);
    m_undoButton->setToolTip(tr("Set the leads back to pending (%1)")
                                 .arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_undoButton, &QPushButton::clicked, m_undoAction, &QAction::trigger);
    connect(m_undoAction, &QAction::triggered, this, &LeadsPage::undoLastChange);
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoText);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->hide();
    m_undoTimer = new QTimer(this);
    m_undoTimer->setObjectName(QStringLiteral("undoTimer"));
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(kUndoOfferMs);
    connect(m_undoTimer, &QTimer::timeout, this, [this] {
        // Not while the keyboard is on the button: it would vanish under the user.
        if (m_undoButton->hasFocus()) {
            m_undoTimer->start();
            return;
        }
        m_undoable.clear();
        m_undoAction->setEnabled(false);
        m_undoBar->hide();
    });

    auto* tableSide = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_markButton);
    actions->addWidget(m_undoBar);
    actions->addStretch();
    tableLayout->addLayout(actions);

    m_detail = new LeadDetailPane(m_repository, dialogs, actor, this);
    m_detail->setObjectName(QStringLiteral("detailPane"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("leadsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 700, 400 });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_errorBanner);
    layout->addWidget(splitter, 1);

    // The reading order: the filters, the error's close button under them, the table and
    // its buttons, then the detail pane on the right.
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_myLeads);
    setTabOrder(m_myLeads, m_overdue);
    setTabOrder(m_overdue, dismiss);
    setTabOrder(dismiss, m_table);
    setTabOrder(m_table, m_markButton);
    setTabOrder(m_markButton, m_undoButton);
    setTabOrder(m_undoButton, m_detail->assignButton());
    setTabOrder(m_detail->assignButton(), m_detail->followUpEdit());
    setTabOrder(m_detail->followUpEdit(), m_detail->pickFollowUpButton());
    setTabOrder(m_detail->pickFollowUpButton(), m_detail->clearFollowUpButton());
    setTabOrder(m_detail->clearFollowUpButton(), m_detail->previewToggle());
    setTabOrder(m_detail->previewToggle(), m_detail->openResumeButton());
    setTabOrder(m_detail->openResumeButton(), m_detail->saveResumeButton());
    // The preview's bar left to right, then its page (the order they were made in).
    QWidget* last = m_detail->saveResumeButton();
    for (QWidget* part : m_detail->preview()->findChildren<QWidget*>()) {
        if (part->focusPolicy() & Qt::TabFocus) {
            setTabOrder(last, part);
            last = part;
        }
    }
    setTabOrder(last, m_detail->noteEdit());
    setTabOrder(m_detail->noteEdit(), m_detail->addNoteButton());
    setTabOrder(m_detail->addNoteButton(), m_detail->eraseButton());
}

void LeadsPage::setMayErase(bool may)
{
    m_detail->setMayErase(may);
}

void LeadsPage::refresh()
{
    updateOverdue();
    m_model->reload(); // a changed count resets, and restoreSelection() keeps the lead
    showSelectedLead();
    updateCount();
    updateActions();
}

void LeadsPage::showLead(qint64 id)
{
    const Result<Lead> lead = m_repository.lead(id);
    if (!lead) {
        showError(lead.error().message);
        return;
    }
    int row = m_model->locateLead(*lead);
    if (row < 0) {
        const LeadQuery current = m_model->query();
        if (!current.search.isEmpty() || current.status || current.attorneyId || current.overdue) {
            // The search or filter hides it: clear both, without a query per keystroke.
            m_searchTimer->stop();
            {
                const QSignalBlocker blockSearch(m_search);
                const QSignalBlocker blockFilter(m_statusFilter);
                const QSignalBlocker blockMine(m_myLeads);
                const QSignalBlocker blockOverdue(m_overdue);
                m_search->clear();
                m_statusFilter->setCurrentIndex(0);
                m_myLeads->setChecked(false);
                m_overdue->setChecked(false);
            }
            LeadQuery cleared = current;
            cleared.search.clear();
            cleared.status.reset();
            cleared.attorneyId.reset();
            cleared.overdue.reset();
            m_model->setQuery(cleared);
            row = m_model->locateLead(*lead);
        }
    }
    if (row < 0) {
        // Only the date and status orders can be searched outside SQL: use the default one.
        m_table->sortByColumn(LeadTableModel::CreatedAt, Qt::DescendingOrder);
        row = m_model->locateLead(*lead);
    }
    if (row >= 0) {
        selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    } else {
        m_detail->showLead(id);
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void LeadsPage::applySearch()
{
    m_searchTimer->stop();
    m_model->setSearch(m_search->text().trimmed());
    m_table->scrollToTop(); // a new search shows its first matches, wherever the view was
    updateCount();
}

void LeadsPage::applyStatusFilter()
{
    const QString key = m_statusFilter->currentData().toString();
    m_model->setStatusFilter(LeadStatusText::fromKey(key));
    m_table->scrollToTop();
    updateCount();
}

void LeadsPage::applyMyLeads()
{
    m_model->setAttorneyFilter(m_myLeads->isChecked() ? m_repository.actingAccount() : std::nullopt);
    m_table->scrollToTop();
    updateCount();
}

void LeadsPage::applyOverdue()
{
    m_model->setOverdueFilter(m_overdue->isChecked());
    m_table->scrollToTop();
    updateCount();
}

void LeadsPage::showMyOverdue()
{
    if (m_myLeads->isEnabled())
        m_myLeads->setChecked(true);
    m_overdue->setChecked(true);
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void LeadsPage::updateOverdue()
{
    const ResponseTarget target = ResponseTarget::fromSettings(FirmSettings(m_repository.database()));
    // Settings changed (here or on another desk): the marks and the filter follow.
    if (!(target.rule().businessDays == m_model->responseTarget().rule().businessDays
          && target.rule().weekend == m_model->responseTarget().rule().weekend
          && target.rule().zone == m_model->responseTarget().rule().zone))
        m_model->setResponseTarget(target);
    int count = 0;
    if (const std::optional<qint64> me = m_repository.actingAccount()) {
        // Counted in SQL with the same condition the filter uses (own leads only).
        LeadQuery mine;
        mine.attorneyId = me;
        mine.overdue = target.overdueCondition(m_model->now());
        const Result<int> counted = m_repository.count(mine);
        if (counted)
            count = *counted;
    }
    m_myOverdue = count;
    m_overdueStatus->setText(tr("%n of your leads are overdue", nullptr, count));
    m_overdueStatus->setAccessibleName(m_overdueStatus->text());
    m_overdueStatus->setVisible(count > 0);
}

void LeadsPage::markReachedOut()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_errorBanner->hide();
    // Marking disables the button (nothing selected is pending any more); Qt would send its
    // focus on to the detail pane. It goes to Undo, beside it, instead.
    const bool fromButton = m_markButton->hasFocus();
    QList<LeadTableModel::StatusChange> changes;
    m_model->setStatus(rows, LeadStatus::ReachedOut, &changes);
    showSelectedLead();
    updateCount();
    updateActions();
    if (!changes.isEmpty()) {
        m_undoable = changes;
        offerUndo(tr("%n lead(s) marked as reached out.", nullptr, int(changes.size())));
        if (fromButton)
            m_undoButton->setFocus(Qt::OtherFocusReason);
    }
}

void LeadsPage::setUndoOfferTime(int ms)
{
    m_undoTimer->setInterval(ms);
}

void LeadsPage::offerUndo(const QString& text)
{
    m_undoText->setText(text);
    m_undoButton->setAccessibleDescription(text);
    m_undoAction->setEnabled(true);
    m_undoBar->show();
    m_undoTimer->start();
}

void LeadsPage::undoLastChange()
{
    if (m_undoable.isEmpty())
        return;
    const QList<LeadTableModel::StatusChange> changes = std::exchange(m_undoable, {});
    m_undoTimer->stop();
    m_undoAction->setEnabled(false);
    const bool hadFocus = m_undoButton->hasFocus();
    m_undoBar->hide();
    if (hadFocus)
        m_table->setFocus(Qt::OtherFocusReason);
    const Result<int> reverted = m_model->revertStatus(changes);
    showSelectedLead();
    updateCount();
    updateActions();
    if (!reverted)
        showError(reverted.error().message);
}

void LeadsPage::updateEmptyState()
{
    const LeadQuery& query = m_model->query();
    QString text;
    if (m_model->rowCount() == 0) {
        if (!query.search.isEmpty())
            text = query.status ? tr("No %1 lead matches “%2”.")
                                      .arg(LeadStatusText::display(*query.status).toLower(), query.search)
                                : tr("No lead matches “%1”.").arg(query.search);
        else if (query.status)
            text = tr("No lead is %1.").arg(LeadStatusText::display(*query.status).toLower());
        else
            text = tr("No leads yet. Leads entered on the Intake page appear here.");
    }
    m_emptyState->setText(text);
    m_emptyState->setGeometry(m_table->viewport()->geometry().adjusted(12, 12, -12, -12));
    m_emptyState->setVisible(!text.isEmpty());
    // A screen reader on the table hears why it is empty.
    m_table->setAccessibleDescription(text.isEmpty()
                                          ? tr("F2 changes the selected lead's status; Ctrl+R marks the "
                                               "selected leads as reached out")
                                          : text);
}

bool LeadsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && !m_search->text().isEmpty()) {
            m_search->clear();
            applySearch(); // at once: Escape is a deliberate "show everything again"
            return true;
        }
    } else if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_emptyState->setGeometry(m_table->viewport()->geometry().adjusted(12, 12, -12, -12));
    }
    return QWidget::eventFilter(watched, event);
}

void LeadsPage::updateActions()
{
    bool anyPending = false;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (qsizetype i = 0; i < rows.size() && !anyPending; ++i) {
        if (i >= kMaxStatusChecks) {
            anyPending = true; // a huge selection: let the action sort it out
            break;
        }
        const QVariant status = rows.at(i).data(LeadTableModel::StatusRole);
        // An erased lead stays as it was (LeadRepository::setStatus refuses it).
        anyPending = status.isValid() && LeadStatus(status.toInt()) == LeadStatus::Pending
            && !rows.at(i).data(LeadTableModel::LeadRole).value<Lead>().erasedAt.isValid();
    }
    m_markAction->setEnabled(anyPending);
    m_markButton->setEnabled(anyPending);
}

void LeadsPage::updateCount()
{
    // While the model has only counted up to its cap, say so rather than a wrong number.
    m_countLabel->setText(m_model->isCountExact() ? tr("%Ln lead(s)", nullptr, m_model->rowCount())
                                                  : tr("At least %Ln lead(s)", nullptr, m_model->rowCount()));
}

void LeadsPage::showSelectedLead()
{
    const int selected = m_table->selectedRowCount();
    if (selected > 1) {
        m_detail->showSelectionCount(selected);
        return;
    }
    const int row = m_table->singleSelectedRow();
    const qint64 id = row >= 0 ? m_model->index(row, 0).data(LeadTableModel::LeadIdRole).toLongLong() : 0;
    if (id > 0)
        m_detail->showLead(id);
    else
        m_detail->clear();
}

void LeadsPage::showError(const QString& message)
{
    m_errorText->setText(message);
    m_errorBanner->show();
}

void LeadsPage::rememberSelection()
{
    // Only rows whose page is cached: remembering must not read the table.
    m_saved = {};
    m_saved.rowCount = m_model->rowCount();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        m_saved.currentRow = current.row();
        m_saved.currentColumn = current.column();
        m_saved.currentId = m_model->cachedLeadId(current.row());
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (m_saved.selectedIds.size() >= kMaxRememberedSelection)
            break;
        if (const qint64 id = m_model->cachedLeadId(index.row()))
            m_saved.selectedIds.append(id);
    }
}

void LeadsPage::restoreSelection()
{
    const SavedSelection saved = std::exchange(m_saved, {});
    if (saved.currentId <= 0) {
        m_detail->clear();
        updateActions();
        return;
    }
    // New leads usually arrive at the top (newest first): try where the shift puts it.
    const int shift = m_model->rowCount() - saved.rowCount;
    int row = m_model->rowForLead(saved.currentId, saved.currentRow + shift);
    if (row < 0)
        row = m_model->rowForLead(saved.currentId, saved.currentRow);
    if (row < 0) {
        m_detail->clear();
        updateActions();
        return;
    }
    QItemSelection selection;
    for (const qint64 id : saved.selectedIds) {
        if (const int selected = m_model->rowForLead(id); selected >= 0)
            selection.select(m_model->index(selected, 0),
                             m_model->index(selected, LeadTableModel::ColumnCount - 1));
    }
    QItemSelectionModel* selectionModel = m_table->selectionModel();
    selectionModel->setCurrentIndex(m_model->index(row, saved.currentColumn),
                                    QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(m_model->index(row, saved.currentColumn));
    updateActions();
}

void LeadsPage::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelectedLead();
}
