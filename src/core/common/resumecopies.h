#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

// The copies of resumes handed to the desktop's PDF viewer. They live in one private
// (0700) folder, each file 0600. Each running window keeps its own subfolder, held by a
// lock file, and removes it when it closes; a window that crashed leaves its subfolder
// behind, and the next ResumeCopies (the next start) removes every subfolder whose lock
// nobody holds.
class ResumeCopies
{
    Q_DECLARE_TR_FUNCTIONS(ResumeCopies)

public:
    explicit ResumeCopies(const QString& baseFolder = defaultFolder());
    ~ResumeCopies();
    ResumeCopies(const ResumeCopies&) = delete;
    ResumeCopies& operator=(const ResumeCopies&) = delete;

    // The per-user cache folder's "resume-copies".
    static QString defaultFolder();
    // Removes the copies of windows that are no longer running; returns how many
    // subfolders (or stray files) went.
    static int removeStale(const QString& baseFolder);
    // Removes every window's copies of one lead's resume (erasing the lead), each file
    // overwritten with zeros first; returns how many files went. Copies on other desks'
    // disks are theirs to remove (they go when those windows close).
    static int removeLead(const QString& baseFolder, qint64 leadId);

    QString baseFolder() const { return m_base; }
    // Writes bytes as <this window's folder>/<leadId>/<fileName> (one folder per lead, so
    // that two leads' copies never overwrite each other) and returns its path.
    Result<QString> write(qint64 leadId, const QString& fileName, const QByteArray& bytes);

private:
    QString m_base;
    QString m_folder; // this window's, made at the first write
    std::unique_ptr<QLockFile> m_lock;
};
