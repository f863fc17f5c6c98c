#include "leaddetailpane.h"

#include "dialogs.h"
#include "filetarget.h"
#include "leadrepository.h"
#include "leadstatus.h"
#include "leadtablemodel.h"
#include "leadvalidator.h"
#include "outboxrepository.h"
#include "resumecopies.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStackedLayout>
#include <QStandardPaths>
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
    m_emptyLabel->setEnabled(false); // drawn in the muted color of placeholder text
    emptyLayout->addWidget(m_emptyLabel);

    m_detailsPage = new QWidget(this);
    auto* details = new QVBoxLayout(m_detailsPage);
    details->setContentsMargins(0, 0, 0, 0);

    m_name = valueLabel(QStringLiteral("nameValue"), m_detailsPage);
    QFont titleFont = m_name->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_name->setFont(titleFont);
    details->addWidget(m_name);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_email = valueLabel(QStringLiteral("emailValue"), m_detailsPage);
    m_status = valueLabel(QStringLiteral("statusValue"), m_detailsPage);
    m_created = valueLabel(QStringLiteral("createdValue"), m_detailsPage);
    m_updated = valueLabel(QStringLiteral("updatedValue"), m_detailsPage);
    m_createdBy = valueLabel(QStringLiteral("createdByValue"), m_detailsPage);
    m_resume = valueLabel(QStringLiteral("resumeValue"), m_detailsPage);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Updated:"), m_updated);
    form->addRow(tr("Created by:"), m_createdBy);
    form->addRow(tr("Resume:"), m_resume);
    m_delivery = valueLabel(QStringLiteral("deliveryValue"), m_detailsPage);
    m_delivery->setWordWrap(true);
    form->addRow(tr("Emails:"), m_delivery);
    details->addLayout(form);

    auto* resumeButtons = new QHBoxLayout;
    m_openButton = new QPushButton(tr("O&pen"), m_detailsPage);
    m_openButton->setObjectName(QStringLiteral("openResumeButton"));
    m_openButton->setToolTip(tr("Open a copy of the resume in the desktop's PDF viewer"));
    m_saveButton = new QPushButton(tr("Sa&ve as…"), m_detailsPage);
    m_saveButton->setObjectName(QStringLiteral("saveResumeButton"));
    m_saveButton->setToolTip(tr("Save the resume to a file"));
    resumeButtons->addStretch();
    resumeButtons->addWidget(m_openButton);
    resumeButtons->addWidget(m_saveButton);
    details->addLayout(resumeButtons);

    auto* historyTitle = new QLabel(tr("History"), m_detailsPage);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    details->addWidget(historyTitle);
    m_history = new QListWidget(m_detailsPage);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setWordWrap(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus);
    historyTitle->setBuddy(m_history);
    m_history->setAccessibleName(tr("History")); // item views do not take their buddy's text
    details->addWidget(m_history, 1);

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

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_detailsPage);
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
    m_leadId = id;
    m_name->setText(lead->fullName());
    m_email->setText(lead->email);
    m_status->setText(LeadStatusText::display(lead->status));
    m_created->setText(LeadTableModel::formatTime(lead->createdAt));
    m_updated->setText(LeadTableModel::formatTime(lead->updatedAt));
    m_createdBy->setText(lead->createdBy);

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
    showHistory();
    refreshDelivery();
    m_stack->setCurrentWidget(m_detailsPage);
}

void LeadDetailPane::refreshDelivery()
{
    if (m_leadId <= 0)
        return;
    const Result<QList<OutboxEntry>> emails = OutboxRepository(m_repository.database()).deliveryFor(m_leadId);
    m_delivery->setText(emails ? describeDelivery(*emails) : emails.error().message);
}

QString LeadDetailPane::describeDelivery(const QList<OutboxEntry>& emails)
{
    if (emails.isEmpty())
        return tr("None queued");
    QStringList parts;
    for (const OutboxEntry& email : emails) {
        QString what;
        switch (email.kind) {
        case OutboxKind::ProspectConfirmation: what = tr("Confirmation"); break;
        case OutboxKind::AttorneyNotification: what = tr("Notification"); break;
        case OutboxKind::Test: what = tr("Test"); break;
        }
        QString state;
        switch (email.state) {
        case OutboxState::Queued:
            state = email.attempts > 0 && email.nextAttemptAt.isValid()
                ? tr("waiting (retry at %1)")
                      .arg(QLocale().toString(email.nextAttemptAt.toLocalTime().time(), QLocale::ShortFormat))
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
    return parts.join(QStringLiteral(" · "));
}

void LeadDetailPane::refresh()
{
    if (m_leadId > 0)
        showLead(m_leadId);
}

void LeadDetailPane::clear()
{
    m_leadId = 0;
    m_resumeFileName.clear();
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
        return tr("Entered by %1, %2").arg(event.actor, when);
    case LeadEvent::Kind::StatusChanged:
        // "Marked reached out by Ana Ruiz, 28 Nov 14:05"
        return tr("Marked %1 by %2, %3").arg(status(event.toStatus).toLower(), event.actor, when);
    case LeadEvent::Kind::Note:
        return tr("Note by %1, %2: %3").arg(event.actor, when, event.detail);
    case LeadEvent::Kind::ResumeOpened:
        return tr("Resume opened by %1, %2").arg(event.actor, when);
    case LeadEvent::Kind::ResumeExported:
        return tr("Resume saved to a file by %1, %2").arg(event.actor, when);
    }
    return {};
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
