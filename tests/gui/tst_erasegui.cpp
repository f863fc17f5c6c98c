#include "database.h"
#include "eraseleaddialog.h"
#include "firmsettings.h"
#include "leaddetailpane.h"
#include "leaderaser.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "retentiondialog.h"
#include "scripteddialogs.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

// Erasing from the window (issue 13, part 4), driven by key events: the detail pane's
// "Erase lead…" (administrators only) and its dialog (a reason and a tick required; Enter
// alone never erases), and the retention dialog.
class TestEraseGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void onlyAdministratorsSeeTheButton();
    void eraseFromThePaneWithTheKeyboard_data();
    void eraseFromThePaneWithTheKeyboard();
    void retentionDialogErasesWhatIsDue();
    void erasedLeadOffersNoStatusOrAssignment();

private:
    qint64 plant(const QString& first, const QString& last, const LeadRepository::Clock& clock = {});
    QString firstName(qint64 id) const;

    QString m_target;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_leads;
    ScriptedDialogs m_dialogs;
};

void TestEraseGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEraseGui::init()
{
    m_target = TestDatabase::freshTarget();
    auto db = Database::open(m_target);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_leads = std::make_unique<LeadRepository>(m_db->connection());
}

void TestEraseGui::cleanup()
{
    m_leads.reset();
    m_db.reset();
}

qint64 TestEraseGui::plant(const QString& first, const QString& last, const LeadRepository::Clock& clock)
{
    LeadRepository leads(m_db->connection(), clock);
    const QByteArray pdf = TestSupport::makePdf(first);
    const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    const Result<qint64> id = leads.create(first, last, first.toLower() + QStringLiteral("@example.com"), resume,
                                           QStringLiteral("desk"));
    if (!id || !leads.addNote(*id, QStringLiteral("a private note"), QStringLiteral("desk"), std::nullopt))
        qFatal("plant");
    return *id;
}

QString TestEraseGui::firstName(qint64 id) const
{
    return m_leads->lead(id)->firstName;
}

void TestEraseGui::onlyAdministratorsSeeTheButton()
{
    const qint64 id = plant(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    LeadDetailPane pane(*m_leads, m_dialogs, QStringLiteral("Ana Attorney"));
    pane.resize(520, 760);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showLead(id);
    QVERIFY(!pane.eraseButton()->isVisible());
    pane.setMayErase(true);
    QVERIFY(pane.eraseButton()->isVisible());
    QVERIFY(pane.eraseButton()->isEnabled());
    QCOMPARE(pane.eraseButton()->text(), QStringLiteral("Erase lea&d…"));
    pane.setMayErase(false);
    QVERIFY(!pane.eraseButton()->isVisible());
    pane.clear();
    pane.setMayErase(true);
    QVERIFY(!pane.eraseButton()->isVisible()); // no lead shown
}

void TestEraseGui::eraseFromThePaneWithTheKeyboard_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("tick");
    QTest::addColumn<int>("finalKey"); // pressed last in the dialog (Tab: Tab then Space)
    QTest::addColumn<bool>("erases");
    QTest::newRow("reason, tick, Tab to Erase, Space") << QStringLiteral("asked to be forgotten") << true << int(Qt::Key_Tab) << true;
    QTest::newRow("Escape cancels") << QStringLiteral("asked to be forgotten") << true << int(Qt::Key_Escape) << false;
    QTest::newRow("Enter alone never erases") << QStringLiteral("asked to be forgotten") << true << int(Qt::Key_Return)
                                               << false;
    QTest::newRow("no tick: Erase cannot be reached") << QStringLiteral("asked") << false << int(Qt::Key_Tab) << false;
    QTest::newRow("no reason: Erase cannot be reached") << QStringLiteral("   ") << true << int(Qt::Key_Tab) << false;
}

void TestEraseGui::eraseFromThePaneWithTheKeyboard()
{
    QFETCH(QString, reason);
    QFETCH(bool, tick);
    QFETCH(int, finalKey);
    QFETCH(bool, erases);
    const qint64 id = plant(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    LeadDetailPane pane(*m_leads, m_dialogs, QStringLiteral("Ada Admin"));
    pane.resize(520, 760);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showLead(id);
    pane.setMayErase(true);
    QSignalSpy erased(&pane, &LeadDetailPane::leadErased);
    QStringList problems;
    connect(&pane, &LeadDetailPane::errorOccurred, this, [&problems](const QString& text) { problems.append(text); });

    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<EraseLeadDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject(); // whatever failed, the modal loop ends
        });
        // Mnemonics answer in the active window only.
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::focusWidget(), dialog->reasonEdit());
        QVERIFY(!dialog->eraseButton()->isEnabled());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("eraseWhatLabel"))->text().contains(QStringLiteral("resume")));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("eraseWhoLabel"))->text().contains(QStringLiteral("Ana Ruiz (lead %1)").arg(id)));
        QTest::keyClicks(dialog->reasonEdit(), reason);
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->confirmBox());
        if (tick)
            QTest::keyClick(dialog->confirmBox(), Qt::Key_Space);
        QCOMPARE(dialog->eraseButton()->isEnabled(), tick && !reason.trimmed().isEmpty());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(finalKey));
        if (finalKey == Qt::Key_Tab) {
            // A disabled Erase is no Tab stop: the focus lands on Cancel instead.
            QCOMPARE(QApplication::focusWidget() == dialog->eraseButton(), dialog->eraseButton()->isEnabled());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        }
        driven = true;
    });
    pane.eraseButton()->setFocus();
    QTest::keyClick(pane.eraseButton(), Qt::Key_Space);
    QVERIFY(driven);

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(erased.count(), erases ? 1 : 0);
    QCOMPARE(firstName(id), erases ? QStringLiteral("(erased)") : QStringLiteral("Ana"));
    QCOMPARE(pane.eraseButton()->isEnabled(), !erases);
    if (erases) {
        const auto* history = pane.findChild<QListWidget*>();
        QVERIFY(history);
        QVERIFY(history->item(history->count() - 1)->text().startsWith(QStringLiteral("Erased by Ada Admin")));
        QVERIFY(history->item(history->count() - 1)->text().endsWith(QStringLiteral("Reason: asked to be forgotten")));
        QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("nameValue"))->text(), QStringLiteral("(erased) (erased)"));
        QVERIFY(!pane.noteEdit()->isEnabled());
    }
}

void TestEraseGui::retentionDialogErasesWhatIsDue()
{
    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    const qint64 old = plant(QStringLiteral("Olda"), QStringLiteral("Ancient"), [now] { return now.addMonths(-30); });
    const qint64 recent = plant(QStringLiteral("Reca"), QStringLiteral("Recent"), [now] { return now.addMonths(-1); });
    const QString copies = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    {
        RetentionDialog off(m_db->connection(), Actor { std::nullopt, QStringLiteral("Ada Admin") }, copies, nullptr,
                            [now] { return now; });
        QVERIFY(off.summary()->text().startsWith(QStringLiteral("Retention is off")));
        QVERIFY(!off.eraseButton()->isEnabled());
    }
    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::RetentionMonths, QStringLiteral("24")));
    RetentionDialog dialog(m_db->connection(), Actor { std::nullopt, QStringLiteral("Ada Admin") }, copies, nullptr,
                           [now] { return now; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(1), QStringLiteral("Olda Ancient"));
    QSignalSpy erasedSpy(&dialog, &RetentionDialog::erased);
    // Nothing happens without the confirmation: Escape in it first.
    for (const bool confirm : { false, true }) {
        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            auto* confirmDialog = qobject_cast<EraseLeadDialog*>(QApplication::activeModalWidget());
            QVERIFY(confirmDialog);
            const auto close = qScopeGuard([confirmDialog] {
                if (confirmDialog->isVisible())
                    confirmDialog->reject();
            });
            QApplication::setActiveWindow(confirmDialog);
            QVERIFY(QTest::qWaitForWindowActive(confirmDialog));
            QVERIFY(confirmDialog->reason().contains(QStringLiteral("24 month(s)")));
            if (!confirm) {
                QTest::keyClick(confirmDialog, Qt::Key_Escape);
            } else {
                QTest::keyClick(confirmDialog->reasonEdit(), Qt::Key_Tab);
                QTest::keyClick(confirmDialog->confirmBox(), Qt::Key_Space);
                QTest::keyClick(confirmDialog->confirmBox(), Qt::Key_Tab);
                QCOMPARE(QApplication::focusWidget(), confirmDialog->eraseButton());
                QTest::keyClick(confirmDialog->eraseButton(), Qt::Key_Space);
            }
            driven = true;
        });
        dialog.eraseButton()->setFocus();
        QTest::keyClick(dialog.eraseButton(), Qt::Key_Space);
        QVERIFY(driven);
        QCOMPARE(firstName(old), confirm ? QStringLiteral("(erased)") : QStringLiteral("Olda"));
    }
    QCOMPARE(erasedSpy.count(), 1);
    QCOMPARE(firstName(recent), QStringLiteral("Reca"));
    QCOMPARE(dialog.list()->topLevelItemCount(), 0);
    QVERIFY2(dialog.summary()->text().startsWith(QStringLiteral("1 lead(s) erased.")), qPrintable(dialog.summary()->text()));
    QVERIFY(!dialog.eraseButton()->isEnabled());
    QCOMPARE(m_leads->history(old)->constLast().actor, QStringLiteral("Ada Admin"));
}

// An erased lead shown in the window: Ctrl+R (Mark as reached out) and Ctrl+Shift+A
// (Assign to…) are disabled, and pressing Ctrl+R anyway changes nothing; a live lead beside
// it keeps both.
void TestEraseGui::erasedLeadOffersNoStatusOrAssignment()
{
    const qint64 gone = plant(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 kept = plant(QStringLiteral("Bea"), QStringLiteral("Soto"));
    QVERIFY(LeadEraser(m_db->connection()).erase(gone, QStringLiteral("asked"), { std::nullopt, QStringLiteral("Ada") },
                                                 Role::Admin));
    const int version = m_leads->lead(gone)->version;
    LeadsPage page(*m_leads, m_dialogs, QStringLiteral("Ada Admin"));
    page.resize(1100, 600);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto* assign = page.findChild<QPushButton*>(QStringLiteral("assignButton"));
    QVERIFY(assign);

    page.showLead(kept);
    QVERIFY(page.markReachedOutAction()->isEnabled());
    QVERIFY(assign->isEnabled());

    page.showLead(gone);
    QVERIFY(!page.markReachedOutAction()->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("markReachedOutButton"))->isEnabled());
    QVERIFY(!assign->isEnabled());
    QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_leads->lead(gone)->status, LeadStatus::Pending);
    QCOMPARE(m_leads->lead(gone)->version, version);
}

QTEST_MAIN(TestEraseGui)
#include "tst_erasegui.moc"
