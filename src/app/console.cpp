#include "console.h"

#include "commandline.h"

#include <QCoreApplication>

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void Console::error(const QString& message)
{
    m_err << message << '\n';
    m_err.flush();
}

void Console::prompt(const QString& text)
{
    m_err << text;
    m_err.flush();
}

int Console::usage(const QString& message, const QString& command)
{
    error(message);
    error(command.isEmpty()
              ? QCoreApplication::translate("CommandLine", "Run 'leadintake --help' for usage.")
              : QCoreApplication::translate("CommandLine", "Run 'leadintake %1 --help' for usage.")
                    .arg(command));
    return CommandLine::Usage;
}

int Console::finish(int code)
{
    m_out.flush();
    if (m_out.status() != QTextStream::Ok && code == CommandLine::Success) {
        error(QCoreApplication::translate("CommandLine", "Writing the output failed."));
        return CommandLine::Failure;
    }
    return code;
}
