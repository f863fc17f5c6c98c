#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

} // namespace

QString PrivateFiles::makeFolder(const QString& path)
{
    // Collect the missing levels first: only those are ours to make private.
    QStringList missing;
    QString level = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(level)) {
        missing.prepend(level);
        const QString parent = QFileInfo(level).absolutePath();
        if (parent == level)
            break;
        level = parent;
    }
    for (const QString& folder : std::as_const(missing)) {
        // mkdir applies the umask to the mode; the chmod after it does not.
        if (!QDir().mkdir(folder, kFolderMode) && !QFileInfo(folder).isDir()) {
            const QFileInfo parent(QFileInfo(folder).absolutePath());
            if (!parent.isDir())
                return tr("%1 is a file, not a folder")
                    .arg(QDir::toNativeSeparators(parent.filePath()));
            if (!parent.isWritable())
                return tr("%1 is not writable").arg(QDir::toNativeSeparators(parent.filePath()));
            return tr("%1 cannot be created").arg(QDir::toNativeSeparators(folder));
        }
        if (!QFile::setPermissions(folder, kFolderMode))
            return tr("cannot make the folder %1 private").arg(QDir::toNativeSeparators(folder));
    }
    if (!QFileInfo(path).isDir())
        return tr("%1 is not a folder").arg(QDir::toNativeSeparators(path));
    return {};
}

QString PrivateFiles::createFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFileMode)) {
        if (QFileInfo::exists(path))
            return {}; // created meanwhile by someone else: tightened by the caller
        return file.errorString();
    }
    // The umask may have taken more than group and others (0277 leaves 0400).
    if (!file.setPermissions(kFileMode))
        return file.errorString();
    return {};
}

bool PrivateFiles::isOpenToOthers(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && (info.permissions() & kOthers);
}

bool PrivateFiles::restrictToOwner(const QString& path, bool* failed)
{
    if (failed)
        *failed = false;
    const QFileInfo info(path);
    // A symbolic link's target is not ours to change.
    if (!info.exists() || info.isSymLink() || !(info.permissions() & kOthers))
        return false;
    const QFileDevice::Permissions owner = info.permissions()
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!QFile::setPermissions(path, owner)) {
        if (failed)
            *failed = true;
        return false;
    }
    return true;
}
