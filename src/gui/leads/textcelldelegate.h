#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

// Text laid out once and drawn many times. Shaping a string (HarfBuzz) is most of what a
// table cell costs to paint, and a page of leads shows the same first names, last names and
// statuses again and again; every repaint (hover, selection, a scroll by one row) shows the
// same strings once more.
class ShapedTextCache
{
public:
    explicit ShapedTextCache(int capacity = 4096);

    // text prepared for font; the reference is valid until the next call.
    const QStaticText& get(const QString& text, const QFont& font);

private:
    QCache<QString, QStaticText> m_cache;
    QFont m_font;
};

// The Leads table's cells: what QStyledItemDelegate draws, with each string shaped once.
// QStyledItemDelegate lays a cell's text out three times on every paint (to size it, to
// elide it, to draw it): two thirds of a million-lead table's repaint (issue 5, callgrind).
// Cells with an icon, a check box, several lines or word wrap are left to QStyledItemDelegate.
class TextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextCellDelegate)

public:
    explicit TextCellDelegate(QObject* parent = nullptr);
    ~TextCellDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

protected:
    // The cell's background, selection and focus frame (cell as initStyleOption left it),
    // without its text, which it returns.
    static QString drawPanel(QPainter* painter, QStyleOptionViewItem& cell);
    ShapedTextCache& shapedText() const { return m_shaped; }

private:
    mutable ShapedTextCache m_shaped;
};
