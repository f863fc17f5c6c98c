#pragma once

#include "passwordstore.h"
#include "sessionpasswordstore.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

// The OS keychain through QtKeychain (Secret Service, KWallet, Keychain, Credential
// Manager), under PasswordStore::serviceName(). When the keychain turns out to be missing
// it falls back to this session's memory, and isPersistent() says so (it is false until the
// keychain has answered). Never falls back to
// a plain-text settings file.
class KeychainPasswordStore final : public QObject, public PasswordStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainPasswordStore)

public:
    explicit KeychainPasswordStore(QObject* parent = nullptr);
    ~KeychainPasswordStore() override;

    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& password, WriteDone done) override;
    bool isPersistent() const override { return m_state == State::Available; }
    void checkPersistence(std::function<void(bool)> done) override;

private:
    enum class State { Unknown, Available, Unavailable };
    void setState(State state);

    // Unknown until a keychain job has answered: "kept in the keychain" is never claimed
    // before a keychain actually said so.
    State m_state = State::Unknown;
    bool m_probing = false;
    QList<std::function<void(bool)>> m_waiting;
    SessionPasswordStore m_session;
};
