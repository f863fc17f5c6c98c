#include "accountrepository.h"
#include "accountservice.h"
#include "auditcheck.h"
#include "database.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "mainwindow.h"
#include "passwordhasher.h"
#include "deskservices.h"
#include "scripteddialogs.h"
#include "session.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The window warns administrators, and only them, when the history's hash chain is broken
// (issue 9, item 10).
class TestAuditBanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void warnsAdministratorsOnly_data();
    void warnsAdministratorsOnly();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<DeskServices> m_desk;
    std::unique_ptr<Session> m_session;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestAuditBanner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-test"));
}

void TestAuditBanner::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("audit-desk-%1.sqlite").arg(++m_counter)));
    QVERIFY2(db, qPrintable(db.error().message));
    m_desk = std::make_unique<DeskServices>(std::move(db).value());
    m_session = std::make_unique<Session>(QStringLiteral("reception"));
    m_window = std::make_unique<MainWindow>(m_desk->leads, m_desk->intake, m_desk->accounts, *m_session, m_dialogs,
                                            m_desk->db.path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAuditBanner::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_desk.reset();
}

void TestAuditBanner::warnsAdministratorsOnly_data()
{
    QTest::addColumn<bool>("admin");
    QTest::addColumn<bool>("tampered");
    QTest::newRow("administrator, history intact") << true << false;
    QTest::newRow("administrator, history rewritten") << true << true;
    QTest::newRow("attorney, history rewritten") << false << true;
}

void TestAuditBanner::warnsAdministratorsOnly()
{
    QFETCH(bool, admin);
    QFETCH(bool, tampered);
    const Role role = admin ? Role::Admin : Role::Attorney;
    const Result<qint64> userId = m_desk->accounts.addUser(
        { QStringLiteral("pat"), QStringLiteral("Pat Lee"), {}, role }, "pat's long password",
        Actor { std::nullopt, QStringLiteral("test") });
    QVERIFY(userId);
    const QByteArray pdf = TestSupport::makePdf();
    QVERIFY(m_desk->leads.create(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"),
                                 { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                                   QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
                                 QStringLiteral("desk")));
    if (tampered) {
        QSqlQuery query(m_desk->db.connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER lead_events_no_update")));
        QVERIFY(query.exec(QStringLiteral("UPDATE lead_events SET actor = 'mallory' WHERE id = 1")));
    }

    auto* banner = m_window->findChild<QWidget*>(QStringLiteral("auditBanner"));
    auto* check = m_window->findChild<AuditCheck*>();
    QVERIFY(banner && check);
    QSignalSpy finished(check, &AuditCheck::finished);
    m_session->signIn(m_desk->accountRepository.user(userId.value()).value());
    if (admin) {
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(banner->isVisible(), tampered);
        if (tampered) {
            const QString text = m_window->findChild<QLabel*>(QStringLiteral("auditBannerText"))->text();
            QVERIFY2(text.contains(QStringLiteral("lead history (lead_events) is broken at row 1")), qPrintable(text));
            if (qEnvironmentVariableIsSet("LEADINTAKE_SCREENSHOTS"))
                m_window->grab().save(QDir(qEnvironmentVariable("LEADINTAKE_SCREENSHOTS"))
                                          .filePath(QStringLiteral("audit-banner.png")));
        }
    } else {
        QVERIFY(!check->isRunning());
        QCOMPARE(finished.count(), 0);
        QVERIFY(!banner->isVisible());
    }
    // Signing out takes the warning away with the rest.
    m_window->lock();
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestAuditBanner)
#include "tst_auditbanner.moc"
