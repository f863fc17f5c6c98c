#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

// Whether a path may receive a file we write (an exported resume, a CSV). The one place
// for this rule, shared by the command line (export-resume) and the window's Save as:
// a save replaces the target by renaming a new file over it, and doing that to a device
// (/dev/full), a FIFO, a socket or a folder would destroy something that is not a
// document. Only a regular file (or a symbolic link to one) is ever replaced.
class FileTarget
{
    Q_DECLARE_TR_FUNCTIONS(FileTarget)

public:
    FileTarget() = delete;

    // Done when `path` does not exist yet (its folder is not checked: the write reports
    // that), or is a regular file and `overwrite` is true. Otherwise Error::Code::Invalid
    // with a message that names the path and what it is; nothing is touched.
    static VoidResult checkWritableTarget(const QString& path, bool overwrite);
};
