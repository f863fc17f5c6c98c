#include "smtplogging.h"

Q_LOGGING_CATEGORY(lcSmtp, "leadintake.smtp", QtInfoMsg)
