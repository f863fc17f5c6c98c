#include "leaddetailpane.h"

#include "attorneyassignment.h"
#include "conflictpanel.h"
#include "dialogs.h"
#include "displaytime.h"
#include "eraseleaddialog.h"
#include "firmsettings.h"
#include "leaderaser.h"
#include "filetarget.h"
#include "leadrepository.h"
#include "leadstatus.h"
#include "leadtablemodel.h"
#include "leadvalidator.h"
#include "outboxrepository.h"
#include "palettecolors.h"
#include "resumecopies.h"
#include "resumepreview.h"

#include <QCalendarWidget>
#include <QLineEdit>
#include <QWidgetAction>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QMenu>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QLabel* valueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// Writes bytes atomically; returns an empty string or the reason it failed.
QString writeBytes(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(bytes) != bytes.size())
        return file.errorString();
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

LeadDetailPane::LeadDetailPane(LeadRepository& repository, Dialogs& dialogs, const QString& actor,
                               QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_dialogs(dialogs)
    , m_actor(actor)
{
    m_emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    m_emptyLabel = new QLabel(m_emptyPage);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    // Quieter than the details, still readable (disabled text is not: 1.6:1 on Fusion's light).
    PaletteColors::follow(this, [this] {
        m_emptyLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(PaletteColors::muted(palette()).name()));
    });
    emptyLayout->addWidget(m_emptyLabel);

    m_detailsPage = new QWidget(this);
    auto* details = new QVBoxLayout(m_detailsPage);
    details->setContentsMargins(0, 0, 0, 0);
    // Never narrower than the details need (it scrolls sideways instead): laid out narrower,
    // the form's wrapped lines were measured at one width and drawn at another, and cut.
    details->setSizeConstraint(QLayout::SetMinimumSize);

    m_name = valueLabel(QStringLiteral("nameValue"), m_detailsPage);
    QFont titleFont = m_name->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_name->setFont(titleFont);
    details->addWidget(m_name);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_email = valueLabel(QStringLiteral("emailValue"), m_detailsPage);
    // An address has no place to wrap: it keeps one line (the pane scrolls sideways if needed).
    m_email->setWordWrap(false);
    m_status = valueLabel(QStringLiteral("statusValue"), m_detailsPage);
    m_created = valueLabel(QStringLiteral("createdValue"), m_detailsPage);
    m_updated = valueLabel(QStringLiteral("updatedValue"), m_detailsPage);
    m_createdBy = valueLabel(QStringLiteral("createdByValue"), m_detailsPage);
    m_resume = valueLabel(QStringLiteral("resumeValue"), m_detailsPage);
    m_attorney = valueLabel(QStringLiteral("attorneyValue"), m_detailsPage);
    m_source = valueLabel(QStringLiteral("sourceValue"), m_detailsPage);
    // "Assign to…" beside the attorney's name: a menu of the active attorneys.
    // No mnemonic: every letter of "Assign to" is taken in the window (Alt+G is the Go
    // menu, Alt+T the status filter...); Ctrl+Shift+A opens it instead.
    m_assignButton = new QPushButton(tr("Assign to…"), m_detailsPage);
    m_assignButton->setObjectName(QStringLiteral("assignButton"));
    m_assignButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_assignButton->setToolTip(tr("Make another attorney responsible for this lead; they are told by email (%1)")
                                   .arg(m_assignButton->shortcut().toString(QKeySequence::NativeText)));
    m_assignButton->setAccessibleName(tr("Assign to another attorney"));
    m_assignMenu = new QMenu(m_assignButton);
    m_assignMenu->setObjectName(QStringLiteral("assignMenu"));
    m_assignButton->setMenu(m_assignMenu);
    connect(m_assignMenu, &QMenu::aboutToShow, this, &LeadDetailPane::fillAssignMenu);
    auto* attorneyRow = new QHBoxLayout;
    attorneyRow->addWidget(m_attorney, 1);
    attorneyRow->addWidget(m_assignButton);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Attorney:"), attorneyRow);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Updated:"), m_updated);
    form->addRow(tr("Created by:"), m_createdBy);
    form->addRow(tr("Heard of us:"), m_source);
    // How fast the firm answered (issue 12, part 2), and the day to call back.
    m_response = valueLabel(QStringLiteral("responseValue"), m_detailsPage);
    form->addRow(tr("Response:"), m_response);
    // A plain field: a day is typed (YYYY-MM-DD, the form the command line takes, or the
    // locale's short date), or picked from the calendar; empty means none. (A QDateEdit has
    // no empty state, and typing over its "not set" text did not work.)
    m_followUp = new QLineEdit(m_detailsPage);
    m_followUp->setObjectName(QStringLiteral("followUpEdit"));
    m_followUp->setPlaceholderText(tr("Not set (YYYY-MM-DD)"));
    m_followUp->setClearButtonEnabled(true);
    m_followUp->setToolTip(tr("A day to call this lead back, as YYYY-MM-DD; it is overdue from that day. "
                              "Enter or leaving the field saves it; an empty field removes it."));
    m_followUp->setAccessibleName(tr("Call back on"));
    m_pickFollowUp = new QToolButton(m_detailsPage);
    m_pickFollowUp->setObjectName(QStringLiteral("pickFollowUpButton"));
    m_pickFollowUp->setText(tr("Calendar…"));
    m_pickFollowUp->setToolTip(tr("Pick the call-back day from a calendar"));
    m_pickFollowUp->setAccessibleName(tr("Pick the call-back day from a calendar"));
    m_pickFollowUp->setPopupMode(QToolButton::InstantPopup);
    auto* calendarMenu = new QMenu(m_pickFollowUp);
    auto* calendar = new QCalendarWidget(calendarMenu);
    calendar->setObjectName(QStringLiteral("followUpCalendar"));
    auto* calendarAction = new QWidgetAction(calendarMenu);
    calendarAction->setDefaultWidget(calendar);
    calendarAction->setText(tr("Pick the call-back day"));
    calendar->setAccessibleName(tr("Call-back day"));
    calendarMenu->addAction(calendarAction);
    m_pickFollowUp->setMenu(calendarMenu);
    connect(calendarMenu, &QMenu::aboutToShow, this, [this, calendar] {
        const QDate shown = parseFollowUp(m_followUp->text()).value_or(QDate());
        calendar->setSelectedDate(shown.isValid() ? shown : QDate::currentDate());
        calendar->setFocus(Qt::PopupFocusReason);
    });
    // A day picked (click, or Enter in the calendar) is a decision: saved at once.
    const auto picked = [this, calendarMenu](QDate day) {
        calendarMenu->close();
        m_followUp->setText(day.toString(Qt::ISODate));
        saveFollowUp();
    };
    connect(calendar, &QCalendarWidget::clicked, this, picked);
    connect(calendar, &QCalendarWidget::activated, this, picked);
    connect(m_followUp, &QLineEdit::editingFinished, this, [this] { saveFollowUp(); });
    m_clearFollowUp = new QPushButton(tr("Clear"), m_detailsPage);
    m_clearFollowUp->setObjectName(QStringLiteral("clearFollowUpButton"));
    m_clearFollowUp->setToolTip(tr("Remove the call-back date"));
    m_clearFollowUp->setAccessibleName(tr("Clear the call-back date"));
    connect(m_clearFollowUp, &QPushButton::clicked, this, [this] {
        m_followUp->clear();
        saveFollowUp();
    });
    auto* followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUp, 1);
    followUpRow->addWidget(m_pickFollowUp);
    followUpRow->addWidget(m_clearFollowUp);
    auto* followUpLabel = new QLabel(tr("Call back o&n:"), m_detailsPage);
    followUpLabel->setBuddy(m_followUp);
    form->addRow(followUpLabel, followUpRow);
    form->addRow(tr("Resume:"), m_resume);
    m_delivery = valueLabel(QStringLiteral("deliveryValue"), m_detailsPage);
    // One email a line, never wrapped: its height does not depend on the pane's width.
    m_delivery->setWordWrap(false);
    form->addRow(tr("Emails:"), m_delivery);
    details->addLayout(form);

    auto* resumeButtons = new QHBoxLayout;
    // The preview folds away (a small screen, or a desk that never looks at resumes here).
    m_previewToggle = new QToolButton(m_detailsPage);
    m_previewToggle->setObjectName(QStringLiteral("previewToggle"));
    m_previewToggle->setText(tr("Preview"));
    m_previewToggle->setToolTip(tr("Show or hide the resume's preview"));
    m_previewToggle->setAccessibleName(tr("Resume preview"));
    m_previewToggle->setAccessibleDescription(tr("Shows or hides the preview of the resume"));
    m_previewToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_previewToggle->setAutoRaise(true);
    m_previewToggle->setCheckable(true);
    m_previewToggle->setChecked(true);
    m_previewToggle->setArrowType(Qt::DownArrow);
    m_openButton = new QPushButton(tr("O&pen"), m_detailsPage);
    m_openButton->setObjectName(QStringLiteral("openResumeButton"));
    m_openButton->setToolTip(tr("Open a copy of the resume in the desktop's PDF viewer"));
    m_saveButton = new QPushButton(tr("Sa&ve as…"), m_detailsPage);
    m_saveButton->setObjectName(QStringLiteral("saveResumeButton"));
    m_saveButton->setToolTip(tr("Save the resume to a file"));
    resumeButtons->addWidget(m_previewToggle);
    resumeButtons->addStretch();
    resumeButtons->addWidget(m_openButton);
    resumeButtons->addWidget(m_saveButton);
    details->addLayout(resumeButtons);

    // The conflict check (issue 12): matches with their reasons, and the attorney's outcome.
    m_conflictPanel = new ConflictPanel(m_repository.database(), m_actor, m_detailsPage);
    details->addWidget(m_conflictPanel);
    connect(m_conflictPanel, &ConflictPanel::reviewed, this, [this] { showHistory(); });

    // The preview and the history share the height; the user moves the line between them.
    auto* splitter = new QSplitter(Qt::Vertical, m_detailsPage);
    splitter->setObjectName(QStringLiteral("previewSplitter"));
    splitter->setChildrenCollapsible(false);
    m_preview = new ResumePreview(splitter);
    m_preview->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    auto* historySection = new QWidget(splitter);
    auto* historyLayout = new QVBoxLayout(historySection);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto* historyTitle = new QLabel(tr("History"), historySection);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    historyLayout->addWidget(historyTitle);
    m_history = new QListWidget(historySection);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setWordWrap(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    historyTitle->setBuddy(m_history);
    m_history->setAccessibleName(tr("History")); // item views do not take their buddy's text
    historyLayout->addWidget(m_history, 1);
    splitter->addWidget(m_preview);
    splitter->addWidget(historySection);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 3000, 1000 }); // three quarters for the page at first
    details->addWidget(splitter, 1);
    connect(m_previewToggle, &QToolButton::toggled, this, &LeadDetailPane::setPreviewExpanded);
    connect(m_preview, &ResumePreview::pageShown, this, &LeadDetailPane::recordViewed);

    // Notes are kept with their author and time; a correction is a new note.
    m_noteEdit = new QPlainTextEdit(m_detailsPage);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("Write a note about this lead (a call, a meeting, next steps)…"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setAccessibleName(tr("New note"));
    m_noteEdit->setAccessibleDescription(tr("Ctrl+Enter adds the note"));
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_addNoteButton = new QPushButton(tr("Add &note"), m_detailsPage);
    m_addNoteButton->setObjectName(QStringLiteral("addNoteButton"));
    m_addNoteButton->setToolTip(tr("Add the note to the lead's history (it cannot be edited afterwards); "
                                   "Ctrl+Enter in the note does the same"));
    m_addNoteButton->setEnabled(false);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_addNoteButton, 0, Qt::AlignBottom);
    details->addLayout(noteRow);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_addNoteButton->setEnabled(!m_noteEdit->toPlainText().trimmed().isEmpty());
    });
    connect(m_addNoteButton, &QPushButton::clicked, this, &LeadDetailPane::addNote);
    // Ctrl+Enter adds the note without leaving the keyboard for the button (Enter alone
    // starts a new line of the note).
    for (const QKeySequence& keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto* shortcut = new QShortcut(keys, m_noteEdit);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_addNoteButton->isEnabled())
                addNote();
        });
    }

    // Erasing (administrators only): a data-protection request or the firm's retention.
    m_eraseButton = new QPushButton(tr("Erase lea&d…"), m_detailsPage);
    m_eraseButton->setObjectName(QStringLiteral("eraseLeadButton"));
    m_eraseButton->setToolTip(tr("Remove this lead's personal data for good (asks for a reason first)"));
    m_eraseButton->setVisible(false);
    auto* eraseRow = new QHBoxLayout;
    eraseRow->addStretch();
    eraseRow->addWidget(m_eraseButton);
    details->addLayout(eraseRow);
    connect(m_eraseButton, &QPushButton::clicked, this, &LeadDetailPane::eraseLead);

    // In a short window or at a large scale factor the details are taller than the pane: they
    // scroll (both ways) instead of being squeezed until lines are cut.
    m_detailsScroll = new QScrollArea(this);
    m_detailsScroll->setObjectName(QStringLiteral("detailsScroll"));
    m_detailsScroll->setFrameShape(QFrame::NoFrame);
    m_detailsScroll->setWidgetResizable(true);
    m_detailsScroll->setWidget(m_detailsPage);
    // Not a Tab stop of its own: Tab goes straight to the buttons and fields inside, and the
    // area scrolls to show whichever has the focus.
    m_detailsScroll->setFocusPolicy(Qt::NoFocus);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_detailsScroll);
    clear(); // the empty state

    // At every start: removes the copies a crashed window left behind.
    m_copies = std::make_unique<ResumeCopies>();

    connect(m_openButton, &QPushButton::clicked, this, &LeadDetailPane::openResume);
    connect(m_saveButton, &QPushButton::clicked, this, &LeadDetailPane::saveResume);
}

LeadDetailPane::~LeadDetailPane() = default;

void LeadDetailPane::showLead(qint64 id)
{
    const Result<Lead> lead = m_repository.lead(id);
    if (!lead) {
        clear();
        if (lead.error().code != Error::Code::NotFound)
            Q_EMIT errorOccurred(lead.error().message);
        return;
    }
    if (id != m_leadId)
        m_viewRecordedFor = 0; // another lead: its viewing is a new one
    m_leadId = id;
    // Shown before it is filled: a layout told of new text while hidden (here, under the
    // scroll area that resizes the page) kept the width it was first laid out with.
    m_stack->setCurrentWidget(m_detailsScroll);
    m_name->setText(lead->fullName());
    m_email->setText(lead->email);
    m_status->setText(LeadStatusText::display(lead->status));
    m_created->setText(LeadTableModel::formatTime(lead->createdAt));
    m_updated->setText(LeadTableModel::formatTime(lead->updatedAt));
    m_createdBy->setText(lead->createdBy);
    m_attorneyId = lead->attorneyId;
    m_version = lead->version;
    m_attorney->setText(lead->attorneyName.isEmpty() ? tr("Nobody yet") : lead->attorneyName);
    m_source->setText(lead->source.isEmpty() ? tr("Not given") : lead->source);
    {
        const ResponseTarget target = ResponseTarget::fromSettings(FirmSettings(m_repository.database()));
        const QDateTime now = m_repository.clock() ? m_repository.clock()() : QDateTime::currentDateTimeUtc();
        m_response->setText(responseText(*lead, target, now));
        const bool overdue = target.isOverdue(*lead, now);
        m_response->setProperty("overdue", overdue);
        m_response->setStyleSheet(overdue ? PaletteColors::textStyleSheet(PaletteColors::Tone::Error, palette(), true)
                                          : QString());
        m_response->setAccessibleName(overdue ? tr("Response, overdue") : tr("Response"));
        const QSignalBlocker block(m_followUp);
        m_fillingFollowUp = true;
        m_followUp->setText(lead->followUpOn.isValid() ? lead->followUpOn.toString(Qt::ISODate) : QString());
        m_fillingFollowUp = false;
        m_clearFollowUp->setEnabled(lead->followUpOn.isValid());
    }
    m_conflictPanel->setActor(m_actor, m_repository.actingAccount());
    m_conflictPanel->showLead(id, lead->firstName, lead->lastName, lead->email);

    const Result<ResumeInfo> info = m_repository.resumeInfo(id);
    if (info) {
        m_resumeFileName = info->fileName;
        const QString size = LeadValidator::formatSize(info->size);
        // The name it came with is shown (cleaned of controls and bidi overrides), never used.
        m_resume->setText(info->originalName.isEmpty() || info->originalName == info->fileName
                              ? tr("%1 (%2)").arg(info->fileName, size)
                              : tr("%1 (%2), received as “%3”")
                                    .arg(info->fileName, size, info->originalName));
    } else {
        m_resumeFileName.clear();
        m_resume->setText(info.error().code == Error::Code::NotFound ? tr("No resume")
                                                                     : info.error().message);
    }
    m_openButton->setEnabled(info.ok());
    m_saveButton->setEnabled(info.ok());
    const Result<std::optional<QDateTime>> erased = LeadEraser(m_repository.database()).erasedAt(id);
    m_erased = erased && erased->has_value();
    if (m_erased)
        m_resume->setText(tr("Erased %1").arg(LeadTableModel::formatTime(**erased)));
    m_eraseButton->setVisible(m_mayErase);
    m_eraseButton->setEnabled(m_mayErase && erased && !m_erased);
    m_noteEdit->setEnabled(!m_erased);
    // An erased lead keeps its attorney (LeadRepository::assign refuses it): no Ctrl+Shift+A.
    m_assignButton->setEnabled(!m_erased);
    updatePreview(info ? &*info : nullptr);
    showHistory();
    refreshDelivery();

}

void LeadDetailPane::setMayErase(bool may)
{
    m_mayErase = may;
    m_eraseButton->setVisible(may && m_leadId > 0);
    m_eraseButton->setEnabled(may && m_leadId > 0 && !m_erased);
}

QString LeadDetailPane::resumeCopiesFolder() const
{
    return m_copies->baseFolder();
}

void LeadDetailPane::eraseLead()
{
    if (m_leadId <= 0 || !m_mayErase || m_erased)
        return;
    const qint64 id = m_leadId;
    EraseLeadDialog dialog({ tr("%1 (lead %2)").arg(m_name->text()).arg(id) }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The preview holds the resume's pages: gone with the lead.
    m_preview->clear();
    m_previewSha.clear();
    LeadEraser eraser(m_repository.database());
    eraser.setResumeCopiesFolder(m_copies->baseFolder());
    const Result<LeadEraser::Outcome> erased
        = eraser.erase(id, dialog.reason(), Actor { m_repository.actingAccount(), m_actor }, Role::Admin);
    if (!erased) {
        Q_EMIT errorOccurred(erased.error().message);
        showLead(id);
        return;
    }
    showLead(id);
    Q_EMIT leadErased(id);
}

void LeadDetailPane::updatePreview(const ResumeInfo* info)
{
    if (!info) {
        m_previewSha.clear();
        m_preview->showMessage(tr("No resume to preview"));
        return;
    }
    if (!m_previewToggle->isChecked()) {
        m_previewSha.clear(); // read when the preview is unfolded
        m_preview->clear();
        return;
    }
    if (m_preview->leadId() == m_leadId && m_previewSha == info->sha256Hex)
        return; // a refresh: the same resume is on screen (or on its way)
    m_previewSha = info->sha256Hex;
    // The same checked read as Open: a damaged resume is not previewed either.
    const Result<ResumeFile> file = m_repository.verifiedResume(m_leadId);
    if (!file) {
        m_preview->showMessage(tr("Cannot preview this file"), file.error().message);
        return;
    }
    m_preview->showResume(m_leadId, file->content);
}

void LeadDetailPane::setPreviewExpanded(bool expanded)
{
    m_previewToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_preview->setVisible(expanded);
    if (!expanded) {
        m_preview->clear();
        m_previewSha.clear();
    } else if (m_leadId > 0) {
        refresh();
    }
}

void LeadDetailPane::recordViewed(qint64 leadId)
{
    if (leadId != m_leadId || m_viewRecordedFor == leadId)
        return;
    m_viewRecordedFor = leadId;
    if (const VoidResult recorded = m_repository.recordEvent(leadId, LeadEvent::Kind::ResumeOpened, m_actor,
                                                             viewedInPreviewDetail());
        !recorded)
        Q_EMIT errorOccurred(recorded.error().message);
    showHistory();
}

void LeadDetailPane::refreshDelivery()
{
    if (m_leadId <= 0)
        return;
    const Result<QList<OutboxEntry>> emails = OutboxRepository(m_repository.database()).deliveryFor(m_leadId);
    // One email a line.
    m_delivery->setText(emails ? deliveryLines(*emails).join(QLatin1Char('\n')) : emails.error().message);
}

QString LeadDetailPane::describeDelivery(const QList<OutboxEntry>& emails)
{
    return deliveryLines(emails).join(QStringLiteral(" · "));
}

QStringList LeadDetailPane::deliveryLines(const QList<OutboxEntry>& emails)
{
    if (emails.isEmpty())
        return { tr("None queued") };
    QStringList parts;
    for (const OutboxEntry& email : emails) {
        QString what;
        switch (email.kind) {
        case OutboxKind::ProspectConfirmation: what = tr("Confirmation"); break;
        case OutboxKind::AttorneyNotification: what = tr("Notification"); break;
        case OutboxKind::Test: what = tr("Test"); break;
        case OutboxKind::MorningDigest: what = tr("Morning digest"); break; // never a lead's own
        }
        QString state;
        switch (email.state) {
        case OutboxState::Queued:
            state = email.attempts > 0 && email.nextAttemptAt.isValid()
                ? tr("waiting (retry at %1)")
                      .arg(DisplayTime::time(email.nextAttemptAt))
                : tr("waiting");
            break;
        case OutboxState::Sending: state = tr("sending"); break;
        case OutboxState::Sent: state = tr("sent"); break;
        case OutboxState::Failed:
            state = email.possibleDuplicate ? tr("failed (may have arrived)") : tr("failed");
            break;
        case OutboxState::Cancelled: state = tr("cancelled"); break;
        }
        parts.append(tr("%1: %2").arg(what, state));
    }
    return parts;
}

void LeadDetailPane::refresh()
{
    if (m_leadId > 0)
        showLead(m_leadId);
}

void LeadDetailPane::clear()
{
    if (m_conflictPanel)
        m_conflictPanel->clear();
    m_leadId = 0;
    m_erased = false;
    m_eraseButton->setVisible(false);
    m_viewRecordedFor = 0;
    m_resumeFileName.clear();
    m_previewSha.clear();
    m_preview->clear();
    m_history->clear();
    m_noteEdit->clear();
    m_name->clear();
    m_email->clear();
    m_createdBy->clear();
    m_resume->clear();
    m_delivery->clear();
    m_emptyLabel->setText(tr("Select a lead to see its details, history and resume."));
    m_stack->setCurrentWidget(m_emptyPage);
}

void LeadDetailPane::showSelectionCount(int count)
{
    clear();
    m_emptyLabel->setText(tr("%n lead(s) selected.", nullptr, count) + QLatin1Char('\n')
                          + tr("Select one lead to see its details, history and resume."));
}

QString LeadDetailPane::describe(const LeadEvent& event)
{
    const QString when = LeadTableModel::formatTime(event.at);
    const auto status = [](const std::optional<LeadStatus>& value) {
        return value ? LeadStatusText::display(*value) : tr("unknown");
    };
    switch (event.kind) {
    case LeadEvent::Kind::Created:
        // An import says where the lead came from ("Imported from leads.csv, row 12.").
        return event.detail.isEmpty() ? tr("Entered by %1, %2").arg(event.actor, when)
                                      : tr("Entered by %1, %2: %3").arg(event.actor, when, event.detail);
    case LeadEvent::Kind::StatusChanged:
        // "Marked reached out by Ana Ruiz, 28 Nov 14:05"
        return tr("Marked %1 by %2, %3").arg(status(event.toStatus).toLower(), event.actor, when);
    case LeadEvent::Kind::Note:
        if (event.detailErased)
            return tr("Note by %1, %2 (its text was erased)").arg(event.actor, when);
        return tr("Note by %1, %2: %3").arg(event.actor, when, event.detail);
    case LeadEvent::Kind::ResumeOpened:
        return event.detail == viewedInPreviewDetail() ? tr("Resume viewed in the preview by %1, %2").arg(event.actor, when)
                                                       : tr("Resume opened by %1, %2").arg(event.actor, when);
    case LeadEvent::Kind::ResumeExported:
        return tr("Resume saved to a file by %1, %2").arg(event.actor, when);
    case LeadEvent::Kind::Assigned:
        return tr("Assigned to %1 by %2, %3").arg(event.detail, event.actor, when);
    case LeadEvent::Kind::Erased:
        return tr("Erased by %1, %2. Reason: %3").arg(event.actor, when, event.detail);
    case LeadEvent::Kind::FollowUp: {
        const QDate day = QDate::fromString(event.detail, Qt::ISODate);
        if (!day.isValid())
            return tr("Call-back date cleared by %1, %2").arg(event.actor, when);
        return tr("Call back on %1, set by %2, %3")
            .arg(QLocale().toString(day, QLocale::ShortFormat), event.actor, when);
    }
    }
    return {};
}

QString LeadDetailPane::durationText(qint64 seconds)
{
    const qint64 minutes = qMax<qint64>(0, seconds) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes % (24 * 60) / 60;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return minutes % 60 > 0 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60) : tr("%1 h").arg(hours);
    return tr("%1 min").arg(minutes);
}

QString LeadDetailPane::responseText(const Lead& lead, const ResponseTarget& target, const QDateTime& now)
{
    const QDateTime due = target.dueAt(lead);
    const QString dueText = due.isValid()
        ? QLocale().toString(due.toTimeZone(target.rule().zone), QStringLiteral("ddd d MMM HH:mm"))
        : QString();
    QString text;
    if (lead.reachedOutAt.isValid())
        text = tr("Time to first contact: %1").arg(durationText(lead.createdAt.secsTo(lead.reachedOutAt)));
    else if (lead.status == LeadStatus::Pending)
        text = tr("Waiting %1").arg(durationText(lead.createdAt.secsTo(now)));
    if (due.isValid()) {
        const QString dueLine = target.isOverdue(lead, now) ? tr("overdue since %1").arg(dueText)
                                                            : tr("due %1").arg(dueText);
        text = text.isEmpty() ? dueLine : text + QStringLiteral(" · ") + dueLine;
    }
    return text.isEmpty() ? tr("Nothing due") : text;
}

std::optional<QDate> LeadDetailPane::parseFollowUp(const QString& text)
{
    const QString trimmed = text.trimmed();
    QDate day = QDate::fromString(trimmed, Qt::ISODate);
    if (!day.isValid())
        day = QLocale().toDate(trimmed, QLocale::ShortFormat);
    if (!day.isValid())
        return std::nullopt;
    return day;
}

bool LeadDetailPane::saveFollowUp()
{
    if (m_fillingFollowUp || m_leadId == 0)
        return false;
    const QString typed = m_followUp->text().trimmed();
    std::optional<QDate> date;
    if (!typed.isEmpty()) {
        date = parseFollowUp(typed);
        if (!date) {
            Q_EMIT errorOccurred(tr("\"%1\" is not a day: type the call-back date as YYYY-MM-DD, such as %2, "
                                    "or pick it from the calendar. Nothing was changed.")
                                     .arg(typed, QDate::currentDate().addDays(1).toString(Qt::ISODate)));
            return false;
        }
    }
    const Result<Lead> lead = m_repository.lead(m_leadId);
    if (!lead) {
        Q_EMIT errorOccurred(lead.error().message);
        return false;
    }
    if ((lead->followUpOn.isValid() ? std::optional<QDate>(lead->followUpOn) : std::nullopt) == date)
        return false; // nothing changed
    // The version the pane showed: someone else's change meanwhile is a conflict, not overwritten.
    const Result<int> saved = m_repository.setFollowUp(m_leadId, date, m_actor, m_version, m_repository.actingAccount());
    const qint64 id = m_leadId;
    if (!saved) {
        Q_EMIT errorOccurred(saved.error().message);
        showLead(id);
        return false;
    }
    showLead(id);
    Q_EMIT leadChanged(id);
    return true;
}

void LeadDetailPane::fillAssignMenu()
{
    m_assignMenu->clear();
    const Result<QList<UserAccount>> attorneys = AttorneyAssignment::activeAttorneys(m_repository.database());
    if (!attorneys) {
        Q_EMIT errorOccurred(attorneys.error().message);
        return;
    }
    for (const UserAccount& account : *attorneys) {
        QAction* action = m_assignMenu->addAction(account.displayName);
        action->setCheckable(true);
        action->setChecked(m_attorneyId == account.id);
        action->setData(account.id);
        connect(action, &QAction::triggered, this, [this, id = account.id] { assignTo(id); });
    }
    if (attorneys->isEmpty())
        m_assignMenu->addAction(tr("No active attorney"))->setEnabled(false);
}

void LeadDetailPane::assignTo(qint64 attorneyId)
{
    if (m_leadId <= 0 || m_attorneyId == attorneyId)
        return;
    const qint64 id = m_leadId;
    const Result<int> assigned = AttorneyAssignment::reassign(m_repository, id, attorneyId, m_actor, m_version);
    if (!assigned)
        Q_EMIT errorOccurred(assigned.error().message);
    showLead(id); // the truth now, after a change here or a conflict
    Q_EMIT leadChanged(id);
}

void LeadDetailPane::showHistory()
{
    m_history->clear();
    const Result<QList<LeadEvent>> events = m_repository.history(m_leadId);
    if (!events) {
        Q_EMIT errorOccurred(events.error().message);
        return;
    }
    for (const LeadEvent& event : *events) {
        auto* item = new QListWidgetItem(describe(event), m_history);
        if (event.kind == LeadEvent::Kind::ResumeExported && !event.detail.isEmpty())
            item->setToolTip(QDir::toNativeSeparators(event.detail));
    }
    m_history->scrollToBottom();
}

void LeadDetailPane::addNote()
{
    if (m_leadId <= 0)
        return;
    const VoidResult added = m_repository.addNote(m_leadId, m_noteEdit->toPlainText(), m_actor,
                                                  m_repository.actingAccount());
    if (!added) {
        Q_EMIT errorOccurred(added.error().message);
        return;
    }
    m_noteEdit->clear();
    showHistory();
}

void LeadDetailPane::openResume()
{
    if (m_leadId <= 0)
        return;
    const qint64 id = m_leadId;
    const Result<ResumeFile> file = m_repository.verifiedResume(id);
    if (!file) {
        m_dialogs.warn(this, tr("Cannot open the resume"), file.error().message);
        return;
    }
    // Always "<Last>_<First>_resume.pdf": the viewer is chosen by the .pdf, never by the
    // name the file arrived with.
    const Result<QString> path = m_copies->write(id, file->fileName, file->content);
    if (!path) {
        m_dialogs.warn(this, tr("Cannot open the resume"),
                       tr("Writing a temporary copy of the resume failed: %1")
                           .arg(path.error().message));
        return;
    }
    if (!m_dialogs.openExternally(*path)) {
        m_dialogs.warn(this, tr("Cannot open the resume"),
                       tr("No application on this computer opens %1 (is a PDF viewer "
                          "installed?). Use “Save as…” and open the file yourself.")
                           .arg(file->fileName));
        return; // not opened, so not recorded as opened
    }
    if (const VoidResult recorded = m_repository.recordEvent(id, LeadEvent::Kind::ResumeOpened, m_actor);
        !recorded)
        Q_EMIT errorOccurred(recorded.error().message);
    showHistory();
}

void LeadDetailPane::saveResume()
{
    if (m_leadId <= 0)
        return;
    const qint64 id = m_leadId;
    // Checked before asking where: a damaged resume is never written anywhere.
    const Result<ResumeFile> file = m_repository.verifiedResume(id);
    if (!file) {
        m_dialogs.warn(this, tr("Cannot save the resume"), file.error().message);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_dialogs.saveFile(this, tr("Save Resume As"),
                                            QDir(folder).filePath(file->fileName),
                                            tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    // The dialog has asked before replacing a file; a device, pipe or folder is never replaced.
    if (const VoidResult target = FileTarget::checkWritableTarget(path, true); !target) {
        m_dialogs.warn(this, tr("Cannot save the resume"), target.error().message);
        return;
    }
    if (const QString problem = writeBytes(path, file->content); !problem.isEmpty()) {
        m_dialogs.warn(this, tr("Cannot save the resume"),
                       tr("Saving the resume to %1 failed: %2")
                           .arg(QDir::toNativeSeparators(path), problem));
        return;
    }
    if (const VoidResult recorded
        = m_repository.recordEvent(id, LeadEvent::Kind::ResumeExported, m_actor, path);
        !recorded)
        Q_EMIT errorOccurred(recorded.error().message);
    showHistory();
}
