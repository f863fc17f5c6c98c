#pragma once

#include <QtGlobal>

// The reply of `leadintake-preview` (src/preview) to PreviewRenderer (previewrenderer.h), on
// its stdout. Header-only: the renderer does not link the core library.
//
// Request: the PDF's bytes on stdin; `--page N` (0-based) and either `--dpi D` or
// `--width-px W` (the page's width in device pixels) on the command line.
// Reply, big-endian (QDataStream), nothing before or after it:
//   "LIPREVW1"                       8 bytes
//   quint32 status                   PreviewProtocol::Status
//   status != Ok:  quint32 n, n bytes of UTF-8 (a detail for the log, never PDF text)
//   status == Ok:  qint32 pageCount, qint32 pageIndex,
//                  double pageWidth, double pageHeight  (points, 1/72 inch)
//                  double dpi, quint32 width, quint32 height,
//                  width * height * 4 bytes: premultiplied ARGB32 pixels, native byte order
//                  (QImage::Format_ARGB32_Premultiplied rows without padding)
//                  quint32 words, each: double x, y, w, h (points), quint8 spaceAfter,
//                  quint32 n, n bytes of UTF-8
// Raw pixels rather than PNG: the desk decodes nothing that a subverted renderer could have
// crafted against an image decoder; it checks the sizes and copies bytes.
namespace PreviewProtocol {

inline constexpr char kMagic[] = "LIPREVW1";
inline constexpr int kMagicSize = 8;

enum class Status : quint32 {
    Ok = 0,
    NotPdf = 1, // Poppler could not load it
    Locked = 2, // needs a password
    NoSuchPage = 3,
    RenderFailed = 4,
    TooLarge = 5, // the input is larger than kMaxInputBytes
    Diagnostic = 100, // the answer to a --test-* argument (tests only)
};

// The renderer reads at most this much from stdin (resumes are at most 10 MiB).
inline constexpr qint64 kMaxInputBytes = 64 * 1024 * 1024;
// A page image is never larger than this (the renderer lowers the resolution to fit).
inline constexpr quint32 kMaxSide = 8192;
inline constexpr quint64 kMaxPixels = 16 * 1024 * 1024;
inline constexpr double kMinDpi = 9.0;
inline constexpr double kMaxDpi = 1200.0;
inline constexpr quint32 kMaxWords = 50000;
inline constexpr quint32 kMaxWordBytes = 4096;
inline constexpr quint32 kMaxMessageBytes = 1024;
// Everything above, with room: the desk stops reading (and kills the renderer) past this.
inline constexpr qint64 kMaxReplyBytes = qint64(kMaxPixels) * 4 + 16 * 1024 * 1024;

// The limits the renderer puts on itself before it reads the PDF (setrlimit).
inline constexpr quint64 kAddressSpaceBytes = 512ull * 1024 * 1024;
inline constexpr quint64 kCpuSeconds = 10;
inline constexpr quint64 kOpenFiles = 32;

} // namespace PreviewProtocol
