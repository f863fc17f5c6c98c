#pragma once

#include "user.h"

#include <QObject>

#include <optional>

// Who is at this desk right now: nobody (the front desk, which may only use the intake
// page) or one signed-in account. The GUI asks it before showing anything confidential.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    // deskName: recorded as the actor while nobody is signed in (e.g. the OS user).
    explicit Session(const QString& deskName, QObject* parent = nullptr);

    bool isSignedIn() const { return m_user.has_value(); }
    const std::optional<UserAccount>& user() const { return m_user; }
    // Receptionist pages are open to the desk; anything more needs an account with the role.
    bool allows(Role minimum) const;
    // The signed-in account, or the desk with no account id.
    Actor actor() const;
    QString deskName() const { return m_deskName; }

    void signIn(const UserAccount& user);
    void signOut();

Q_SIGNALS:
    void changed();

private:
    QString m_deskName;
    std::optional<UserAccount> m_user;
};
