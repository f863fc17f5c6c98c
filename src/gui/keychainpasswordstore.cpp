#include "keychainpasswordstore.h"

#include <qt6keychain/keychain.h>

#include <utility>

namespace {
bool noKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}
} // namespace

KeychainPasswordStore::KeychainPasswordStore(QObject* parent)
    : QObject(parent)
{
}

KeychainPasswordStore::~KeychainPasswordStore() = default;

void KeychainPasswordStore::read(const QString& key, ReadDone done)
{
    if (m_state == State::Unavailable) {
        m_session.read(key, std::move(done));
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            setState(State::Available);
            done(job->textData(), QString());
        } else if (job->error() == QKeychain::EntryNotFound) {
            setState(State::Available);
            done(QString(), QString());
        } else if (noKeychain(job->error())) {
            setState(State::Unavailable);
            m_session.read(key, done);
        } else {
            done(QString(), tr("The keychain refused access: %1").arg(job->errorString()));
        }
    });
    job->start();
}

void KeychainPasswordStore::write(const QString& key, const QString& password, WriteDone done)
{
    if (m_state == State::Unavailable) {
        m_session.write(key, password, std::move(done));
        return;
    }
    QKeychain::Job* job = nullptr;
    if (password.isEmpty()) {
        auto* remove = new QKeychain::DeletePasswordJob(serviceName(), this);
        remove->setKey(key);
        job = remove;
    } else {
        auto* store = new QKeychain::WritePasswordJob(serviceName(), this);
        store->setKey(key);
        store->setTextData(password);
        job = store;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, key, password, done = std::move(done)] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            setState(State::Available);
            done(QString());
        } else if (noKeychain(job->error())) {
            setState(State::Unavailable);
            m_session.write(key, password, done);
        } else {
            done(tr("The keychain refused to store the password: %1").arg(job->errorString()));
        }
    });
    job->start();
}

void KeychainPasswordStore::checkPersistence(std::function<void(bool)> done)
{
    if (m_state != State::Unknown) {
        done(m_state == State::Available);
        return;
    }
    m_waiting.append(std::move(done));
    if (m_probing)
        return;
    m_probing = true;
    // Any read answers the question; an entry that does not exist is a fine answer.
    read(QStringLiteral("probe"), [this](const QString&, const QString&) {
        m_probing = false;
        if (m_state != State::Unknown)
            return;
        // The keychain exists but refused (locked, access denied): no use for now, but ask
        // again next time rather than giving up on it.
        const QList<std::function<void(bool)>> waiting = std::exchange(m_waiting, {});
        for (const auto& answer : waiting)
            answer(false);
    });
}

void KeychainPasswordStore::setState(State state)
{
    m_state = state;
    if (state == State::Unknown)
        return;
    const QList<std::function<void(bool)>> waiting = std::exchange(m_waiting, {});
    for (const auto& done : waiting)
        done(state == State::Available);
}
