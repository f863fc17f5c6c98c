#include "smtplogging.h"

// Warnings only by default, like the other categories: a normal run (mail sent, a server
// refusing, a retry scheduled) prints nothing; outcomes are in the outbox and the summary.
Q_LOGGING_CATEGORY(lcSmtp, "leadintake.smtp", QtWarningMsg)
