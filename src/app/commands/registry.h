#pragma once

#include "command.h"

#include <QCommandLineOption>

// The command table and what is derived from it for --help.
namespace CommandLine {

// Every command, in the order --help lists them.
const QList<Command>& commandTable();
const Command* findCommand(const QString& name);
// True when name is the first word of two-word commands ("outbox").
bool isCommandGroup(const QString& name);
QStringList commandNames();

// The options the window takes (without a command): --database, --kiosk. Shared by
// parseGuiOptions and --help.
QCommandLineOption databaseOption();
QCommandLineOption kioskOption();
QList<QCommandLineOption> windowOptions();

// Sections of the top-level --help.
QString commandsHelp(const QString& group = {});
QString windowOptionsHelp();
QString exitCodeHelp();
QString smtpSourcesHelp();

} // namespace CommandLine
