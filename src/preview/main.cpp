// leadintake-preview: renders one page of one PDF for the lead detail pane's preview.
//
// It is the only code of the product that parses a PDF, and a PDF is hostile input: so it
// runs as its own short-lived process, limits itself before it reads a byte of the PDF
// (selflimits.h), and, where bubblewrap is installed, the desk starts it inside a sandbox
// with no network and a read-only view of /usr (PreviewRenderer). It reads the PDF from
// stdin, never from a path, and answers on stdout (previewprotocol.h). Nothing is written
// to disk.
#include "previewprotocol.h"
#include "selflimits.h"

#include <poppler-qt6.h>

#include <QByteArray>
#include <QDataStream>
#include <QImage>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <optional>

namespace {

using PreviewProtocol::Status;

struct Options
{
    int page = 0;
    double dpi = 96.0;
    int widthPx = 0; // when set: the dpi that makes the page this wide
    bool testHang = false; // tests: never answers (the desk's timeout must end it)
    bool testLimits = false; // tests: reports the limits in force
    int testConnectPort = 0; // tests: tries to reach 127.0.0.1:port, reports what happened
    bool testProbe = false; // the desk's check that the sandbox starts at all
};

std::optional<Options> parseArguments(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const bool hasValue = i + 1 < argc;
        bool ok = true;
        if (arg == "--page" && hasValue)
            options.page = QByteArray(argv[++i]).toInt(&ok);
        else if (arg == "--dpi" && hasValue)
            options.dpi = QByteArray(argv[++i]).toDouble(&ok);
        else if (arg == "--width-px" && hasValue)
            options.widthPx = QByteArray(argv[++i]).toInt(&ok);
        else if (arg == "--test-hang")
            options.testHang = true;
        else if (arg == "--test-limits")
            options.testLimits = true;
        else if (arg == "--test-connect" && hasValue)
            options.testConnectPort = QByteArray(argv[++i]).toInt(&ok);
        else if (arg == "--probe")
            options.testProbe = true;
        else
            return std::nullopt;
        if (!ok)
            return std::nullopt;
    }
    if (options.page < 0 || !std::isfinite(options.dpi) || options.widthPx < 0)
        return std::nullopt;
    return options;
}

bool writeAll(const QByteArray& bytes)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(STDOUT_FILENO, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        left -= written;
    }
    return true;
}

void putBytes(QDataStream& out, const QByteArray& bytes)
{
    out << quint32(bytes.size());
    out.writeRawData(bytes.constData(), int(bytes.size()));
}

QByteArray header(Status status)
{
    QByteArray reply;
    QDataStream out(&reply, QIODevice::WriteOnly);
    out.writeRawData(PreviewProtocol::kMagic, PreviewProtocol::kMagicSize);
    out << quint32(status);
    return reply;
}

// A failure (or a test's diagnostic): the status and a short detail for the desk's log.
int answer(Status status, const QByteArray& detail)
{
    QByteArray reply = header(status);
    QDataStream out(&reply, QIODevice::Append);
    putBytes(out, detail.left(PreviewProtocol::kMaxMessageBytes));
    return writeAll(reply) && status == Status::Diagnostic ? 0 : 1;
}

std::optional<QByteArray> readInput()
{
    QByteArray input;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return std::nullopt;
        if (got == 0)
            return input;
        if (input.size() + got > PreviewProtocol::kMaxInputBytes)
            return std::nullopt;
        input.append(buffer, got);
    }
}

QByteArray tryToConnect(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return QByteArray("socket refused: ") + QByteArray(std::strerror(errno));
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int result = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    const int error = errno;
    ::close(fd);
    return result == 0 ? QByteArray("connected") : QByteArray("connect failed: ") + QByteArray(std::strerror(error));
}

// The resolution for the request, lowered until the image fits the protocol's limits.
double fittedDpi(const Options& options, const QSizeF& pagePoints)
{
    double dpi = options.widthPx > 0 ? options.widthPx * 72.0 / pagePoints.width() : options.dpi;
    dpi = std::clamp(dpi, PreviewProtocol::kMinDpi, PreviewProtocol::kMaxDpi);
    const double width = pagePoints.width() * dpi / 72.0;
    const double height = pagePoints.height() * dpi / 72.0;
    const double side = double(PreviewProtocol::kMaxSide) - 2; // rounding room
    double scale = std::min({ 1.0, side / width, side / height,
                              std::sqrt(double(PreviewProtocol::kMaxPixels) * 0.98 / (width * height)) });
    return dpi * scale;
}

int render(const Options& options, const QByteArray& pdf)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document)
        return answer(Status::NotPdf, "not a PDF Poppler can read");
    if (document->isLocked())
        return answer(Status::Locked, "the PDF needs a password");
    const int pages = document->numPages();
    if (pages <= 0)
        return answer(Status::NotPdf, "the PDF has no pages");
    if (options.page >= pages)
        return answer(Status::NoSuchPage, QByteArray("no page ") + QByteArray::number(options.page + 1) + " of "
                                              + QByteArray::number(pages));
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const std::unique_ptr<Poppler::Page> page = document->page(options.page);
    if (!page)
        return answer(Status::RenderFailed, "the page cannot be read");
    const QSizeF points = page->pageSizeF();
    if (!(points.width() >= 1.0 && points.height() >= 1.0) || !std::isfinite(points.width())
        || !std::isfinite(points.height()))
        return answer(Status::RenderFailed, "the page has no usable size");
    const double dpi = fittedDpi(options, points);
    QImage image = page->renderToImage(dpi, dpi);
    if (image.isNull())
        return answer(Status::RenderFailed, "Poppler rendered nothing");
    image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const auto width = quint32(image.width());
    const auto height = quint32(image.height());
    if (width == 0 || height == 0 || width > PreviewProtocol::kMaxSide || height > PreviewProtocol::kMaxSide
        || quint64(width) * height > PreviewProtocol::kMaxPixels)
        return answer(Status::RenderFailed, "the page image is too large");

    QByteArray reply = header(Status::Ok);
    reply.reserve(reply.size() + qsizetype(width) * height * 4 + 64 * 1024);
    QDataStream out(&reply, QIODevice::Append);
    out << qint32(pages) << qint32(options.page) << points.width() << points.height() << dpi << width
        << height;
    for (int y = 0; y < image.height(); ++y)
        out.writeRawData(reinterpret_cast<const char*>(image.constScanLine(y)), int(width * 4));
    image = QImage(); // memory for the words

    std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
    quint32 count = 0;
    QByteArray words;
    QDataStream wordsOut(&words, QIODevice::WriteOnly);
    for (const std::unique_ptr<Poppler::TextBox>& box : boxes) {
        if (count == PreviewProtocol::kMaxWords)
            break;
        const QRectF rect = box->boundingBox();
        const QByteArray text = box->text().toUtf8();
        if (text.isEmpty() || text.size() > qsizetype(PreviewProtocol::kMaxWordBytes) || !rect.isValid())
            continue;
        wordsOut << rect.x() << rect.y() << rect.width() << rect.height() << quint8(box->hasSpaceAfter());
        putBytes(wordsOut, text);
        ++count;
    }
    out << count;
    out.writeRawData(words.constData(), int(words.size()));
    return writeAll(reply) ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    // First of all: nothing below, and nothing the PDF makes Poppler do, runs unlimited.
    const SelfLimits::Outcome limited = SelfLimits::apply();
    const std::optional<Options> options = parseArguments(argc, argv);
    if (!options)
        return 2;
    if (!limited.ok)
        return answer(Status::RenderFailed, QByteArray("cannot limit this process: ") + limited.failure);
    if (options->testProbe)
        return 0;
    if (options->testLimits)
        return answer(Status::Diagnostic, SelfLimits::describe());
    if (options->testConnectPort > 0)
        return answer(Status::Diagnostic, tryToConnect(options->testConnectPort));
    if (options->testHang) {
        for (;;)
            ::pause();
    }
    const std::optional<QByteArray> pdf = readInput();
    if (!pdf)
        return answer(Status::TooLarge, "the input is larger than the renderer accepts, or unreadable");
    return render(*options, *pdf);
}
