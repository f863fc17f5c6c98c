#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>
#include <QStringList>

// Folders and files that only this OS account may read (leads, resumes, copies of them),
// whatever the umask: every mode is set explicitly after creation, since a umask of 022
// leaves new folders 0755 and new files 0644, readable by every local account.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)

public:
    static constexpr QFileDevice::Permissions kFileMode
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner; // 0600
    static constexpr QFileDevice::Permissions kFolderMode
        = kFileMode | QFileDevice::ExeOwner; // 0700

    // Creates the folder and any missing parent, each created one 0700. Folders that
    // already exist keep their mode (a user-chosen folder may be shared on purpose).
    // Returns an empty string, or why it failed.
    static QString makeFolder(const QString& path);
    // Creates an empty 0600 file if none exists. Returns an empty string, or why it failed.
    static QString createFile(const QString& path);
    // Takes the group's and others' permissions away from an existing file or folder.
    // Returns true when it changed something; *failed (if given) tells a refused chmod.
    static bool restrictToOwner(const QString& path, bool* failed = nullptr);
    // Whether a group or others may read, write or enter it.
    static bool isOpenToOthers(const QString& path);
};
