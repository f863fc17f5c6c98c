#include "dialogs.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

// The real questions (WidgetDialogs::ask) driven by keys: every one of them asks before
// something unusual (saving a duplicate, calling a prospect with an unreviewed conflict,
// removing a party, restoring a backup), so Enter must not say yes.
class TestDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterCancelsAQuestion_data();
    void enterCancelsAQuestion();
    void theYesButtonStillAnswers();
};

namespace {

void pressLater(Qt::Key key)
{
    QTimer::singleShot(0, [key] {
        QWidget* box = QApplication::activeModalWidget();
        QVERIFY(box);
        QTest::keyClick(box, key);
    });
}

} // namespace

void TestDialogs::enterCancelsAQuestion_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("secondary");
    QTest::newRow("Enter, one choice") << int(Qt::Key_Return) << QString();
    QTest::newRow("Enter, two choices") << int(Qt::Key_Return) << QStringLiteral("Open existing lead");
    QTest::newRow("Esc") << int(Qt::Key_Escape) << QString();
}

void TestDialogs::enterCancelsAQuestion()
{
    QFETCH(int, key);
    QFETCH(QString, secondary);
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    pressLater(Qt::Key(key));
    WidgetDialogs dialogs;
    QCOMPARE(dialogs.ask(&window, QStringLiteral("Possible conflict"), QStringLiteral("Call anyway?"),
                         QStringLiteral("Mark reached out anyway"), secondary),
             Dialogs::Answer::Cancel);
}

void TestDialogs::theYesButtonStillAnswers()
{
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == QLatin1String("Mark reached out anyway"))
                button->click();
        }
    });
    QCOMPARE(WidgetDialogs().ask(&window, QStringLiteral("Possible conflict"), QStringLiteral("Call anyway?"),
                                 QStringLiteral("Mark reached out anyway"), QString()),
             Dialogs::Answer::Primary);
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
