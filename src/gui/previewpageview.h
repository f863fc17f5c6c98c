#pragma once

#include "previewpage.h"

#include <QImage>
#include <QList>
#include <QWidget>

// One rendered resume page, drawn at a scale, with its words selectable: drag a rectangle
// over them (or Ctrl+A), Ctrl+C copies the selected words in reading order. Colours come
// from the palette. The page keys (Left/Right, Ctrl+plus/minus/0, Ctrl+wheel) are turned
// into requests for the ResumePreview around it.
class PreviewPageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPageView)

public:
    explicit PreviewPageView(QWidget* parent = nullptr);

    void setPage(const PreviewPage& page);
    void clearPage();
    bool hasPage() const { return !m_image.isNull(); }
    QSizeF pagePoints() const { return m_points; }
    // Logical pixels per point; the image is drawn (smoothly scaled) to this size until a
    // render at the new size arrives.
    void setScale(double pixelsPerPoint);
    double scale() const { return m_scale; }

    QString selectedText() const;
    int selectedWordCount() const { return int(m_selected.size()); }
    void selectAll();
    void copySelection() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void pageStepRequested(int step); // -1 previous, +1 next
    void zoomStepRequested(int step); // -1 out, +1 in, 0 fit width

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QRectF wordRect(const PreviewWord& word) const;
    void selectWithin(const QRectF& area);

    QByteArray m_pixels; // the image's memory
    QImage m_image;
    QSizeF m_points;
    QList<PreviewWord> m_words;
    QList<int> m_selected; // indexes into m_words, in reading order
    double m_scale = 1.0;
    QPointF m_dragStart;
    QRectF m_dragRect;
    bool m_dragging = false;
};
