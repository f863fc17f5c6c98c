#pragma once

#include "leadvalidator.h"
#include "user.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class Dialogs;
class IntakeService;
class QLabel;
class QLineEdit;

class ConflictNotice;

namespace Ui {
class IntakePage;
}

// The intake form: first name, last name, email and a resume PDF, checked as the
// receptionist types and saved through IntakeService in one transaction.
class IntakePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakePage)

public:
    IntakePage(IntakeService& intake, Dialogs& dialogs, const QString& actor,
               QWidget* parent = nullptr);
    ~IntakePage() override;

    // Who the saved leads are recorded as: the signed-in account, or the desk.
    void setActor(const Actor& actor) { m_actor = actor.name; m_actorId = actor.id; }
    // Whether whoever is at the desk may open an existing lead (attorneys and up): only
    // then does the duplicate question offer "Open existing lead".
    void setMayOpenLeads(bool may) { m_mayOpenLeads = may; }
    // The reception kiosk: worded for the prospect, and a possible duplicate is saved without
    // a question (the prospect must never see other people's leads).
    void setKioskMode(bool kiosk);
    bool isKioskMode() const { return m_kiosk; }
    // The "possible conflict" line under the fields (issue 12): MainWindow gives it its check;
    // the kiosk never shows it.
    ConflictNotice* conflictNotice() const { return m_conflictNotice; }

    // Sets the resume as if it had been chosen or dropped.
    void setResumePath(const QString& path);
    QString resumePath() const { return m_resumePath; }
    // Moves the focus to the save button (after a resume was chosen elsewhere).
    void focusSubmit();

    // Reads the choices again (after a sign-in or a change of the firm's settings): the
    // "How did you hear about us?" list (FirmSettings::leadSources, plus "Other") and, for
    // reception (not the kiosk), the active attorneys with the firm's rule as the first
    // choice. An account that may not read the accounts (the intake role) gets no attorney
    // row: the firm's rule decides.
    void reloadChoices();
    // The attorney chosen on the form; none: the firm's rule.
    std::optional<qint64> chosenAttorney() const;
    // The source as it will be saved: the chosen entry, or the text typed for "Other".
    QString chosenSource() const;

public Q_SLOTS:
    void submit();
    void clearForm();

Q_SIGNALS:
    void leadSaved(qint64 id, const QString& fullName);
    // Office mode, server unreachable: kept in the desk's intake journal for upload.
    void leadKeptOnDesk(const QString& fullName);
    // The receptionist chose to look at an existing lead with the same email.
    void openLeadRequested(qint64 id);
    // Kiosk mode: "Choose file…" was pressed. The kiosk shows its own confined picker
    // instead of the desktop's file dialog.
    void resumeChoiceRequested();
    // The first keystroke (or resume) in an empty form: a new lead is being entered, so
    // messages about the previous one are stale.
    void formStarted();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void chooseResume();
    void refreshField(LeadValidator::Field field);
    void showFieldError(LeadValidator::Field field, const QString& message);
    void showBanner(const QString& text, bool error);
    QString bannerStyleSheet() const;
    // The error red, the banner's tints and the subtitle's grey from the current palette
    // (PaletteColors); again whenever the palette changes.
    void applyColors();
    static void setStyleSheetIfChanged(QWidget* widget, const QString& styleSheet);
    void advanceFrom(QLineEdit* edit);
    QString checkField(LeadValidator::Field field) const;
    QLineEdit* editFor(LeadValidator::Field field) const;
    QLabel* errorLabelFor(LeadValidator::Field field) const;
    bool isPristine() const;
    void showSourceOther();
    void resetChoices();
    void noteEdited();
    void retranslate();
    void selectInterfaceLanguage();

    std::unique_ptr<Ui::IntakePage> m_ui;
    ConflictNotice* m_conflictNotice = nullptr;
    IntakeService& m_intake;
    Dialogs& m_dialogs;
    QString m_actor;
    std::optional<qint64> m_actorId;
    bool m_kiosk = false;
    bool m_mayOpenLeads = false;
    bool m_bannerIsError = false;
    // Nothing typed or chosen since the form was last cleared.
    bool m_started = false;
    // The preferred language was picked by hand; until then it follows the interface's.
    bool m_languageChosen = false;
    QString m_resumePath;
    bool m_attorneyChoice = false; // the attorney row is offered
    QList<LeadValidator::Field> m_touched;
    QElapsedTimer m_sinceSave;
};
