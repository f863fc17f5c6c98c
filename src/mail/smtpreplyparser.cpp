#include "smtpreplyparser.h"

#include <QRegularExpression>

QString SmtpReply::text() const
{
    QStringList parts;
    for (const QByteArray& line : lines)
        parts.append(QString::fromUtf8(line).trimmed());
    return parts.join(u' ');
}

void SmtpReplyParser::feed(const QByteArray& bytes)
{
    if (m_status != Status::Ok)
        return;
    if (m_pos > 0 && m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    m_buffer += bytes;
}

bool SmtpReplyParser::hasBufferedData() const
{
    return m_pos < m_buffer.size() || !m_partial.lines.isEmpty();
}

void SmtpReplyParser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_partial = {};
    m_partialSize = 0;
    m_status = Status::Ok;
}

std::optional<SmtpReply> SmtpReplyParser::next()
{
    static const QRegularExpression enhanced(QStringLiteral("^([245]\\.\\d{1,3}\\.\\d{1,3})(\\s|$)"));
    while (m_status == Status::Ok) {
        const qsizetype eol = m_buffer.indexOf('\n', m_pos);
        if (eol < 0) {
            // A final CR may be the first half of the line's CRLF: it is not part of the
            // line, or a line at the limit would be refused only when a read ends there.
            const qsizetype pending = m_buffer.size() - m_pos - (m_buffer.endsWith('\r') ? 1 : 0);
            if (pending > kMaxLine)
                m_status = Status::LineTooLong;
            if (m_pos > kMaxReply) { // keep the buffer small between replies
                m_buffer.remove(0, m_pos);
                m_pos = 0;
            }
            return std::nullopt;
        }
        QByteArray line = m_buffer.mid(m_pos, eol - m_pos);
        m_pos = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > kMaxLine) {
            m_status = Status::LineTooLong;
            return std::nullopt;
        }
        const bool digits = line.size() >= 3 && std::isdigit(static_cast<unsigned char>(line.at(0)))
            && std::isdigit(static_cast<unsigned char>(line.at(1)))
            && std::isdigit(static_cast<unsigned char>(line.at(2)));
        const char sep = line.size() > 3 ? line.at(3) : ' ';
        if (!digits || (sep != ' ' && sep != '-')) {
            m_status = Status::Malformed;
            return std::nullopt;
        }
        const int code = line.left(3).toInt();
        if (!m_partial.lines.isEmpty() && code != m_partial.code) {
            m_status = Status::Malformed;
            return std::nullopt;
        }
        m_partial.code = code;
        m_partial.lines.append(line.mid(4));
        m_partialSize += line.size();
        if (m_partialSize > kMaxReply) {
            m_status = Status::ReplyTooLong;
            return std::nullopt;
        }
        if (sep == '-')
            continue;

        SmtpReply reply = std::move(m_partial);
        m_partial = {};
        m_partialSize = 0;
        const auto match = enhanced.match(QString::fromLatin1(reply.lines.constFirst()));
        if (match.hasMatch() && match.captured(1).at(0).digitValue() == code / 100)
            reply.enhancedCode = match.captured(1);
        return reply;
    }
    return std::nullopt;
}
