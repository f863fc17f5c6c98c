// fuzz_smtpreply: SmtpReplyParser cuts a byte stream into replies "whatever the read
// boundaries". The same stream is fed whole, byte by byte and in pseudo-random chunks; all
// three must give the same replies and the same final status, and every reply must respect
// the parser's own limits.
//
// Input: the server's bytes, except that 0xFF n c expands to (n + 1) * 32 copies of c, so
// that short inputs reach the 4096-octet line and 64 KiB reply limits.

#include "smtpreplyparser.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

struct Outcome
{
    QList<SmtpReply> replies;
    SmtpReplyParser::Status status = SmtpReplyParser::Status::Ok;
    bool buffered = false;
};

QByteArray expand(const uint8_t* data, size_t size)
{
    QByteArray out;
    for (size_t i = 0; i < size; ++i) {
        if (data[i] == 0xFF && i + 2 < size) {
            out.append(qsizetype(data[i + 1] + 1) * 32, char(data[i + 2]));
            i += 2;
        } else {
            out.append(char(data[i]));
        }
        if (out.size() > 160 * 1024)
            break;
    }
    return out;
}

void check(bool ok, const char* what = "a reply breaks the parser's limits")
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_smtpreply: %s\n", what);
        std::abort();
    }
}

void drain(SmtpReplyParser& parser, Outcome& outcome)
{
    for (;;) {
        const std::optional<SmtpReply> reply = parser.next();
        if (!reply)
            break;
        check(parser.status() == SmtpReplyParser::Status::Ok);
        outcome.replies.append(*reply);
    }
}

// Feeds `stream` in pieces whose sizes come from `nextSize`, taking replies after each.
template<typename NextSize>
Outcome run(const QByteArray& stream, NextSize nextSize)
{
    SmtpReplyParser parser;
    Outcome outcome;
    for (qsizetype pos = 0; pos < stream.size();) {
        const qsizetype n = qMin<qsizetype>(nextSize(), stream.size() - pos);
        parser.feed(stream.mid(pos, n));
        pos += n;
        drain(parser, outcome);
    }
    drain(parser, outcome);
    outcome.status = parser.status();
    outcome.buffered = parser.hasBufferedData();
    return outcome;
}

bool sameReply(const SmtpReply& a, const SmtpReply& b)
{
    return a.code == b.code && a.lines == b.lines && a.enhancedCode == b.enhancedCode;
}

bool sameOutcome(const Outcome& a, const Outcome& b)
{
    if (a.status != b.status || a.replies.size() != b.replies.size())
        return false;
    for (qsizetype i = 0; i < a.replies.size(); ++i) {
        if (!sameReply(a.replies.at(i), b.replies.at(i)))
            return false;
    }
    // Buffered data is only comparable while the parser still accepts input.
    return a.status != SmtpReplyParser::Status::Ok || a.buffered == b.buffered;
}

void checkReply(const SmtpReply& reply)
{
    static const QRegularExpression enhanced(QStringLiteral("^[245]\\.\\d{1,3}\\.\\d{1,3}$"));
    check(reply.code >= 0 && reply.code <= 999);
    check(!reply.lines.isEmpty());
    qsizetype total = 0;
    for (const QByteArray& line : reply.lines) {
        check(!line.contains('\n'));
        check(line.size() <= SmtpReplyParser::kMaxLine);
        total += line.size();
    }
    check(total <= SmtpReplyParser::kMaxReply);
    if (!reply.enhancedCode.isEmpty()) {
        check(enhanced.match(reply.enhancedCode).hasMatch());
        check(reply.enhancedCode.at(0).digitValue() == reply.codeClass());
    }
    (void)reply.text();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray stream = expand(data, size);

    const Outcome whole = run(stream, [&] { return stream.size(); });
    for (const SmtpReply& reply : whole.replies)
        checkReply(reply);

    if (stream.size() <= 16 * 1024) {
        const Outcome bytes = run(stream, [] { return qsizetype(1); });
        check(sameOutcome(whole, bytes), "fed byte by byte, the stream gives other replies");
    }

    // Chunk sizes from a generator seeded by the input: deterministic for a given input.
    uint32_t state = 2166136261u;
    for (size_t i = 0; i < size; ++i)
        state = (state ^ data[i]) * 16777619u;
    const Outcome chunks = run(stream, [&] {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return qsizetype(state % 8 == 0 ? 1 + state % 5000 : 1 + state % 16);
    });
    check(sameOutcome(whole, chunks), "fed in chunks, the stream gives other replies");

    // After reset() the parser is as new.
    SmtpReplyParser parser;
    parser.feed(stream);
    while (parser.next()) { }
    parser.reset();
    check(parser.status() == SmtpReplyParser::Status::Ok && !parser.hasBufferedData());
    parser.feed("250 ok\r\n");
    const std::optional<SmtpReply> ok = parser.next();
    check(ok && ok->code == 250);
    return 0;
}
