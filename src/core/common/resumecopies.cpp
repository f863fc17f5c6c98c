#include "resumecopies.h"

#include "logging.h"
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

const QString kLockSuffix = QStringLiteral(".lock");

// A lock held by a process that is still running, whatever its age (QLockFile's default
// would call a lock older than 30 s stale and take it from a window still open).
std::unique_ptr<QLockFile> lockFor(const QString& folder)
{
    auto lock = std::make_unique<QLockFile>(folder + kLockSuffix);
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

ResumeCopies::ResumeCopies(const QString& baseFolder)
    : m_base(QDir::cleanPath(QFileInfo(baseFolder).absoluteFilePath()))
{
    const int removed = removeStale(m_base);
    if (removed > 0)
        qCInfo(lcDb) << "removed" << removed << "resume copies left by a window that did not close";
}

ResumeCopies::~ResumeCopies()
{
    if (!m_folder.isEmpty())
        QDir(m_folder).removeRecursively();
    if (m_lock)
        m_lock->unlock(); // removes the lock file
}

QString ResumeCopies::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("resume-copies"));
}

int ResumeCopies::removeLead(const QString& baseFolder, qint64 leadId)
{
    int removed = 0;
    const QDir base(baseFolder);
    const QFileInfoList windows = base.entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo& window : windows) {
        QDir lead(window.absoluteFilePath() + QLatin1Char('/') + QString::number(leadId));
        if (!lead.exists())
            continue;
        for (const QFileInfo& file : lead.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
            // Zeros over the bytes before the name goes, so that the blocks freed hold no
            // resume (a copy-on-write or flash disk may still keep old blocks: see README).
            QFile bytes(file.absoluteFilePath());
            if (bytes.open(QIODevice::ReadWrite)) {
                const QByteArray zeros(int(qMin<qint64>(file.size(), 1 << 20)), '\0');
                for (qint64 left = file.size(); left > 0; left -= zeros.size())
                    bytes.write(zeros.constData(), qMin<qint64>(left, zeros.size()));
                bytes.flush();
                bytes.close();
            }
            if (QFile::remove(file.absoluteFilePath()))
                ++removed;
        }
        lead.removeRecursively();
    }
    return removed;
}

int ResumeCopies::removeStale(const QString& baseFolder)
{
    const QDir base(baseFolder);
    if (!base.exists())
        return 0;
    PrivateFiles::restrictToOwner(baseFolder);
    int removed = 0;
    const QFileInfoList entries
        = base.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        if (entry.fileName().endsWith(kLockSuffix))
            continue; // handled with its folder below
        const std::unique_ptr<QLockFile> lock = lockFor(entry.absoluteFilePath());
        if (!lock->tryLock(0))
            continue; // a running window's copies
        const bool gone = entry.isDir() && !entry.isSymLink()
            ? QDir(entry.absoluteFilePath()).removeRecursively()
            : QFile::remove(entry.absoluteFilePath());
        if (gone)
            ++removed;
        else
            qCWarning(lcDb) << "cannot remove the stale resume copy" << entry.absoluteFilePath();
        lock->unlock();
    }
    // Lock files whose folder is gone (a crash between the two removals).
    for (const QFileInfo& entry :
        base.entryInfoList({ QLatin1Char('*') + kLockSuffix }, QDir::Files | QDir::Hidden)) {
        const QString folder = entry.absoluteFilePath().chopped(kLockSuffix.size());
        if (QFileInfo::exists(folder))
            continue;
        const std::unique_ptr<QLockFile> lock = lockFor(folder);
        if (lock->tryLock(0))
            lock->unlock();
    }
    return removed;
}

Result<QString> ResumeCopies::write(qint64 leadId, const QString& fileName, const QByteArray& bytes)
{
    if (m_folder.isEmpty()) {
        if (const QString problem = PrivateFiles::makeFolder(m_base); !problem.isEmpty())
            return Error { Error::Code::Io, problem };
        // The base may predate this build, or have been made by hand.
        PrivateFiles::restrictToOwner(m_base);
        const QString folder = QDir(m_base).filePath(
            QStringLiteral("%1-%2")
                .arg(QCoreApplication::applicationPid())
                .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
        std::unique_ptr<QLockFile> lock = lockFor(folder);
        if (!lock->tryLock(0))
            return Error { Error::Code::Io,
                tr("cannot lock %1").arg(QDir::toNativeSeparators(folder)) };
        if (const QString problem = PrivateFiles::makeFolder(folder); !problem.isEmpty())
            return Error { Error::Code::Io, problem };
        m_folder = folder;
        m_lock = std::move(lock);
    }
    const QString leadFolder = QDir(m_folder).filePath(QString::number(leadId));
    if (const QString problem = PrivateFiles::makeFolder(leadFolder); !problem.isEmpty())
        return Error { Error::Code::Io, problem };
    const QString path = QDir(leadFolder).filePath(fileName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error { Error::Code::Io, file.errorString() };
    // QSaveFile makes new files 0666 less the umask (private anyway inside the 0700
    // folder) and keeps the mode of a copy it replaces; the file itself is 0600 too.
    if (!QFile::setPermissions(path, PrivateFiles::kFileMode))
        return Error { Error::Code::Io,
            tr("cannot make %1 private").arg(QDir::toNativeSeparators(path)) };
    return path;
}
