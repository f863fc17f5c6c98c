#pragma once

#include <QString>

// A mailbox as shown in a header: an optional display name and an address.
struct MailAddress
{
    QString name;
    QString address;
};
