// Settings → Email, "Sign in with Microsoft / Google" (issue 11, item 5), driven with key
// events against real parts: the tests' own OAuth 2.0 server and aiosmtpd accepting
// XOAUTH2 (tests/mail/smtp_fixture.py + oauth_server.py). The test plays the browser; the
// refresh token goes to the desk's PasswordStore (the session store here, as the keychain
// is not reachable headless) and nowhere else. No token is ever printed.
#include "aiosmtpdserver.h"
#include "firmsettings.h"
#include "mailtestfixture.h"
#include "oauthtokensource.h"
#include "passwordstore.h"
#include "scripteddialogs.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QFormLayout>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

namespace {
const QString kClientId = QStringLiteral("firm-app-0001");
const QString kUser = QStringLiteral("clerk@firm.example");
} // namespace

class TestOAuthSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signInWithMicrosoftByKeyboard();
    void signInNeedsTheAccountAndTheClientId_data();
    void signInNeedsTheAccountAndTheClientId();
    void failedSignInIsExplained();
    void gmailAppPasswordStepsAreWrittenOut();
    void providerShowsItsOwnButtonAndFields();

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
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    void press(QAbstractButton* button)
    {
        button->setFocus(Qt::TabFocusReason);
        QTest::keyClick(button, Qt::Key_Space);
    }
    // Picks the sign-in type with the arrow keys, as a person would.
    void chooseSignIn(const QString& method)
    {
        QComboBox* combo = find<QComboBox>("authMethodCombo");
        combo->setFocus(Qt::TabFocusReason);
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && combo->currentData().toString() != method; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), method);
    }
    void openDialog();
    QJsonObject stats();
    QString storedRefreshToken();

    QTemporaryDir m_dir;
    QTemporaryDir m_certDir;
    QString m_cert;
    QString m_key;
    int m_counter = 0;
    MailTestFixture m_fixture;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<AiosmtpdServer> m_server;
    std::unique_ptr<SettingsDialog> m_dialog;
    QNetworkAccessManager m_browser;
    QList<QUrl> m_opened;
};

void TestOAuthSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-test"));
    if (const QString reason = AiosmtpdServer::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY(AiosmtpdServer::makeCertificate(m_certDir.path(), &m_cert, &m_key));
}

void TestOAuthSettings::init()
{
    m_server = std::make_unique<AiosmtpdServer>();
    QVERIFY(m_server->start(m_dir.filePath(QStringLiteral("mail-%1").arg(m_counter + 1)),
                            { QStringLiteral("--mode"), QStringLiteral("starttls"), QStringLiteral("--auth"),
                              QStringLiteral("xoauth2"), QStringLiteral("--cert"), m_cert, QStringLiteral("--key"), m_key,
                              QStringLiteral("--user"), kUser, QStringLiteral("--oauth-client-id"), kClientId }));
    QDir(m_dir.path()).mkpath(QStringLiteral("mail-%1").arg(m_counter + 1));
    QVERIFY(m_fixture.open(m_dir.filePath(QStringLiteral("oauth-%1.sqlite").arg(++m_counter))));
    FirmSettings settings(m_fixture.db->connection());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_server->oauthPort());
    QVERIFY(settings.setValue(FirmSettings::Key::OAuthAuthorizeUrl, QString(base + QStringLiteral("/authorize"))));
    QVERIFY(settings.setValue(FirmSettings::Key::OAuthTokenUrl, QString(base + QStringLiteral("/token"))));
    QVERIFY(settings.setValue(FirmSettings::Key::FirmName, QStringLiteral("Smith & Partners")));
    QVERIFY(settings.setValue(FirmSettings::Key::NotificationAddress, QStringLiteral("attorney@firm.example")));
    // The fixture's session store outlives a test: forget the last test's sign-in.
    m_fixture.passwords.write(PasswordStore::oauthKeyFor(QStringLiteral("microsoft"), kUser), QString(),
                              [](const QString&) {});
    m_opened.clear();
    m_dialogs = ScriptedDialogs();
    openDialog();
}

void TestOAuthSettings::openDialog()
{
    m_dialog = std::make_unique<SettingsDialog>(*m_fixture.mail, m_dialogs);
    // The browser: follows the authorise URL; the server's redirect reaches the loopback.
    m_dialog->setBrowserOpener([this](const QUrl& url) {
        m_opened.append(url);
        QNetworkReply* reply = m_browser.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestOAuthSettings::cleanup()
{
    m_dialog.reset();
    m_fixture.close();
    m_server.reset();
}

QJsonObject TestOAuthSettings::stats()
{
    QNetworkReply* reply = m_browser.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/control/stats").arg(m_server->oauthPort()))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    (void)done.wait(10000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QString TestOAuthSettings::storedRefreshToken()
{
    QString stored;
    bool answered = false;
    m_fixture.passwords.read(PasswordStore::oauthKeyFor(QStringLiteral("microsoft"), kUser),
                             [&](const QString& token, const QString&) {
        stored = token;
        answered = true;
    });
    (void)QTest::qWaitFor([&] { return answered; }, 5000);
    return stored;
}

void TestOAuthSettings::signInWithMicrosoftByKeyboard()
{
    retype("usernameEdit", kUser);
    chooseSignIn(QStringLiteral("microsoft"));
    // Choosing Microsoft fills in Microsoft 365's SMTP server...
    QCOMPARE(find<QLineEdit>("hostEdit")->text(), QStringLiteral("smtp.office365.com"));
    QCOMPARE(find<QSpinBox>("portSpin")->value(), 587);
    QVERIFY(find<QPushButton>("signInMicrosoftButton")->isVisible());
    QVERIFY(!find<QLineEdit>("passwordEdit")->isVisible());
    // ...which the test replaces with its local one.
    retype("hostEdit", QStringLiteral("127.0.0.1"));
    QSpinBox* port = find<QSpinBox>("portSpin");
    port->setFocus(Qt::TabFocusReason);
    QTest::keyClick(port, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(port, QString::number(m_server->port()));
    QCOMPARE(port->value(), int(m_server->port()));
    retype("caFileEdit", m_cert);
    retype("oauthClientIdEdit", kClientId);

    QSignalSpy finished(m_dialog.get(), &SettingsDialog::signInFinished);
    press(find<QPushButton>("signInMicrosoftButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.at(0).host(), QStringLiteral("127.0.0.1")); // the configured override
    QVERIFY(find<QLabel>("signInStatus")->text().contains(QLatin1String("Signed in to Microsoft as clerk@firm.example")));
    QCOMPARE(find<QPushButton>("signInMicrosoftButton")->text(), QStringLiteral("Sign in wit&h Microsoft"));

    // The refresh token is in the password store under its own key, and nowhere else.
    const QString refreshToken = storedRefreshToken();
    QVERIFY(refreshToken.startsWith(QLatin1String("rt-")));
    QVERIFY(storedRefreshToken() != QString()); // not consumed by reading

    // The test email goes out with XOAUTH2, on this dialog's fresh token.
    QSignalSpy tested(m_dialog.get(), &SettingsDialog::testFinished);
    press(find<QPushButton>("sendTestButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!tested.isEmpty(), 30000);
    QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));

    press(find<QPushButton>("saveButton"));
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    const FirmSettings settings(m_fixture.db->connection());
    QCOMPARE(settings.text(FirmSettings::Key::SmtpAuth), QStringLiteral("microsoft"));
    QCOMPARE(settings.text(FirmSettings::Key::OAuthClientId), kClientId);

    // No token in the database file or any settings file of the test's own paths.
    m_dialog.reset();
    const QStringList roots { m_dir.path(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                              QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) };
    for (const QString& root : roots) {
        QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(refreshToken.toUtf8()), qPrintable(file.fileName()));
        }
    }

    // The desk picks the sign-in up from the store; a second test email uses its token source
    // (the sign-in's access token, adopted: no refresh needed).
    m_fixture.mail->reloadConfig();
    QTRY_VERIFY(m_fixture.mail->tokenSource() != nullptr);
    QVERIFY(m_fixture.mail->configProblem().isEmpty());
    openDialog();
    QTRY_VERIFY(find<QLabel>("signInStatus")->text().contains(QLatin1String("Signed in to Microsoft")));
    QSignalSpy testedAgain(m_dialog.get(), &SettingsDialog::testFinished);
    press(find<QPushButton>("sendTestButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!testedAgain.isEmpty(), 30000);
    QVERIFY2(testedAgain.at(0).at(0).toBool(), qPrintable(testedAgain.at(0).at(1).toString()));
    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("code_exchanges")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("xoauth2_ok")).toInt(), 2);
    QCOMPARE(s.value(QStringLiteral("refreshes")).toInt(), 0);
}

void TestOAuthSettings::signInNeedsTheAccountAndTheClientId_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("no user name") << QString() << kClientId << QByteArray("usernameEdit")
                                  << QStringLiteral("Enter the mailbox's address as the user name first");
    QTest::newRow("no client id") << kUser << QString() << QByteArray("oauthClientIdEdit")
                                  << QStringLiteral("Enter the client ID of the firm's app registered with Microsoft");
}

void TestOAuthSettings::signInNeedsTheAccountAndTheClientId()
{
    QFETCH(QString, user);
    QFETCH(QString, clientId);
    QFETCH(QByteArray, field);
    QFETCH(QString, message);
    chooseSignIn(QStringLiteral("microsoft"));
    retype("usernameEdit", user);
    retype("oauthClientIdEdit", clientId);
    press(find<QPushButton>("signInMicrosoftButton"));
    QVERIFY(m_opened.isEmpty()); // no browser
    QLabel* error = find<QLabel>("settingsError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(message), qPrintable(error->text()));
    QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>(field.constData()));
    QVERIFY(storedRefreshToken().isEmpty());
}

void TestOAuthSettings::failedSignInIsExplained()
{
    // A client id the authorisation server does not know: it answers 400, never redirects.
    retype("usernameEdit", kUser);
    chooseSignIn(QStringLiteral("microsoft"));
    retype("oauthClientIdEdit", QStringLiteral("someone-elses-app"));
    QSignalSpy finished(m_dialog.get(), &SettingsDialog::signInFinished);
    press(find<QPushButton>("signInMicrosoftButton"));
    // The person gives up and cancels with the same button.
    QPushButton* button = find<QPushButton>("signInMicrosoftButton");
    QTRY_COMPARE(button->text(), QStringLiteral("Cancel t&he sign-in"));
    QTRY_COMPARE(m_opened.size(), 1);
    press(button);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QCOMPARE(find<QLabel>("signInStatus")->text(), QStringLiteral("The sign-in was cancelled."));
    QCOMPARE(button->text(), QStringLiteral("Sign in wit&h Microsoft"));
    QVERIFY(storedRefreshToken().isEmpty());
    QCOMPARE(stats().value(QStringLiteral("last_error")).toString(), QStringLiteral("invalid_client"));
}

void TestOAuthSettings::gmailAppPasswordStepsAreWrittenOut()
{
    // Back from a sign-in type to the password, as an administrator might.
    chooseSignIn(QStringLiteral("microsoft"));
    chooseSignIn(QStringLiteral("password"));
    QComboBox* preset = find<QComboBox>("presetCombo");
    preset->setFocus(Qt::TabFocusReason);
    QTest::keyClick(preset, Qt::Key_Home); // Gmail (port 465, TLS)
    QCOMPARE(find<QLineEdit>("hostEdit")->text(), QStringLiteral("smtp.gmail.com"));
    QLabel* steps = find<QLabel>("appPasswordSteps");
    QVERIFY(steps->isVisible());
    // Shown in full, not squeezed to nothing by the rows around it.
    QTRY_VERIFY(steps->height() >= steps->heightForWidth(steps->width()));
    const QString text = steps->text();
    QVERIFY(text.contains(QLatin1String("2-Step Verification")));
    QVERIFY(text.contains(QLatin1String("myaccount.google.com/apppasswords")));
    QVERIFY(text.contains(QLatin1String("16 characters")));
    QVERIFY(text.indexOf(QLatin1String("2-Step")) < text.indexOf(QLatin1String("apppasswords"))); // in that order
    QVERIFY(find<QLineEdit>("passwordEdit")->isVisible());

    QTest::keyClick(preset, Qt::Key_End); // Custom server
    retype("hostEdit", QStringLiteral("mail.example.com"));
    QVERIFY(steps->text().isEmpty());
}

void TestOAuthSettings::providerShowsItsOwnButtonAndFields()
{
    chooseSignIn(QStringLiteral("google"));
    QCOMPARE(find<QLineEdit>("hostEdit")->text(), QStringLiteral("smtp.gmail.com"));
    QVERIFY(find<QPushButton>("signInGoogleButton")->isVisible());
    QVERIFY(!find<QPushButton>("signInMicrosoftButton")->isVisible());
    QVERIFY(find<QLineEdit>("oauthClientSecretEdit")->isVisible());
    QVERIFY(!find<QLineEdit>("oauthTenantEdit")->isVisible());
    QVERIFY(!find<QLabel>("appPasswordSteps")->isVisible() || find<QLabel>("appPasswordSteps")->text().isEmpty());
    QVERIFY(!find<QLineEdit>("passwordEdit")->isVisible());

    chooseSignIn(QStringLiteral("microsoft"));
    QVERIFY(find<QLineEdit>("oauthTenantEdit")->isVisible());
    QVERIFY(!find<QLineEdit>("oauthClientSecretEdit")->isVisible());

    chooseSignIn(QStringLiteral("password"));
    QVERIFY(find<QLineEdit>("passwordEdit")->isVisible());
    QVERIFY(!find<QLineEdit>("oauthClientIdEdit")->isVisible());
    QVERIFY(!find<QPushButton>("signInGoogleButton")->isVisible());
    QVERIFY(!find<QPushButton>("signInMicrosoftButton")->isVisible());
}

QTEST_MAIN(TestOAuthSettings)
#include "tst_oauthsettings.moc"
