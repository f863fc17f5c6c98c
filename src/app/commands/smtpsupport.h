#pragma once

#include "command.h"
#include "smtpconfig.h"

#include <QSqlDatabase>

// What send-outbox and smtp-test share: the SMTP options and how the configuration is
// assembled from them, the environment and the firm settings.
namespace CommandLine {

QList<QCommandLineOption> smtpOptions();

// True when an argument tries to pass the password itself: it would be visible to every
// user in the process list, so it is refused (and never echoed).
bool passesPasswordAsArgument(const QStringList& arguments);

// The SMTP configuration: options override the environment, which overrides the firm
// settings in the database. Returns false (with *code set and the reason printed) on a bad
// value.
bool smtpConfig(Context& context, const QSqlDatabase& db, SmtpConfig* config, int* code);

// "host:port (security)" for messages.
QString describeServer(const SmtpConfig& config);

} // namespace CommandLine
