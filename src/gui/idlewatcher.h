#pragma once

#include <QObject>

class QTimer;

// Notices when nobody has touched the keyboard or mouse for a while (any window of the
// application), so the desk can lock itself.
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    explicit IdleWatcher(int timeoutMs, QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int timeoutMs);
    int timeout() const;
    // Counts only while active (e.g. while someone is signed in).
    void setActive(bool active);
    bool isActive() const;

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer = nullptr;
    bool m_active = false;
};
