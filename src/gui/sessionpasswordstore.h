#pragma once

#include "passwordstore.h"

#include <QHash>

// Keeps passwords in memory until the program ends: the fallback when no keychain is
// available, and the store the tests use.
class SessionPasswordStore final : public PasswordStore
{
public:
    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& password, WriteDone done) override;
    bool isPersistent() const override { return false; }
    void checkPersistence(std::function<void(bool)> done) override { done(false); }

private:
    QHash<QString, QString> m_passwords;
};
