#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One complete (possibly multi-line) server reply.
struct SmtpReply
{
    int code = 0;
    QList<QByteArray> lines; // text after "NNN-" / "NNN ", one per line
    QString enhancedCode; // "5.7.8" when the first line starts with one

    int codeClass() const { return code / 100; }
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTemporary() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500; }
    // All lines joined with spaces, as text (for messages and advice).
    QString text() const;
};
