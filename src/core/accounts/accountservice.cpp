#include "accountservice.h"

#include "accountlogging.h"
#include "leadvalidator.h"
#include "serverlogin.h"

#include <QRandomGenerator>

#include <cmath>

namespace {

Error wrongCredentials()
{
    return Error { Error::Code::Invalid, AccountService::tr("Wrong user name or password.") };
}

} // namespace

AccountService::AccountService(AccountRepository& repository, const PasswordHasher& hasher)
    : m_repository(repository)
    , m_hasher(hasher)
{
}

bool AccountService::needsSetup() const
{
    const Result<int> count = m_repository.count();
    return count && count.value() == 0;
}

Result<UserAccount> AccountService::signIn(const QString& username, QByteArray password,
                                           const QString& desk)
{
    if (m_serverLogin) {
        const Result<bool> byServer = m_serverLogin->signsIn(username);
        if (!byServer) {
            PasswordHasher::wipe(password);
            return byServer.error();
        }
        if (*byServer)
            return signInByServer(username, std::move(password), desk);
    }
    const Actor deskActor { std::nullopt, desk };
    const Result<UserAccount> found = m_repository.userByName(username);
    if (!found && found.error().code != Error::Code::NotFound) {
        PasswordHasher::wipe(password);
        return found.error();
    }
    const std::optional<UserAccount> user = found ? std::optional(found.value()) : std::nullopt;

    // The attempt is counted as a failure before the password is checked, in the same write
    // transaction that reads the count: parallel guesses (other desks, other processes) each
    // see the ones before them, so at most the free attempts are ever checked at once. A
    // right password clears the count again below. A name that is no account is throttled
    // the same way, by name, so that guessing names is as slow as guessing passwords.
    const qint64 now = m_repository.nowMs();
    std::optional<SignInThrottle::State> refused;
    const AccountRepository::ThrottleChange gate
        = [&refused, now](const SignInThrottle::State& state) -> std::optional<SignInThrottle::State> {
        if (SignInThrottle::nextAttemptAt(state) > now) {
            refused = state;
            return std::nullopt;
        }
        return SignInThrottle::afterFailure(state, now);
    };
    const Result<SignInThrottle::State> before
        = user ? m_repository.updateThrottle(user->id, gate) : m_repository.updateNameThrottle(username, gate);
    if (!before) {
        PasswordHasher::wipe(password);
        return before.error();
    }
    if (refused) {
        PasswordHasher::wipe(password);
        if (user)
            qCInfo(lcAccounts) << "sign-in attempt for account" << user->id << "refused: throttled";
        else
            qCInfo(lcAccounts) << "sign-in attempt for an unknown name refused: throttled";
        const qint64 next = SignInThrottle::nextAttemptAt(*refused);
        const int seconds = int(std::ceil(double(next - now) / 1000.0));
        if (SignInThrottle::isLockedOut(*refused, now))
            return Error { Error::Code::Conflict,
                           tr("Too many wrong passwords: this account is locked for %n more "
                              "minute(s). An administrator can reset its password to unlock it now.",
                              nullptr, (seconds + 59) / 60) };
        return Error { Error::Code::Conflict,
                       tr("Too many wrong passwords: try again in %n second(s).", nullptr, seconds) };
    }
    const SignInThrottle::State counted = SignInThrottle::afterFailure(before.value(), now);

    if (!user) {
        // As slow as a real check, so that the answer's time does not tell which names exist.
        m_hasher.verify(dummyHash(), password);
        PasswordHasher::wipe(password);
        // The typed name is not logged: people type passwords into the name field.
        m_repository.log(QStringLiteral("sign_in_failed"), std::nullopt, deskActor,
                         QStringLiteral("unknown account"));
        if (counted.lockedUntilMs > now)
            m_repository.log(QStringLiteral("locked_out"), std::nullopt, deskActor,
                             QStringLiteral("unknown account"));
        return wrongCredentials();
    }

    const Result<QByteArray> stored = m_repository.passwordHash(user->id);
    if (!stored) {
        PasswordHasher::wipe(password);
        return stored.error();
    }
    const bool right = m_hasher.verify(stored.value(), password);
    if (!right || user->disabled) {
        PasswordHasher::wipe(password);
        if (!right) {
            m_repository.log(QStringLiteral("sign_in_failed"), user->id, deskActor, {});
            if (counted.lockedUntilMs > now)
                m_repository.log(QStringLiteral("locked_out"), user->id, deskActor, {});
        } else {
            // The right password of a disabled account is no guess: not counted.
            m_repository.updateThrottle(user->id, [&before](const SignInThrottle::State&) {
                return std::optional(before.value());
            });
            m_repository.log(QStringLiteral("sign_in_failed"), user->id, deskActor,
                             QStringLiteral("account disabled"));
        }
        return wrongCredentials();
    }

    m_repository.storeThrottle(user->id, {});
    if (m_hasher.needsRehash(stored.value())) {
        // Stronger parameters since this hash was made: upgrade it while we hold the password.
        if (const Result<QByteArray> upgraded = m_hasher.hash(password); upgraded)
            m_repository.setPasswordHash(user->id, upgraded.value(), QStringLiteral("password_rehashed"),
                                         Actor { user->id, user->displayName });
    }
    PasswordHasher::wipe(password);
    m_repository.log(QStringLiteral("signed_in"), user->id, Actor { user->id, user->displayName }, desk);
    UserAccount signedIn = *user;
    signedIn.failedAttempts = 0;
    signedIn.lastFailedAtMs = 0;
    signedIn.lockedUntilMs = 0;
    return signedIn;
}

QByteArray AccountService::dummyHash() const
{
    // A hash of 32 random bytes nobody kept, made with libsodium's interactive parameters
    // (the ones new passwords get), so checking it costs what checking a real one costs.
    static const QByteArray interactive = QByteArrayLiteral(
        "$argon2id$v=19$m=65536,t=2,p=1$K9yELFAw1YtZ8dnuA/T+pw$Gh6whCSwmzojFXL/9ySeCztWhvBaKLkaJokFU8phfII");
    if (!m_hasher.needsRehash(interactive))
        return interactive;
    // Another strength (tests use the weakest): a dummy of that strength, made once.
    if (m_dummyHash.isEmpty()) {
        QByteArray random(32, Qt::Uninitialized);
        for (char& byte : random)
            byte = char(QRandomGenerator::system()->generate());
        const Result<QByteArray> made = m_hasher.hash(random);
        m_dummyHash = made ? made.value() : interactive;
    }
    return m_dummyHash;
}

Result<UserAccount> AccountService::signInByServer(const QString& username, QByteArray password,
                                                   const QString& desk)
{
    // The server checks the password (and delays wrong ones: auth_delay); nothing here can
    // read a verifier, and a wrong password costs the same whether the name exists or not.
    if (const VoidResult connected = m_serverLogin->signIn(username, std::move(password)); !connected) {
        if (connected.error().code == Error::Code::Invalid) {
            m_repository.logRefusedServerSignIn(username, desk);
            return wrongCredentials();
        }
        return connected.error();
    }
    // Connected as the account: read it as itself.
    const Result<UserAccount> found = m_repository.userByName(username);
    if (!found) {
        m_serverLogin->signOut();
        return found.error();
    }
    UserAccount user = found.value();
    if (const Result<bool> must = m_repository.mustChangeOwnPassword(); must)
        user.mustChangePassword = *must;
    m_repository.log(QStringLiteral("signed_in"), user.id, Actor { user.id, user.displayName }, desk);
    return user;
}

void AccountService::recordSignOut(const UserAccount& user, bool automatic)
{
    m_repository.log(automatic ? QStringLiteral("locked") : QStringLiteral("signed_out"), user.id,
                     Actor { user.id, user.displayName }, {});
    // After the log line, which the account writes as itself.
    if (m_serverLogin && m_serverLogin->isSignedIn()) {
        if (const VoidResult back = m_serverLogin->signOut(); !back)
            qCWarning(lcAccounts).noquote() << "reconnecting as the desk failed:" << back.error().message;
    }
}

VoidResult AccountService::changeOwnPassword(const UserAccount& user, QByteArray password)
{
    if (!m_serverLogin || !m_serverLogin->isSignedIn()) {
        PasswordHasher::wipe(password);
        return Error { Error::Code::Invalid, tr("Only an account signed in to the office server "
                                                "chooses its own password here.") };
    }
    QByteArray kept = password; // the connection's copy, for reconnecting
    const Result<QByteArray> verifier = hashNew(password);
    if (!verifier) {
        PasswordHasher::wipe(kept);
        return verifier.error();
    }
    if (const VoidResult set = m_repository.setOwnServerPassword(verifier.value()); !set) {
        PasswordHasher::wipe(kept);
        return set.error();
    }
    m_serverLogin->passwordChanged(kept);
    PasswordHasher::wipe(kept);
    qCInfo(lcAccounts) << "account" << user.id << "chose a new password";
    return Done {};
}

QString AccountService::makeOneTimeCode()
{
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTVWXYZ0123456789"; // no I, L, O, U
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    }
    return code;
}

Result<QString> AccountService::issueOneTimeCode(qint64 id, const Actor& actor)
{
    if (const VoidResult allowed = checkActorIsAdmin(actor); !allowed)
        return allowed.error();
    if (!m_serverLogin && !dynamic_cast<const ServerLogin::Hasher*>(&m_hasher))
        return Error { Error::Code::Invalid, tr("One-time codes are for accounts on an office server.") };
    const QString code = makeOneTimeCode();
    const Result<QByteArray> verifier = m_hasher.hash(code.toUtf8());
    if (!verifier)
        return verifier.error();
    if (const VoidResult set = m_repository.setPasswordHash(id, "once:" + verifier.value(),
                                                            QStringLiteral("password_reset"), actor);
        !set)
        return set.error();
    return code;
}

Result<QByteArray> AccountService::hashNew(QByteArray& password) const
{
    const QString text = QString::fromUtf8(password);
    QString copy = text;
    const QString problem = PasswordHasher::checkNewPassword(copy);
    PasswordHasher::wipe(copy);
    if (!problem.isEmpty()) {
        PasswordHasher::wipe(password);
        return Error { Error::Code::Invalid, problem };
    }
    Result<QByteArray> hashed = m_hasher.hash(password);
    PasswordHasher::wipe(password);
    return hashed;
}

VoidResult AccountService::checkActorIsAdmin(const Actor& actor) const
{
    if (!actor.id)
        return Done {}; // the command line: the OS account that can open the database file
    const Result<UserAccount> who = m_repository.user(*actor.id);
    if (!who)
        return who.error();
    if (!who->hasRole(Role::Admin))
        return Error { Error::Code::Invalid, tr("Only an administrator can change accounts.") };
    return Done {};
}

Result<qint64> AccountService::createFirstAdmin(const NewAccount& account, QByteArray password,
                                                const Actor& actor)
{
    if (!needsSetup()) {
        PasswordHasher::wipe(password);
        return Error { Error::Code::Conflict, tr("This database already has accounts.") };
    }
    NewAccount admin = account;
    admin.role = Role::Admin;
    return addUser(admin, std::move(password), actor);
}

QString AccountService::checkProfile(const QString& displayName, const QString& email)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty())
        return tr("The full name is required: it is what the history and the emails show.");
    if (name.size() > 100)
        return tr("The full name holds at most 100 characters.");
    for (const QChar ch : name) {
        if (ch.category() == QChar::Other_Control)
            return tr("The full name must be one line, without control characters.");
    }
    if (!email.trimmed().isEmpty()) {
        if (const QString problem = LeadValidator::checkEmail(email.trimmed()); !problem.isEmpty())
            return tr("The account's email address: %1").arg(problem);
    }
    return {};
}

Result<qint64> AccountService::addUser(const NewAccount& account, QByteArray password,
                                       const Actor& actor)
{
    if (const VoidResult allowed = checkActorIsAdmin(actor); !allowed) {
        PasswordHasher::wipe(password);
        return allowed.error();
    }
    if (const QString problem = AccountRepository::checkUsername(account.username); !problem.isEmpty()) {
        PasswordHasher::wipe(password);
        return Error { Error::Code::Invalid, problem };
    }
    if (const QString problem = checkProfile(account.displayName, account.email); !problem.isEmpty()) {
        PasswordHasher::wipe(password);
        return Error { Error::Code::Invalid, problem };
    }
    if (m_repository.userByName(account.username)) {
        PasswordHasher::wipe(password);
        return Error { Error::Code::Conflict,
                       tr("The user name “%1” is taken; choose another.").arg(account.username.trimmed()) };
    }
    const Result<QByteArray> hashed = hashNew(password);
    if (!hashed)
        return hashed.error();
    UserAccount user;
    user.username = account.username;
    user.displayName = account.displayName;
    user.email = account.email;
    user.role = account.role;
    return m_repository.create(user, hashed.value(), actor);
}

VoidResult AccountService::resetPassword(qint64 id, QByteArray password, const Actor& actor)
{
    if (const VoidResult allowed = checkActorIsAdmin(actor); !allowed) {
        PasswordHasher::wipe(password);
        return allowed.error();
    }
    const Result<QByteArray> hashed = hashNew(password);
    if (!hashed)
        return hashed.error();
    return m_repository.setPasswordHash(id, hashed.value(), QStringLiteral("password_reset"), actor);
}

VoidResult AccountService::setRole(qint64 id, Role role, const Actor& actor)
{
    if (const VoidResult allowed = checkActorIsAdmin(actor); !allowed)
        return allowed.error();
    const Result<UserAccount> target = m_repository.user(id);
    if (!target)
        return target.error();
    if (target->role == role)
        return Done {};
    if (const VoidResult kept = checkNotLastAdmin(*target); !kept)
        return kept.error();
    return m_repository.setRole(id, role, actor);
}

VoidResult AccountService::setDisabled(qint64 id, bool disabled, const Actor& actor)
{
    if (const VoidResult allowed = checkActorIsAdmin(actor); !allowed)
        return allowed.error();
    const Result<UserAccount> target = m_repository.user(id);
    if (!target)
        return target.error();
    if (target->disabled == disabled)
        return Done {};
    if (disabled && actor.id && *actor.id == id)
        return Error { Error::Code::Invalid, tr("You cannot disable your own account.") };
    if (disabled) {
        if (const VoidResult kept = checkNotLastAdmin(*target); !kept)
            return kept.error();
    }
    return m_repository.setDisabled(id, disabled, actor);
}

VoidResult AccountService::setProfile(qint64 id, const QString& displayName, const QString& email,
                                      const Actor& actor)
{
    if (const VoidResult allowed = checkActorIsAdmin(actor); !allowed)
        return allowed.error();
    if (const QString problem = checkProfile(displayName, email); !problem.isEmpty())
        return Error { Error::Code::Invalid, problem };
    const Result<UserAccount> target = m_repository.user(id);
    if (!target)
        return target.error();
    QStringList changed;
    if (displayName.trimmed() != target->displayName)
        changed.append(QStringLiteral("display_name"));
    if (email.trimmed() != target->email.trimmed())
        changed.append(QStringLiteral("email"));
    if (changed.isEmpty())
        return Done {};
    return m_repository.setProfile(id, displayName, email, changed.join(QLatin1Char(',')), actor);
}

VoidResult AccountService::checkNotLastAdmin(const UserAccount& target) const
{
    if (target.role != Role::Admin || target.disabled)
        return Done {};
    const Result<int> others = m_repository.activeAdminCount(target.id);
    if (!others)
        return others.error();
    if (others.value() == 0)
        return Error { Error::Code::Invalid,
                       tr("%1 is the last administrator: make someone else an administrator "
                          "first.").arg(target.displayName) };
    return Done {};
}
