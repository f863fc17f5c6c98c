#include "logging.h"

Q_LOGGING_CATEGORY(lcDb, "leadintake.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIntake, "leadintake.intake", QtWarningMsg)
