#pragma once

#include <QLoggingCategory>

// One category per subsystem; warnings by default, more with
// QT_LOGGING_RULES="leadintake.*.info=true" (or .debug). Never log names, bodies or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcIntake)
