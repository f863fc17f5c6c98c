#include "accountlogging.h"

Q_LOGGING_CATEGORY(lcAccounts, "leadintake.accounts", QtWarningMsg)
