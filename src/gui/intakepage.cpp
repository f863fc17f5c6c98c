#include "intakepage.h"

#include "applanguage.h"
#include "attorneyassignment.h"
#include "firmsettings.h"
#include "leadrepository.h"
#include "conflictnotice.h"
#include "dialogs.h"
#include "displaytime.h"
#include "enterkeybuttons.h"
#include "intakeservice.h"
#include "palettecolors.h"
#include "resumename.h"
#include "ui_intakepage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMimeData>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>

namespace {

// A second submit within this time of a save, on a form nobody has touched since, is the
// same press repeated (double-click, key repeat) and is ignored rather than re-validated.
constexpr qint64 kRepeatGuardMs = 1500;

const QList<LeadValidator::Field> kFields { LeadValidator::Field::FirstName,
                                            LeadValidator::Field::LastName,
                                            LeadValidator::Field::Email,
                                            LeadValidator::Field::Resume };

QString localFileFrom(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

IntakePage::IntakePage(IntakeService& intake, Dialogs& dialogs, const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IntakePage>())
    , m_intake(intake)
    , m_dialogs(dialogs)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    setAcceptDrops(true);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    for (const LeadValidator::Field field : kFields)
        errorLabelFor(field)->hide();
    PaletteColors::follow(this, [this] { applyColors(); });

    m_ui->firstNameEdit->setMaxLength(LeadValidator::kMaxNameLength * 4);
    m_ui->lastNameEdit->setMaxLength(LeadValidator::kMaxNameLength * 4);
    m_ui->emailEdit->setMaxLength(LeadValidator::kMaxEmailLength * 2);
    m_ui->resumeLabel->setToolTip(tr("A PDF file of at most %1.")
                                      .arg(LeadValidator::formatSize(m_intake.validator().maxResumeBytes())));
    // What a screen reader says about the button that stands for the resume field (the
    // label and the drop zone are not focusable); a field error is put before it.
    m_ui->chooseResumeButton->setAccessibleDescription(m_ui->resumeLabel->toolTip());

    // The prospect's emails; the names are written as their speakers write them.
    m_ui->languageCombo->addItem(tr("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(tr("Español"), QStringLiteral("es"));
    selectInterfaceLanguage();
    connect(m_ui->languageCombo, &QComboBox::activated, this, [this] { m_languageChosen = true; });
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, [this] { showSourceOther(); });
    m_ui->sourceOtherEdit->setMaxLength(LeadValidator::kMaxSourceLength);
    reloadChoices();

    const auto watchEdit = [this](QLineEdit* edit, LeadValidator::Field field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] {
            noteEdited();
            if (!m_touched.contains(field))
                m_touched.append(field);
            m_sinceSave.invalidate();
            refreshField(field);
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
            if (!edit->text().isEmpty() && !m_touched.contains(field))
                m_touched.append(field);
            refreshField(field);
        });
        edit->installEventFilter(this);
    };
    watchEdit(m_ui->firstNameEdit, LeadValidator::Field::FirstName);
    watchEdit(m_ui->lastNameEdit, LeadValidator::Field::LastName);
    watchEdit(m_ui->emailEdit, LeadValidator::Field::Email);

    connect(m_ui->chooseResumeButton, &QPushButton::clicked, this, &IntakePage::chooseResume);
    connect(m_ui->clearResumeButton, &QToolButton::clicked, this, [this] { setResumePath({}); });
    connect(m_ui->submitButton, &QPushButton::clicked, this, &IntakePage::submit);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &IntakePage::clearForm);
    for (const QKeySequence& keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &IntakePage::submit);
    }
    m_conflictNotice = new ConflictNotice(this);
    m_ui->columnLayout->insertWidget(m_ui->columnLayout->indexOf(m_ui->formLayout) + 1, m_conflictNotice);
    m_conflictNotice->watch(m_ui->firstNameEdit, m_ui->lastNameEdit, m_ui->emailEdit);
    setFocusProxy(m_ui->firstNameEdit);
    // Enter presses the focused button ("Choose file…", "Remove", "Clear form") as Space does.
    EnterKeyButtons::install(this);
}

IntakePage::~IntakePage()
{
    // Children lose focus while QWidget's destructor runs, after m_ui is gone: stop
    // listening to them first.
    for (QLineEdit* edit : { m_ui->firstNameEdit, m_ui->lastNameEdit, m_ui->emailEdit })
        edit->disconnect(this);
}

QLineEdit* IntakePage::editFor(LeadValidator::Field field) const
{
    switch (field) {
    case LeadValidator::Field::FirstName:
        return m_ui->firstNameEdit;
    case LeadValidator::Field::LastName:
        return m_ui->lastNameEdit;
    case LeadValidator::Field::Email:
        return m_ui->emailEdit;
    case LeadValidator::Field::Resume:
        break;
    }
    return nullptr;
}

QLabel* IntakePage::errorLabelFor(LeadValidator::Field field) const
{
    switch (field) {
    case LeadValidator::Field::FirstName:
        return m_ui->firstNameError;
    case LeadValidator::Field::LastName:
        return m_ui->lastNameError;
    case LeadValidator::Field::Email:
        return m_ui->emailError;
    case LeadValidator::Field::Resume:
        break;
    }
    return m_ui->resumeError;
}

QString IntakePage::checkField(LeadValidator::Field field) const
{
    switch (field) {
    case LeadValidator::Field::FirstName:
        return LeadValidator::checkFirstName(m_ui->firstNameEdit->text());
    case LeadValidator::Field::LastName:
        return LeadValidator::checkLastName(m_ui->lastNameEdit->text());
    case LeadValidator::Field::Email:
        return LeadValidator::checkEmail(m_ui->emailEdit->text());
    case LeadValidator::Field::Resume:
        break;
    }
    return m_intake.validator().checkResumePath(m_resumePath);
}

void IntakePage::refreshField(LeadValidator::Field field)
{
    // Say nothing about a field the receptionist has not reached yet.
    showFieldError(field, m_touched.contains(field) ? checkField(field) : QString());
}

void IntakePage::showFieldError(LeadValidator::Field field, const QString& message)
{
    QLabel* label = errorLabelFor(field);
    label->setText(message);
    label->setVisible(!message.isEmpty());
    QWidget* target = field == LeadValidator::Field::Resume ? static_cast<QWidget*>(m_ui->resumeDropZone)
                                                            : editFor(field);
    const bool invalid = !message.isEmpty();
    if (target->property("invalid").toBool() != invalid) {
        target->setProperty("invalid", invalid);
        target->style()->unpolish(target);
        target->style()->polish(target);
    }
    // Screen readers announce the problem with the field, on the widget that has the focus
    // (the drop zone cannot have it: its "Choose file…" button stands for the resume).
    if (field == LeadValidator::Field::Resume) {
        const QString hint = m_ui->resumeLabel->toolTip();
        m_ui->chooseResumeButton->setAccessibleDescription(
            invalid ? message + QLatin1Char(' ') + hint : hint);
    } else {
        target->setAccessibleDescription(message);
    }
}

void IntakePage::showBanner(const QString& text, bool error)
{
    m_ui->banner->setText(text);
    m_bannerIsError = error;
    m_ui->banner->setStyleSheet(bannerStyleSheet());
    m_ui->banner->setVisible(!text.isEmpty());
    m_ui->banner->setProperty("success", !text.isEmpty() && !error);
}

QString IntakePage::bannerStyleSheet() const
{
    return PaletteColors::bannerStyleSheet(m_bannerIsError ? PaletteColors::Tone::Error : PaletteColors::Tone::Success,
                                           palette(), QStringLiteral("QLabel"), 8, 6);
}

void IntakePage::applyColors()
{
    // Colours with a meaning, made readable on this palette's window (a dark desktop's too).
    const QPalette colors = palette();
    const QString error = PaletteColors::accent(PaletteColors::Tone::Error, colors).name();
    for (const LeadValidator::Field field : kFields)
        setStyleSheetIfChanged(errorLabelFor(field), QStringLiteral("QLabel { color: %1; }").arg(error));
    // The subtitle is read, not decoration: PlaceholderText is too faint for that.
    setStyleSheetIfChanged(m_ui->subtitleLabel,
                           QStringLiteral("QLabel { color: %1; }").arg(PaletteColors::muted(colors).name()));
    setStyleSheetIfChanged(m_ui->resumeDropZone,
                           QStringLiteral("#resumeDropZone { border: 1px dashed palette(mid); border-radius: 6px; }"
                                          "#resumeDropZone[invalid=\"true\"] { border: 1px solid %1; }")
                               .arg(error));
    // On each field, not on the page: a page under a style sheet keeps the palette it had when
    // polished, and would not see the next palette change.
    for (QLineEdit* edit : { m_ui->firstNameEdit, m_ui->lastNameEdit, m_ui->emailEdit })
        setStyleSheetIfChanged(edit, QStringLiteral("QLineEdit[invalid=\"true\"] { border: 1px solid %1; "
                                                    "border-radius: 3px; padding: 2px; }")
                                         .arg(error));
    if (!m_ui->banner->text().isEmpty())
        setStyleSheetIfChanged(m_ui->banner, bannerStyleSheet());
}

void IntakePage::setStyleSheetIfChanged(QWidget* widget, const QString& styleSheet)
{
    // Setting a style sheet re-polishes the widget, which can itself announce a palette change.
    if (widget->styleSheet() != styleSheet)
        widget->setStyleSheet(styleSheet);
}

void IntakePage::setResumePath(const QString& path)
{
    m_resumePath = path;
    m_sinceSave.invalidate();
    if (path.isEmpty()) {
        m_ui->resumeStatusLabel->setText(tr("Drop the PDF here, or choose it."));
        m_ui->clearResumeButton->hide();
        m_touched.removeAll(LeadValidator::Field::Resume);
        refreshField(LeadValidator::Field::Resume);
        return;
    }
    if (!m_touched.contains(LeadValidator::Field::Resume))
        m_touched.append(LeadValidator::Field::Resume);
    noteEdited();
    const QFileInfo info(path);
    m_ui->resumeStatusLabel->setText(
        tr("%1 (%2)").arg(ResumeName::displayText(info.fileName()), LeadValidator::formatSize(info.size())));
    m_ui->clearResumeButton->show();
    refreshField(LeadValidator::Field::Resume);
}

void IntakePage::chooseResume()
{
    if (m_kiosk) {
        Q_EMIT resumeChoiceRequested();
        return;
    }
    const QString path = m_dialogs.openFile(this, tr("Choose the resume"), tr("PDF files (*.pdf *.PDF);;All files (*)"));
    if (!path.isEmpty())
        setResumePath(path);
}

void IntakePage::focusSubmit()
{
    m_ui->submitButton->setFocus(Qt::OtherFocusReason);
}

void IntakePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFileFrom(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void IntakePage::dropEvent(QDropEvent* event)
{
    const QString path = localFileFrom(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setResumePath(path);
}

bool IntakePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            if (auto* edit = qobject_cast<QLineEdit*>(watched)) {
                if (!key->isAutoRepeat())
                    advanceFrom(edit);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

// Enter moves on to the next field that still needs something; when nothing does, it saves.
void IntakePage::advanceFrom(QLineEdit* edit)
{
    for (const LeadValidator::Field field : kFields) {
        if (editFor(field) == edit && !m_touched.contains(field))
            m_touched.append(field);
    }
    for (const LeadValidator::Field field : kFields) {
        if (checkField(field).isEmpty())
            continue;
        if (QLineEdit* next = editFor(field); next && next != edit && next->text().trimmed().isEmpty()) {
            next->setFocus(Qt::TabFocusReason);
            return;
        }
        if (field == LeadValidator::Field::Resume && m_resumePath.isEmpty()) {
            m_ui->chooseResumeButton->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    submit();
}

void IntakePage::noteEdited()
{
    if (m_started)
        return;
    m_started = true;
    // "Lead for … saved." belongs to the previous prospect; an error banner stays (it is
    // about what is still on the form).
    if (m_ui->banner->property("success").toBool())
        showBanner({}, false);
    Q_EMIT formStarted();
}

bool IntakePage::isPristine() const
{
    return m_ui->firstNameEdit->text().isEmpty() && m_ui->lastNameEdit->text().isEmpty()
        && m_ui->emailEdit->text().isEmpty() && m_resumePath.isEmpty();
}

void IntakePage::submit()
{
    if (m_sinceSave.isValid() && m_sinceSave.elapsed() < kRepeatGuardMs && isPristine())
        return;

    m_touched = kFields;
    const LeadDraft draft { m_ui->firstNameEdit->text(), m_ui->lastNameEdit->text(),
                            m_ui->emailEdit->text(), m_resumePath,
                            m_ui->languageCombo->currentData().toString(), chosenAttorney(), chosenSource() };
    IntakeService::Outcome outcome = m_intake.submit(
        draft, m_actor, m_kiosk ? IntakeService::Duplicates::SaveAnyway : IntakeService::Duplicates::Warn,
        m_actorId);
    if (!outcome.duplicates.isEmpty()) {
        const Lead& existing = outcome.duplicates.constFirst();
        const QString when = DisplayTime::dateTime(existing.createdAt);
        bool saveAnyway = false;
        if (!m_actorId) {
            // Nobody signed in: whoever stands at the desk learns nothing about other leads,
            // and there is nothing they could open.
            saveAnyway = m_dialogs.ask(this, tr("Possible duplicate"),
                                       tr("A lead with this email address is already known.\n\nSave "
                                          "this one as well?"),
                                       tr("Save anyway"), QString())
                == Dialogs::Answer::Primary;
        } else {
            const QString details = outcome.duplicates.size() == 1
                ? tr("A lead with the email %1 already exists: %2, entered %3.")
                      .arg(existing.email, existing.fullName(), when)
                : tr("%n leads with the email %1 already exist; the newest is %2, entered %3.",
                     nullptr, int(outcome.duplicates.size()))
                      .arg(existing.email, existing.fullName(), when);
            if (m_mayOpenLeads) {
                const QString question = outcome.duplicates.size() == 1
                    ? tr("Open the existing lead, or save this one as well?")
                    : tr("Open the newest, or save this one as well?");
                const Dialogs::Answer answer = m_dialogs.ask(this, tr("Possible duplicate"),
                                                             details + QStringLiteral("\n\n") + question,
                                                             tr("Open existing lead"), tr("Save anyway"));
                if (answer == Dialogs::Answer::Primary) {
                    Q_EMIT openLeadRequested(existing.id);
                    return;
                }
                saveAnyway = answer == Dialogs::Answer::Secondary;
            } else {
                // A receptionist cannot open leads: no button that would do nothing.
                saveAnyway = m_dialogs.ask(this, tr("Possible duplicate"),
                                           details + QStringLiteral("\n\n") + tr("Save this one as well?"),
                                           tr("Save anyway"), QString())
                    == Dialogs::Answer::Primary;
            }
        }
        if (!saveAnyway)
            return;
        outcome = m_intake.submit(draft, m_actor, IntakeService::Duplicates::SaveAnyway, m_actorId);
    }

    for (const LeadValidator::Field field : kFields)
        showFieldError(field, {});
    if (!outcome.fieldErrors.isEmpty()) {
        for (const LeadValidator::FieldError& error : std::as_const(outcome.fieldErrors))
            showFieldError(error.field, error.message);
        showBanner({}, false);
        const LeadValidator::Field first = outcome.fieldErrors.constFirst().field;
        if (QLineEdit* edit = editFor(first))
            edit->setFocus(Qt::OtherFocusReason);
        else
            m_ui->chooseResumeButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (outcome.error) {
        showBanner(tr("The lead was not saved: %1").arg(outcome.error->message), true);
        return;
    }

    const QString name = draft.firstName.trimmed() + QLatin1Char(' ') + draft.lastName.trimmed();
    clearForm();
    m_sinceSave.start();
    if (outcome.journaled()) {
        // Office mode with the server unreachable: the walk-in is not turned away.
        if (!m_kiosk)
            showBanner(tr("Lead for %1 saved on this desk: the office server cannot be reached "
                          "just now. It is sent to the server, with its emails, as soon as the "
                          "server answers.")
                           .arg(name),
                       false);
        Q_EMIT leadKeptOnDesk(name);
        return;
    }
    if (!m_kiosk)
        showBanner(tr("Lead for %1 saved.").arg(name), false);
    Q_EMIT leadSaved(outcome.leadId, name);
}

void IntakePage::setKioskMode(bool kiosk)
{
    const bool changed = m_kiosk != kiosk;
    m_kiosk = kiosk;
    if (changed)
        reloadChoices(); // the kiosk offers no attorney; its prospect may decline to say
    if (kiosk) {
        m_conflictNotice->setCheck({}); // the prospect at the kiosk is told nothing of it
        m_conflictNotice->reset();
        m_ui->titleLabel->setText(tr("Welcome — please enter your details"));
        m_ui->titleLabel->setAccessibleName(m_ui->titleLabel->text());
        m_ui->subtitleLabel->setText(
            tr("Tell us who you are and attach your resume as a PDF. An attorney will contact "
               "you. Fields marked * are required."));
        m_ui->submitButton->setText(tr("&Send my details"));
        m_ui->submitButton->setToolTip({});
        m_ui->clearButton->setText(tr("Sta&rt over"));
    } else {
        m_ui->titleLabel->setText(tr("New lead"));
        m_ui->titleLabel->setAccessibleName(m_ui->titleLabel->text());
        m_ui->subtitleLabel->setText(tr("Enter the prospect's details and attach their resume. "
                                        "Fields marked * are required."));
        m_ui->submitButton->setText(tr("&Save lead"));
        m_ui->submitButton->setToolTip(tr("Save the lead (Ctrl+Enter)"));
        m_ui->clearButton->setText(tr("Clea&r form"));
    }
}

void IntakePage::clearForm()
{
    m_ui->firstNameEdit->clear();
    m_ui->lastNameEdit->clear();
    m_ui->emailEdit->clear();
    m_languageChosen = false;
    selectInterfaceLanguage();
    resetChoices();
    setResumePath({});
    m_touched.clear();
    for (const LeadValidator::Field field : kFields)
        showFieldError(field, {});
    showBanner({}, false);
    m_conflictNotice->reset();
    m_started = false;
    m_ui->firstNameEdit->setFocus(Qt::OtherFocusReason);
}

void IntakePage::reloadChoices()
{
    const QSqlDatabase db = m_intake.repository().database();
    const QString source = chosenSource();
    const QVariant attorney = m_ui->attorneyCombo->currentData();
    {
        const QSignalBlocker blocker(m_ui->sourceCombo);
        m_ui->sourceCombo->clear();
        m_ui->sourceCombo->addItem(m_kiosk ? tr("Prefer not to say") : tr("— Not asked —"), QString());
        for (const QString& entry : FirmSettings(db).leadSources())
            m_ui->sourceCombo->addItem(entry, entry);
        m_ui->sourceCombo->addItem(tr("Other…"), QStringLiteral("\x1fother"));
    }
    const int sourceIndex = m_ui->sourceCombo->findData(source);
    m_ui->sourceCombo->setCurrentIndex(sourceIndex >= 0 ? sourceIndex : 0);
    if (sourceIndex < 0 && !source.isEmpty()) {
        m_ui->sourceCombo->setCurrentIndex(m_ui->sourceCombo->count() - 1);
        m_ui->sourceOtherEdit->setText(source);
    }
    showSourceOther();

    m_ui->attorneyCombo->clear();
    const Result<QList<UserAccount>> attorneys = m_kiosk ? Result<QList<UserAccount>>(Error {})
                                                         : AttorneyAssignment::activeAttorneys(db);
    m_attorneyChoice = attorneys.ok();
    if (m_attorneyChoice) {
        const auto mode = AttorneyAssignment::modeFromKey(FirmSettings(db).text(FirmSettings::Key::AssignmentMode))
                              .value_or(AttorneyAssignment::Mode::Manual);
        m_ui->attorneyCombo->addItem(mode == AttorneyAssignment::Mode::Manual
                                         ? tr("Nobody yet")
                                         : tr("By the firm's rule: %1").arg(AttorneyAssignment::modeDisplay(mode)),
                                     QVariant());
        for (const UserAccount& account : *attorneys)
            m_ui->attorneyCombo->addItem(account.displayName, account.id);
        const int index = m_ui->attorneyCombo->findData(attorney);
        m_ui->attorneyCombo->setCurrentIndex(attorney.isValid() && index >= 0 ? index : 0);
    }
    m_ui->attorneyLabel->setVisible(m_attorneyChoice);
    m_ui->attorneyCombo->setVisible(m_attorneyChoice);
}

std::optional<qint64> IntakePage::chosenAttorney() const
{
    const QVariant chosen = m_ui->attorneyCombo->currentData();
    if (!m_attorneyChoice || !chosen.isValid() || chosen.isNull())
        return std::nullopt;
    return chosen.toLongLong();
}

QString IntakePage::chosenSource() const
{
    const QString chosen = m_ui->sourceCombo->currentData().toString();
    if (chosen == QLatin1String("\x1fother"))
        return m_ui->sourceOtherEdit->text().simplified();
    return chosen;
}

void IntakePage::showSourceOther()
{
    const bool other = m_ui->sourceCombo->currentData().toString() == QLatin1String("\x1fother");
    m_ui->sourceOtherEdit->setVisible(other);
    if (!other)
        m_ui->sourceOtherEdit->clear();
}

void IntakePage::resetChoices()
{
    m_ui->sourceCombo->setCurrentIndex(0);
    m_ui->sourceOtherEdit->clear();
    if (m_ui->attorneyCombo->count() > 0)
        m_ui->attorneyCombo->setCurrentIndex(0);
}

void IntakePage::selectInterfaceLanguage()
{
    // A prospect served in Spanish most likely wants their emails in Spanish too.
    const int index = m_ui->languageCombo->findData(AppLanguage::leadLanguage());
    if (index >= 0)
        m_ui->languageCombo->setCurrentIndex(index);
}

void IntakePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

// A new translator was installed (the kiosk's language switch): every text again, in place;
// what was typed and chosen stays.
void IntakePage::retranslate()
{
    m_ui->retranslateUi(this);
    setKioskMode(m_kiosk);
    m_ui->resumeLabel->setToolTip(tr("A PDF file of at most %1.")
                                      .arg(LeadValidator::formatSize(m_intake.validator().maxResumeBytes())));
    m_ui->languageCombo->setItemText(0, tr("English"));
    m_ui->languageCombo->setItemText(1, tr("Español"));
    reloadChoices();
    if (!m_languageChosen)
        selectInterfaceLanguage();
    if (m_resumePath.isEmpty()) {
        m_ui->resumeStatusLabel->setText(tr("Drop the PDF here, or choose it."));
    } else {
        const QFileInfo info(m_resumePath);
        m_ui->resumeStatusLabel->setText(
            tr("%1 (%2)").arg(ResumeName::displayText(info.fileName()), LeadValidator::formatSize(info.size())));
    }
    for (const LeadValidator::Field field : kFields)
        refreshField(field);
}
