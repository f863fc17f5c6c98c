#include "session.h"

Session::Session(const QString& deskName, QObject* parent)
    : QObject(parent)
    , m_deskName(deskName)
{
}

bool Session::allows(Role minimum) const
{
    if (minimum == Role::Receptionist)
        return true;
    return m_user && m_user->hasRole(minimum);
}

Actor Session::actor() const
{
    if (m_user)
        return Actor { m_user->id, m_user->displayName };
    return Actor { std::nullopt, m_deskName };
}

void Session::signIn(const UserAccount& user)
{
    m_user = user;
    Q_EMIT changed();
}

void Session::signOut()
{
    if (!m_user)
        return;
    m_user.reset();
    Q_EMIT changed();
}
