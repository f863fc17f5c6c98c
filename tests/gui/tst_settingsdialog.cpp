#include "firmsettings.h"
#include "keychainpasswordstore.h"
#include "mailtemplates.h"
#include "mailtestfixture.h"
#include "passwordstore.h"
#include "scripteddialogs.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>

// The Settings dialog: firm values saved through FirmSettings, refused values explained
// inline, presets, the password kept out of every file, and the test email's report.
class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void savesTheFirmSettings();
    void refusesAnInvalidValueInline_data();
    void refusesAnInvalidValueInline();
    void presetFillsTheServer_data();
    void presetFillsTheServer();
    void chosenCaFileIsShown();
    void passwordNeverReachesAFile();
    void testEmailReportsTheStageAndAdvice();
    void editsATemplateWithALivePreview();
    void keychainIsNotClaimedBeforeItAnswers();

private:
    template<typename T>
    T* find(const char* name) const
    {
        auto* widget = m_dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void retype(const char* name, const QString& text)
    {
        QLineEdit* edit = find<QLineEdit>(name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void save() { QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton); }

    QTemporaryDir m_dir;
    int m_counter = 0;
    MailTestFixture m_fixture;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-test"));
}

void TestSettingsDialog::init()
{
    QVERIFY(m_fixture.open(m_dir.filePath(QStringLiteral("settings-%1.sqlite").arg(++m_counter))));
    m_dialogs = ScriptedDialogs();
    m_dialog = std::make_unique<SettingsDialog>(*m_fixture.mail, m_dialogs);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_fixture.close();
}

void TestSettingsDialog::savesTheFirmSettings()
{
    retype("firmNameEdit", QStringLiteral("Ruiz & Hale"));
    retype("notificationAddressEdit", QStringLiteral("attorneys@ruizhale.example"));
    find<QCheckBox>("attachResumeCheck")->setChecked(false);
    retype("senderNameEdit", QStringLiteral("Ruiz & Hale intake"));
    retype("senderAddressEdit", QStringLiteral("intake@ruizhale.example"));
    retype("hostEdit", QStringLiteral("mail.ruizhale.example"));
    find<QSpinBox>("portSpin")->setValue(2525);
    QComboBox* security = find<QComboBox>("securityCombo");
    security->setCurrentIndex(security->findData(QStringLiteral("starttls")));
    retype("usernameEdit", QStringLiteral("intake@ruizhale.example"));
    QCOMPARE(find<QComboBox>("presetCombo")->currentData().toInt(), int(SettingsDialog::Preset::Custom));

    save();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    const FirmSettings settings(m_fixture.db->connection());
    QCOMPARE(settings.text(FirmSettings::Key::FirmName), QStringLiteral("Ruiz & Hale"));
    QCOMPARE(settings.text(FirmSettings::Key::NotificationAddress), QStringLiteral("attorneys@ruizhale.example"));
    QCOMPARE(settings.flag(FirmSettings::Key::AttachResume), false);
    QCOMPARE(settings.text(FirmSettings::Key::SenderName), QStringLiteral("Ruiz & Hale intake"));
    QCOMPARE(settings.text(FirmSettings::Key::SenderAddress), QStringLiteral("intake@ruizhale.example"));
    QCOMPARE(settings.text(FirmSettings::Key::SmtpHost), QStringLiteral("mail.ruizhale.example"));
    QCOMPARE(settings.number(FirmSettings::Key::SmtpPort), 2525);
    QCOMPARE(settings.text(FirmSettings::Key::SmtpSecurity), QStringLiteral("starttls"));
    QCOMPARE(settings.text(FirmSettings::Key::SmtpUsername), QStringLiteral("intake@ruizhale.example"));

    // Opened again, the dialog shows what was saved.
    m_dialog = std::make_unique<SettingsDialog>(*m_fixture.mail, m_dialogs);
    QCOMPARE(find<QLineEdit>("hostEdit")->text(), QStringLiteral("mail.ruizhale.example"));
    QCOMPARE(find<QSpinBox>("portSpin")->value(), 2525);
    QVERIFY(!find<QCheckBox>("attachResumeCheck")->isChecked());
}

void TestSettingsDialog::refusesAnInvalidValueInline_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("key");

    QTest::newRow("notification address without @")
        << QByteArray("notificationAddressEdit") << QStringLiteral("attorneys.example.com")
        << int(FirmSettings::Key::NotificationAddress);
    QTest::newRow("sender address with a space")
        << QByteArray("senderAddressEdit") << QStringLiteral("in take@example.com")
        << int(FirmSettings::Key::SenderAddress);
}

void TestSettingsDialog::refusesAnInvalidValueInline()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, value);
    QFETCH(int, key);

    retype("firmNameEdit", QStringLiteral("Ruiz & Hale"));
    retype(field.constData(), value);
    save();

    QLabel* error = find<QLabel>("settingsError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), FirmSettings::checkValue(static_cast<FirmSettings::Key>(key), value));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(find<QLineEdit>(field.constData())->hasFocus());
    // Nothing was saved, not even the valid firm name.
    const FirmSettings settings(m_fixture.db->connection());
    QVERIFY(!settings.isSet(FirmSettings::Key::FirmName));
    QVERIFY(!settings.isSet(static_cast<FirmSettings::Key>(key)));
}

void TestSettingsDialog::presetFillsTheServer_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("security");

    QTest::newRow("Gmail, implicit TLS") << int(SettingsDialog::Preset::Gmail465)
                                        << QStringLiteral("smtp.gmail.com") << 465 << QStringLiteral("implicit");
    QTest::newRow("Gmail, STARTTLS") << int(SettingsDialog::Preset::Gmail587)
                                     << QStringLiteral("smtp.gmail.com") << 587 << QStringLiteral("starttls");
    QTest::newRow("Microsoft 365") << int(SettingsDialog::Preset::Microsoft365)
                                   << QStringLiteral("smtp.office365.com") << 587 << QStringLiteral("starttls");
}

void TestSettingsDialog::presetFillsTheServer()
{
    QFETCH(int, preset);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, security);

    QComboBox* combo = find<QComboBox>("presetCombo");
    const int index = combo->findData(preset);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QCOMPARE(find<QLineEdit>("hostEdit")->text(), host);
    QCOMPARE(find<QSpinBox>("portSpin")->value(), port);
    QCOMPARE(find<QComboBox>("securityCombo")->currentData().toString(), security);
    QCOMPARE(combo->currentData().toInt(), preset);

    // Editing the server by hand makes it a custom one.
    QTest::keyClicks(find<QLineEdit>("hostEdit"), QStringLiteral(".invalid"));
    QCOMPARE(combo->currentData().toInt(), int(SettingsDialog::Preset::Custom));
}

void TestSettingsDialog::chosenCaFileIsShown()
{
    m_dialogs.nextOpenFile = m_dir.filePath(QStringLiteral("firm-ca.pem"));
    QTest::mouseClick(find<QToolButton>("caFileButton"), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>("caFileEdit")->text(), m_dialogs.nextOpenFile);
    save();
    QCOMPARE(FirmSettings(m_fixture.db->connection()).text(FirmSettings::Key::SmtpCaFile), m_dialogs.nextOpenFile);
}

void TestSettingsDialog::passwordNeverReachesAFile()
{
    const QString canary = QStringLiteral("canary-Pw-7f3e91c2");
    QSettings desk;
    desk.setValue(QStringLiteral("session/idle_minutes"), 10);

    QVERIFY(find<QLabel>("keychainNote")->text().contains(QStringLiteral("session only")));
    retype("hostEdit", QStringLiteral("smtp.example.com"));
    retype("usernameEdit", QStringLiteral("office@example.com"));
    QLineEdit* password = find<QLineEdit>("passwordEdit");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, canary);
    save();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    // The session store has it, under the documented key...
    QString stored;
    m_fixture.passwords.read(PasswordStore::keyFor(QStringLiteral("office@example.com"),
                                                   QStringLiteral("smtp.example.com")),
                             [&](const QString& value, const QString&) { stored = value; });
    QCOMPARE(stored, canary);
    // ...and the controller hands it to the dispatcher.
    m_fixture.mail->reloadConfig();
    QCOMPARE(m_fixture.dispatcher->config().password, canary);

    // No file holds it: the desk settings, the database and its journal.
    desk.sync();
    m_dialog.reset();
    m_fixture.close();
    QStringList files { desk.fileName() };
    const QString db = m_dir.filePath(QStringLiteral("settings-%1.sqlite").arg(m_counter));
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-journal") })
        files.append(db + suffix);
    int read = 0;
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++read;
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(canary.toUtf8()), qPrintable(path));
        QVERIFY2(!bytes.contains(canary.toUtf8().toBase64()), qPrintable(path));
    }
    QVERIFY(read >= 2);
    QVERIFY(m_fixture.open(db)); // for cleanup()
}

void TestSettingsDialog::testEmailReportsTheStageAndAdvice()
{
    // A port nobody listens on: the connection is refused at once.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();

    retype("hostEdit", QStringLiteral("127.0.0.1"));
    find<QSpinBox>("portSpin")->setValue(port);
    QComboBox* security = find<QComboBox>("securityCombo");
    security->setCurrentIndex(security->findData(QStringLiteral("plain")));
    retype("senderAddressEdit", QStringLiteral("intake@example.com"));
    save(); // the sender comes from the saved settings
    m_dialog = std::make_unique<SettingsDialog>(*m_fixture.mail, m_dialogs);
    m_dialog->show();
    retype("testAddressEdit", QStringLiteral("someone@example.com"));

    QSignalSpy finished(m_dialog.get(), &SettingsDialog::testFinished);
    QPushButton* button = find<QPushButton>("sendTestButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // the GUI did not wait for the network
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString report = finished.at(0).at(1).toString();
    QVERIFY2(report.contains(SmtpFailure::stageName(SmtpFailure::Stage::Connect)), qPrintable(report));
    QLabel* result = find<QLabel>("testResultLabel");
    QVERIFY(result->isVisible());
    QCOMPARE(result->text(), report);
    QVERIFY(button->isEnabled());
}

void TestSettingsDialog::editsATemplateWithALivePreview()
{
    const QString name = MailTemplates::partName(OutboxKind::ProspectConfirmation, QStringLiteral("en"),
                                                 MailTemplates::Part::Text);
    const MailTemplates::Template builtIn = MailTemplates::builtIn(OutboxKind::ProspectConfirmation,
                                                                   QStringLiteral("en"));
    find<QTabWidget>("settingsTabs")->setCurrentIndex(1);
    QComboBox* kind = find<QComboBox>("templateKindCombo");
    kind->setCurrentIndex(kind->findData(int(OutboxKind::ProspectConfirmation)));
    QComboBox* language = find<QComboBox>("templateLanguageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QPlainTextEdit* text = find<QPlainTextEdit>("templateTextEdit");
    QTextBrowser* preview = find<QTextBrowser>("templatePreview");
    QCOMPARE(text->toPlainText(), builtIn.text);
    QCOMPARE(find<QLineEdit>("templateSubjectEdit")->text(), builtIn.subject);

    // The preview follows the typing, with the sample values.
    const QString edited = QStringLiteral("Hello {{first_name}}, MARKER-7731 from {{firm_name}}.\n");
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Hello {{first_name}}, MARKER-7731 from {{firm_name}}."));
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(text->toPlainText(), edited);
    QVERIFY2(preview->toPlainText().contains(QStringLiteral("Hello Jane, MARKER-7731")),
             qPrintable(preview->toPlainText()));

    QDir().mkpath(QStringLiteral("/tmp/shots"));
    m_dialog->grab().save(QStringLiteral("/tmp/shots/templates.png"));

    save();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    {
        const FirmSettings settings(m_fixture.db->connection());
        QCOMPARE(settings.templateOverride(name), edited);
        QCOMPARE(MailTemplates::effective(OutboxKind::ProspectConfirmation, QStringLiteral("en"), settings).text,
                 edited);
        // The subject was left alone: no override.
        QVERIFY(settings.templateOverride(MailTemplates::partName(OutboxKind::ProspectConfirmation,
                                                                  QStringLiteral("en"),
                                                                  MailTemplates::Part::Subject))
                    .isEmpty());
    }

    // An unknown placeholder shows an error instead of the preview and refuses to save.
    m_dialog = std::make_unique<SettingsDialog>(*m_fixture.mail, m_dialogs);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    find<QTabWidget>("settingsTabs")->setCurrentIndex(1);
    text = find<QPlainTextEdit>("templateTextEdit");
    preview = find<QTextBrowser>("templatePreview");
    QCOMPARE(text->toPlainText(), edited);
    QTest::keyClicks(text, QStringLiteral("Bye {{nope}}"));
    QVERIFY2(preview->toPlainText().contains(QStringLiteral("{{nope}}")), qPrintable(preview->toPlainText()));
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("MARKER-7731")));
    save();
    QVERIFY(m_dialog->isVisible());
    QLabel* error = find<QLabel>("settingsError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("{{nope}}")), qPrintable(error->text()));
    QCOMPARE(FirmSettings(m_fixture.db->connection()).templateOverride(name), edited);

    // Reset to default brings back the built-in email, and Save clears every override.
    QTest::mouseClick(find<QPushButton>("templateResetButton"), Qt::LeftButton);
    QCOMPARE(text->toPlainText(), builtIn.text);
    QCOMPARE(find<QPlainTextEdit>("templateHtmlEdit")->toPlainText(), builtIn.html);
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("{{nope}}")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Jane")));
    save();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const FirmSettings settings(m_fixture.db->connection());
    for (const MailTemplates::Part part : { MailTemplates::Part::Subject, MailTemplates::Part::Text,
                                            MailTemplates::Part::Html })
        QVERIFY(settings.templateOverride(MailTemplates::partName(OutboxKind::ProspectConfirmation,
                                                                  QStringLiteral("en"), part))
                    .isEmpty());
    const MailTemplates::Template restored = MailTemplates::effective(OutboxKind::ProspectConfirmation,
                                                                      QStringLiteral("en"), settings);
    QCOMPARE(restored.text, builtIn.text);
    QCOMPARE(restored.html, builtIn.html);
}

void TestSettingsDialog::keychainIsNotClaimedBeforeItAnswers()
{
    // Before any keychain has answered, nothing may say the password is kept in it.
    KeychainPasswordStore store;
    QVERIFY(!store.isPersistent());
    MailController mail(*m_fixture.dispatcher, m_fixture.db->connection(), store);
    m_dialog = std::make_unique<SettingsDialog>(mail, m_dialogs);
    auto* note = find<QLabel>("keychainNote");
    QVERIFY2(note->text().contains(QStringLiteral("kept for this session only")), qPrintable(note->text()));

    // Once it has answered, the note says what it answered.
    std::optional<bool> answer;
    store.checkPersistence([&](bool persistent) { answer = persistent; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QCOMPARE(store.isPersistent(), *answer);
    QTRY_COMPARE(note->text().contains(QStringLiteral("system keychain.")), *answer);
    QCOMPARE(note->text().contains(QStringLiteral("session only")), !*answer);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
