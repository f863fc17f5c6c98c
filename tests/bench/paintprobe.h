#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Watches one widget's paint events and notes when a paint that the user would see as the
// answer has finished: armed with a condition, it fires after the first paint that runs
// while the condition holds. Timing ends when the pixels are drawn, not when the data is,
// and not when the event loop is next idle: repaints that Qt queues after the answer is on
// screen (a layout pass, a fading icon) are not part of what the user waits for.
class PaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaintProbe)

public:
    explicit PaintProbe(QWidget* widget, QObject* parent = nullptr);

    void arm(std::function<bool()> condition = {});
    bool fired() const { return m_fired; }
    // CLOCK_MONOTONIC nanoseconds at the end of the paint that fired (0 before).
    qint64 firedAtNs() const { return m_firedAtNs; }
    // Runs the event loop until the armed paint happened or timeoutMs passed.
    bool wait(int timeoutMs = 600000);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_widget = nullptr;
    std::function<bool()> m_condition;
    bool m_armed = false;
    bool m_fired = false;
    bool m_inside = false;
    qint64 m_firedAtNs = 0;
};
