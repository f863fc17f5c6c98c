#include "widgetlookup.h"
#include "mailtestfixture.h"
#include "outboxpage.h"
#include "outboxrepository.h"
#include "outboxtablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using GuiTest::find;

// The Outbox page and its model: rows from OutboxRepository, the state filter, and
// Retry now / Cancel through the dispatcher. Rows are made directly; no network.
class TestOutboxPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void modelListsRowsNewestFirst();
    void filterShowsOneState();
    void cancelAndRetryChangeTheState();
    void pageScreenshot();

private:
    qint64 enqueue(const QString& to, OutboxKind kind = OutboxKind::Test);
    void selectId(OutboxPage& page, qint64 id);

    QTemporaryDir m_dir;
    int m_counter = 0;
    MailTestFixture m_fixture;
};

void TestOutboxPage::init()
{
    QVERIFY(m_fixture.open(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_counter))));
}

void TestOutboxPage::cleanup()
{
    m_fixture.close();
}

qint64 TestOutboxPage::enqueue(const QString& to, OutboxKind kind)
{
    OutboxRepository::NewMail mail;
    mail.kind = kind;
    mail.recipientAddress = to;
    const Result<qint64> id = OutboxRepository(m_fixture.db->connection()).enqueue(mail);
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

void TestOutboxPage::selectId(OutboxPage& page, qint64 id)
{
    auto* table = find<QTableView>(&page, "outboxTable");
    const int row = page.model()->rowOf(id);
    QVERIFY(row >= 0);
    table->selectRow(row);
}

void TestOutboxPage::modelListsRowsNewestFirst()
{
    enqueue(QStringLiteral("first@example.com"));
    enqueue(QStringLiteral("second@example.com"));
    enqueue(QString(), OutboxKind::AttorneyNotification);

    OutboxTableModel model(m_fixture.db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(OutboxTableModel::ColumnCount));
    QCOMPARE(model.headerData(OutboxTableModel::NextTry, Qt::Horizontal).toString(), QStringLiteral("Next try"));
    QCOMPARE(model.index(0, OutboxTableModel::Recipient).data().toString(),
             QStringLiteral("The firm's notification address"));
    QCOMPARE(model.index(0, OutboxTableModel::Kind).data().toString(), QStringLiteral("Attorney notification"));
    QCOMPARE(model.index(1, OutboxTableModel::Recipient).data().toString(), QStringLiteral("second@example.com"));
    QCOMPARE(model.index(2, OutboxTableModel::State).data().toString(), QStringLiteral("Waiting"));
    QCOMPARE(model.index(2, OutboxTableModel::Attempts).data().toInt(), 0);
    QVERIFY(!model.index(2, OutboxTableModel::NextTry).data().toString().isEmpty());
}

void TestOutboxPage::filterShowsOneState()
{
    const qint64 first = enqueue(QStringLiteral("first@example.com"));
    enqueue(QStringLiteral("second@example.com"));
    QVERIFY(OutboxRepository(m_fixture.db->connection()).cancel(first));

    OutboxPage page(*m_fixture.mail);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 2);
    QComboBox* filter = find<QComboBox>(&page, "stateFilter");
    filter->setCurrentIndex(filter->findData(OutboxEntry::stateKey(OutboxState::Cancelled)));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->entryAt(0).id, first);
    filter->setCurrentIndex(filter->findData(OutboxEntry::stateKey(OutboxState::Sent)));
    QCOMPARE(page.model()->rowCount(), 0);
    filter->setCurrentIndex(0);
    QCOMPARE(page.model()->rowCount(), 2);
}

void TestOutboxPage::cancelAndRetryChangeTheState()
{
    const qint64 id = enqueue(QStringLiteral("prospect@example.com"));
    OutboxPage page(*m_fixture.mail);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* retry = find<QPushButton>(&page, "retryButton");
    auto* cancel = find<QPushButton>(&page, "cancelButton");
    QVERIFY(!retry->isEnabled());
    QVERIFY(!cancel->isEnabled());

    selectId(page, id);
    QVERIFY(cancel->isEnabled());
    QSignalSpy changed(m_fixture.dispatcher.get(), &OutboxDispatcher::stateChanged);
    QTest::mouseClick(cancel, Qt::LeftButton);
    const OutboxRepository outbox(m_fixture.db->connection());
    QVERIFY(outbox.entry(id)->state == OutboxState::Cancelled);
    QCOMPARE(page.model()->index(page.model()->rowOf(id), OutboxTableModel::State).data().toString(),
             QStringLiteral("Cancelled"));
    QVERIFY(!cancel->isEnabled()); // a cancelled email can be retried, not cancelled again
    QVERIFY(retry->isEnabled());
    QVERIFY(changed.count() >= 1);

    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(outbox.entry(id)->state == OutboxState::Queued);
    QCOMPARE(page.model()->index(page.model()->rowOf(id), OutboxTableModel::State).data().toString(),
             QStringLiteral("Waiting"));
    QVERIFY(!find<QWidget>(&page, "outboxBanner")->isVisible());
}

void TestOutboxPage::pageScreenshot()
{
    enqueue(QStringLiteral("maria.lopez@example.com"), OutboxKind::ProspectConfirmation);
    const qint64 failed = enqueue(QString(), OutboxKind::AttorneyNotification);
    enqueue(QStringLiteral("test@example.com"));
    QVERIFY(OutboxRepository(m_fixture.db->connection()).cancel(failed));
    OutboxPage page(*m_fixture.mail);
    page.resize(1000, 360);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString folder = qEnvironmentVariable("LEADINTAKE_SCREENSHOTS");
    if (!folder.isEmpty())
        QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("outboxpage.png"))));
}

QTEST_MAIN(TestOutboxPage)
#include "tst_outboxpage.moc"
