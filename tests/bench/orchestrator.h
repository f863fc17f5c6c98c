#pragma once

#include <QStringList>

// `leadintake_bench [options]`: makes (or reuses) the demo databases, runs the floor, our
// application and the usual model stack on each, each step in fresh child processes, and
// prints one table of medians with ratios and the targets.
namespace Orchestrator {

int run(const QStringList& arguments);

} // namespace Orchestrator
