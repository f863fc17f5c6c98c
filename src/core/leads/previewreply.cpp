#include "previewreply.h"

#include <QDataStream>
#include <QIODevice>

#include <cmath>

namespace {

bool finite(double value, double low, double high)
{
    return std::isfinite(value) && value >= low && value <= high;
}

} // namespace

std::optional<PreviewReply> PreviewReply::parse(const QByteArray& bytes, QString* problem)
{
    const auto broken = [problem](const QString& why) -> std::optional<PreviewReply> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (bytes.size() < PreviewProtocol::kMagicSize + 4
        || !bytes.startsWith(QByteArray::fromRawData(PreviewProtocol::kMagic, PreviewProtocol::kMagicSize)))
        return broken(QStringLiteral("no protocol header"));
    QDataStream in(bytes);
    in.skipRawData(PreviewProtocol::kMagicSize);
    const auto left = [&in] { return in.device()->bytesAvailable(); };
    const auto readBytes = [&in, &left](quint32 limit, QByteArray* out) {
        quint32 size = 0;
        in >> size;
        if (in.status() != QDataStream::Ok || size > limit || qint64(size) > left())
            return false;
        out->resize(qsizetype(size));
        return in.readRawData(out->data(), int(size)) == int(size);
    };
    quint32 status = 0;
    in >> status;
    PreviewReply reply;
    reply.status = PreviewProtocol::Status(status);
    switch (reply.status) {
    case PreviewProtocol::Status::Ok:
        break;
    case PreviewProtocol::Status::NotPdf:
    case PreviewProtocol::Status::Locked:
    case PreviewProtocol::Status::NoSuchPage:
    case PreviewProtocol::Status::RenderFailed:
    case PreviewProtocol::Status::TooLarge:
    case PreviewProtocol::Status::Diagnostic: {
        QByteArray detail;
        if (!readBytes(PreviewProtocol::kMaxMessageBytes, &detail) || !in.atEnd())
            return broken(QStringLiteral("bad failure message"));
        reply.detail = QString::fromUtf8(detail);
        return reply;
    }
    default:
        return broken(QStringLiteral("unknown status %1").arg(status));
    }

    PreviewPage& page = reply.page;
    qint32 pageCount = 0;
    qint32 pageIndex = 0;
    double width = 0;
    double height = 0;
    quint32 pixelWidth = 0;
    quint32 pixelHeight = 0;
    in >> pageCount >> pageIndex >> width >> height >> page.dpi >> pixelWidth >> pixelHeight;
    if (in.status() != QDataStream::Ok)
        return broken(QStringLiteral("short page header"));
    if (pageCount < 1 || pageIndex < 0 || pageIndex >= pageCount || !finite(width, 1, 1e7)
        || !finite(height, 1, 1e7) || !finite(page.dpi, 1e-4, PreviewProtocol::kMaxDpi) || pixelWidth == 0
        || pixelHeight == 0 || pixelWidth > PreviewProtocol::kMaxSide || pixelHeight > PreviewProtocol::kMaxSide
        || quint64(pixelWidth) * pixelHeight > PreviewProtocol::kMaxPixels)
        return broken(QStringLiteral("page header out of range"));
    const qint64 pixelBytes = qint64(pixelWidth) * pixelHeight * 4;
    if (left() < pixelBytes)
        return broken(QStringLiteral("short image"));
    page.pageCount = pageCount;
    page.pageIndex = pageIndex;
    page.pagePoints = QSizeF(width, height);
    page.pixelSize = QSize(int(pixelWidth), int(pixelHeight));
    page.pixels.resize(qsizetype(pixelBytes));
    if (in.readRawData(page.pixels.data(), int(pixelBytes)) != int(pixelBytes))
        return broken(QStringLiteral("short image"));

    quint32 words = 0;
    in >> words;
    if (in.status() != QDataStream::Ok || words > PreviewProtocol::kMaxWords)
        return broken(QStringLiteral("bad word count"));
    page.words.reserve(qsizetype(words));
    for (quint32 i = 0; i < words; ++i) {
        double x = 0;
        double y = 0;
        double w = 0;
        double h = 0;
        quint8 space = 0;
        in >> x >> y >> w >> h >> space;
        QByteArray text;
        if (in.status() != QDataStream::Ok || !readBytes(PreviewProtocol::kMaxWordBytes, &text))
            return broken(QStringLiteral("short word %1").arg(i));
        // Words a little outside the page are kept (glyphs overhang); nonsense is not.
        if (!finite(x, -width, 2 * width) || !finite(y, -height, 2 * height) || !finite(w, 0, 2 * width)
            || !finite(h, 0, 2 * height) || space > 1)
            return broken(QStringLiteral("word %1 out of range").arg(i));
        page.words.append(PreviewWord { QRectF(x, y, w, h), QString::fromUtf8(text), space == 1 });
    }
    if (!in.atEnd())
        return broken(QStringLiteral("bytes after the reply"));
    return reply;
}
