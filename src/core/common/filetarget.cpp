#include "filetarget.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace {

Error refused(const QString& message)
{
    return Error { Error::Code::Invalid, message };
}

} // namespace

VoidResult FileTarget::checkWritableTarget(const QString& path, bool overwrite)
{
    if (path.isEmpty())
        return refused(tr("No file name was given."));
    const QFileInfo link(path);
    if (!link.exists()) {
        // A link that points nowhere would make the save create a file wherever it points.
        if (link.isSymLink())
            return refused(tr("%1 is a symbolic link to %2, which does not exist; nothing was written.")
                               .arg(path, link.symLinkTarget()));
        return Done {};
    }
    if (link.isDir())
        return refused(tr("%1 is a folder; give a file name.").arg(path));

    // QFileInfo says "not a file" for every special file; stat() tells which, for the
    // message. stat() follows a symbolic link, so a link to /dev/null is judged as the device.
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return refused(tr("%1 cannot be examined; nothing was written.").arg(path));
    if (!S_ISREG(status.st_mode)) {
        QString what;
        if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
            what = tr("a device");
        else if (S_ISFIFO(status.st_mode))
            what = tr("a named pipe (FIFO)");
        else if (S_ISSOCK(status.st_mode))
            what = tr("a socket");
        else
            what = tr("not a regular file");
        const QString shown = link.isSymLink()
            ? tr("%1 (a link to %2)").arg(path, link.symLinkTarget())
            : path;
        return refused(tr("%1 is %2, not a regular file; it was left as it is and nothing was "
                          "written. Give the name of a new or ordinary file.")
                           .arg(shown, what));
    }
    if (!overwrite)
        return refused(tr("%1 already exists; nothing was written.").arg(path));
    return Done {};
}
