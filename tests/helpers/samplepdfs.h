#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

// Real PDFs for the preview's tests, written by Qt's own PDF writer (needs a
// QGuiApplication): text on every page that Poppler must find again.
namespace SamplePdfs {

// `pages` Letter pages; page N says "Page N of M" and, on page 2, "Zanzibar".
// A typical resume when cv is true: a name, headings and paragraphs of work history.
inline QByteArray write(int pages, bool cv = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("Sample"));
    QPainter painter(&writer);
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(10.5);
    QFont heading = body;
    heading.setPointSizeF(16);
    heading.setBold(true);
    const QRect area = painter.viewport();
    const QString paragraph = QStringLiteral(
        "Advised clients on commercial leases, employment contracts and small-business disputes; "
        "drafted pleadings, prepared witnesses and negotiated settlements with opposing counsel. "
        "Kept case files, deadlines and billing records in order for a team of four attorneys.");
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        int y = 0;
        painter.setFont(heading);
        const QString title = cv && page == 1 ? QStringLiteral("María Fernanda Patel")
                                              : QStringLiteral("Page %1 of %2").arg(page).arg(pages);
        painter.drawText(QRect(0, y, area.width(), 120), Qt::AlignLeft | Qt::AlignTop, title);
        y += 160;
        painter.setFont(body);
        if (page == 2)
            painter.drawText(QRect(0, y, area.width(), 80), Qt::AlignLeft | Qt::AlignTop,
                             QStringLiteral("Languages: Spanish, English, Swahili (Zanzibar)"));
        y += 100;
        const int blocks = cv ? 6 : 1;
        for (int i = 0; i < blocks; ++i) {
            painter.setFont(heading);
            painter.drawText(QRect(0, y, area.width(), 100), Qt::AlignLeft | Qt::AlignTop,
                             QStringLiteral("Paralegal, Firm %1 (201%2–201%3)").arg(i + 1).arg(i).arg(i + 1));
            y += 110;
            painter.setFont(body);
            const QRect box(0, y, area.width(), 400);
            QRect used;
            painter.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, paragraph, &used);
            y += used.height() + 60;
        }
    }
    painter.end();
    return bytes;
}

// A hand-written PDF of one page whose MediaBox is `side` points square.
inline QByteArray withPageSide(const QByteArray& side, const QByteArray& content = "BT /F1 24 Tf 72 72 Td (Big) Tj ET",
                               const QByteArray& extraObject = {})
{
    QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + side + " " + side + "] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        extraObject.isEmpty() ? QByteArray("<< >>") : extraObject,
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// A decompression bomb: an image of 20000 x 20000 RGB pixels (1.2 GB) whose Flate stream
// is some 64 KB (of 64 MB of zeros), drawn over the whole page.
inline QByteArray decompressionBomb()
{
    const QByteArray zeros(64 * 1024 * 1024, '\0');
    const QByteArray zlib = qCompress(zeros, 9).mid(4); // qCompress: 4-byte length, then zlib
    const QByteArray image = "<< /Type /XObject /Subtype /Image /Width 20000 /Height 20000 "
                             "/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length "
        + QByteArray::number(zlib.size()) + " >>\nstream\n" + zlib + "\nendstream";
    return withPageSide("612", "q 612 0 0 612 0 0 cm /Im1 Do Q", image);
}

} // namespace SamplePdfs
