#include "auditcheck.h"

#include "auditverifier.h"
#include "connectionclone.h"

#include <QThread>

AuditCheck::AuditCheck(QSqlDatabase db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
{
}

AuditCheck::~AuditCheck()
{
    m_stop->store(true);
    if (m_thread)
        m_thread->wait();
}

void AuditCheck::start()
{
    if (m_thread)
        return;
    const QString source = m_db.connectionName();
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    QThread* thread = QThread::create([this, source, stop] {
        const QString name = QStringLiteral("leadintake-audit-%1").arg(quintptr(QThread::currentThreadId()));
        Result<AuditVerifier::Report> report = Error { Error::Code::Database, QString() };
        {
            const ConnectionClone clone(source, name);
            if (clone.isOpen())
                report = AuditVerifier(clone.connection()).verify([&stop] { return stop->load(); });
        }
        if (!report)
            return;
        const QString broken = report->intact() ? QString() : report->summary();
        QMetaObject::invokeMethod(this, [this, broken] { Q_EMIT finished(broken); }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->setParent(this);
    m_thread = thread;
    thread->start(QThread::LowPriority);
}
