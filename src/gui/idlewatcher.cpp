#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

IdleWatcher::IdleWatcher(int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(timeoutMs);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int timeoutMs)
{
    m_timer->setInterval(timeoutMs);
    if (m_active)
        m_timer->start();
}

int IdleWatcher::timeout() const
{
    return m_timer->interval();
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    if (active)
        m_timer->start();
    else
        m_timer->stop();
}

bool IdleWatcher::isActive() const
{
    return m_active;
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (m_active) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            m_timer->start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
