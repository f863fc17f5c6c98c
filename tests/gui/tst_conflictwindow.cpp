// The conflict check in the window (issue 12, part 3), on both backends: reception sees
// "possible conflict" and never who matched (the whole widget tree is searched for the
// party's name and matter), an attorney sees the matches with their reasons and records
// the outcome in the history, a lead with an unreviewed possible conflict is marked reached
// out only after a confirmation, and the Parties page adds a party.
#include "conflictnotice.h"
#include "conflictpanel.h"
#include "conflictrepository.h"
#include "deskservices.h"
#include "intakepage.h"
#include "leaddetailpane.h"
#include "leadspage.h"
#include "mainwindow.h"
#include "partiespage.h"
#include "partyrepository.h"
#include "scripteddialogs.h"
#include "session.h"
#include "signindialog.h"
#include "testsupport.h"
#include "widgetlookup.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

class TestConflictWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void receptionNeverSeesPartyDetails();
    void noNoticeForSomebodyElse();
    void attorneySeesMatchesAndRecordsOutcome();
    void reachedOutNeedsConfirmation();
    void partiesPageAddsAParty();

private:
    template<typename T>
    T* find(const char* name) { return GuiTest::find<T>(m_window.get(), name); }
    void signInAsAttorney();
    qint64 addLead(const QString& first, const QString& last, const QString& email);
    // Every text a person or a screen reader could get from the window.
    QStringList visibleTexts() const;

    std::unique_ptr<DeskServices> m_desk;
    std::unique_ptr<Session> m_session;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestConflictWindow::init()
{
    auto desk = DeskServices::openFresh();
    QVERIFY2(desk, qPrintable(desk.error().message));
    m_desk = std::move(desk).value();
    QVERIFY(m_desk->accounts.addUser({ QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), {}, Role::Attorney },
                                     "ana's long password", Actor { std::nullopt, QStringLiteral("test") }));
    Party party;
    party.name = QStringLiteral("Núñez García, José");
    party.role = Party::Role::Adverse;
    party.matter = QStringLiteral("M-2024-SECRET");
    QVERIFY(PartyRepository(m_desk->db.connection()).add(party, QStringLiteral("test")));
    m_session = std::make_unique<Session>(QStringLiteral("reception"));
    m_dialogs = ScriptedDialogs();
    m_window = std::make_unique<MainWindow>(m_desk->leads, m_desk->intake, m_desk->accounts, *m_session, m_dialogs,
                                            m_desk->db.path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
}

void TestConflictWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_desk.reset();
}

void TestConflictWindow::signInAsAttorney()
{
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
    SignInDialog* dialog = m_window->signInDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit")), QStringLiteral("ana"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("ana's long password"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QVERIFY(m_session->isSignedIn());
    QTRY_VERIFY(!m_window->signInDialog());
}

qint64 TestConflictWindow::addLead(const QString& first, const QString& last, const QString& email)
{
    const QByteArray pdf = TestSupport::makePdf(first);
    const Result<qint64> id = m_desk->leads.create(
        first, last, email,
        { first + QStringLiteral(".pdf"), QStringLiteral("application/pdf"), pdf,
          QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
        QStringLiteral("test"));
    return id ? *id : 0;
}

QStringList TestConflictWindow::visibleTexts() const
{
    QStringList texts;
    const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription()
              << widget->windowTitle() << widget->statusTip() << widget->whatsThis();
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << label->text();
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            texts << edit->text() << edit->placeholderText();
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int row = 0; row < std::min(model->rowCount(), 200); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    texts << model->data(model->index(row, column)).toString();
        }
        if (QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget))
            texts << accessible->text(QAccessible::Name) << accessible->text(QAccessible::Description)
                  << accessible->text(QAccessible::Value);
    }
    texts.removeAll(QString());
    return texts;
}

void TestConflictWindow::receptionNeverSeesPartyDetails()
{
    auto* notice = m_window->intakePage()->conflictNotice();
    QSignalSpy checked(notice, &ConflictNotice::checked);
    QTest::keyClicks(find<QLineEdit>("firstNameEdit"), QStringLiteral("Pepe"));
    QTest::keyClicks(find<QLineEdit>("lastNameEdit"), QStringLiteral("Nunez"));
    // Nothing is asked while typing: the timer runs after the last keystroke.
    QCOMPARE(checked.count(), 0);
    QTRY_COMPARE(checked.count(), 1);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("Possible conflict: an attorney will review."));
    GuiTest::screenshot(m_window.get(), QStringLiteral("conflict-reception"));

    const QStringList texts = visibleTexts();
    QVERIFY(!texts.isEmpty());
    for (const QString& text : texts) {
        for (const QString& secret : { QStringLiteral("Núñez"), QStringLiteral("García"), QStringLiteral("M-2024-SECRET"),
                                       QStringLiteral("José"), QStringLiteral("Adverse") })
            QVERIFY2(!text.contains(secret), qPrintable(text));
    }
    // The same tree does show them to an attorney (the search above can find them).
    const qint64 id = addLead(QStringLiteral("Pepe"), QStringLiteral("Nunez"), QStringLiteral("pepe@example.com"));
    signInAsAttorney();
    QVERIFY(m_window->showPage(MainWindow::Page::Leads));
    m_window->leadsPage()->showLead(id);
    QTRY_VERIFY(visibleTexts().join(QLatin1Char('\n')).contains(QStringLiteral("M-2024-SECRET")));
}

void TestConflictWindow::noNoticeForSomebodyElse()
{
    auto* notice = m_window->intakePage()->conflictNotice();
    QSignalSpy checked(notice, &ConflictNotice::checked);
    QTest::keyClicks(find<QLineEdit>("firstNameEdit"), QStringLiteral("Ada"));
    QTest::keyClicks(find<QLineEdit>("lastNameEdit"), QStringLiteral("Lovelace"));
    QTRY_COMPARE(checked.count(), 1);
    QVERIFY(!notice->isVisible());
    // A cleared form forgets it.
    QTest::keyClicks(find<QLineEdit>("lastNameEdit"), QStringLiteral("x"));
    m_window->intakePage()->clearForm();
    QVERIFY(!notice->isPossibleConflict());
}

void TestConflictWindow::attorneySeesMatchesAndRecordsOutcome()
{
    const qint64 id = addLead(QStringLiteral("Pepe"), QStringLiteral("Nunez"), QStringLiteral("pepe@example.com"));
    signInAsAttorney();
    QVERIFY(m_window->showPage(MainWindow::Page::Leads));
    m_window->leadsPage()->showLead(id);
    auto* panel = find<ConflictPanel>("conflictPanel");
    QTRY_COMPARE(panel->matchLines().size(), 1);
    const QString line = panel->matchLines().constFirst();
    QVERIFY2(line.contains(QStringLiteral("Núñez García, José")) && line.contains(QStringLiteral("M-2024-SECRET"))
                 && line.contains(QStringLiteral("first name 'Pepe' = 'José' (nickname)"))
                 && line.contains(QStringLiteral("last name 'Nunez' ≈ 'Núñez' (accent)")),
             qPrintable(line));
    GuiTest::screenshot(m_window.get(), QStringLiteral("conflict-attorney"));

    QVERIFY(!panel->recordButton()->isEnabled()); // a reason is required
    panel->outcomeCombo()->setCurrentIndex(panel->outcomeCombo()->findData(QStringLiteral("waived")));
    QTest::keyClicks(panel->reasonEdit(), QStringLiteral("Client consented in writing"));
    QVERIFY(panel->recordButton()->isEnabled());
    QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
    const auto review = ConflictRepository(m_desk->db.connection()).review(id);
    QVERIFY(review && review->has_value());
    QCOMPARE((*review)->verdict, ConflictRepository::Verdict::Waived);
    QCOMPARE((*review)->actor, QStringLiteral("Ana Ruiz"));
    const Result<QList<LeadEvent>> history = m_desk->leads.history(id);
    QVERIFY(history);
    QCOMPARE(history->constLast().detail, QStringLiteral("Conflict check: Waived. Reason: Client consented in writing"));
    QVERIFY(find<QLabel>("conflictSummary")->text().startsWith(QStringLiteral("Reviewed: Waived")));
}

void TestConflictWindow::reachedOutNeedsConfirmation()
{
    const qint64 id = addLead(QStringLiteral("José"), QStringLiteral("Nuñez"), QStringLiteral("jn@example.com"));
    signInAsAttorney();
    QVERIFY(m_window->showPage(MainWindow::Page::Leads));
    m_window->leadsPage()->showLead(id);
    auto* mark = m_window->leadsPage()->markReachedOutAction();
    QTRY_VERIFY(mark->isEnabled());

    m_dialogs.nextAnswer = Dialogs::Answer::Cancel;
    mark->trigger();
    QCOMPARE(m_dialogs.asked.size(), 1);
    QVERIFY(m_dialogs.asked.constFirst().contains(QStringLiteral("possible conflict")));
    // The question names the prospect, not only a number.
    QVERIFY2(m_dialogs.asked.constFirst().contains(QStringLiteral("José Nuñez (lead %1)").arg(id)),
             qPrintable(m_dialogs.asked.constFirst()));
    QCOMPARE(m_desk->leads.lead(id)->status, LeadStatus::Pending);

    m_dialogs.nextAnswer = Dialogs::Answer::Primary;
    mark->trigger();
    QCOMPARE(m_dialogs.asked.size(), 2);
    QCOMPARE(m_desk->leads.lead(id)->status, LeadStatus::ReachedOut);
    const QList<LeadEvent> history = m_desk->leads.history(id).value();
    QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const LeadEvent& event) {
        return event.detail.contains(QStringLiteral("unreviewed possible conflict (confirmed)"));
    }));

    // A lead without a possible conflict is marked without a question.
    const qint64 other = addLead(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"));
    m_window->leadsPage()->refresh();
    m_window->leadsPage()->showLead(other);
    QTRY_VERIFY(mark->isEnabled());
    mark->trigger();
    QCOMPARE(m_dialogs.asked.size(), 2);
    QCOMPARE(m_desk->leads.lead(other)->status, LeadStatus::ReachedOut);
}

void TestConflictWindow::partiesPageAddsAParty()
{
    signInAsAttorney();
    QVERIFY(m_window->showPage(QStringLiteral("partiesPage")));
    auto* page = m_window->findChild<PartiesPage*>();
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->table()->rowCount(), 1);
    page->setEditor([](const Party&, QWidget*) -> std::optional<Party> {
        Party party;
        party.name = QStringLiteral("Globex Corporation");
        party.role = Party::Role::Client;
        party.matter = QStringLiteral("M-7");
        return party;
    });
    QTest::mouseClick(find<QPushButton>("addPartyButton"), Qt::LeftButton);
    QCOMPARE(page->table()->rowCount(), 2);
    QVERIFY(!ConflictRepository(m_desk->db.connection())
                 .check(QStringLiteral("Globex"), QStringLiteral("Corporation"), {})
                 ->matches.isEmpty());
    GuiTest::screenshot(m_window.get(), QStringLiteral("conflict-parties"));
}

QTEST_MAIN(TestConflictWindow)
#include "tst_conflictwindow.moc"
