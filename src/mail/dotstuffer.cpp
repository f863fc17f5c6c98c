#include "dotstuffer.h"

QByteArray DotStuffer::process(QByteArrayView chunk)
{
    QByteArray out;
    out.reserve(chunk.size() + chunk.size() / 64 + 8);
    for (const char c : chunk) {
        if (c == '\n' && !m_prevCr)
            out += '\r';
        if (m_atLineStart && c == '.')
            out += '.';
        out += c;
        m_endsWithCrlf = c == '\n';
        m_atLineStart = c == '\n';
        m_prevCr = c == '\r';
    }
    return out;
}

QByteArray DotStuffer::finish()
{
    QByteArray out = m_endsWithCrlf ? QByteArray() : QByteArrayLiteral("\r\n");
    out += ".\r\n";
    reset();
    return out;
}

void DotStuffer::reset()
{
    m_atLineStart = true;
    m_prevCr = false;
    m_endsWithCrlf = false;
}
