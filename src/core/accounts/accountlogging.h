#pragma once

#include <QLoggingCategory>

// Accounts and sign-in ("leadintake.accounts"). Logs account ids, never names or passwords.
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
