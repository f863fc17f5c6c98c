#include "firmsettings.h"
#include "mailtestfixture.h"
#include "responsetarget.h"
#include "scripteddialogs.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

// Settings › Response times (issue 12, part 2): the response target, the days off, the
// firm's time zone and the morning digest, driven by key events; a refused value is
// explained and nothing is saved.
class TestResponseSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savesTheRuleByKeys();
    void refusesBadValuesAndSavesNothing_data();
    void refusesBadValuesAndSavesNothing();
    void noDayOffIsStoredAsNone();
    void thisComputersZoneIsTheDefault();

private:
    template<typename T>
    T* find(const char* name) const
    {
        auto* widget = m_dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    // Alt+key, then the focused widget.
    QWidget* mnemonic(Qt::Key key)
    {
        QTest::keyClick(m_dialog.get(), key, Qt::AltModifier);
        return QApplication::focusWidget();
    }
    void typeOver(QWidget* widget, const QString& text)
    {
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(widget, Qt::Key_Delete);
        QTest::keyClicks(widget, text);
    }
    void toggle(int day)
    {
        QCheckBox* check = find<QCheckBox>(qPrintable(QStringLiteral("dayOff%1Check").arg(day)));
        check->setFocus(Qt::TabFocusReason);
        QTest::keyClick(check, Qt::Key_Space);
    }
    void openResponseTab()
    {
        // Ctrl+Tab from tab to tab, as a keyboard user does.
        auto* tabs = find<QTabWidget>("settingsTabs");
        tabs->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < tabs->count() && tabs->currentWidget()->objectName() != QLatin1String("responseTab"); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("responseTab"));
    }
    void save() { QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton); }
    void reopen()
    {
        m_dialog = std::make_unique<SettingsDialog>(*m_fixture.mail, m_dialogs);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    MailTestFixture m_fixture;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestResponseSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-test"));
}

void TestResponseSettings::init()
{
    QVERIFY(m_fixture.open(m_dir.filePath(QStringLiteral("response-%1.sqlite").arg(++m_counter))));
    m_dialogs = ScriptedDialogs();
    reopen();
}

void TestResponseSettings::cleanup()
{
    m_dialog.reset();
    m_fixture.close();
}

void TestResponseSettings::savesTheRuleByKeys()
{
    openResponseTab();
    QWidget* days = mnemonic(Qt::Key_W);
    QCOMPARE(days, find<QSpinBox>("responseDaysSpin"));
    QCOMPARE(find<QSpinBox>("responseDaysSpin")->value(), 1); // the default
    QCOMPARE(find<QSpinBox>("responseDaysSpin")->text(), QStringLiteral("1 business day"));
    typeOver(days, QStringLiteral("3"));
    // Friday becomes a day off, Saturday a business day.
    toggle(Qt::Friday);
    toggle(Qt::Saturday);
    QWidget* zone = mnemonic(Qt::Key_Z);
    QCOMPARE(zone, find<QComboBox>("timeZoneCombo"));
    typeOver(zone, QStringLiteral("Asia/Tokyo"));
    QWidget* digest = mnemonic(Qt::Key_M);
    QCOMPARE(digest, find<QCheckBox>("digestDailyCheck"));
    QVERIFY(find<QCheckBox>("digestDailyCheck")->isChecked());
    QWidget* time = mnemonic(Qt::Key_A);
    QCOMPARE(time, find<QLineEdit>("digestTimeEdit"));
    typeOver(time, QStringLiteral("07:45"));
    save();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    const FirmSettings settings(m_fixture.db->connection());
    QCOMPARE(settings.number(FirmSettings::Key::ResponseTargetDays), 3);
    QCOMPARE(settings.text(FirmSettings::Key::ResponseWeekend), QStringLiteral("fri,sun"));
    QCOMPARE(settings.text(FirmSettings::Key::FirmTimeZone), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(settings.text(FirmSettings::Key::DigestTime), QStringLiteral("07:45"));
    QVERIFY(settings.flag(FirmSettings::Key::DigestDaily));
    const ResponseTarget rule = ResponseTarget::fromSettings(settings);
    QCOMPARE(rule.rule().businessDays, 3);
    QCOMPARE(rule.rule().zone.id(), QByteArray("Asia/Tokyo"));

    // Opened again, the tab shows what was saved; the digest can be turned off by keys.
    reopen();
    openResponseTab();
    QCOMPARE(find<QSpinBox>("responseDaysSpin")->text(), QStringLiteral("3 business days"));
    QVERIFY(find<QCheckBox>("dayOff5Check")->isChecked());
    QVERIFY(!find<QCheckBox>("dayOff6Check")->isChecked());
    QVERIFY(find<QCheckBox>("dayOff7Check")->isChecked());
    QCOMPARE(find<QComboBox>("timeZoneCombo")->currentText(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(find<QLineEdit>("digestTimeEdit")->text(), QStringLiteral("07:45"));
    QTest::keyClick(mnemonic(Qt::Key_M), Qt::Key_Space);
    QVERIFY(!find<QLineEdit>("digestTimeEdit")->isEnabled());
    // 0 days: no target.
    QWidget* spin = mnemonic(Qt::Key_W);
    typeOver(spin, QStringLiteral("0"));
    QCOMPARE(find<QSpinBox>("responseDaysSpin")->value(), 0);
    QTest::keyClick(spin, Qt::Key_Tab); // leaving the field shows the value as text
    QCOMPARE(find<QSpinBox>("responseDaysSpin")->text(), QStringLiteral("No target"));
    save();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!FirmSettings(m_fixture.db->connection()).flag(FirmSettings::Key::DigestDaily));
    QCOMPARE(FirmSettings(m_fixture.db->connection()).number(FirmSettings::Key::ResponseTargetDays), 0);
}

void TestResponseSettings::refusesBadValuesAndSavesNothing_data()
{
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("focused");
    QTest::newRow("every day a day off") << QStringLiteral("days")
                                         << QStringLiteral("At least one day must be a business day: uncheck "
                                                           "one of the days off.")
                                         << QByteArray("dayOff1Check");
    QTest::newRow("unknown time zone") << QStringLiteral("zone")
                                       << QStringLiteral("firm.time_zone must be a time zone such as "
                                                         "America/New_York or Europe/Madrid, not \"Mars/Olympus\".")
                                       << QByteArray("timeZoneCombo");
    QTest::newRow("digest time 25:00") << QStringLiteral("time")
                                       << QStringLiteral("digest.time must be a time of day as HH:MM, such as "
                                                         "08:00, not \"25:00\".")
                                       << QByteArray("digestTimeEdit");
    QTest::newRow("digest time without a colon") << QStringLiteral("time8")
                                                 << QStringLiteral("digest.time must be a time of day as HH:MM, "
                                                                   "such as 08:00, not \"8\".")
                                                 << QByteArray("digestTimeEdit");
}

void TestResponseSettings::refusesBadValuesAndSavesNothing()
{
    QFETCH(QString, bad);
    QFETCH(QString, message);
    QFETCH(QByteArray, focused);
    // A good change on another tab and on this one: neither may be saved.
    find<QLineEdit>("firmNameEdit")->setText(QStringLiteral("Ruiz & Hale"));
    openResponseTab();
    typeOver(mnemonic(Qt::Key_W), QStringLiteral("4"));
    if (bad == QLatin1String("days")) {
        for (int day = Qt::Monday; day <= Qt::Friday; ++day)
            toggle(day);
    } else if (bad == QLatin1String("zone")) {
        typeOver(mnemonic(Qt::Key_Z), QStringLiteral("Mars/Olympus"));
    } else {
        typeOver(mnemonic(Qt::Key_A), bad == QLatin1String("time") ? QStringLiteral("25:00") : QStringLiteral("8"));
    }
    // Another tab in front: the refused field's tab comes back.
    find<QTabWidget>("settingsTabs")->setCurrentIndex(0);
    save();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QLabel* error = find<QLabel>("settingsError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), message);
    QCOMPARE(find<QTabWidget>("settingsTabs")->currentWidget()->objectName(), QStringLiteral("responseTab"));
    QCOMPARE(QApplication::focusWidget()->objectName().toLatin1(), focused);
    const FirmSettings settings(m_fixture.db->connection());
    QVERIFY(!settings.isSet(FirmSettings::Key::FirmName));
    QVERIFY(!settings.isSet(FirmSettings::Key::ResponseTargetDays));
    QVERIFY(!settings.isSet(FirmSettings::Key::ResponseWeekend));
    QVERIFY(!settings.isSet(FirmSettings::Key::FirmTimeZone));
    QVERIFY(!settings.isSet(FirmSettings::Key::DigestTime));
}

void TestResponseSettings::noDayOffIsStoredAsNone()
{
    openResponseTab();
    toggle(Qt::Saturday);
    toggle(Qt::Sunday);
    save();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const FirmSettings settings(m_fixture.db->connection());
    QCOMPARE(settings.text(FirmSettings::Key::ResponseWeekend), QStringLiteral("none"));
    QVERIFY(ResponseTarget::fromSettings(settings).rule().weekend.isEmpty());
    QVERIFY(ResponseTarget::fromSettings(settings).isBusinessDay(QDate(2026, 12, 5))); // a Saturday
    reopen();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        QVERIFY(!find<QCheckBox>(qPrintable(QStringLiteral("dayOff%1Check").arg(day)))->isChecked());
}

void TestResponseSettings::thisComputersZoneIsTheDefault()
{
    QVERIFY(FirmSettings(m_fixture.db->connection()).setValue(FirmSettings::Key::FirmTimeZone,
                                                              QStringLiteral("Europe/Madrid")));
    reopen();
    openResponseTab();
    auto* zone = find<QComboBox>("timeZoneCombo");
    QCOMPARE(zone->currentText(), QStringLiteral("Europe/Madrid"));
    QVERIFY(zone->itemText(0).startsWith(QLatin1String("This computer's")));
    // Back to this computer's: the first item's text typed (an empty field means the same).
    typeOver(mnemonic(Qt::Key_Z), zone->itemText(0));
    save();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!FirmSettings(m_fixture.db->connection()).isSet(FirmSettings::Key::FirmTimeZone));
}

QTEST_MAIN(TestResponseSettings)
#include "tst_responsesettings.moc"
