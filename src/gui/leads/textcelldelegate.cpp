#include "textcelldelegate.h"

#include <QApplication>
#include <QPainter>

ShapedTextCache::ShapedTextCache(int capacity)
    : m_cache(capacity)
{
}

const QStaticText& ShapedTextCache::get(const QString& text, const QFont& font)
{
    if (font != m_font) {
        m_cache.clear();
        m_font = font;
    }
    if (const QStaticText* cached = m_cache.object(text))
        return *cached;
    auto* shaped = new QStaticText(text);
    shaped->setTextFormat(Qt::PlainText);
    shaped->prepare(QTransform(), font);
    m_cache.insert(text, shaped);
    return *shaped;
}

TextCellDelegate::TextCellDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

TextCellDelegate::~TextCellDelegate() = default;

QString TextCellDelegate::drawPanel(QPainter* painter, QStyleOptionViewItem& cell)
{
    QString text = std::exchange(cell.text, QString());
    const QWidget* widget = cell.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    return text;
}

void TextCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const bool plain = !(cell.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator
                                          | QStyleOptionViewItem::WrapText))
        && !cell.text.contains(QLatin1Char('\n')) && !cell.text.contains(QChar::LineSeparator);
    if (!plain)
        return QStyledItemDelegate::paint(painter, option, index);
    const QString text = drawPanel(painter, cell);
    if (text.isEmpty())
        return;

    // Where and in which colour QCommonStyle would draw the text.
    const QWidget* widget = cell.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget)
                               .adjusted(margin, 0, -margin, 0);
    QPalette::ColorGroup group = (cell.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(cell.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role = (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;

    painter->save();
    painter->setPen(cell.palette.color(group, role));
    painter->setFont(cell.font);
    painter->setClipRect(textRect, Qt::IntersectClip);
    const QStaticText& shaped = m_shaped.get(text, cell.font);
    const QSizeF size = shaped.size();
    if (size.width() <= textRect.width()) {
        const QRect at = QStyle::alignedRect(cell.direction, cell.displayAlignment,
                                             QSize(qCeil(size.width()), qCeil(size.height())), textRect);
        painter->drawStaticText(at.topLeft(), shaped);
    } else {
        // Too wide: elided, as the style would (rare, so not cached).
        painter->drawText(textRect, int(QStyle::visualAlignment(cell.direction, cell.displayAlignment)),
                          cell.fontMetrics.elidedText(text, cell.textElideMode, textRect.width()));
    }
    painter->restore();
}
