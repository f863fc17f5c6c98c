#pragma once

#include <QLabel>

// A one-line label that may be narrower than its text: it then shows the text cut with an
// ellipsis ("Database: lea…") and the whole text as its tooltip, instead of clipping it
// mid-letter. For the status bar's permanent labels, which give way to passing messages.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    ~ElidedLabel() override;

    QSize minimumSizeHint() const override;
    // The text as drawn at the current width.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent* event) override;
};
