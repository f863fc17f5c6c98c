#pragma once

#include <QLoggingCategory>

// The mail layer's category; enable with QT_LOGGING_RULES="leadintake.smtp.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSmtp)
