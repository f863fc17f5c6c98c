#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// An aligned text table for a terminal (list-leads, outbox list): widths in terminal
// columns (wide East Asian characters take two, combining marks none), values that could
// move the cursor or reorder text made harmless, long values shortened with "…".
class TextTable
{
public:
    struct Column
    {
        QString header;
        int maxWidth = 0; // 0: as wide as the widest value
        bool alignRight = false;
    };

    explicit TextTable(QList<Column> columns);

    // Widens the columns to fit these rows (and the headers), up to each maxWidth.
    void fit(const QList<QStringList>& rows);
    QString headerLine() const;
    QString line(const QStringList& cells) const;

    // Columns a text takes in a terminal.
    static int displayWidth(const QString& text);
    // Control characters, line and paragraph separators and bidirectional controls
    // become U+FFFD.
    static QString terminalSafe(const QString& text);

private:
    QList<Column> m_columns;
    QList<int> m_widths;
};
