#pragma once

#include <QLoggingCategory>

// The mail layer's category. Silent by default (warnings are kept for our own faults,
// such as an outcome that could not be recorded); enable with
// QT_LOGGING_RULES="leadintake.smtp.info=true" (events) or ".debug=true" (the dialogue).
Q_DECLARE_LOGGING_CATEGORY(lcSmtp)
