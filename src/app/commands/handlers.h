#pragma once

#include "command.h"

// The commands, one file each; registry.cpp puts them in the table. Each has its syntax
// (options and arguments, for the parser and --help) and its handler.
namespace CommandLine {

Syntax addLeadSyntax();
int addLead(Context& context);
Syntax listLeadsSyntax();
int listLeads(Context& context);
Syntax assignSyntax();
int assign(Context& context);
Syntax setStatusSyntax();
int setStatus(Context& context);
Syntax followUpSyntax();
int followUp(Context& context);
Syntax exportResumeSyntax();
int exportResume(Context& context);
Syntax importCsvSyntax();
int importCsv(Context& context);

Syntax sendOutboxSyntax();
int sendOutbox(Context& context);
Syntax sendDigestSyntax();
int sendDigest(Context& context);
Syntax outboxListSyntax();
int outboxList(Context& context);
Syntax outboxRetrySyntax();
int outboxRetry(Context& context);
Syntax outboxCancelSyntax();
int outboxCancel(Context& context);
Syntax smtpTestSyntax();
int smtpTest(Context& context);

Syntax configSetSyntax();
int configSet(Context& context);
Syntax configGetSyntax();
int configGet(Context& context);

Syntax serverInitSyntax();
int serverInit(Context& context);

Syntax verifyAuditSyntax();
int verifyAudit(Context& context);

Syntax eraseLeadSyntax();
int eraseLead(Context& context);
Syntax exportLeadSyntax();
int exportLead(Context& context);
Syntax retentionListSyntax();
int retentionList(Context& context);
Syntax retentionApplySyntax();
int retentionApply(Context& context);

Syntax migrateToSyntax();
int migrateTo(Context& context);

// The conflict check (issue 12, part 3).
Syntax conflictCheckSyntax();
int conflictCheck(Context& context);
Syntax partiesImportSyntax();
int partiesImport(Context& context);
Syntax partiesListSyntax();
int partiesList(Context& context);
Syntax nicknamesListSyntax();
int nicknamesList(Context& context);
Syntax nicknamesAddSyntax();
int nicknamesAdd(Context& context);
Syntax backupSyntax();
int backup(Context& context);
Syntax restoreSyntax();
int restore(Context& context);

} // namespace CommandLine

// The account commands keep their own translation context.
namespace AccountCommands {

using CommandLine::Context;
using CommandLine::Syntax;

Syntax addUserSyntax();
int addUser(Context& context);
Syntax setRoleSyntax();
int setRole(Context& context);
Syntax userEditSyntax();
int userEdit(Context& context);
Syntax resetPasswordSyntax();
int resetPassword(Context& context);
Syntax disableUserSyntax();
int disableUser(Context& context);
Syntax enableUserSyntax();
int enableUser(Context& context);
Syntax listUsersSyntax();
int listUsers(Context& context);

} // namespace AccountCommands
