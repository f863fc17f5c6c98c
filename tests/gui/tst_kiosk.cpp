#include "widgetlookup.h"
#include "accountrepository.h"
#include "applanguage.h"
#include "accountservice.h"
#include "database.h"
#include "intakepage.h"
#include "intakeservice.h"
#include "kioskwindow.h"
#include "leadrepository.h"
#include "passwordhasher.h"
#include "resumepicker.h"
#include "deskservices.h"
#include "scripteddialogs.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using GuiTest::find;
using GuiTest::screenshot;

namespace {

const QByteArray kAdminPassword = "admin password one";
const QByteArray kAnaPassword = "ana's long password";


} // namespace

// The reception kiosk: worded for the prospect, resets itself, and cannot be left without
// an administrator's password.
class TestKiosk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void wordedForTheProspect();
    void thanksThenResets();
    void duplicatesAreSavedWithoutShowingOtherLeads();
    void cannotBeLeftWithoutAnAdministrator();
    void abandonedFormIsCleared();
    void resumePickerOffersOnlyPdfsInsideThePlaces();
    void resumePickerCannotChangeFiles();
    void resumePickerRefusesPathsOutside();
    void staysFullScreen_data();
    void staysFullScreen();
    // English / Español for the prospect (issue 11, item 1).
    void languageSwitchRetranslatesInPlace();
    void chosenPreferredLanguageStays();
    void spanishProspectThenDeskLanguage();
    void idleReturnsToDeskLanguage();

private:
    void typeLead(const QString& first, const QString& email);
    SignInDialog* waitForExitDialog();

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<DeskServices> m_desk;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<KioskWindow> m_kiosk;
    QString m_pdf;
    QString m_documents;
    QString m_outside;
};

void TestKiosk::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("kiosk-%1.sqlite").arg(++m_counter)));
    QVERIFY2(db, qPrintable(db.error().message));
    m_desk = std::make_unique<DeskServices>(std::move(db).value());
    const Actor cli { std::nullopt, QStringLiteral("cli") };
    QVERIFY(m_desk->accounts.addUser({ QStringLiteral("ada"), QStringLiteral("Ada Admin"), {}, Role::Admin }, kAdminPassword, cli));
    QVERIFY(m_desk->accounts.addUser({ QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), {}, Role::Attorney }, kAnaPassword, cli));
    m_dialogs = ScriptedDialogs();
    m_kiosk = std::make_unique<KioskWindow>(m_desk->intake, m_desk->accounts, m_dialogs, QStringLiteral("Kiosk (lobby)"));
    m_kiosk->resize(1280, 800);
    m_kiosk->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.get()));
    m_kiosk->activateWindow();
    // The prospect's places: a documents folder with a PDF, a text file, a sub-folder and a
    // link out of it; a PDF outside every place.
    const QString base = m_dir.filePath(QStringLiteral("run-%1").arg(m_counter));
    m_documents = base + QStringLiteral("/Documents");
    m_outside = base + QStringLiteral("/outside");
    QVERIFY(QDir().mkpath(m_documents + QStringLiteral("/Letters")));
    QVERIFY(QDir().mkpath(m_outside));
    const auto write = [](const QString& path, const QByteArray& bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    m_pdf = m_documents + QStringLiteral("/cv.pdf");
    write(m_pdf, TestSupport::makePdf());
    write(m_documents + QStringLiteral("/notes.txt"), "not a resume\n");
    write(m_documents + QStringLiteral("/Letters/cover.PDF"), TestSupport::makePdf());
    write(m_outside + QStringLiteral("/secret.pdf"), TestSupport::makePdf());
    QVERIFY(QFile::link(m_outside, m_documents + QStringLiteral("/way-out")));
    m_kiosk->setResumePlaces({ { QStringLiteral("Documents"), m_documents } });
}

void TestKiosk::cleanup()
{
    m_kiosk.reset();
    m_desk.reset();
    // A failed language test must not leave the next one in Spanish.
    if (AppLanguage::current().language() == QLocale::Spanish)
        AppLanguage::install(QLocale::system());
}

void TestKiosk::typeLead(const QString& first, const QString& email)
{
    QTest::keyClicks(find<QLineEdit>(m_kiosk.get(), "firstNameEdit"), first);
    QTest::keyClicks(find<QLineEdit>(m_kiosk.get(), "lastNameEdit"), QStringLiteral("Doe"));
    QTest::keyClicks(find<QLineEdit>(m_kiosk.get(), "emailEdit"), email);
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "chooseResumeButton"), Qt::LeftButton);
    QVERIFY(m_kiosk->isShowingPicker());
    ResumePicker* picker = m_kiosk->resumePicker();
    auto* list = find<QListView>(picker, "fileList");
    QTRY_VERIFY(list->model()->rowCount(list->rootIndex()) > 0);
    const QModelIndex cv = list->model()->match(list->model()->index(0, 0, list->rootIndex()), Qt::DisplayRole,
                                                QStringLiteral("cv.pdf")).value(0);
    QVERIFY(cv.isValid());
    list->setCurrentIndex(cv);
    QTest::mouseClick(find<QPushButton>(picker, "usePickButton"), Qt::LeftButton);
    QVERIFY(!m_kiosk->isShowingPicker());
    QCOMPARE(m_kiosk->intakePage()->resumePath(), QFileInfo(m_pdf).canonicalFilePath());
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "submitButton"), Qt::LeftButton);
}

namespace {
QStringList listed(QListView* list)
{
    QStringList names;
    const QModelIndex root = list->rootIndex();
    for (int row = 0; row < list->model()->rowCount(root); ++row)
        names.append(list->model()->index(row, 0, root).data().toString());
    names.sort();
    return names;
}
} // namespace

void TestKiosk::resumePickerOffersOnlyPdfsInsideThePlaces()
{
    // The desktop's file dialog is never asked, whatever it would answer.
    m_dialogs.nextOpenFile = m_outside + QStringLiteral("/secret.pdf");
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "chooseResumeButton"), Qt::LeftButton);
    QVERIFY(m_kiosk->isShowingPicker());
    QVERIFY(m_kiosk->intakePage()->resumePath().isEmpty());
    ResumePicker* picker = m_kiosk->resumePicker();
    auto* list = find<QListView>(picker, "fileList");
    // The PDF and the folder; not the text file, not the link out.
    QTRY_COMPARE(listed(list), QStringList({ QStringLiteral("Letters"), QStringLiteral("cv.pdf") }));
    QCOMPARE(find<QListWidget>(picker, "placeList")->count(), 1);
    QVERIFY(!find<QPushButton>(picker, "upButton")->isEnabled());
    QVERIFY(!find<QLabel>(picker, "locationLabel")->text().contains(m_dir.path()));
    screenshot(m_kiosk.get(), QStringLiteral("kiosk-resume-picker"));

    // Into the folder (Enter on it), where an upper-case .PDF is a PDF too, and back up.
    list->setCurrentIndex(list->model()->match(list->model()->index(0, 0, list->rootIndex()), Qt::DisplayRole,
                                               QStringLiteral("Letters")).value(0));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(listed(list), QStringList({ QStringLiteral("cover.PDF") }));
    QVERIFY(find<QPushButton>(picker, "upButton")->isEnabled());
    QTest::mouseClick(find<QPushButton>(picker, "upButton"), Qt::LeftButton);
    QCOMPARE(picker->currentDirectory(), QFileInfo(m_documents).canonicalFilePath());
    QVERIFY(!find<QPushButton>(picker, "upButton")->isEnabled());

    // Cancel goes back to the form with nothing chosen.
    QTest::mouseClick(find<QPushButton>(picker, "cancelPickButton"), Qt::LeftButton);
    QVERIFY(!m_kiosk->isShowingPicker());
    QVERIFY(m_kiosk->intakePage()->resumePath().isEmpty());
}

void TestKiosk::resumePickerCannotChangeFiles()
{
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "chooseResumeButton"), Qt::LeftButton);
    ResumePicker* picker = m_kiosk->resumePicker();
    auto* list = find<QListView>(picker, "fileList");
    QTRY_VERIFY(listed(list).contains(QStringLiteral("cv.pdf")));
    list->setCurrentIndex(list->model()->match(list->model()->index(0, 0, list->rootIndex()), Qt::DisplayRole,
                                               QStringLiteral("cv.pdf")).value(0));

    // A right-click opens no menu at all (the desktop dialog's menu renames and deletes).
    const QPoint where = list->visualRect(list->currentIndex()).center();
    QContextMenuEvent menu(QContextMenuEvent::Mouse, where, list->viewport()->mapToGlobal(where));
    QCoreApplication::sendEvent(list->viewport(), &menu);
    QCoreApplication::processEvents();
    QVERIFY(!QApplication::activePopupWidget());
    QCOMPARE(list->contextMenuPolicy(), Qt::NoContextMenu);
    const QList<QAction*> actions = picker->findChildren<QAction*>();
    for (const QAction* action : actions) {
        const QString text = action->text().remove(QLatin1Char('&'));
        QVERIFY2(!text.contains(QStringLiteral("Rename"), Qt::CaseInsensitive)
                     && !text.contains(QStringLiteral("Delete"), Qt::CaseInsensitive)
                     && !text.contains(QStringLiteral("New Folder"), Qt::CaseInsensitive),
                 qPrintable(text));
    }

    // No rename in place (F2, typing), no delete key, no drop that moves a file.
    QTest::keyClick(list, Qt::Key_F2);
    QTest::keyClick(list, Qt::Key_Delete);
    QTest::keyClick(list, Qt::Key_Delete, Qt::ShiftModifier);
    QVERIFY(!list->indexWidget(list->currentIndex()));
    QCOMPARE(list->editTriggers(), QAbstractItemView::NoEditTriggers);
    auto* model = qobject_cast<QFileSystemModel*>(list->model());
    QVERIFY(model && model->isReadOnly());
    QVERIFY(!(model->flags(list->currentIndex()) & Qt::ItemIsEditable));
    QVERIFY(!(model->flags(list->currentIndex()) & Qt::ItemIsDropEnabled));
    QVERIFY(QFile::exists(m_pdf));
    QVERIFY(QDir(m_documents).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size() == 4);
}

void TestKiosk::resumePickerRefusesPathsOutside()
{
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "chooseResumeButton"), Qt::LeftButton);
    ResumePicker* picker = m_kiosk->resumePicker();
    const QString start = picker->currentDirectory();
    QCOMPARE(start, QFileInfo(m_documents).canonicalFilePath());

    QSignalSpy chosen(picker, &ResumePicker::chosen);
    for (const QString& directory : QStringList { QStringLiteral("/"), QStringLiteral("/etc"), m_outside,
                                      m_documents + QStringLiteral("/.."),
                                      m_documents + QStringLiteral("/way-out"),
                                      m_documents + QStringLiteral("/Letters/../../outside") }) {
        QVERIFY2(!picker->openDirectory(directory), qPrintable(directory));
        QCOMPARE(picker->currentDirectory(), start);
    }
    for (const QString& file : QStringList { m_outside + QStringLiteral("/secret.pdf"),
                                 m_documents + QStringLiteral("/way-out/secret.pdf"),
                                 m_documents + QStringLiteral("/../outside/secret.pdf"),
                                 m_documents + QStringLiteral("/notes.txt"),
                                 QStringLiteral("/etc/passwd") })
        QVERIFY2(!picker->choose(file), qPrintable(file));
    QCOMPARE(chosen.size(), 0);

    // Typing a path goes nowhere: there is no path box, and the list only jumps to names.
    auto* list = find<QListView>(picker, "fileList");
    QTRY_VERIFY(listed(list).contains(QStringLiteral("cv.pdf")));
    list->setFocus();
    QTest::keyClicks(list, QStringLiteral("/etc/"));
    QTest::keyClick(list, Qt::Key_Return);
    QTest::keyClicks(list, QStringLiteral("../"));
    QTest::keyClick(list, Qt::Key_Return);
    QTest::keyClick(list, Qt::Key_Backspace);
    QVERIFY(picker->isInside(picker->currentDirectory()));
    QVERIFY(picker->findChildren<QLineEdit*>().isEmpty());

    // A PDF inside is taken.
    QVERIFY(picker->choose(m_documents + QStringLiteral("/Letters/cover.PDF")));
    QCOMPARE(chosen.size(), 1);
}

void TestKiosk::staysFullScreen_data()
{
    QTest::addColumn<int>("state");
    QTest::newRow("minimised (window manager's menu)") << int(Qt::WindowMinimized);
    QTest::newRow("normal window") << int(Qt::WindowNoState);
    QTest::newRow("maximised") << int(Qt::WindowMaximized);
}

void TestKiosk::staysFullScreen()
{
    QFETCH(int, state);
    m_kiosk->showFullScreen();
    QTRY_VERIFY(m_kiosk->windowState() & Qt::WindowFullScreen);
    m_kiosk->setWindowState(Qt::WindowStates(state));
    QTRY_COMPARE(m_kiosk->windowState() & ~Qt::WindowActive, Qt::WindowStates(Qt::WindowFullScreen));
    QVERIFY(m_kiosk->isVisible());
    // It still works afterwards.
    QTest::keyClicks(find<QLineEdit>(m_kiosk.get(), "firstNameEdit"), QStringLiteral("Jo"));
    QCOMPARE(find<QLineEdit>(m_kiosk.get(), "firstNameEdit")->text(), QStringLiteral("Jo"));
}

SignInDialog* TestKiosk::waitForExitDialog()
{
    QElapsedTimer waited;
    waited.start();
    while (!(m_kiosk->exitDialog() && m_kiosk->exitDialog()->isVisible()) && waited.elapsed() < 2000)
        QTest::qWait(10);
    if (!m_kiosk->exitDialog())
        qFatal("the kiosk did not ask for the administrator's password");
    return m_kiosk->exitDialog();
}

void TestKiosk::wordedForTheProspect()
{
    QCOMPARE(find<QLabel>(m_kiosk.get(), "titleLabel")->text(), QStringLiteral("Welcome — please enter your details"));
    QVERIFY(m_kiosk->windowFlags() & Qt::FramelessWindowHint);
    QVERIFY(m_kiosk->intakePage()->isKioskMode());
    screenshot(m_kiosk.get(), QStringLiteral("kiosk-form"));
}

void TestKiosk::thanksThenResets()
{
    m_kiosk->setThanksDuration(200);
    typeLead(QStringLiteral("Jane"), QStringLiteral("jane@example.com"));
    QVERIFY(m_kiosk->isShowingThanks());
    QCOMPARE(m_desk->leads.count({}).value(), 1);
    // The thank-you screen names nobody.
    QVERIFY(!find<QLabel>(m_kiosk.get(), "thanksText")->text().contains(QStringLiteral("Jane")));
    screenshot(m_kiosk.get(), QStringLiteral("kiosk-thanks"));
    QTRY_VERIFY(!m_kiosk->isShowingThanks());
    QVERIFY(find<QLineEdit>(m_kiosk.get(), "firstNameEdit")->text().isEmpty());
    QVERIFY(m_kiosk->intakePage()->resumePath().isEmpty());
    QVERIFY(!find<QLabel>(m_kiosk.get(), "banner")->isVisible());
    const QList<LeadEvent> history = m_desk->leads.history(m_desk->leads.findByEmail(QStringLiteral("jane@example.com"))->first().id).value();
    QCOMPARE(history.first().actor, QStringLiteral("Kiosk (lobby)"));
}

void TestKiosk::duplicatesAreSavedWithoutShowingOtherLeads()
{
    typeLead(QStringLiteral("Jane"), QStringLiteral("jane@example.com"));
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "startOverButton"), Qt::LeftButton);
    QVERIFY(!m_kiosk->isShowingThanks());
    typeLead(QStringLiteral("Jane"), QStringLiteral("JANE@example.com"));
    QVERIFY(m_dialogs.asked.isEmpty());
    QVERIFY(m_kiosk->isShowingThanks());
    QCOMPARE(m_desk->leads.count({}).value(), 2);
}

void TestKiosk::cannotBeLeftWithoutAnAdministrator()
{
    // The window manager's close and Alt+F4 both arrive as a close event.
    QVERIFY(!m_kiosk->close());
    QVERIFY(m_kiosk->isVisible());
    SignInDialog* dialog = waitForExitDialog();
    dialog->reject();
    QTRY_VERIFY(!m_kiosk->exitDialog());
    QVERIFY(m_kiosk->isVisible());

    QTest::keyClick(m_kiosk.get(), Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(m_kiosk.get(), Qt::Key_Escape);
    QTest::keyClick(find<QLineEdit>(m_kiosk.get(), "firstNameEdit"), Qt::Key_Escape);
    QTest::keySequence(m_kiosk.get(), QKeySequence::Quit);
    QTest::keySequence(m_kiosk.get(), QKeySequence::Close);
    QCoreApplication::processEvents();
    QVERIFY(m_kiosk->isVisible());
    QCloseEvent close;
    QCoreApplication::sendEvent(m_kiosk.get(), &close);
    QVERIFY(!close.isAccepted());
    QVERIFY(m_kiosk->isVisible());

    // An attorney's password is not enough; a wrong one neither.
    dialog = waitForExitDialog();
    QTest::keyClicks(find<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("ana"));
    QTest::keyClicks(find<QLineEdit>(dialog, "passwordEdit"), QString::fromUtf8(kAnaPassword));
    QTest::mouseClick(find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QVERIFY(find<QLabel>(dialog, "signInMessage")->text().contains(QStringLiteral("Administrator")));
    QVERIFY(m_kiosk->isVisible());
    find<QLineEdit>(dialog, "usernameEdit")->setText(QStringLiteral("ada"));
    QTest::keyClicks(find<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("wrong password!"));
    QTest::mouseClick(find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QVERIFY(m_kiosk->isVisible());
    screenshot(dialog, QStringLiteral("kiosk-exit-dialog"));

    // The administrator's password lets it close.
    QTest::keyClicks(find<QLineEdit>(dialog, "passwordEdit"), QString::fromUtf8(kAdminPassword));
    QTest::mouseClick(find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_kiosk->isVisible());
}

void TestKiosk::abandonedFormIsCleared()
{
    m_kiosk->setAbandonedFormTimeout(200);
    QTest::keyClicks(find<QLineEdit>(m_kiosk.get(), "firstNameEdit"), QStringLiteral("Half"));
    QTRY_VERIFY(find<QLineEdit>(m_kiosk.get(), "firstNameEdit")->text().isEmpty());
}

namespace {
QString titleOf(QWidget* kiosk) { return find<QLabel>(kiosk, "titleLabel")->text(); }
QString preferredLanguage(QWidget* kiosk) { return find<QComboBox>(kiosk, "languageCombo")->currentData().toString(); }
const QString kEnglishTitle = QStringLiteral("Welcome — please enter your details");
const QString kSpanishTitle = QStringLiteral("Bienvenido/a: introduzca sus datos");
} // namespace

void TestKiosk::languageSwitchRetranslatesInPlace()
{
    QPushButton* english = find<QPushButton>(m_kiosk.get(), "languageEnglishButton");
    QPushButton* spanish = find<QPushButton>(m_kiosk.get(), "languageSpanishButton");
    QVERIFY(english->isChecked());
    QCOMPARE(titleOf(m_kiosk.get()), kEnglishTitle);
    QCOMPARE(preferredLanguage(m_kiosk.get()), QStringLiteral("en"));
    // Touch-sized: at least 44 px each way (WCAG 2.5.5).
    QVERIFY(spanish->height() >= 44 && spanish->width() >= 44);

    QTest::keyClicks(find<QLineEdit>(m_kiosk.get(), "firstNameEdit"), QStringLiteral("Jane"));
    QTest::keyClicks(find<QLineEdit>(m_kiosk.get(), "emailEdit"), QStringLiteral("jane"));
    QCOMPARE(find<QLabel>(m_kiosk.get(), "emailError")->text(),
             QStringLiteral("The email address needs an @, as in name@example.com."));

    QTest::mouseClick(spanish, Qt::LeftButton);
    // QApplication posts the LanguageChange to each window: it arrives in the event loop.
    QTRY_COMPARE(titleOf(m_kiosk.get()), kSpanishTitle);
    QVERIFY(spanish->isChecked());
    QVERIFY(!english->isChecked());
    QCOMPARE(find<QPushButton>(m_kiosk.get(), "submitButton")->text(), QStringLiteral("Enviar &mis datos"));
    QCOMPARE(find<QLabel>(m_kiosk.get(), "emailError")->text(),
             QStringLiteral("La dirección de correo necesita una @, como en nombre@ejemplo.com."));
    QCOMPARE(find<QLabel>(m_kiosk.get(), "thanksTitle")->text(), QStringLiteral("¡Gracias!"));
    // What was typed stays; the emails follow the language the prospect chose.
    QCOMPARE(find<QLineEdit>(m_kiosk.get(), "firstNameEdit")->text(), QStringLiteral("Jane"));
    QCOMPARE(find<QLineEdit>(m_kiosk.get(), "emailEdit")->text(), QStringLiteral("jane"));
    QCOMPARE(preferredLanguage(m_kiosk.get()), QStringLiteral("es"));
    screenshot(m_kiosk.get(), QStringLiteral("kiosk-es"));

    QTest::mouseClick(english, Qt::LeftButton);
    QTRY_COMPARE(titleOf(m_kiosk.get()), kEnglishTitle);
    QCOMPARE(find<QLineEdit>(m_kiosk.get(), "firstNameEdit")->text(), QStringLiteral("Jane"));
    QCOMPARE(preferredLanguage(m_kiosk.get()), QStringLiteral("en"));
}

void TestKiosk::chosenPreferredLanguageStays()
{
    // A Spanish speaker who wants the emails in English says so; switching the screen's
    // language afterwards does not overrule them.
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "languageSpanishButton"), Qt::LeftButton);
    QTRY_COMPARE(preferredLanguage(m_kiosk.get()), QStringLiteral("es"));
    auto* combo = find<QComboBox>(m_kiosk.get(), "languageCombo");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(preferredLanguage(m_kiosk.get()), QStringLiteral("en"));
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "languageEnglishButton"), Qt::LeftButton);
    QTRY_COMPARE(titleOf(m_kiosk.get()), kEnglishTitle);
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "languageSpanishButton"), Qt::LeftButton);
    QTRY_COMPARE(titleOf(m_kiosk.get()), kSpanishTitle);
    QCOMPARE(preferredLanguage(m_kiosk.get()), QStringLiteral("en"));
}

void TestKiosk::spanishProspectThenDeskLanguage()
{
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "languageSpanishButton"), Qt::LeftButton);
    QTRY_COMPARE(titleOf(m_kiosk.get()), kSpanishTitle);
    typeLead(QStringLiteral("Juana"), QStringLiteral("juana@example.com"));
    QVERIFY(m_kiosk->isShowingThanks());
    QCOMPARE(find<QLabel>(m_kiosk.get(), "thanksTitle")->text(), QStringLiteral("¡Gracias!"));
    const qint64 id = m_desk->leads.findByEmail(QStringLiteral("juana@example.com"))->first().id;
    QCOMPARE(m_desk->leads.preferredLanguage(id).value(), QStringLiteral("es"));
    // The next prospect finds the desk's language.
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "startOverButton"), Qt::LeftButton);
    QTRY_COMPARE(titleOf(m_kiosk.get()), kEnglishTitle);
    QVERIFY(find<QPushButton>(m_kiosk.get(), "languageEnglishButton")->isChecked());
    QCOMPARE(preferredLanguage(m_kiosk.get()), QStringLiteral("en"));
}

void TestKiosk::idleReturnsToDeskLanguage()
{
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "languageSpanishButton"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(m_kiosk.get(), "firstNameEdit"), QStringLiteral("Medio"));
    QTRY_COMPARE(titleOf(m_kiosk.get()), kSpanishTitle);
    m_kiosk->setAbandonedFormTimeout(200);
    QTRY_COMPARE(titleOf(m_kiosk.get()), kEnglishTitle);
    QVERIFY(find<QLineEdit>(m_kiosk.get(), "firstNameEdit")->text().isEmpty());
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
