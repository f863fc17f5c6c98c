#include "passwordhasher.h"

#include <QSet>

#include <sodium.h>

namespace {

bool ensureSodium()
{
    // sodium_init() is thread-safe and returns 1 when already initialised.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PasswordHasher::Strength PasswordHasher::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

PasswordHasher::Strength PasswordHasher::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

PasswordHasher::PasswordHasher(Strength strength)
    : m_strength(strength)
{
    ensureSodium();
}

Result<QByteArray> PasswordHasher::hash(const QByteArray& password) const
{
    if (!ensureSodium())
        return Error { Error::Code::Database, tr("The password library could not start.") };
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.constData(), static_cast<unsigned long long>(password.size()),
                          m_strength.opsLimit, m_strength.memLimit)
        != 0)
        return Error { Error::Code::Database,
                       tr("There is not enough memory to protect the password; nothing was "
                          "changed.") };
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray& storedHash, const QByteArray& password) const
{
    if (!ensureSodium() || storedHash.isEmpty())
        return false;
    return crypto_pwhash_str_verify(storedHash.constData(), password.constData(),
                                    static_cast<unsigned long long>(password.size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QByteArray& storedHash) const
{
    return crypto_pwhash_str_needs_rehash(storedHash.constData(), m_strength.opsLimit,
                                          m_strength.memLimit)
        != 0;
}

void PasswordHasher::wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void PasswordHasher::wipe(QString& text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

QString PasswordHasher::checkNewPassword(const QString& password)
{
    const qsizetype length = password.toUcs4().size();
    if (length < kMinLength)
        return tr("Use at least %n characters (a few words in a row make a good one).", nullptr,
                  kMinLength);
    if (length > kMaxLength)
        return tr("Use at most %n characters.", nullptr, kMaxLength);
    return {};
}

QString PasswordHasher::strengthHint(const QString& password)
{
    if (password.isEmpty())
        return tr("At least %n characters. A short sentence is easy to remember and hard to guess.",
                  nullptr, kMinLength);
    const QList<uint> chars = password.toUcs4();
    QSet<uint> distinct(chars.cbegin(), chars.cend());
    if (chars.size() < kMinLength)
        return tr("Too short: %1 of at least %2 characters.").arg(chars.size()).arg(kMinLength);
    if (distinct.size() < 5)
        return tr("Weak: it repeats the same few characters.");
    if (chars.size() < 14)
        return tr("Fair: longer is stronger.");
    return tr("Strong.");
}
