#include "previewpageview.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

PreviewPageView::PreviewPageView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("previewPage"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Resume page"));
    setAccessibleDescription(tr("Drag over words to select them; Ctrl+C copies them. Left and Right "
                                "turn the page, Ctrl+plus and Ctrl+minus zoom."));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void PreviewPageView::setPage(const PreviewPage& page)
{
    m_pixels = page.pixels;
    m_image = QImage(reinterpret_cast<const uchar*>(m_pixels.constData()), page.pixelSize.width(),
                     page.pixelSize.height(), qsizetype(page.pixelSize.width()) * 4,
                     QImage::Format_ARGB32_Premultiplied);
    m_points = page.pagePoints;
    m_words = page.words;
    m_selected.clear();
    m_dragging = false;
    updateGeometry();
    resize(sizeHint());
    update();
}

void PreviewPageView::clearPage()
{
    m_image = QImage();
    m_pixels.clear();
    m_words.clear();
    m_selected.clear();
    m_points = {};
    updateGeometry();
    resize(sizeHint());
    update();
}

void PreviewPageView::setScale(double pixelsPerPoint)
{
    if (qFuzzyCompare(m_scale, pixelsPerPoint))
        return;
    m_scale = pixelsPerPoint;
    updateGeometry();
    resize(sizeHint());
    update();
}

QSize PreviewPageView::sizeHint() const
{
    if (m_points.isEmpty())
        return { 0, 0 };
    return { int(std::ceil(m_points.width() * m_scale)), int(std::ceil(m_points.height() * m_scale)) };
}

QRectF PreviewPageView::wordRect(const PreviewWord& word) const
{
    return { word.box.x() * m_scale, word.box.y() * m_scale, word.box.width() * m_scale,
             word.box.height() * m_scale };
}

void PreviewPageView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (m_image.isNull())
        return;
    const QRectF target(QPointF(0, 0), QSizeF(m_points * m_scale));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
    if (!m_selected.isEmpty()) {
        QColor highlight = palette().color(QPalette::Highlight);
        highlight.setAlphaF(0.35f);
        for (const int index : m_selected)
            painter.fillRect(wordRect(m_words.at(index)), highlight);
    }
    if (m_dragging) {
        QPen pen(palette().color(QPalette::Highlight));
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(m_dragRect);
    }
    if (hasFocus()) {
        QPen pen(palette().color(QPalette::Highlight));
        pen.setWidth(2);
        painter.setPen(pen);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void PreviewPageView::selectWithin(const QRectF& area)
{
    m_selected.clear();
    for (int i = 0; i < m_words.size(); ++i) {
        if (wordRect(m_words.at(i)).intersects(area))
            m_selected.append(i);
    }
    update();
}

void PreviewPageView::selectAll()
{
    m_selected.clear();
    for (int i = 0; i < m_words.size(); ++i)
        m_selected.append(i);
    update();
}

QString PreviewPageView::selectedText() const
{
    QString text;
    const PreviewWord* previous = nullptr;
    for (const int index : m_selected) {
        const PreviewWord& word = m_words.at(index);
        if (previous) {
            // A word that starts above the previous one's middle line is on the same line.
            const bool sameLine = word.box.top() < previous->box.center().y()
                && word.box.bottom() > previous->box.center().y();
            if (!sameLine)
                text += QLatin1Char('\n');
            else if (previous->spaceAfter)
                text += QLatin1Char(' ');
        }
        text += word.text;
        previous = &word;
    }
    return text;
}

void PreviewPageView::copySelection() const
{
    if (!m_selected.isEmpty())
        QApplication::clipboard()->setText(selectedText());
}

void PreviewPageView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_image.isNull())
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_dragStart = event->position();
    m_dragRect = QRectF(m_dragStart, m_dragStart);
    m_dragging = true;
    selectWithin(m_dragRect);
}

void PreviewPageView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    m_dragRect = QRectF(m_dragStart, event->position()).normalized();
    selectWithin(m_dragRect);
}

void PreviewPageView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    m_dragRect = QRectF(m_dragStart, event->position()).normalized();
    selectWithin(m_dragRect);
}

void PreviewPageView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    const bool control = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        if (!control)
            return Q_EMIT pageStepRequested(-1);
        break;
    case Qt::Key_Right:
        if (!control)
            return Q_EMIT pageStepRequested(+1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (control)
            return Q_EMIT zoomStepRequested(+1);
        break;
    case Qt::Key_Minus:
        if (control)
            return Q_EMIT zoomStepRequested(-1);
        break;
    case Qt::Key_0:
        if (control)
            return Q_EMIT zoomStepRequested(0);
        break;
    case Qt::Key_Escape:
        if (!m_selected.isEmpty()) {
            m_selected.clear();
            update();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event); // the scroll area scrolls with Up, Down, Page Up/Down
}

void PreviewPageView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return event->ignore(); // the scroll area scrolls
    const int delta = event->angleDelta().y();
    if (delta != 0)
        Q_EMIT zoomStepRequested(delta > 0 ? +1 : -1);
    event->accept();
}
