#include "desktopopener.h"

#include <QDesktopServices>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>

std::optional<bool> DesktopOpener::hasDefaultApplication(
    const QString& mimeType, const QString& xdgMime)
{
    if (xdgMime.isEmpty())
        return std::nullopt;
    QProcess query;
    query.setProcessChannelMode(QProcess::SeparateChannels);
    query.start(xdgMime, { QStringLiteral("query"), QStringLiteral("default"), mimeType });
    // It reads a few small files; a desktop that takes longer is not judged.
    if (!query.waitForFinished(3000)) {
        query.kill();
        query.waitForFinished(1000);
        return std::nullopt;
    }
    if (query.exitStatus() != QProcess::NormalExit || query.exitCode() != 0)
        return std::nullopt;
    return !query.readAllStandardOutput().trimmed().isEmpty();
}

bool DesktopOpener::open(const QString& path, const Launcher& launch)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    const QString xdgMime = QStandardPaths::findExecutable(QStringLiteral("xdg-mime"));
    if (hasDefaultApplication(mimeType, xdgMime) == false)
        return false;
#endif
    const QUrl url = QUrl::fromLocalFile(path);
    return launch ? launch(url) : QDesktopServices::openUrl(url);
}
