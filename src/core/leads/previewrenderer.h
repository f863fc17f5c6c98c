#pragma once

#include "previewpage.h"
#include "previewprotocol.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>



// Renders a page of a resume in a separate process (leadintake-preview, next to the app's
// own binary), asynchronously: the PDF goes down a pipe, the page image and its words come
// back on one; nothing touches the disk. The renderer limits itself (memory, CPU, files,
// no sockets); when bubblewrap works on this computer it also runs in a sandbox with no
// network and a read-only /usr (sandboxArguments()). This side kills it after a wall-clock
// timeout and checks every byte of its reply (PreviewReply), so a hostile PDF (or a subverted renderer)
// can fail the preview but not the desk.
class PreviewRenderer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewRenderer)

public:
    enum class Failure {
        NotStarted, // the renderer (or bubblewrap) could not be started
        Refused, // the renderer answered that it cannot render this file or page
        TimedOut,
        Crashed, // ended by a signal (a limit), or exited without a reply
        Garbage, // a reply that breaks the protocol
        Diagnostic, // the answer to a --test-* argument (tests only)
    };
    Q_ENUM(Failure)
    enum class SandboxPolicy { Auto, Never };
    enum class Sandbox { Unknown, Bubblewrap, Direct };

    explicit PreviewRenderer(QObject* parent = nullptr);
    ~PreviewRenderer() override;

    // <the app's folder>/leadintake-preview
    static QString defaultProgram();
    // Tests: another renderer, arguments added to every request, the timeout, no sandbox.
    void setProgram(const QString& program) { m_program = program; }
    QString program() const { return m_program; }
    void setExtraArguments(const QStringList& arguments) { m_extraArguments = arguments; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setSandboxPolicy(SandboxPolicy policy) { m_policy = policy; }

    // The bubblewrap executable, or empty when it is not installed (or the policy is Never).
    QString bubblewrap() const;
    // How the last request ran (Unknown before the first one).
    Sandbox sandbox() const { return m_sandbox; }
    // One sentence for a tooltip or the log: how previews run on this desk.
    QString sandboxDescription() const;

    // bwrap's arguments for running `renderer` (its command line follows them).
    static QStringList sandboxArguments(const QString& renderer);

    // Starts rendering page `page` (0-based) `widthPx` device pixels wide; cancels the
    // request before. Returns the request's ticket, which rendered() or failed() carries.
    quint64 render(const QByteArray& pdf, int page, int widthPx);
    // Forgets the current request; its process is killed. No signal follows for it.
    void cancel();
    bool isBusy() const { return m_request.has_value(); }

Q_SIGNALS:
    void rendered(quint64 ticket, const PreviewPage& page);
    void failed(quint64 ticket, PreviewRenderer::Failure failure, const QString& detail);

private:
    struct Request
    {
        quint64 ticket = 0;
        QByteArray pdf;
        int page = 0;
        int widthPx = 0;
    };

    void start();
    void startProbe(const QString& bwrap);
    void launch(bool sandboxed);
    void readOutput();
    void finish(int exitCode, bool crashed);
    void fail(Failure failure, const QString& detail);
    void dropProcess(QProcess* process);

    QString m_program;
    QStringList m_extraArguments;
    std::chrono::milliseconds m_timeout { 15000 };
    SandboxPolicy m_policy = SandboxPolicy::Auto;
    Sandbox m_sandbox = Sandbox::Unknown;
    quint64 m_lastTicket = 0;
    std::optional<Request> m_request;
    QPointer<QProcess> m_process;
    QPointer<QProcess> m_probe;
    QByteArray m_output;
    QTimer m_timer;
};
