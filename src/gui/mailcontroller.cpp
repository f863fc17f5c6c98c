#include "mailcontroller.h"

#include "firmsettings.h"
#include "outboxdispatcher.h"
#include "passwordstore.h"
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
    const SmtpConfig base = SmtpSettings::fromFirmSettings(FirmSettings(m_db));
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
    if (base.username.isEmpty() || base.host.isEmpty()) {
        apply(base);
        return;
    }
    QPointer<MailController> self(this);
    m_passwords.read(PasswordStore::keyFor(base.username, base.host),
                     [self, base, apply](const QString& password, const QString&) {
        if (!self)
            return;
        SmtpConfig config = base;
        config.password = password;
        apply(config);
    });
}

QString MailController::configProblem() const
{
    return SmtpSettings::missing(m_dispatcher.config());
}
