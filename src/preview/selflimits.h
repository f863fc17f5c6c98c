#pragma once

#include <QByteArray>

// What the renderer does to itself before it reads the PDF, so that a hostile file cannot
// take the desk: no inherited descriptors, no new privileges, no sockets (seccomp), and
// resource limits (previewprotocol.h) on memory, CPU time, file size, open files and core
// dumps. Every step is irreversible for this process; a step that fails stops the render.
namespace SelfLimits {

struct Outcome
{
    bool ok = true;
    QByteArray failure; // which step failed, for the desk's log
};

Outcome apply();

// "as=536870912 cpu=10 fsize=0 nofile=32 core=0 nnp=1 seccomp=2" (for the tests).
QByteArray describe();

} // namespace SelfLimits
