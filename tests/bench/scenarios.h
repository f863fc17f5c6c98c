#pragma once

#include <QString>

// What one child process of the benchmark does, in a fresh process each. Every timing is
// printed as "RESULT <step> <run> <ms>", a step about to start as "BEGIN <step>", and the
// peak resident memory at the end as "MEMORY <kB>".
namespace Scenarios {

// The real MainWindow on its Leads page, from process spawn to the first rows painted.
int startOurs(const QString& databasePath, const QString& tracePath);
// QSqlTableModel + QSortFilterProxyModel in a QTableView, spawn to first rows painted.
int startUsual(const QString& databasePath);
// Every user action on the real MainWindow, runs times each; the SQL goes to tracePath.
int operationsOurs(const QString& databasePath, int runs, const QString& tracePath,
                   const QString& resumePath);
// The same actions on the usual model stack.
int operationsUsual(const QString& databasePath, int runs);

long peakResidentKb();

} // namespace Scenarios
