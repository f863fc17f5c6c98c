// fuzz_previewreply: the desk's reading of leadintake-preview's reply (PreviewReply), on
// arbitrary bytes, as a subverted renderer could send them. No crash and no sanitizer
// report; the answer is deterministic; a refusal says why; an accepted page keeps every
// limit of the protocol (its pixels are exactly width * height * 4 bytes, the sizes and
// counts within previewprotocol.h).

#include "previewreply.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QString problem;
    const std::optional<PreviewReply> reply = PreviewReply::parse(bytes, &problem);
    const std::optional<PreviewReply> again = PreviewReply::parse(bytes);
    check(reply.has_value() == again.has_value());
    check(reply.has_value() == problem.isEmpty());
    if (!reply || reply->status != PreviewProtocol::Status::Ok)
        return 0;
    const PreviewPage& page = reply->page;
    const qint64 width = page.pixelSize.width();
    const qint64 height = page.pixelSize.height();
    check(width > 0 && height > 0 && width <= PreviewProtocol::kMaxSide && height <= PreviewProtocol::kMaxSide);
    check(quint64(width * height) <= PreviewProtocol::kMaxPixels);
    check(page.pixels.size() == width * height * 4);
    check(page.pageIndex >= 0 && page.pageIndex < page.pageCount);
    check(page.words.size() <= qsizetype(PreviewProtocol::kMaxWords));
    for (const PreviewWord& word : page.words)
        check(word.text.size() <= qsizetype(PreviewProtocol::kMaxWordBytes));
    check(page.pixels == again->page.pixels && page.words.size() == again->page.words.size());
    return 0;
}
