#include "previewrenderer.h"

#include "previewreply.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>

#include <cmath>

namespace {

Q_LOGGING_CATEGORY(lcPreview, "leadintake.preview")

// Whether bubblewrap could start the renderer here, per renderer (it needs user
// namespaces, which some containers and hardened kernels refuse). Asked once per process.
QHash<QString, bool>& probedSandboxes()
{
    static QHash<QString, bool> probed;
    return probed;
}

} // namespace

PreviewRenderer::PreviewRenderer(QObject* parent)
    : QObject(parent)
    , m_program(defaultProgram())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(Failure::TimedOut,
             tr("the renderer did not answer within %n second(s)", nullptr,
                int((m_timeout.count() + 999) / 1000)));
    });
}

PreviewRenderer::~PreviewRenderer()
{
    cancel();
}

QString PreviewRenderer::defaultProgram()
{
    // In the build tree the renderer sits next to the desk; installed, it is a private
    // program in libexec (Debian policy: not a command of its own in /usr/bin).
    const QDir here(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral("leadintake-preview");
    if (QFileInfo(here.filePath(name)).isExecutable())
        return here.filePath(name);
    return QDir::cleanPath(here.filePath(QStringLiteral(LEADINTAKE_PREVIEW_DIR_FROM_BIN "/") + name));
}

QString PreviewRenderer::bubblewrap() const
{
    if (m_policy == SandboxPolicy::Never)
        return {};
    return QStandardPaths::findExecutable(QStringLiteral("bwrap"));
}

QString PreviewRenderer::sandboxDescription() const
{
    const QString limits = tr("at most %1 MiB of memory and %2 s of processor time, no sockets")
                               .arg(PreviewProtocol::kAddressSpaceBytes / (1024 * 1024))
                               .arg(PreviewProtocol::kCpuSeconds);
    switch (m_sandbox) {
    case Sandbox::Bubblewrap:
        return tr("Previews are drawn by a separate program in a bubblewrap sandbox (no network, "
                  "read-only system files; %1).").arg(limits);
    case Sandbox::Direct:
        return bubblewrap().isEmpty()
            ? tr("Previews are drawn by a separate program without a sandbox (bubblewrap is not "
                 "installed; %1).").arg(limits)
            : tr("Previews are drawn by a separate program without a sandbox (bubblewrap cannot "
                 "run on this computer; %1).").arg(limits);
    case Sandbox::Unknown:
        break;
    }
    return tr("Previews are drawn by a separate program (%1).").arg(limits);
}

QStringList PreviewRenderer::sandboxArguments(const QString& renderer)
{
    // Every namespace new (no network, no other processes, no IPC), no capabilities, a new
    // session (no TIOCSTI into the desk's terminal), gone when the desk goes, an empty
    // environment. The file system holds only what the renderer needs to load and draw:
    // /usr (libraries, fonts, Poppler's data), the fontconfig configuration and cache, the
    // loader's cache and the renderer itself, all read-only.
    QStringList args { QStringLiteral("--unshare-all"), QStringLiteral("--die-with-parent"),
                       QStringLiteral("--new-session"), QStringLiteral("--cap-drop"), QStringLiteral("ALL"),
                       QStringLiteral("--clearenv"), QStringLiteral("--ro-bind"), QStringLiteral("/usr"),
                       QStringLiteral("/usr") };
    // Debian 12 has merged /usr (/lib -> usr/lib); older layouts have real folders.
    for (const char* top : { "/lib", "/lib64", "/lib32", "/libx32", "/bin", "/sbin" }) {
        const QString path = QString::fromLatin1(top);
        const QFileInfo info(path);
        if (info.isSymLink())
            args << QStringLiteral("--symlink") << info.symLinkTarget().remove(0, 1) << path;
        else if (info.isDir())
            args << QStringLiteral("--ro-bind") << path << path;
    }
    for (const char* optional : { "/etc/fonts", "/etc/ld.so.cache", "/var/cache/fontconfig" })
        args << QStringLiteral("--ro-bind-try") << QString::fromLatin1(optional) << QString::fromLatin1(optional);
    const QString absolute = QFileInfo(renderer).absoluteFilePath();
    if (!absolute.startsWith(QLatin1String("/usr/")))
        args << QStringLiteral("--ro-bind") << absolute << absolute;
    args << QStringLiteral("--proc") << QStringLiteral("/proc") << QStringLiteral("--dev") << QStringLiteral("/dev")
         << QStringLiteral("--chdir") << QStringLiteral("/") << QStringLiteral("--setenv")
         << QStringLiteral("LANG") << QStringLiteral("C.UTF-8");
    return args;
}

quint64 PreviewRenderer::render(const QByteArray& pdf, int page, int widthPx)
{
    cancel();
    m_request = Request { ++m_lastTicket, pdf, page, widthPx };
    // Started from the event loop: every answer, even "cannot start", comes after the
    // caller has the ticket in hand.
    QTimer::singleShot(0, this, [this, ticket = m_lastTicket] {
        if (m_request && m_request->ticket == ticket)
            start();
    });
    return m_lastTicket;
}

void PreviewRenderer::start()
{
    if (!QFileInfo(m_program).isExecutable()) {
        fail(Failure::NotStarted, tr("no renderer at %1").arg(QDir::toNativeSeparators(m_program)));
        return;
    }
    const QString bwrap = bubblewrap();
    if (bwrap.isEmpty())
        launch(false);
    else if (const auto probed = probedSandboxes().constFind(m_program); probed != probedSandboxes().constEnd())
        launch(*probed);
    else
        startProbe(bwrap);
}

void PreviewRenderer::startProbe(const QString& bwrap)
{
    // The renderer's --probe exits at once: this only asks whether bwrap can start it.
    auto* probe = new QProcess(this);
    m_probe = probe;
    probe->setStandardInputFile(QProcess::nullDevice());
    probe->setStandardOutputFile(QProcess::nullDevice());
    probe->setStandardErrorFile(QProcess::nullDevice());
    const auto done = [this, probe](bool usable) {
        if (m_probe != probe)
            return;
        m_timer.stop();
        dropProcess(probe);
        m_probe = nullptr;
        probedSandboxes().insert(m_program, usable);
        if (usable)
            qCInfo(lcPreview) << "previews run in a bubblewrap sandbox";
        else
            qCWarning(lcPreview) << "bubblewrap cannot start the renderer here: previews run without a sandbox";
        if (m_request)
            launch(usable);
    };
    connect(probe, &QProcess::finished, this, [done](int code, QProcess::ExitStatus status) {
        done(status == QProcess::NormalExit && code == 0);
    });
    connect(probe, &QProcess::errorOccurred, this, [done](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done(false);
    });
    m_timer.start(m_timeout);
    probe->start(bwrap, sandboxArguments(m_program) << m_program << QStringLiteral("--probe"));
}

void PreviewRenderer::launch(bool sandboxed)
{
    m_sandbox = sandboxed ? Sandbox::Bubblewrap : Sandbox::Direct;
    QStringList args { QStringLiteral("--page"), QString::number(m_request->page) };
    if (m_request->widthPx > 0)
        args << QStringLiteral("--width-px") << QString::number(m_request->widthPx);
    args << m_extraArguments;
    auto* process = new QProcess(this);
    m_process = process;
    m_output.clear();
    // Poppler's complaints about a broken file are not the desk's log (nor its terminal).
    process->setStandardErrorFile(QProcess::nullDevice());
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        if (m_process == process)
            readOutput();
    });
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
        if (m_process == process)
            finish(code, status != QProcess::NormalExit);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (m_process == process && error == QProcess::FailedToStart)
            fail(Failure::NotStarted, tr("cannot start %1: %2").arg(QDir::toNativeSeparators(m_program),
                                                                    process->errorString()));
    });
    m_timer.start(m_timeout);
    if (sandboxed)
        process->start(bubblewrap(), sandboxArguments(m_program) << m_program << args);
    else
        process->start(m_program, args);
    if (m_process == process) { // not failed to start
        process->write(m_request->pdf);
        process->closeWriteChannel();
    }
}

void PreviewRenderer::readOutput()
{
    const QByteArray chunk = m_process->readAllStandardOutput();
    if (m_output.size() + chunk.size() > PreviewProtocol::kMaxReplyBytes) {
        fail(Failure::Garbage, tr("the renderer's reply is larger than a page can be"));
        return;
    }
    m_output += chunk;
}

void PreviewRenderer::finish(int exitCode, bool crashed)
{
    readOutput();
    if (!m_process)
        return; // readOutput() failed the request
    if (crashed) {
        fail(Failure::Crashed, tr("the renderer ended abnormally (a limit was reached or it crashed)"));
        return;
    }
    QString problem;
    const std::optional<PreviewReply> reply = PreviewReply::parse(m_output, &problem);
    if (!reply) {
        fail(m_output.isEmpty() ? Failure::Crashed : Failure::Garbage,
             m_output.isEmpty() ? tr("the renderer exited with code %1 and no reply").arg(exitCode)
                                : tr("the renderer's reply is malformed: %1").arg(problem));
        return;
    }
    if (reply->status == PreviewProtocol::Status::Diagnostic) {
        fail(Failure::Diagnostic, reply->detail);
        return;
    }
    if (reply->status != PreviewProtocol::Status::Ok || exitCode != 0) {
        fail(Failure::Refused, reply->detail);
        return;
    }
    if (reply->page.pageIndex != m_request->page) {
        fail(Failure::Garbage, tr("the renderer drew another page than the one asked for"));
        return;
    }
    m_timer.stop();
    const quint64 ticket = m_request->ticket;
    dropProcess(m_process);
    m_process = nullptr;
    m_request.reset();
    m_output.clear();
    Q_EMIT rendered(ticket, reply->page);
}

void PreviewRenderer::fail(Failure failure, const QString& detail)
{
    if (!m_request)
        return;
    const quint64 ticket = m_request->ticket;
    cancel();
    if (failure != Failure::Diagnostic)
        qCInfo(lcPreview).noquote() << "preview failed:" << detail;
    Q_EMIT failed(ticket, failure, detail);
}

void PreviewRenderer::cancel()
{
    m_timer.stop();
    m_request.reset();
    m_output.clear();
    if (m_process) {
        dropProcess(m_process);
        m_process = nullptr;
    }
    if (m_probe) {
        dropProcess(m_probe);
        m_probe = nullptr;
    }
}

void PreviewRenderer::dropProcess(QProcess* process)
{
    // Killed without waiting (the GUI thread never blocks on a renderer); deleted when the
    // kernel has reaped it. bwrap's --die-with-parent takes the sandboxed renderer along.
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    process->setParent(nullptr); // outlives this object if need be, never blocks its destructor
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}
