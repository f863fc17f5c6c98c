#pragma once

#include "error.h"

#include <QLabel>

#include <functional>

class QLineEdit;
class QTimer;

// The intake form's conflict line: a while after the prospect's names or email were last
// typed, it asks whether the firm may act against this person, and says only
// "Possible conflict: an attorney will review." — never who matched (reception and the
// kiosk's prospect must not see the firm's parties). The check runs off the typing path:
// a single-shot timer restarted by each keystroke.
class ConflictNotice final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictNotice)

public:
    // first, last, email -> whether anything may match (ConflictRepository::possibleConflict).
    using Check = std::function<Result<bool>(const QString&, const QString&, const QString&)>;
    static constexpr int kDelayMs = 300;

    explicit ConflictNotice(QWidget* parent = nullptr);

    void setCheck(Check check);
    // Watches these fields; each edit restarts the timer.
    void watch(QLineEdit* firstName, QLineEdit* lastName, QLineEdit* email);
    // The form was cleared or saved: nothing to say until the next keystroke.
    void reset();
    // Runs the pending check now (tests; the form's save).
    void checkNow();
    bool isPossibleConflict() const { return m_possible; }

Q_SIGNALS:
    void checked(bool possibleConflict);

private:
    void applyColors();

    Check m_check;
    QTimer* m_timer = nullptr;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_last = nullptr;
    QLineEdit* m_email = nullptr;
    bool m_possible = false;
};
