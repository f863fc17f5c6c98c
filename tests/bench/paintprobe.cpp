#include "paintprobe.h"

#include "benchclock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QWidget>

PaintProbe::PaintProbe(QWidget* widget, QObject* parent)
    : QObject(parent)
    , m_widget(widget)
{
    m_widget->installEventFilter(this);
}

void PaintProbe::arm(std::function<bool()> condition)
{
    m_condition = std::move(condition);
    m_armed = true;
    m_fired = false;
    m_firedAtNs = 0;
}

bool PaintProbe::wait(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_fired && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    m_armed = false;
    return m_fired;
}

bool PaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_widget || event->type() != QEvent::Paint || m_inside || !m_armed)
        return false;
    if (m_condition && !m_condition())
        return false;
    // Deliver the paint now (to the view's own filters and paintEvent), so that "fired"
    // means painted; the original delivery is then complete.
    m_inside = true;
    QCoreApplication::sendEvent(m_widget, event);
    m_inside = false;
    m_firedAtNs = monotonicNs();
    m_fired = true;
    m_armed = false;
    return true;
}
