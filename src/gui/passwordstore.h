#pragma once

#include <QString>

#include <functional>

// Where the desk keeps the SMTP password (and an OAuth refresh token): the OS keychain, or this session's memory when
// there is none. Never a settings file, never the database. Reads and writes may be
// asynchronous: the callback runs later, on this thread.
class PasswordStore
{
public:
    // password: empty when none is stored; error: empty on success.
    using ReadDone = std::function<void(const QString& password, const QString& error)>;
    using WriteDone = std::function<void(const QString& error)>;

    virtual ~PasswordStore() = default;

    virtual void read(const QString& key, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& password, WriteDone done) = 0;
    // True only once a keychain has answered: until then, and when none does, passwords
    // last only until the program ends.
    virtual bool isPersistent() const = 0;
    // Finds out (asking the keychain if nobody has yet) and answers, perhaps later.
    virtual void checkPersistence(std::function<void(bool persistent)> done) = 0;

    static QString serviceName() { return QStringLiteral("org.leadintake.LeadIntake"); }
    // "smtp/<user>@<host>"
    static QString keyFor(const QString& username, const QString& host)
    {
        return QStringLiteral("smtp/") + username + QLatin1Char('@') + host;
    }
    // The OAuth refresh token of one mailbox with one provider: "oauth/<provider>/<user>"
    // (provider "microsoft" or "google"). Its own entry, apart from any password.
    static QString oauthKeyFor(const QString& provider, const QString& username)
    {
        return QStringLiteral("oauth/") + provider + QLatin1Char('/') + username;
    }
};
