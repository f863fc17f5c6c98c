#pragma once

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Argon2id password hashes through libsodium (crypto_pwhash_str), with the parameters
// kept inside the hash text so that old hashes still verify and can be upgraded at sign-in.
// Virtual so that tests can count or fake the (deliberately slow) checks.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    // libsodium's cost parameters.
    struct Strength
    {
        unsigned long long opsLimit = 0;
        size_t memLimit = 0;
    };
    // crypto_pwhash_OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (64 MiB, ~0.1 s).
    static Strength interactive();
    // The weakest parameters libsodium accepts (for tests that need an "old" hash).
    static Strength minimum();

    static constexpr int kMinLength = 10;
    static constexpr int kMaxLength = 1024;

    explicit PasswordHasher(Strength strength = interactive());
    virtual ~PasswordHasher() = default;
    PasswordHasher(const PasswordHasher&) = default;
    PasswordHasher& operator=(const PasswordHasher&) = default;

    // The hash text of a UTF-8 password. Does not keep or log the password.
    virtual Result<QByteArray> hash(const QByteArray& password) const;
    virtual bool verify(const QByteArray& storedHash, const QByteArray& password) const;
    // True when the hash was made with other parameters than this hasher's.
    virtual bool needsRehash(const QByteArray& storedHash) const;

    Strength strength() const { return m_strength; }

    // Overwrites the bytes (sodium_memzero) and empties the array. Best effort: copies
    // made by Qt before (implicit sharing, a QLineEdit's own buffer) are not reached.
    static void wipe(QByteArray& bytes);
    static void wipe(QString& text);

    // Why a new password is refused (too short, too long), or an empty string.
    static QString checkNewPassword(const QString& password);
    // A plain hint about a password's strength ("Weak: ..."), for the forms.
    static QString strengthHint(const QString& password);

private:
    Strength m_strength;
};
