#include "mailcontroller.h"

#include "firmsettings.h"
#include "oauthtokensource.h"
#include "outboxdispatcher.h"
#include "passwordstore.h"
#include "smtplogging.h"
#include "smtpsettings.h"

#include <QPointer>

MailController::MailController(OutboxDispatcher& dispatcher, QSqlDatabase db, PasswordStore& passwords,
                               QObject* parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
    , m_db(std::move(db))
    , m_passwords(passwords)
{
}

MailController::~MailController() = default;

void MailController::start()
{
    m_startWhenLoaded = true;
    reloadConfig();
}

void MailController::reloadConfig()
{
    const FirmSettings settings(m_db);
    SmtpConfig base = SmtpSettings::fromFirmSettings(settings);
    const std::optional<OAuthProvider::Id> provider = OAuthProvider::fromName(settings.text(FirmSettings::Key::SmtpAuth));
    const auto apply = [this](SmtpConfig config) {
        m_dispatcher.setConfig(config);
        Q_EMIT configChanged();
        if (m_startWhenLoaded) {
            m_startWhenLoaded = false;
            m_dispatcher.start();
        } else {
            m_dispatcher.wake();
        }
    };
    if (!provider)
        setTokenSource(nullptr);
    if (base.username.isEmpty() || base.host.isEmpty()) {
        setTokenSource(nullptr);
        apply(base);
        return;
    }
    QPointer<MailController> self(this);
    if (provider) {
        base.oauthProvider = OAuthProvider::name(*provider);
        const OAuthClient client = oauthClient(settings, *provider);
        const QString key = PasswordStore::oauthKeyFor(base.oauthProvider, base.username);
        m_passwords.read(key, [self, base, apply, client, key](const QString& refreshToken, const QString&) {
            if (!self)
                return;
            if (refreshToken.isEmpty()) {
                self->setTokenSource(nullptr); // the dispatcher says "sign in again"
            } else {
                auto* source = new OAuthTokenSource(client, refreshToken, self);
                if (!self->m_adoptedToken.isEmpty())
                    source->setAccessToken(std::exchange(self->m_adoptedToken, {}), self->m_adoptedExpiry);
                PasswordStore* store = &self->m_passwords;
                connect(source, &OAuthTokenSource::refreshTokenChanged, self, [store, key](const QString& rotated) {
                    store->write(key, rotated, [](const QString& error) {
                        if (!error.isEmpty())
                            qCWarning(lcSmtp) << "the renewed sign-in could not be stored:" << error;
                    });
                });
                self->setTokenSource(source);
            }
            apply(base);
        });
        return;
    }
    m_passwords.read(PasswordStore::keyFor(base.username, base.host),
                     [self, base, apply](const QString& password, const QString&) {
        if (!self)
            return;
        SmtpConfig config = base;
        config.password = password;
        apply(config);
    });
}

void MailController::setTokenSource(OAuthTokenSource* source)
{
    if (m_tokenSource == source)
        return;
    if (m_tokenSource)
        m_tokenSource->deleteLater();
    m_tokenSource = source;
    m_dispatcher.setTokenSource(source);
}

void MailController::adoptAccessToken(const QString& accessToken, const QDateTime& expiresAtUtc)
{
    m_adoptedToken = accessToken;
    m_adoptedExpiry = expiresAtUtc;
}

OAuthClient MailController::oauthClient(const FirmSettings& settings, OAuthProvider::Id provider)
{
    using Key = FirmSettings::Key;
    const QString authorize = settings.text(Key::OAuthAuthorizeUrl).trimmed();
    const QString token = settings.text(Key::OAuthTokenUrl).trimmed();
    return OAuthClient::forProvider(provider, settings.text(Key::OAuthClientId), settings.text(Key::OAuthTenant),
                                    provider == OAuthProvider::Id::Google ? settings.text(Key::OAuthClientSecret)
                                                                          : QString(),
                                    authorize.isEmpty() ? QUrl() : QUrl(authorize),
                                    token.isEmpty() ? QUrl() : QUrl(token));
}

QString MailController::configProblem() const
{
    const SmtpConfig& config = m_dispatcher.config();
    if (const auto provider = OAuthProvider::fromName(config.oauthProvider); provider && !m_tokenSource
        && !config.host.isEmpty() && !config.username.isEmpty())
        return tr("Email is not signed in: use \u201cSign in with %1\u201d in Settings \u2192 Email.")
            .arg(OAuthProvider::displayName(*provider));
    return SmtpSettings::missing(config);
}
