#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>

// One word of a rendered page, for text selection: where it is (in points from the page's
// top left) and whether a space follows it.
struct PreviewWord
{
    QRectF box;
    QString text;
    bool spaceAfter = false;
};

// One page of a resume as leadintake-preview rendered it (previewprotocol.h). The pixels
// stay bytes here (core has no QtGui): premultiplied ARGB32 rows of width * 4 bytes.
struct PreviewPage
{
    int pageCount = 0;
    int pageIndex = 0;
    QSizeF pagePoints; // 1/72 inch
    double dpi = 0;
    QSize pixelSize;
    QByteArray pixels;
    QList<PreviewWord> words;
};
