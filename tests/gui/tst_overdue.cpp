#include "accountrepository.h"
#include "attorneyassignment.h"
#include "database.h"
#include "dialogs.h"
#include "firmsettings.h"
#include "leaddetailpane.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "leadtablemodel.h"
#include "responsetarget.h"
#include "scripteddialogs.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QToolButton>
#include <QMenu>
#include <QtTest>

#include <memory>
#include <optional>

// Issue 12, part 2 as the attorney sees it: overdue marks in the table judged with an
// injected clock across a weekend, the status bar's own overdue count against the rule
// evaluated lead by lead, and the "Call back on" editor driven by keys.
class TestOverdue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelMarksOverdueAcrossAWeekend();
    void statusBarCountsOwnOverdueLeads();
    void followUpEditorByKeys();

private:
    qint64 addLead(const QString& name, const QDateTime& created);
    qint64 addAttorney(const QString& username, const QString& name);
    void openPage();

    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_repository;
    std::unique_ptr<LeadsPage> m_page;
    ScriptedDialogs m_dialogs;
    // The New York firm's clock: Friday 2026-11-27 15:00 to start with.
    QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(15, 0), QTimeZone("America/New_York"));
};

namespace {

// The "Call back on" label's mnemonic.
constexpr Qt::Key kFollowUpMnemonic = Qt::Key_N;

ResumeFile resumeFor(const QString& text)
{
    const QByteArray pdf = TestSupport::makePdf(text, 2048);
    return ResumeFile { text + QStringLiteral(".pdf"), QStringLiteral("application/pdf"), pdf,
                        QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
}

} // namespace

void TestOverdue::init()
{
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_repository = std::make_unique<LeadRepository>(m_db->connection(), [this] { return m_now; });
    FirmSettings settings(m_db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::FirmTimeZone, QStringLiteral("America/New_York")));
    QVERIFY(settings.setValue(FirmSettings::Key::ResponseTargetDays, 1));
}

void TestOverdue::cleanup()
{
    m_page.reset();
    m_repository.reset();
    m_db.reset();
}

qint64 TestOverdue::addLead(const QString& name, const QDateTime& created)
{
    const QDateTime now = m_now;
    m_now = created;
    const auto id = m_repository->create(name, QStringLiteral("Prospect"), name.toLower() + QStringLiteral("@example.com"),
                                         resumeFor(name), QStringLiteral("reception"));
    m_now = now;
    return id ? *id : 0;
}

qint64 TestOverdue::addAttorney(const QString& username, const QString& name)
{
    UserAccount account;
    account.username = username;
    account.displayName = name;
    account.email = username + QStringLiteral("@firm.example");
    account.role = Role::Attorney;
    const Result<qint64> id = AccountRepository(m_db->connection())
                                  .create(account, "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
                                          { std::nullopt, QStringLiteral("cli") });
    return id ? *id : 0;
}

void TestOverdue::openPage()
{
    m_page = std::make_unique<LeadsPage>(*m_repository, m_dialogs, QStringLiteral("Ana Ruiz"));
    m_page->resize(1200, 700);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestOverdue::modelMarksOverdueAcrossAWeekend()
{
    const QTimeZone york("America/New_York");
    // Friday 15:00: due Monday 15:00 (the weekend does not count).
    const qint64 friday = addLead(QStringLiteral("Fri"), QDateTime(QDate(2026, 11, 27), QTime(15, 0), york));
    QVERIFY(friday > 0);
    LeadTableModel model(*m_repository, QStringLiteral("tester"));
    model.setResponseTarget(ResponseTarget::fromSettings(FirmSettings(m_db->connection())));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex status = model.index(0, LeadTableModel::Status);

    m_now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), york); // Saturday
    QVERIFY(!status.data(LeadTableModel::OverdueRole).toBool());
    QVERIFY(status.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Due ")));
    m_now = QDateTime(QDate(2026, 11, 30), QTime(14, 59), york); // Monday, a minute early
    QVERIFY(!status.data(LeadTableModel::OverdueRole).toBool());
    QVERIFY(!status.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("overdue")));

    // The minute tick repaints only the Status cells of the loaded rows.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_now = QDateTime(QDate(2026, 11, 30), QTime(15, 0), york);
    model.refreshOverdue();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(LeadTableModel::Status));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(LeadTableModel::Status));
    QVERIFY(status.data(LeadTableModel::OverdueRole).toBool());
    QVERIFY2(status.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue since ")),
             qPrintable(status.data(Qt::ToolTipRole).toString()));
    QCOMPARE(status.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Pending, overdue"));

    // Reached out: nothing is due any more.
    QVERIFY(m_repository->setStatus(friday, LeadStatus::ReachedOut, QStringLiteral("ana"), 1));
    model.reload();
    QVERIFY(!model.index(0, LeadTableModel::Status).data(LeadTableModel::OverdueRole).toBool());

    // A call-back day: due at its start, in the firm's zone.
    QVERIFY(m_repository->setFollowUp(friday, QDate(2026, 12, 2), QStringLiteral("ana"), 2));
    model.reload();
    QVERIFY(model.index(0, LeadTableModel::Status).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Call back due ")));
    m_now = QDateTime(QDate(2026, 12, 2), QTime(0, 0), york);
    QVERIFY(model.index(0, LeadTableModel::Status).data(LeadTableModel::OverdueRole).toBool());

    // The filter follows the clock: at Monday 15:00 only the lead with no call-back day.
    const qint64 monday = addLead(QStringLiteral("Mon"), QDateTime(QDate(2026, 11, 30), QTime(9, 0), york));
    m_now = QDateTime(QDate(2026, 12, 1), QTime(8, 59), york);
    model.setOverdueFilter(true);
    QCOMPARE(model.rowCount(), 0);
    m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), york);
    model.refreshOverdue();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(LeadTableModel::LeadIdRole).toLongLong(), monday);
}

void TestOverdue::statusBarCountsOwnOverdueLeads()
{
    const QTimeZone york("America/New_York");
    const qint64 ana = addAttorney(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"));
    const qint64 ben = addAttorney(QStringLiteral("ben"), QStringLiteral("Ben Okafor"));
    // Leads over two weeks, every 7 hours, alternately Ana's and Ben's.
    QDateTime created(QDate(2026, 11, 16), QTime(8, 0), york);
    for (int i = 0; i < 40; ++i, created = created.addSecs(7 * 3600)) {
        const qint64 id = addLead(QStringLiteral("P%1").arg(i), created);
        QVERIFY(AttorneyAssignment::reassign(*m_repository, id, i % 2 ? ben : ana, QStringLiteral("x"), 1));
        if (i % 5 == 0)
            QVERIFY(m_repository->setStatus(id, LeadStatus::ReachedOut, QStringLiteral("x"), 2));
    }
    m_now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), york);
    m_repository->setActingAccount(ana);
    openPage();

    // The oracle: every one of Ana's leads judged by the rule in C++.
    const ResponseTarget target = ResponseTarget::fromSettings(FirmSettings(m_db->connection()));
    LeadQuery hers;
    hers.attorneyId = ana;
    int expected = 0;
    QVERIFY(m_repository->forEach(hers, -1, [&](const Lead& lead) {
        expected += target.isOverdue(lead, m_now) ? 1 : 0;
        return true;
    }));
    QVERIFY(expected > 1);
    QCOMPARE(m_page->myOverdueCount(), expected);
    QPushButton* button = m_page->overdueStatusButton();
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("%1 of your leads are overdue").arg(expected));

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_page->myLeadsCheck()->isChecked());
    QVERIFY(m_page->overdueCheck()->isChecked());
    QCOMPARE(m_page->model()->rowCount(), expected);

    // A minute later, the next of her leads is due (or none): the count follows the clock.
    m_now = m_now.addDays(3);
    m_page->updateOverdue();
    int later = 0;
    QVERIFY(m_repository->forEach(hers, -1, [&](const Lead& lead) {
        later += target.isOverdue(lead, m_now) ? 1 : 0;
        return true;
    }));
    QVERIFY(later > expected);
    QCOMPARE(m_page->myOverdueCount(), later);
}

void TestOverdue::followUpEditorByKeys()
{
    const qint64 id = addLead(QStringLiteral("Rosa"), m_now);
    openPage();
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("leadsTable"));
    QVERIFY(table);
    table->selectRow(0);
    auto* pane = m_page->findChild<LeadDetailPane*>();
    QVERIFY(pane);
    QLineEdit* edit = pane->followUpEdit();
    QVERIFY(edit);
    QVERIFY(edit->text().isEmpty()); // none yet
    QVERIFY(!edit->placeholderText().isEmpty());

    // Alt+N (the label's mnemonic) reaches the field; a typed date and Enter save it.
    QTest::keyClick(m_page.get(), kFollowUpMnemonic, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(edit));
    QTest::keyClicks(edit, QStringLiteral("2026-12-01"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(m_repository->lead(id)->followUpOn, QDate(2026, 12, 1));
    QCOMPARE(edit->text(), QStringLiteral("2026-12-01"));

    // Not a day: a precise message, nothing saved, the text left to correct.
    QSignalSpy errors(pane, &LeadDetailPane::errorOccurred);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("2026-13-45"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().constFirst().toString().contains(QStringLiteral("YYYY-MM-DD")),
             qPrintable(errors.constFirst().constFirst().toString()));
    QCOMPARE(m_repository->lead(id)->followUpOn, QDate(2026, 12, 1));
    QCOMPARE(edit->text(), QStringLiteral("2026-13-45"));

    // Corrected, and saved by leaving the field (Tab).
    const QDate day(2026, 12, 3);
    edit->selectAll();
    QTest::keyClicks(edit, day.toString(Qt::ISODate));
    QTest::keyClick(edit, Qt::Key_Tab);
    QTRY_COMPARE(m_repository->lead(id)->followUpOn, day);
    QCOMPARE(m_repository->lead(id)->version, 3);

    // The day can also be picked from a calendar (a menu on the button beside the field).
    QVERIFY(pane->pickFollowUpButton()->menu());

    // Tab to Clear, Space: cleared and recorded.
    QVERIFY(pane->clearFollowUpButton()->isEnabled());
    pane->clearFollowUpButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(pane->clearFollowUpButton(), Qt::Key_Space);
    QTRY_VERIFY(!m_repository->lead(id)->followUpOn.isValid());
    QVERIFY(edit->text().isEmpty());

    const QList<LeadEvent> history = m_repository->history(id).value();
    QStringList details;
    for (const LeadEvent& event : history) {
        if (event.kind == LeadEvent::Kind::FollowUp)
            details.append(event.detail);
    }
    QCOMPARE(details, (QStringList { QStringLiteral("2026-12-01"), QStringLiteral("2026-12-03"), QString() }));

    // Someone else's change meanwhile: the pane's save is a conflict and changes nothing.
    QVERIFY(m_repository->setStatus(id, LeadStatus::ReachedOut, QStringLiteral("ben"), 4));
    edit->setText(day.toString(Qt::ISODate));
    QVERIFY(!pane->saveFollowUp());
    QVERIFY(!m_repository->lead(id)->followUpOn.isValid());
}

QTEST_MAIN(TestOverdue)
#include "tst_overdue.moc"
