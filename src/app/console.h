#pragma once

#include <QString>
#include <QTextStream>

// The terminal of a headless command: data to stdout, messages and prompts to stderr,
// both UTF-8. Shared by every sub-command so they all report alike.
class Console
{
public:
    Console();

    QTextStream& out() { return m_out; }
    void error(const QString& message);
    // Text for the person at the terminal, without a line break (a password prompt).
    void prompt(const QString& text);
    // A usage error: the message, a pointer to the help, and the exit code for it.
    int usage(const QString& message, const QString& command = {});
    // Flushes stdout; a failed write (full disk, closed pipe) is a failure of the run.
    int finish(int code);

private:
    QTextStream m_out;
    QTextStream m_err;
};
