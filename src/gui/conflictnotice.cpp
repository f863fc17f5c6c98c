#include "conflictnotice.h"

#include "palettecolors.h"

#include <QLineEdit>
#include <QTimer>

ConflictNotice::ConflictNotice(QWidget* parent)
    : QLabel(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("conflictNotice"));
    setAccessibleName(tr("Conflict check"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    hide();
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &ConflictNotice::checkNow);
    PaletteColors::follow(this, [this] { applyColors(); });
}

void ConflictNotice::applyColors()
{
    setStyleSheet(PaletteColors::textStyleSheet(PaletteColors::Tone::Error, palette(), true));
}

void ConflictNotice::setCheck(Check check)
{
    m_check = std::move(check);
}

void ConflictNotice::watch(QLineEdit* firstName, QLineEdit* lastName, QLineEdit* email)
{
    m_first = firstName;
    m_last = lastName;
    m_email = email;
    for (QLineEdit* edit : { firstName, lastName, email })
        connect(edit, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
}

void ConflictNotice::reset()
{
    m_timer->stop();
    m_possible = false;
    clear();
    hide();
}

void ConflictNotice::checkNow()
{
    m_timer->stop();
    if (!m_check || !m_first)
        return;
    const QString first = m_first->text();
    const QString last = m_last->text();
    const QString email = m_email->text();
    // Too little typed to mean anyone yet.
    if (first.trimmed().size() + last.trimmed().size() < 3 && !email.contains(QLatin1Char('@'))) {
        m_possible = false;
        hide();
        Q_EMIT checked(false);
        return;
    }
    const Result<bool> possible = m_check(first, last, email);
    // A failed check says nothing here: the lead is still checked in the detail pane.
    m_possible = possible && *possible;
    setText(m_possible ? tr("Possible conflict: an attorney will review.") : QString());
    setAccessibleDescription(text());
    setVisible(m_possible);
    Q_EMIT checked(m_possible);
}
