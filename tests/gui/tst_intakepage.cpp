#include "accountrepository.h"
#include "accountservice.h"
#include "database.h"
#include "firmsettings.h"
#include "intakepage.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "passwordhasher.h"
#include "scripteddialogs.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "user.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The intake form as a receptionist uses it: typing, choosing or dropping a resume, saving.
class TestIntakePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typedLeadIsSaved();
    void unicodeNamesAreSavedAsTyped();
    void errorsAppearAsTheUserTypes_data();
    void errorsAppearAsTheUserTypes();
    void untouchedFieldsStayQuiet();
    void emptySubmitNamesEveryField();
    void badResumeIsRefusedAtOnce_data();
    void badResumeIsRefusedAtOnce();
    void droppedResumeIsTaken();
    void resumeVanishingBeforeSubmit();
    void doubleClickSavesOnce();
    void enterRepeatSavesOnce();
    void enterMovesToTheNextEmptyField();
    void duplicateEmail_data();
    void duplicateEmail();
    void databaseFailureKeepsTheForm();
    void successBannerGoesWhenTheNextLeadIsStarted_data();
    void successBannerGoesWhenTheNextLeadIsStarted();
    void attorneyAndSourceChosenWithTheKeyboard();
    void kioskOffersSourcesButNoAttorney();

private:
    template<typename T>
    T* find(const char* name) const
    {
        auto* widget = m_page->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void fill(const QString& first, const QString& last, const QString& email, const QString& resume);
    int leadCount() const { return m_repository->count({}).value(); }
    // Fault injection: every resume written from now on fails inside the database.
    void failResumeWrites();

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_repository;
    std::unique_ptr<IntakeService> m_intake;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<IntakePage> m_page;
    QString m_pdf;
    int m_counter = 0;
};

void TestIntakePage::init()
{
    ++m_counter;
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_repository = std::make_unique<LeadRepository>(m_db->connection());
    m_intake = std::make_unique<IntakeService>(*m_repository, LeadValidator(256 * 1024));
    m_dialogs = ScriptedDialogs();
    m_page = std::make_unique<IntakePage>(*m_intake, m_dialogs, QStringLiteral("maria"));
    m_page->resize(800, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    m_pdf = TestSupport::writeFile(m_dir, QStringLiteral("cv.pdf"), TestSupport::makePdf(QStringLiteral("Jane")));
}

void TestIntakePage::cleanup()
{
    m_page.reset();
    m_intake.reset();
    m_repository.reset();
    m_db.reset();
}

void TestIntakePage::failResumeWrites()
{
    QSqlQuery query(m_db->connection());
    if (!TestDatabase::isPostgres()) {
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail BEFORE INSERT ON main.resumes BEGIN "
                                          "SELECT RAISE(ABORT, 'disk on fire'); END")));
        return;
    }
    // This test's own database: the trigger goes with it.
    QVERIFY(query.exec(QStringLiteral("CREATE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql "
                                      "AS $$ BEGIN RAISE EXCEPTION 'disk on fire'; END $$")));
    QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON resumes "
                                      "FOR EACH ROW EXECUTE FUNCTION test_fail()")));
}

void TestIntakePage::fill(const QString& first, const QString& last, const QString& email, const QString& resume)
{
    QTest::keyClicks(find<QLineEdit>("firstNameEdit"), first);
    QTest::keyClicks(find<QLineEdit>("lastNameEdit"), last);
    QTest::keyClicks(find<QLineEdit>("emailEdit"), email);
    if (!resume.isEmpty()) {
        m_dialogs.nextOpenFile = resume;
        QTest::mouseClick(find<QPushButton>("chooseResumeButton"), Qt::LeftButton);
    }
}

void TestIntakePage::typedLeadIsSaved()
{
    QSignalSpy saved(m_page.get(), &IntakePage::leadSaved);
    fill(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), m_pdf);
    QVERIFY(find<QLabel>("resumeStatusLabel")->text().contains(QStringLiteral("cv.pdf")));
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);

    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(1).toString(), QStringLiteral("Jane Doe"));
    const qint64 id = saved.first().at(0).toLongLong();
    auto lead = m_repository->lead(id);
    QVERIFY(lead);
    QCOMPARE(lead->email, QStringLiteral("jane@example.com"));
    QCOMPARE(lead->createdBy, QStringLiteral("maria"));
    QCOMPARE(m_repository->resume(id)->content, TestSupport::makePdf(QStringLiteral("Jane")));

    auto* banner = find<QLabel>("banner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Lead for Jane Doe saved."));
    QVERIFY(find<QLineEdit>("firstNameEdit")->text().isEmpty());
    QVERIFY(find<QLineEdit>("emailEdit")->text().isEmpty());
    QVERIFY(m_page->resumePath().isEmpty());
    QTRY_VERIFY(find<QLineEdit>("firstNameEdit")->hasFocus());
    QVERIFY(!find<QLabel>("firstNameError")->isVisible());
}

void TestIntakePage::unicodeNamesAreSavedAsTyped()
{
    QSignalSpy saved(m_page.get(), &IntakePage::leadSaved);
    // keyClicks sends one key event per UTF-16 unit; set the text for astral characters.
    find<QLineEdit>("firstNameEdit")->setText(QStringLiteral("Zoë 😀"));
    find<QLineEdit>("lastNameEdit")->setText(QStringLiteral("محمد 李"));
    QTest::keyClicks(find<QLineEdit>("emailEdit"), QStringLiteral("zoe@example.com"));
    m_page->setResumePath(m_pdf);
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    auto lead = m_repository->lead(saved.first().at(0).toLongLong());
    QCOMPARE(lead->firstName, QStringLiteral("Zoë 😀"));
    QCOMPARE(lead->lastName, QStringLiteral("محمد 李"));
}

void TestIntakePage::errorsAppearAsTheUserTypes_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("message");
    QTest::newRow("email without domain") << "emailEdit" << "jane@" << "emailError" << "domain after the @";
    QTest::newRow("email without at") << "emailEdit" << "jane" << "emailError" << "needs an @";
    QTest::newRow("first name of spaces") << "firstNameEdit" << "   " << "firstNameError" << "Enter the first name.";
    QTest::newRow("last name too long") << "lastNameEdit" << QString(101, QLatin1Char('x')) << "lastNameError"
                                        << "at most 100";
}

void TestIntakePage::errorsAppearAsTheUserTypes()
{
    QFETCH(QString, edit);
    QFETCH(QString, typed);
    QFETCH(QString, errorLabel);
    QFETCH(QString, message);
    auto* line = m_page->findChild<QLineEdit*>(edit);
    QTest::keyClicks(line, typed);
    auto* label = m_page->findChild<QLabel*>(errorLabel);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(message), qPrintable(label->text()));
    QVERIFY(line->property("invalid").toBool());
    // Fixing the value clears the message at once.
    line->selectAll();
    QTest::keyClicks(line, edit == QLatin1String("emailEdit") ? QStringLiteral("jane@example.com") : QStringLiteral("Ann"));
    QVERIFY(!label->isVisible());
    QVERIFY(!line->property("invalid").toBool());
}

void TestIntakePage::untouchedFieldsStayQuiet()
{
    QTest::keyClicks(find<QLineEdit>("firstNameEdit"), QStringLiteral("J"));
    QVERIFY(!find<QLabel>("lastNameError")->isVisible());
    QVERIFY(!find<QLabel>("emailError")->isVisible());
    QVERIFY(!find<QLabel>("resumeError")->isVisible());
}

void TestIntakePage::emptySubmitNamesEveryField()
{
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);
    QCOMPARE(find<QLabel>("firstNameError")->text(), QStringLiteral("Enter the first name."));
    QCOMPARE(find<QLabel>("lastNameError")->text(), QStringLiteral("Enter the last name."));
    QCOMPARE(find<QLabel>("emailError")->text(), QStringLiteral("Enter the email address."));
    QCOMPARE(find<QLabel>("resumeError")->text(), QStringLiteral("Choose the resume (a PDF file)."));
    QTRY_VERIFY(find<QLineEdit>("firstNameEdit")->hasFocus());
    QCOMPARE(leadCount(), 0);
}

void TestIntakePage::badResumeIsRefusedAtOnce_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("text renamed to pdf") << QByteArray("just text\n") << "not a PDF";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("over the limit") << TestSupport::makePdf(QStringLiteral("big"), 300 * 1024) << "the limit is 256";
    QTest::newRow("truncated") << TestSupport::makePdf().left(200) << "incomplete or damaged";
}

void TestIntakePage::badResumeIsRefusedAtOnce()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = TestSupport::writeFile(m_dir, QStringLiteral("bad-%1.pdf").arg(m_counter), bytes);
    m_dialogs.nextOpenFile = path;
    QTest::mouseClick(find<QPushButton>("chooseResumeButton"), Qt::LeftButton);
    auto* error = find<QLabel>("resumeError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    fill(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), {});
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);
    QCOMPARE(leadCount(), 0);
}

void TestIntakePage::droppedResumeIsTaken()
{
    auto* mime = new QMimeData;
    mime->setUrls({ QUrl::fromLocalFile(m_pdf) });
    const QPoint where = find<QWidget>("resumeDropZone")->geometry().center();
    QDragEnterEvent enter(where, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_page.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(where), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_page.get(), &drop);
    QCOMPARE(m_page->resumePath(), m_pdf);
    QVERIFY(!find<QLabel>("resumeError")->isVisible());
    delete mime;
}

void TestIntakePage::resumeVanishingBeforeSubmit()
{
    const QString path = TestSupport::writeFile(m_dir, QStringLiteral("vanish.pdf"), TestSupport::makePdf());
    fill(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), path);
    QVERIFY(QFile::remove(path));
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);
    QVERIFY(find<QLabel>("resumeError")->text().contains(QStringLiteral("no longer exists")));
    QCOMPARE(find<QLineEdit>("firstNameEdit")->text(), QStringLiteral("Jane")); // nothing lost
    QCOMPARE(leadCount(), 0);
}

void TestIntakePage::doubleClickSavesOnce()
{
    fill(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), m_pdf);
    auto* submit = find<QPushButton>("submitButton");
    QTest::mouseClick(submit, Qt::LeftButton);
    QTest::mouseDClick(submit, Qt::LeftButton);
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(leadCount(), 1);
    // The repeated presses did not turn into "required" errors on the fresh form.
    QVERIFY(!find<QLabel>("firstNameError")->isVisible());
    QVERIFY(find<QLabel>("banner")->text().contains(QStringLiteral("saved")));
}

void TestIntakePage::enterRepeatSavesOnce()
{
    fill(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), m_pdf);
    auto* email = find<QLineEdit>("emailEdit");
    QTest::keyClick(email, Qt::Key_Return);
    QTest::keyClick(email, Qt::Key_Return);
    QTest::keyClick(find<QLineEdit>("firstNameEdit"), Qt::Key_Return);
    QCOMPARE(leadCount(), 1);
}

void TestIntakePage::enterMovesToTheNextEmptyField()
{
    auto* first = find<QLineEdit>("firstNameEdit");
    first->setFocus();
    QTest::keyClicks(first, QStringLiteral("Jane"));
    QTest::keyClick(first, Qt::Key_Return);
    QTRY_VERIFY(find<QLineEdit>("lastNameEdit")->hasFocus());
    QCOMPARE(leadCount(), 0);
}

void TestIntakePage::duplicateEmail_data()
{
    QTest::addColumn<int>("desk"); // 0 nobody signed in, 1 a receptionist, 2 an attorney
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("expectedLeads");
    QTest::addColumn<bool>("openRequested");
    QTest::addColumn<bool>("namesTheLead");
    QTest::addColumn<QStringList>("choices");
    const QStringList saveOnly { QStringLiteral("Save anyway") };
    const QStringList openOrSave { QStringLiteral("Open existing lead"), QStringLiteral("Save anyway") };
    QTest::newRow("unsigned desk, save anyway") << 0 << int(Dialogs::Answer::Primary) << 2 << false << false << saveOnly;
    QTest::newRow("unsigned desk, cancel") << 0 << int(Dialogs::Answer::Cancel) << 1 << false << false << saveOnly;
    QTest::newRow("receptionist, save anyway") << 1 << int(Dialogs::Answer::Primary) << 2 << false << true << saveOnly;
    QTest::newRow("receptionist, cancel") << 1 << int(Dialogs::Answer::Cancel) << 1 << false << true << saveOnly;
    QTest::newRow("attorney, open existing") << 2 << int(Dialogs::Answer::Primary) << 1 << true << true << openOrSave;
    QTest::newRow("attorney, save anyway") << 2 << int(Dialogs::Answer::Secondary) << 2 << false << true << openOrSave;
    QTest::newRow("attorney, cancel") << 2 << int(Dialogs::Answer::Cancel) << 1 << false << true << openOrSave;
}

void TestIntakePage::duplicateEmail()
{
    QFETCH(int, desk);
    QFETCH(int, answer);
    QFETCH(int, expectedLeads);
    QFETCH(bool, openRequested);
    QFETCH(bool, namesTheLead);
    QFETCH(QStringList, choices);
    if (desk > 0) {
        PasswordHasher hasher(PasswordHasher::minimum());
        AccountRepository accountRepository(m_db->connection());
        AccountService accounts(accountRepository, hasher);
        const Role role = desk == 2 ? Role::Attorney : Role::Receptionist;
        const Result<qint64> id = accounts.addUser({ QStringLiteral("pat"), QStringLiteral("Pat Doe"), {}, role },
                                                   "pat's long password", Actor { std::nullopt, QStringLiteral("test") });
        QVERIFY(id);
        m_page->setActor(Actor { *id, QStringLiteral("Pat Doe") });
        m_page->setMayOpenLeads(desk == 2);
    }
    fill(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), m_pdf);
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);
    QCOMPARE(leadCount(), 1);
    const qint64 existing = m_repository->page({}, 0, 1)->first().id;

    QSignalSpy open(m_page.get(), &IntakePage::openLeadRequested);
    m_dialogs.nextAnswer = Dialogs::Answer(answer);
    fill(QStringLiteral("Janet"), QStringLiteral("Doe"), QStringLiteral("JANE@example.com"), m_pdf);
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs.asked.size(), 1);
    const QString question = m_dialogs.asked.first();
    // An unsigned desk learns only that the email is known: no name, no date, no address.
    QVERIFY2(question.contains(QStringLiteral("Jane Doe")) == namesTheLead, qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("jane@example.com")) == namesTheLead, qPrintable(question));
    if (!namesTheLead)
        QVERIFY2(question.contains(QStringLiteral("already known")), qPrintable(question));
    QCOMPARE(m_dialogs.choices.first(), choices);
    QCOMPARE(leadCount(), expectedLeads);
    QCOMPARE(open.size(), openRequested ? 1 : 0);
    if (openRequested)
        QCOMPARE(open.first().at(0).toLongLong(), existing);
    // Unless it was saved, the receptionist's typing is still there.
    QCOMPARE(find<QLineEdit>("firstNameEdit")->text().isEmpty(), expectedLeads == 2);
}

void TestIntakePage::databaseFailureKeepsTheForm()
{
    failResumeWrites();
    fill(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), m_pdf);
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);
    auto* banner = find<QLabel>("banner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("not saved")), qPrintable(banner->text()));
    QCOMPARE(find<QLineEdit>("firstNameEdit")->text(), QStringLiteral("Jane"));
    QCOMPARE(m_page->resumePath(), m_pdf);
    QCOMPARE(leadCount(), 0);
}

void TestIntakePage::successBannerGoesWhenTheNextLeadIsStarted_data()
{
    QTest::addColumn<QString>("firstKeystrokeIn");
    QTest::newRow("first name") << QStringLiteral("firstNameEdit");
    QTest::newRow("email") << QStringLiteral("emailEdit");
}

void TestIntakePage::successBannerGoesWhenTheNextLeadIsStarted()
{
    QFETCH(QString, firstKeystrokeIn);
    fill(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), m_pdf);
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);
    auto* banner = find<QLabel>("banner");
    QVERIFY(banner->isVisible());
    QSignalSpy started(m_page.get(), &IntakePage::formStarted);

    QTest::keyClick(m_page->findChild<QLineEdit*>(firstKeystrokeIn), Qt::Key_M);
    QVERIFY(!banner->isVisible());
    QCOMPARE(started.size(), 1);
    // Once per lead, not per keystroke.
    QTest::keyClicks(find<QLineEdit>("lastNameEdit"), QStringLiteral("Ruiz"));
    QCOMPARE(started.size(), 1);

    // An error banner is about the form that is still there: it stays.
    failResumeWrites();
    m_page->clearForm();
    fill(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.com"), m_pdf);
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);
    QVERIFY(banner->isVisible());
    QTest::keyClick(find<QLineEdit>("firstNameEdit"), Qt::Key_E);
    QVERIFY(banner->isVisible());
}

// Issue 12, parts 1 and 4: reception picks the responsible attorney (active attorneys by
// display name) and the source, "Other" with its own text, all from the keyboard.
void TestIntakePage::attorneyAndSourceChosenWithTheKeyboard()
{
    AccountRepository accounts(m_db->connection());
    const Actor cli { std::nullopt, QStringLiteral("cli") };
    const QByteArray hash = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";
    const auto add = [&](const QString& username, const QString& name, Role role) {
        UserAccount account;
        account.username = username;
        account.displayName = name;
        account.role = role;
        return accounts.create(account, hash, cli).value();
    };
    const qint64 zed = add(QStringLiteral("zed"), QStringLiteral("Zed Attorney"), Role::Attorney);
    const qint64 ana = add(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Admin);
    add(QStringLiteral("rita"), QStringLiteral("Rita Desk"), Role::Receptionist);
    const qint64 gone = add(QStringLiteral("gone"), QStringLiteral("Gone Away"), Role::Attorney);
    QVERIFY(accounts.setDisabled(gone, true, cli));
    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::LeadSources, QStringLiteral("Radio;Web search")));
    m_page->reloadChoices();

    auto* attorneys = find<QComboBox>("attorneyCombo");
    QVERIFY(attorneys->isVisible());
    QCOMPARE(attorneys->accessibleName(), QStringLiteral("Responsible attorney"));
    QStringList offered;
    for (int i = 0; i < attorneys->count(); ++i)
        offered.append(attorneys->itemText(i));
    QCOMPARE(offered, (QStringList { QStringLiteral("Nobody yet"), QStringLiteral("Ana Ruiz"), QStringLiteral("Zed Attorney") }));
    auto* sources = find<QComboBox>("sourceCombo");
    QCOMPARE(sources->count(), 4); // not asked, Radio, Web search, Other…

    fill(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), m_pdf);
    QApplication::setActiveWindow(m_page.get()); // mnemonics are window shortcuts
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    // Alt+Y: the attorney; Down twice: Zed.
    QTest::keyClick(m_page.get(), Qt::Key_Y, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), attorneys);
    QTest::keyClick(attorneys, Qt::Key_Down);
    QTest::keyClick(attorneys, Qt::Key_Down);
    QCOMPARE(attorneys->currentText(), QStringLiteral("Zed Attorney"));
    // Alt+W: the source; End: "Other…", whose field appears next in the Tab order.
    QTest::keyClick(m_page.get(), Qt::Key_W, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), sources);
    QTest::keyClick(sources, Qt::Key_End);
    auto* other = find<QLineEdit>("sourceOtherEdit");
    QVERIFY(other->isVisible());
    QTest::keyClick(sources, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), other);
    QTest::keyClicks(other, QStringLiteral("A podcast"));
    QTest::keyClick(other, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(leadCount(), 1);
    const Lead lead = m_repository->page({}, 0, 1).value().constFirst();
    QCOMPARE(lead.attorneyId, std::optional<qint64>(zed));
    QCOMPARE(lead.attorneyName, QStringLiteral("Zed Attorney"));
    QCOMPARE(lead.source, QStringLiteral("A podcast"));
    // The form is cleared for the next prospect: back to the firm's rule and "not asked".
    QCOMPARE(attorneys->currentIndex(), 0);
    QCOMPARE(sources->currentIndex(), 0);
    QVERIFY(!other->isVisible());

    // A listed source, and the firm's rule (manual: nobody).
    fill(QStringLiteral("John"), QStringLiteral("Roe"), QStringLiteral("john@example.com"), m_pdf);
    sources->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(sources, Qt::Key_Down);
    QTest::keyClick(sources, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(leadCount(), 2);
    const Lead second = m_repository->page({}, 0, 1).value().constFirst();
    QCOMPARE(second.source, QStringLiteral("Radio"));
    QVERIFY(!second.attorneyId);
    Q_UNUSED(ana)
}

void TestIntakePage::kioskOffersSourcesButNoAttorney()
{
    UserAccount account;
    account.username = QStringLiteral("ana");
    account.displayName = QStringLiteral("Ana Ruiz");
    account.role = Role::Attorney;
    QVERIFY(AccountRepository(m_db->connection())
                .create(account, "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", { std::nullopt, QStringLiteral("cli") }));
    m_page->setKioskMode(true);
    QVERIFY(!find<QComboBox>("attorneyCombo")->isVisible());
    QVERIFY(!find<QLabel>("attorneyLabel")->isVisible());
    auto* sources = find<QComboBox>("sourceCombo");
    QVERIFY(sources->isVisible());
    QCOMPARE(sources->itemText(0), QStringLiteral("Prefer not to say"));
    QCOMPARE(sources->itemText(sources->count() - 1), QStringLiteral("Other…"));
}

QTEST_MAIN(TestIntakePage)
#include "tst_intakepage.moc"
