#include "logging.h"

Q_LOGGING_CATEGORY(lcDb, "leadintake.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIntake, "leadintake.intake", QtInfoMsg)
