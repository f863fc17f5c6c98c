#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Turns message bytes into the DATA stream chunk by chunk: a '.' at the start of any
// line (including the first, and across chunk boundaries) is doubled, bare LF becomes
// CRLF, and finish() adds CRLF if needed plus the terminating ".\r\n".
class DotStuffer
{
public:
    QByteArray process(QByteArrayView chunk);
    QByteArray finish();
    void reset();

private:
    bool m_atLineStart = true;
    bool m_prevCr = false;
    bool m_endsWithCrlf = false;
};
