#pragma once

#include "smtpreply.h"

#include <QByteArray>
#include <optional>

// Cuts a byte stream into SMTP replies, whatever the read boundaries: a reply may
// arrive byte by byte or several in one read. Lines and replies are capped.
class SmtpReplyParser
{
public:
    enum class Status { Ok, LineTooLong, ReplyTooLong, Malformed };

    static constexpr qsizetype kMaxLine = 4096;
    static constexpr qsizetype kMaxReply = 64 * 1024;

    void feed(const QByteArray& bytes);
    // The next complete reply, if one is buffered. Check status() when it returns none.
    std::optional<SmtpReply> next();
    Status status() const { return m_status; }
    // True when bytes beyond the replies returned so far are waiting.
    bool hasBufferedData() const;
    void reset();

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    SmtpReply m_partial;
    qsizetype m_partialSize = 0;
    Status m_status = Status::Ok;
};
