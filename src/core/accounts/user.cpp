#include "user.h"

QString RoleText::key(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return QStringLiteral("receptionist");
    case Role::Attorney:
        return QStringLiteral("attorney");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> RoleText::fromKey(const QString& key)
{
    const QString folded = key.trimmed().toLower();
    if (folded == QLatin1String("administrator"))
        return Role::Admin;
    for (const Role role : all()) {
        if (folded == RoleText::key(role))
            return role;
    }
    return std::nullopt;
}

QString RoleText::display(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return tr("Receptionist");
    case Role::Attorney:
        return tr("Attorney");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}
