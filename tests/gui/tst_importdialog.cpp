#include "deskservices.h"
#include "importdialog.h"
#include "importworker.h"
#include "leaddetailpane.h"
#include "mainwindow.h"
#include "scripteddialogs.h"
#include "session.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

// File → Import leads… (issue 13, item 1), driven by keys: who sees it, the preview, a
// column mapped with the keyboard and remembered, a dry run that changes nothing, the
// import, and Cancel part-way through a large file followed by a rerun that imports each
// row once. On both backends (tst_importdialog_pg).
class TestImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void onlyAdministratorsImport();
    void mapDryRunAndImportByKeys();
    void cancelThenRerunImportsEachRowOnce();

private:
    int leads() const;
    UserAccount addAccount(const QString& name, Role role) const;
    QString writeCsv(const QString& name, const QString& text) const;
    // Counts the dialog's finished runs (a button's mnemonic clicks it a moment later:
    // animateClick), so that a test can wait for the next one.
    static std::shared_ptr<int> countRuns(ImportDialog& dialog);
    static void waitRuns(ImportDialog& dialog, const std::shared_ptr<int>& runs, int expected);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeskServices> m_desk;
    ScriptedDialogs m_dialogs;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the remembered mappings go to a test folder
    QCoreApplication::setOrganizationName(QStringLiteral("leadintake-tests"));
    // Its own file per backend: ctest -j2 runs tst_importdialog and tst_importdialog_pg at
    // once, and one's clear() wiped the mapping the other had just remembered (failed on CI).
    QCoreApplication::setApplicationName(TestDatabase::isPostgres() ? QStringLiteral("tst_importdialog_pg")
                                                                    : QStringLiteral("tst_importdialog"));
}

void TestImportDialog::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto desk = DeskServices::openFresh();
    QVERIFY2(desk, qPrintable(desk.error().message));
    m_desk = std::move(desk).value();
    m_dialogs = ScriptedDialogs();
}

void TestImportDialog::cleanup()
{
    m_desk.reset();
    m_dir.reset();
}

int TestImportDialog::leads() const
{
    QSqlQuery query(m_desk->db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM leads")) && query.next() ? query.value(0).toInt() : -1;
}

UserAccount TestImportDialog::addAccount(const QString& name, Role role) const
{
    const Result<qint64> id = m_desk->accounts.addUser({ name, name, {}, role }, "a long password for tests",
                                                      Actor { std::nullopt, QStringLiteral("test") });
    if (!id)
        qFatal("addUser: %s", qPrintable(id.error().message));
    return m_desk->accountRepository.user(*id).value();
}

QString TestImportDialog::writeCsv(const QString& name, const QString& text) const
{
    return TestSupport::writeFile(*m_dir, name, text.toUtf8());
}

std::shared_ptr<int> TestImportDialog::countRuns(ImportDialog& dialog)
{
    auto runs = std::make_shared<int>(0);
    auto* worker = dialog.findChild<ImportWorker*>();
    if (!worker)
        qFatal("no ImportWorker");
    QObject::connect(worker, &ImportWorker::finished, &dialog, [runs] { ++*runs; });
    return runs;
}

void TestImportDialog::waitRuns(ImportDialog& dialog, const std::shared_ptr<int>& runs, int expected)
{
    QTRY_COMPARE_WITH_TIMEOUT(*runs, expected, 60000);
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.lastReport());
}

void TestImportDialog::onlyAdministratorsImport()
{
    const UserAccount attorney = addAccount(QStringLiteral("ana"), Role::Attorney);
    const UserAccount admin = addAccount(QStringLiteral("boss"), Role::Admin);
    Session session(QStringLiteral("desk"));
    MainWindow window(m_desk->leads, m_desk->intake, m_desk->accounts, session, m_dialogs, m_desk->db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("importLeadsAction"));
    QVERIFY(action);
    QVERIFY(!action->isVisible()); // the front desk
    session.signIn(attorney);
    QVERIFY(!action->isVisible());
    session.signIn(admin);
    QVERIFY(action->isVisible() && action->isEnabled());
    action->trigger();
    QPointer<ImportDialog> dialog = window.importDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Signing out takes the file's rows off the screen.
    window.lock(false);
    QVERIFY(!dialog);
    QVERIFY(!action->isVisible());
}

void TestImportDialog::mapDryRunAndImportByKeys()
{
    const QString path = writeCsv(QStringLiteral("kunden.csv"), QStringLiteral(
        "Anrede;Vorname;Name;Mail\n"
        "Frau;Jürgen;Groß;jg@example.de\n"
        "Herr;Ömer;Kaya;ok@example.de\n"
        "Frau;;Leer;leer@example.de\n"));
    ImportDialog dialog(m_desk->db.connection(), m_dialogs, QStringLiteral("boss"), std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QTRY_VERIFY(dialog.isActiveWindow());

    // The file by keys: Alt+L, its path, Enter.
    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
    auto* pathField = dialog.findChild<QLineEdit*>(QStringLiteral("importPathField"));
    QCOMPARE(QApplication::focusWidget(), pathField);
    QTest::keyClicks(pathField, path);
    QTest::keyClick(pathField, Qt::Key_Return);
    auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("importPreviewTable"));
    QCOMPARE(preview->columnCount(), 4);
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("Groß"));
    auto* dryRun = dialog.findChild<QPushButton*>(QStringLiteral("importDryRunButton"));
    auto* last = dialog.findChild<QComboBox*>(QStringLiteral("importColumn_last_name"));
    QCOMPARE(last->currentText(), dialog.tr("(none)")); // "Name" is no known header
    QVERIFY(!dryRun->isEnabled());
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("importColumn_first_name"))->currentText(),
             QStringLiteral("Vorname"));
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("importColumn_email"))->currentText(), QStringLiteral("Mail"));

    // Alt+A: the last name's column; Down to "Name".
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), last);
    while (last->currentText() != QLatin1String("Name") && last->currentIndex() < last->count() - 1)
        QTest::keyClick(last, Qt::Key_Down);
    QCOMPARE(last->currentText(), QStringLiteral("Name"));
    QVERIFY(dryRun->isEnabled());

    // Alt+Y: the dry run reports and changes nothing.
    const std::shared_ptr<int> runs = countRuns(dialog);
    QTest::keyClick(&dialog, Qt::Key_Y, Qt::AltModifier);
    waitRuns(dialog, runs, 1);
    QVERIFY(dialog.lastReport());
    QVERIFY(dialog.lastReport()->dryRun);
    QCOMPARE(dialog.lastReport()->added, 2);
    QCOMPARE(dialog.lastReport()->rejected, 1);
    QCOMPARE(leads(), 0);
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("importMessage"));
    QVERIFY2(message->text().contains(QLatin1String("2 would be added")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QLatin1String("row 4, Vorname")), qPrintable(message->text()));
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("kunden-rejects.csv"))));

    // Alt+I: the import.
    qint64 signalled = -1;
    connect(&dialog, &ImportDialog::imported, this, [&](qint64 added, qint64) { signalled = added; });
    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
    waitRuns(dialog, runs, 2);
    QVERIFY(!dialog.lastReport()->dryRun);
    QCOMPARE(dialog.lastReport()->added, 2);
    QCOMPARE(signalled, 2);
    QCOMPARE(leads(), 2);
    // The lead's history says where it came from.
    const Result<QList<Lead>> imported = m_desk->leads.findByEmail(QStringLiteral("ok@example.de"));
    QVERIFY(imported && imported->size() == 1);
    const Result<QList<LeadEvent>> history = m_desk->leads.history(imported->first().id);
    QVERIFY(history && history->size() == 1);
    const QString entry = LeadDetailPane::describe(history->first());
    QVERIFY2(entry.startsWith(QLatin1String("Entered by boss")) && entry.endsWith(QLatin1String("Imported from kunden.csv, row 3.")),
             qPrintable(entry));

    // The mapping is remembered for files with this header.
    ImportDialog again(m_desk->db.connection(), m_dialogs, QStringLiteral("boss"), std::nullopt);
    again.setFile(path);
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("importColumn_last_name"))->currentText(),
             QStringLiteral("Name"));
}

void TestImportDialog::cancelThenRerunImportsEachRowOnce()
{
    // Enough rows for several batches of 500 still to come when Esc arrives (a server's
    // round trips make each batch slower: fewer rows there).
    const int kRows = TestDatabase::isPostgres() ? 4000 : 20000;
    QString text = QStringLiteral("first_name,last_name,email\n");
    for (int i = 0; i < kRows; ++i)
        text += QStringLiteral("First%1,Last,lead%1@example.com\n").arg(i);
    const QString path = writeCsv(QStringLiteral("many.csv"), text);
    m_dialogs.nextOpenFile = path;
    ImportDialog dialog(m_desk->db.connection(), m_dialogs, QStringLiteral("boss"), std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QTRY_VERIFY(dialog.isActiveWindow());
    QTest::keyClick(&dialog, Qt::Key_B, Qt::AltModifier); // Browse… (scripted file chooser)
    QTRY_COMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("importPreviewTable"))->rowCount(), 8);

    const std::shared_ptr<int> runs = countRuns(dialog);
    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(dialog.isRunning());
    auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("importProgress"));
    QVERIFY(progress->isVisible());
    auto* close = dialog.findChild<QPushButton*>(QStringLiteral("importCloseButton"));
    QCOMPARE(close->text(), dialog.tr("Cancel"));
    QTest::keyClick(&dialog, Qt::Key_Escape); // cancels; the dialog stays
    waitRuns(dialog, runs, 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.lastReport()->cancelled);
    const qint64 first = dialog.lastReport()->added;
    QVERIFY(first < kRows);
    QCOMPARE(leads(), int(first));
    QCOMPARE(close->text(), dialog.tr("Close"));

    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
    waitRuns(dialog, runs, 2);
    QVERIFY(!dialog.lastReport()->cancelled);
    QCOMPARE(dialog.lastReport()->alreadyImported, first);
    QCOMPARE(dialog.lastReport()->added, kRows - first);
    QCOMPARE(leads(), kRows);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
