#include "setupdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QtTest>

#include <functional>

// The first start's "This desk only" / "Our office server" choice (SetupDialog::
// chooseDatabase), driven as a user would while it runs modally. The connection test is
// injected (main.cpp gives OfficeDatabase::describe): this suite checks what the dialog
// accepts, returns and shows, never a password.
class TestDatabaseChoice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thisDeskOnly();
    void officeServer();
    void refusesPasswordAndBadAddress_data();
    void refusesPasswordAndBadAddress();
    void failedTestKeepsTheDialogOpen();
    void quit();

private:
    // Runs `script` on the dialog once it is shown, then the dialog's result.
    static std::optional<DatabaseTarget> choose(
        const std::function<void(QDialog*)>& script, const SetupDialog::ConnectionTest& test);
    static SetupDialog::ConnectionTest answering(Result<QString> answer, int* calls = nullptr);
};

namespace {

const QString kLocal = QStringLiteral("/home/desk/.local/share/leadintake/leads.sqlite");

template <typename T>
T* child(QDialog* dialog, const char* name)
{
    return dialog->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

std::optional<DatabaseTarget> TestDatabaseChoice::choose(
    const std::function<void(QDialog*)>& script, const SetupDialog::ConnectionTest& test)
{
    QTimer::singleShot(0, [script] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no modal dialog");
            return;
        }
        script(dialog);
        // A script that leaves it open ends it.
        if (dialog->isVisible())
            dialog->reject();
    });
    return SetupDialog::chooseDatabase(kLocal, test);
}

SetupDialog::ConnectionTest TestDatabaseChoice::answering(Result<QString> answer, int* calls)
{
    return [answer, calls](const DatabaseTarget&) {
        if (calls)
            ++*calls;
        return answer;
    };
}

void TestDatabaseChoice::thisDeskOnly()
{
    int calls = 0;
    const std::optional<DatabaseTarget> chosen = choose(
        [](QDialog* dialog) {
            QVERIFY(child<QRadioButton>(dialog, "thisDeskOnlyRadio")->isChecked());
            QVERIFY(!child<QLineEdit>(dialog, "serverUrlEdit")->isEnabled());
            child<QPushButton>(dialog, "continueSetupButton")->click();
        },
        answering(QStringLiteral("unused"), &calls));
    QVERIFY(chosen);
    QVERIFY(!chosen->isServer());
    QCOMPARE(chosen->path(), kLocal);
    QCOMPARE(calls, 0);
}

void TestDatabaseChoice::officeServer()
{
    QString shown;
    const std::optional<DatabaseTarget> chosen = choose(
        [&shown](QDialog* dialog) {
            child<QRadioButton>(dialog, "officeServerRadio")->click();
            QVERIFY(child<QLineEdit>(dialog, "serverUrlEdit")->isEnabled());
            child<QLineEdit>(dialog, "serverUrlEdit")->setText(
                QStringLiteral("postgresql://desk@leads.firm.lan/leadintake?sslmode=verify-full"));
            child<QPushButton>(dialog, "testConnectionButton")->click();
            shown = child<QLabel>(dialog, "connectionResultLabel")->text();
            child<QPushButton>(dialog, "continueSetupButton")->click();
        },
        answering(QStringLiteral("Connected: schema 1")));
    QCOMPARE(shown, QStringLiteral("Connected: schema 1"));
    QVERIFY(chosen);
    QVERIFY(chosen->isServer());
    QCOMPARE(chosen->host(), QStringLiteral("leads.firm.lan"));
    QCOMPARE(chosen->databaseName(), QStringLiteral("leadintake"));
    QVERIFY(!chosen->hasPassword());
}

void TestDatabaseChoice::refusesPasswordAndBadAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");
    QTest::newRow("password in the address") << QStringLiteral("postgresql://desk:Sekret-99@leads.firm.lan/leadintake")
                                             << QStringLiteral("Remove the password from the address");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the server's address");
    QTest::newRow("a file path") << QStringLiteral("/srv/leads.sqlite") << QStringLiteral("starts with postgresql://");
    QTest::newRow("unknown setting") << QStringLiteral("postgresql://leads.firm.lan/leadintake?sslmod=require")
                                     << QStringLiteral("\"sslmod\" is not a connection setting");
}

void TestDatabaseChoice::refusesPasswordAndBadAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, message);
    int calls = 0;
    QString shown;
    bool stillOpen = false;
    const std::optional<DatabaseTarget> chosen = choose(
        [&](QDialog* dialog) {
            child<QRadioButton>(dialog, "officeServerRadio")->click();
            child<QLineEdit>(dialog, "serverUrlEdit")->setText(address);
            child<QPushButton>(dialog, "continueSetupButton")->click();
            stillOpen = dialog->isVisible();
            shown = child<QLabel>(dialog, "connectionResultLabel")->text();
        },
        answering(QStringLiteral("Connected"), &calls));
    QVERIFY(stillOpen);
    QVERIFY2(shown.contains(message), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("Sekret-99")), qPrintable(shown));
    QCOMPARE(calls, 0); // never tried
    QVERIFY(!chosen);
}

void TestDatabaseChoice::failedTestKeepsTheDialogOpen()
{
    bool stillOpen = false;
    QString shown;
    const std::optional<DatabaseTarget> chosen = choose(
        [&](QDialog* dialog) {
            child<QRadioButton>(dialog, "officeServerRadio")->click();
            child<QLineEdit>(dialog, "serverUrlEdit")->setText(QStringLiteral("postgresql://leads.firm.lan/leadintake"));
            child<QPushButton>(dialog, "continueSetupButton")->click();
            stillOpen = dialog->isVisible();
            shown = child<QLabel>(dialog, "connectionResultLabel")->text();
        },
        answering(Error { Error::Code::Database, QStringLiteral("Cannot reach the office server: refused") }));
    QVERIFY(stillOpen);
    QCOMPARE(shown, QStringLiteral("Cannot reach the office server: refused"));
    QVERIFY(!chosen);
}

void TestDatabaseChoice::quit()
{
    const std::optional<DatabaseTarget> chosen = choose(
        [](QDialog* dialog) { child<QPushButton>(dialog, "quitSetupButton")->click(); },
        answering(QStringLiteral("unused")));
    QVERIFY(!chosen);
}

QTEST_MAIN(TestDatabaseChoice)
#include "tst_databasechoice.moc"
