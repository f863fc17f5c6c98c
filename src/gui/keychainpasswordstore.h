#pragma once

#include "passwordstore.h"
#include "sessionpasswordstore.h"

#include <QCoreApplication>
#include <QObject>

// The OS keychain through QtKeychain (Secret Service, KWallet, Keychain, Credential
// Manager), under PasswordStore::serviceName(). When the keychain turns out to be missing
// it falls back to this session's memory, and isPersistent() says so. Never falls back to
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
    bool isPersistent() const override { return m_available; }

private:
    bool m_available = true;
    SessionPasswordStore m_session;
};
