#pragma once

#include "smtpfailure.h"

#include <QString>

// Compact text forms of SmtpClient results, so data rows can list expected outcomes.
namespace SmtpTestUtil {

QString stageName(SmtpFailure::Stage stage);
QString kindName(SmtpFailure::Kind kind);
// "failed:<id>:<Stage>:<Kind>[:<code>]"
QString describeFailure(const QString& id, const SmtpFailure& failure);

} // namespace SmtpTestUtil
