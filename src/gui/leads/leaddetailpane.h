#pragma once

#include "lead.h"
#include "outboxentry.h"
#include "responsetarget.h"

#include <QWidget>
#include <QDate>

#include <optional>

#include <memory>

class Dialogs;
class LeadRepository;
class QLineEdit;
class QToolButton;
class QLabel;
class QListWidget;
class QMenu;
class ConflictPanel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedLayout;
class QToolButton;
class ResumeCopies;
class ResumePreview;

// Everything about one lead: its fields, its history in plain words and its resume (name
// and size only; the bytes are read, and checked against their SHA-256, when the user opens
// or saves it). Copies opened in a viewer live in a private folder (ResumeCopies): removed
// with the pane, or at the next start after a crash. Under the details, the resume itself
// (ResumePreview: rendered in a separate, limited process; collapsible): viewing it is
// recorded in the history like Open, once per lead each time the pane shows the lead.
class LeadDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadDetailPane)

public:
    LeadDetailPane(LeadRepository& repository, Dialogs& dialogs, const QString& actor,
                   QWidget* parent = nullptr);
    ~LeadDetailPane() override;

    // Reads and shows the lead; shows the empty state when it does not exist.
    void showLead(qint64 id);
    // Reads the shown lead again (after a change made here or elsewhere).
    void refresh();
    void clear();
    // Several leads are selected: no one lead to show; says how many.
    void showSelectionCount(int count);
    qint64 leadId() const { return m_leadId; }

    void setActor(const QString& actor) { m_actor = actor; }
    // Reads the delivery state of the shown lead's emails again (the outbox changed).
    void refreshDelivery();

    // "Confirmation: sent · Notification: waiting (retry at 14:05)"
    static QString describeDelivery(const QList<OutboxEntry>& emails);
    // The same, one email a line.
    static QStringList deliveryLines(const QList<OutboxEntry>& emails);

    // One line of history in plain words, e.g. "Marked reached out by Ana Ruiz, 28 Nov 14:05".
    static QString describe(const LeadEvent& event);

    QPushButton* openResumeButton() const { return m_openButton; }
    QPushButton* saveResumeButton() const { return m_saveButton; }
    QPushButton* addNoteButton() const { return m_addNoteButton; }
    // "Assign to…": its menu lists the active attorneys (rebuilt each time it opens).
    QPushButton* assignButton() const { return m_assignButton; }
    // "Call back on…" (issue 12, part 2): the date editor and its Clear button.
    QLineEdit* followUpEdit() const { return m_followUp; }
    QToolButton* pickFollowUpButton() const { return m_pickFollowUp; }
    QPushButton* clearFollowUpButton() const { return m_clearFollowUp; }
    // Saves the editor's date (none: cleared) with the version check; true when saved.
    bool saveFollowUp();
    // A typed call-back day: YYYY-MM-DD, or the locale's short date; nullopt when neither.
    static std::optional<QDate> parseFollowUp(const QString& text);
    // "Time to first contact: 1 d 3 h" or "Waiting 5 h · due Mon 15:00" for a lead at now.
    static QString responseText(const Lead& lead, const ResponseTarget& target, const QDateTime& now);
    // Whole minutes as "2 d 3 h", "5 h 20 min" or "12 min" (no plural forms needed).
    static QString durationText(qint64 seconds);
    // Makes this account responsible for the shown lead (what the menu's entries do).
    void assignTo(qint64 attorneyId);
    ConflictPanel* conflictPanel() const { return m_conflictPanel; }
    ResumePreview* preview() const { return m_preview; }
    QToolButton* previewToggle() const { return m_previewToggle; }

    // The detail of a "resume_opened" history row written when the resume was viewed in
    // the preview (the same event as Open, so the same rights and the same audit chain).
    static QString viewedInPreviewDetail() { return QStringLiteral("preview"); }
    QPlainTextEdit* noteEdit() const { return m_noteEdit; }
    QPushButton* eraseButton() const { return m_eraseButton; }
    // Administrators may erase a lead (the Erase… button is shown to them only). accountId:
    // the signed-in account, for the tombstone's actor.
    void setMayErase(bool may);
    // Where this window's resume copies live (tests: a temporary folder).
    QString resumeCopiesFolder() const;

Q_SIGNALS:
    // A recoverable problem to show inline (the lead vanished, the database failed).
    void errorOccurred(const QString& message);
    // The shown lead was changed here (reassigned): the table shows it again.
    void leadChanged(qint64 id);
    // The lead was erased here (the table shows "(erased)" once it reloads).
    void leadErased(qint64 id);

private:
    void openResume();
    void saveResume();
    void showHistory();
    void addNote();
    void fillAssignMenu();
    void updatePreview(const ResumeInfo* info);
    void setPreviewExpanded(bool expanded);
    void recordViewed(qint64 leadId);
    void eraseLead();

    LeadRepository& m_repository;
    Dialogs& m_dialogs;
    QString m_actor;
    qint64 m_leadId = 0;
    QString m_resumeFileName;
    std::unique_ptr<ResumeCopies> m_copies; // copies opened in a viewer; removed with the pane

    QStackedLayout* m_stack = nullptr;
    QWidget* m_emptyPage = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QWidget* m_detailsPage = nullptr;
    QScrollArea* m_detailsScroll = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_email = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_createdBy = nullptr;
    QLabel* m_attorney = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_response = nullptr;
    QLineEdit* m_followUp = nullptr; // YYYY-MM-DD (or the locale's short date); empty: none
    QToolButton* m_pickFollowUp = nullptr; // a calendar to pick the day from
    QPushButton* m_clearFollowUp = nullptr;
    bool m_fillingFollowUp = false;
    QPushButton* m_assignButton = nullptr;
    QMenu* m_assignMenu = nullptr;
    std::optional<qint64> m_attorneyId; // the shown lead's
    int m_version = 0; // the shown lead's, for the optimistic check
    QLabel* m_resume = nullptr;
    QLabel* m_delivery = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QListWidget* m_history = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QPushButton* m_addNoteButton = nullptr;
    QPushButton* m_eraseButton = nullptr;
    bool m_mayErase = false;
    bool m_erased = false; // the shown lead was erased
    QToolButton* m_previewToggle = nullptr;
    ResumePreview* m_preview = nullptr;
    QByteArray m_previewSha; // the resume the preview shows (a refresh does not re-render it)
    qint64 m_viewRecordedFor = 0; // the lead whose viewing is in the history for this showing
    ConflictPanel* m_conflictPanel = nullptr;
};
