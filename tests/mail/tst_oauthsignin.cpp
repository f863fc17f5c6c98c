// OAuth 2.0 sign-in for SMTP (issue 11, item 5), against real parts: the tests' own
// authorisation server (tests/mail/oauth_server.py, run inside the aiosmtpd fixture) and
// aiosmtpd accepting XOAUTH2 only with the access tokens that server issued. The test
// plays the browser by following the authorise URL. No token is ever printed.
#include "aiosmtpdserver.h"
#include "database.h"
#include "firmsettings.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "oauthprovider.h"
#include "oauthsignin.h"
#include "oauthtokensource.h"
#include "outboxdispatcher.h"
#include "outboxrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <optional>

namespace {

const QString kClientId = QStringLiteral("lead-intake-test-client");
const QString kUser = QStringLiteral("clerk@firm.example");
const QString kAttorney = QStringLiteral("attorney@firm.example");

} // namespace

class TstOAuthSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signInUsesPkceAndTheLoopback();
    void answerForAnotherRequestIsRefused_data();
    void answerForAnotherRequestIsRefused();
    void sendsWithXoauth2();
    void expiringTokenIsRenewedBeforeSending();
    void refusedTokenIsRenewedAndTheSendRetriedOnce();
    void revokedSignInKeepsTheEmailQueued();
    void rotatedRefreshTokenIsHandedBack();
    void endpointsPerProvider_data();
    void endpointsPerProvider();

private:
    struct SignedIn
    {
        QString refreshToken;
        QString accessToken;
        QDateTime expiresAt;
        QString failure;
        QUrl authorizeUrl;
    };
    // tamper: changes the authorise URL before the "browser" follows it.
    SignedIn signIn(const std::function<void(QUrlQuery&)>& tamper = {});
    QJsonObject stats();
    void control(const QString& path, const QByteArray& body = {});
    OAuthClient client() const;
    qint64 submit();
    std::unique_ptr<OutboxDispatcher> dispatcher(OAuthTokenSource* source);
    OutboxDispatcher::Summary drain(OutboxDispatcher& dispatcher);
    QList<OutboxEntry> rows(qint64 lead) const;

    QTemporaryDir m_certDir;
    QString m_cert;
    QString m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AiosmtpdServer> m_server;
    std::optional<Database> m_db;
    QString m_pdfPath;
    QDateTime m_now;
    QNetworkAccessManager m_browser;
};

void TstOAuthSignIn::initTestCase()
{
    if (const QString reason = AiosmtpdServer::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY(AiosmtpdServer::makeCertificate(m_certDir.path(), &m_cert, &m_key));
}

void TstOAuthSignIn::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<AiosmtpdServer>();
    QVERIFY(m_server->start(m_dir->filePath(QString()),
                            { QStringLiteral("--mode"), QStringLiteral("starttls"), QStringLiteral("--auth"),
                              QStringLiteral("xoauth2"), QStringLiteral("--cert"), m_cert, QStringLiteral("--key"), m_key,
                              QStringLiteral("--user"), kUser, QStringLiteral("--oauth-client-id"), kClientId }));
    QVERIFY(m_server->oauthPort() != 0);
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_pdfPath = TestSupport::writeFile(*m_dir, QStringLiteral("resume.pdf"),
                                       TestSupport::makePdf(QStringLiteral("Resume"), 4 * 1024));
    m_now = QDateTime::currentDateTimeUtc();
    FirmSettings settings(m_db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::FirmName, QStringLiteral("Smith & Partners")));
    QVERIFY(settings.setValue(FirmSettings::Key::NotificationAddress, kAttorney));
}

void TstOAuthSignIn::cleanup()
{
    m_db.reset();
    m_server.reset();
    m_dir.reset();
}

OAuthClient TstOAuthSignIn::client() const
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_server->oauthPort());
    return OAuthClient::forProvider(OAuthProvider::Id::Microsoft, kClientId, QString(), QString(),
                                    QUrl(base + QStringLiteral("/authorize")), QUrl(base + QStringLiteral("/token")));
}

QJsonObject TstOAuthSignIn::stats()
{
    QNetworkReply* reply = m_browser.get(QNetworkRequest(QUrl(
        QStringLiteral("http://127.0.0.1:%1/control/stats").arg(m_server->oauthPort()))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    (void)done.wait(10000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void TstOAuthSignIn::control(const QString& path, const QByteArray& body)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->oauthPort()).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply = m_browser.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

TstOAuthSignIn::SignedIn TstOAuthSignIn::signIn(const std::function<void(QUrlQuery&)>& tamper)
{
    SignedIn result;
    // The browser: follows the authorise URL; the server's 302 leads to the loopback page.
    OAuthSignIn signIn(client(), [&](const QUrl& url) {
        result.authorizeUrl = url;
        QUrl followed = url;
        if (tamper) {
            QUrlQuery query(url);
            tamper(query);
            followed.setQuery(query);
        }
        QNetworkReply* reply = m_browser.get(QNetworkRequest(followed));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    });
    signIn.setLoginHint(kUser);
    signIn.setTimeout(20000);
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    signIn.start();
    (void)QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, 30000);
    if (!succeeded.isEmpty()) {
        result.refreshToken = succeeded.at(0).at(0).toString();
        result.accessToken = succeeded.at(0).at(1).toString();
        result.expiresAt = succeeded.at(0).at(2).toDateTime();
    } else if (!failed.isEmpty()) {
        result.failure = failed.at(0).at(0).toString();
    } else {
        result.failure = QStringLiteral("no answer");
    }
    return result;
}

qint64 TstOAuthSignIn::submit()
{
    LeadRepository leads(m_db->connection(), [this] { return m_now; });
    const IntakeService intake(leads, LeadValidator());
    LeadDraft draft { QStringLiteral("Ana"), QStringLiteral("López"), QStringLiteral("ana@example.org"), m_pdfPath };
    return intake.submit(draft, QStringLiteral("desk"), IntakeService::Duplicates::SaveAnyway).leadId;
}

std::unique_ptr<OutboxDispatcher> TstOAuthSignIn::dispatcher(OAuthTokenSource* source)
{
    SmtpConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = m_server->port();
    config.security = SmtpConfig::Security::StartTls;
    config.caFile = m_cert;
    config.username = kUser;
    config.oauthProvider = OAuthProvider::name(OAuthProvider::Id::Microsoft);
    config.connectTimeoutMs = 5000;
    config.commandTimeoutMs = 10000;
    auto result = std::make_unique<OutboxDispatcher>(m_db->connection());
    result->setConfig(config);
    result->setClock([this] { return m_now; });
    result->setTokenSource(source);
    return result;
}

OutboxDispatcher::Summary TstOAuthSignIn::drain(OutboxDispatcher& dispatcher)
{
    QSignalSpy drained(&dispatcher, &OutboxDispatcher::drained);
    dispatcher.wake();
    if (!drained.wait(60000) && drained.isEmpty())
        qWarning() << "the dispatcher did not finish";
    return dispatcher.lastSummary();
}

QList<OutboxEntry> TstOAuthSignIn::rows(qint64 lead) const
{
    return OutboxRepository(m_db->connection()).deliveryFor(lead).value();
}

void TstOAuthSignIn::signInUsesPkceAndTheLoopback()
{
    const SignedIn signedIn = signIn();
    QVERIFY2(signedIn.failure.isEmpty(), qPrintable(signedIn.failure));
    QVERIFY(!signedIn.refreshToken.isEmpty());
    QVERIFY(!signedIn.accessToken.isEmpty());
    QVERIFY(signedIn.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));

    const QUrlQuery query(signedIn.authorizeUrl);
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), kClientId);
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.scheme(), QStringLiteral("http"));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 32);

    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("code_exchanges")).toInt(), 1); // the verifier matched
    QCOMPARE(s.value(QStringLiteral("pkce_failures")).toInt(), 0);
    QCOMPARE(s.value(QStringLiteral("last_scope")).toString(),
             QStringLiteral("https://outlook.office.com/SMTP.Send offline_access"));
    QCOMPARE(s.value(QStringLiteral("last_login_hint")).toString(), kUser);
}

void TstOAuthSignIn::answerForAnotherRequestIsRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("serverError");
    QTest::newRow("state changed on the way back") << QStringLiteral("state") << QString();
    QTest::newRow("code challenge of another verifier") << QStringLiteral("pkce") << QStringLiteral("invalid_grant");
}

void TstOAuthSignIn::answerForAnotherRequestIsRefused()
{
    QFETCH(QString, how);
    QFETCH(QString, serverError);
    std::function<void(QUrlQuery&)> tamper;
    if (how == QLatin1String("state")) {
        control(QStringLiteral("/control/tamper-state"));
    } else {
        tamper = [](QUrlQuery& query) {
            // An attacker's challenge: the code it yields is useless with our verifier.
            query.removeQueryItem(QStringLiteral("code_challenge"));
            query.addQueryItem(QStringLiteral("code_challenge"), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        };
    }
    const SignedIn signedIn = signIn(tamper);
    QVERIFY(signedIn.refreshToken.isEmpty());
    QVERIFY(!signedIn.failure.isEmpty());
    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("code_exchanges")).toInt(), 0);
    if (how == QLatin1String("state")) {
        // The code of a mismatched answer is never even sent to the token endpoint.
        QVERIFY2(signedIn.failure.contains(QLatin1String("does not belong to this sign-in")), qPrintable(signedIn.failure));
        QCOMPARE(s.value(QStringLiteral("refused")).toInt(), 0);
    } else {
        QCOMPARE(s.value(QStringLiteral("pkce_failures")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("last_error")).toString(), serverError);
        QVERIFY2(signedIn.failure.contains(QLatin1String("PKCE verification failed")), qPrintable(signedIn.failure));
    }
}

void TstOAuthSignIn::sendsWithXoauth2()
{
    const SignedIn signedIn = signIn();
    QVERIFY2(signedIn.failure.isEmpty(), qPrintable(signedIn.failure));
    OAuthTokenSource source(client(), signedIn.refreshToken);
    source.setAccessToken(signedIn.accessToken, signedIn.expiresAt);
    QSignalSpy refreshed(&source, &OAuthTokenSource::refreshed);
    const qint64 lead = submit();
    auto sender = dispatcher(&source);
    const OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.sent, 2);
    QVERIFY(summary.allDelivered());
    QCOMPARE(refreshed.size(), 0); // the sign-in's token was still good
    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("xoauth2_ok")).toInt(), 1); // one session, both emails
    QCOMPARE(s.value(QStringLiteral("xoauth2_refused")).toInt(), 0);
    for (const OutboxEntry& row : rows(lead))
        QCOMPARE(row.state, OutboxState::Sent);
    int exitCode = -1;
    const QJsonObject report = AiosmtpdServer::check(m_dir->path(), m_pdfPath, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(report.value(QStringLiteral("messages")).toArray().size(), 2);
}

void TstOAuthSignIn::expiringTokenIsRenewedBeforeSending()
{
    const SignedIn signedIn = signIn();
    QVERIFY2(signedIn.failure.isEmpty(), qPrintable(signedIn.failure));
    OAuthTokenSource source(client(), signedIn.refreshToken);
    source.setAccessToken(signedIn.accessToken, signedIn.expiresAt);
    // An hour later less four minutes: under the five-minute margin.
    source.setClock([&] { return signedIn.expiresAt.addSecs(-4 * 60); });
    QSignalSpy refreshed(&source, &OAuthTokenSource::refreshed);
    const qint64 lead = submit();
    auto sender = dispatcher(&source);
    const OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.sent, 2);
    QCOMPARE(refreshed.size(), 1);
    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("refreshes")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("xoauth2_ok")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("xoauth2_refused")).toInt(), 0); // renewed before, not after a refusal
    for (const OutboxEntry& row : rows(lead))
        QCOMPARE(row.state, OutboxState::Sent);
}

void TstOAuthSignIn::refusedTokenIsRenewedAndTheSendRetriedOnce()
{
    const SignedIn signedIn = signIn();
    QVERIFY2(signedIn.failure.isEmpty(), qPrintable(signedIn.failure));
    OAuthTokenSource source(client(), signedIn.refreshToken);
    source.setAccessToken(signedIn.accessToken, signedIn.expiresAt);
    // The server stops honouring the token while the desk still thinks it good: 334 + 535.
    control(QStringLiteral("/control/expire-access"));
    const qint64 lead = submit();
    auto sender = dispatcher(&source);
    const OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.sent, 2);
    QVERIFY(summary.allDelivered());
    QVERIFY(sender->currentProblem().isEmpty());
    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("xoauth2_refused")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("refreshes")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("xoauth2_ok")).toInt(), 1);
    for (const OutboxEntry& row : rows(lead)) {
        QCOMPARE(row.state, OutboxState::Sent);
        QCOMPARE(row.attempts, 1); // the retry is part of the same attempt
    }
}

void TstOAuthSignIn::revokedSignInKeepsTheEmailQueued()
{
    const SignedIn signedIn = signIn();
    QVERIFY2(signedIn.failure.isEmpty(), qPrintable(signedIn.failure));
    OAuthTokenSource source(client(), signedIn.refreshToken);
    source.setAccessToken(signedIn.accessToken, signedIn.expiresAt);
    // An administrator revokes the desk's sign-in at the provider.
    control(QStringLiteral("/revoke"), "token=" + QUrl::toPercentEncoding(signedIn.refreshToken));
    const qint64 lead = submit();
    auto sender = dispatcher(&source);
    QSignalSpy problems(sender.get(), &OutboxDispatcher::problem);
    const OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.sent, 0);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.retried, 2);
    QVERIFY(source.needsSignIn());
    const QString expected = OAuthProvider::signInAgainMessage(OAuthProvider::Id::Microsoft);
    QCOMPARE(sender->currentProblem(), expected);
    QVERIFY(expected.contains(QLatin1String("Sign in again to Microsoft in Settings")));
    QCOMPARE(problems.size(), 1);
    const QList<OutboxEntry> queued = rows(lead);
    QCOMPARE(queued.size(), 2);
    for (const OutboxEntry& row : queued) {
        QCOMPARE(row.state, OutboxState::Queued); // waiting for its next attempt, not failed
        QVERIFY(row.nextAttemptAt > m_now);
        QCOMPARE(row.lastError, expected);
    }
    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("xoauth2_refused")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("last_error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(s.value(QStringLiteral("xoauth2_ok")).toInt(), 0);
}

void TstOAuthSignIn::rotatedRefreshTokenIsHandedBack()
{
    const SignedIn signedIn = signIn();
    QVERIFY2(signedIn.failure.isEmpty(), qPrintable(signedIn.failure));
    control(QStringLiteral("/control/rotate"));
    OAuthTokenSource source(client(), signedIn.refreshToken);
    QSignalSpy rotated(&source, &OAuthTokenSource::refreshTokenChanged);
    std::optional<OAuthTokenSource::Token> first;
    source.token(false, [&](const OAuthTokenSource::Token& token) { first = token; });
    QTRY_VERIFY(first.has_value());
    QVERIFY2(first->ok(), qPrintable(first->error));
    QCOMPARE(rotated.size(), 1);
    const QString next = rotated.at(0).at(0).toString();
    QVERIFY(!next.isEmpty());
    QVERIFY(next != signedIn.refreshToken);
    // The old one is dead at the server; the source uses the new one from now on.
    std::optional<OAuthTokenSource::Token> second;
    source.token(true, [&](const OAuthTokenSource::Token& token) { second = token; });
    QTRY_VERIFY(second.has_value());
    QVERIFY2(second->ok(), qPrintable(second->error));
    QVERIFY(second->accessToken != first->accessToken);
}

void TstOAuthSignIn::endpointsPerProvider_data()
{
    QTest::addColumn<int>("provider");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("authorize");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("host");
    QTest::newRow("Microsoft, any work account")
        << int(OAuthProvider::Id::Microsoft) << QString()
        << QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize")
        << QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/token")
        << QStringLiteral("https://outlook.office.com/SMTP.Send offline_access") << QStringLiteral("smtp.office365.com");
    QTest::newRow("Microsoft, the firm's tenant")
        << int(OAuthProvider::Id::Microsoft) << QStringLiteral("firm.example")
        << QStringLiteral("https://login.microsoftonline.com/firm.example/oauth2/v2.0/authorize")
        << QStringLiteral("https://login.microsoftonline.com/firm.example/oauth2/v2.0/token")
        << QStringLiteral("https://outlook.office.com/SMTP.Send offline_access") << QStringLiteral("smtp.office365.com");
    QTest::newRow("Microsoft, a tenant that would change the path")
        << int(OAuthProvider::Id::Microsoft) << QStringLiteral("../evil")
        << QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize")
        << QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/token")
        << QStringLiteral("https://outlook.office.com/SMTP.Send offline_access") << QStringLiteral("smtp.office365.com");
    QTest::newRow("Google") << int(OAuthProvider::Id::Google) << QString()
                            << QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")
                            << QStringLiteral("https://oauth2.googleapis.com/token")
                            << QStringLiteral("https://mail.google.com/") << QStringLiteral("smtp.gmail.com");
}

void TstOAuthSignIn::endpointsPerProvider()
{
    QFETCH(int, provider);
    QFETCH(QString, tenant);
    QFETCH(QString, authorize);
    QFETCH(QString, token);
    QFETCH(QString, scope);
    QFETCH(QString, host);
    const auto id = static_cast<OAuthProvider::Id>(provider);
    const OAuthClient c = OAuthClient::forProvider(id, QStringLiteral("id"), tenant);
    QCOMPARE(c.authorizeUrl.toString(), authorize);
    QCOMPARE(c.tokenUrl.toString(), token);
    QCOMPARE(c.scope, scope);
    QCOMPARE(OAuthProvider::smtpHost(id), host);
}

QTEST_GUILESS_MAIN(TstOAuthSignIn)
#include "tst_oauthsignin.moc"
