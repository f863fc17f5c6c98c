#include "importworker.h"

#include "connectionclone.h"

#include <QThread>

ImportWorker::ImportWorker(QSqlDatabase db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
{
}

ImportWorker::~ImportWorker()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ImportWorker::start(const QString& path, const CsvImporter::Options& options)
{
    if (m_running)
        return;
    if (m_thread)
        m_thread->wait(); // the last run's thread, done but not yet deleted
    m_running = true;
    // A flag per run: a cancelled run's flag must not stop the next one.
    m_stop = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    const QString source = m_db.connectionName();
    QPointer<ImportWorker> self(this);
    QThread* thread = QThread::create([self, source, stop, path, options] {
        const QString name = QStringLiteral("leadintake-import-%1").arg(quintptr(QThread::currentThreadId()));
        CsvImporter::Report report;
        {
            const ConnectionClone clone(source, name);
            if (!clone.isOpen()) {
                report.error = Error { Error::Code::Database,
                                       CsvImporter::tr("Cannot open another connection to the database: %1")
                                           .arg(clone.errorString()) };
            } else {
                const auto onProgress = [self](qint64 rows, double fraction) {
                    const int percent = qBound(0, int(fraction * 100.0), 100);
                    QMetaObject::invokeMethod(
                        self.data(), [self, rows, percent] {
                            if (self)
                                Q_EMIT self->progress(rows, percent);
                        },
                        Qt::QueuedConnection);
                };
                report = CsvImporter(clone.connection()).run(path, options, onProgress, [stop] { return stop->load(); });
            }
        }
        QMetaObject::invokeMethod(
            self.data(), [self, report] {
                if (!self)
                    return;
                self->m_running = false;
                Q_EMIT self->finished(report);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->setParent(this);
    m_thread = thread;
    thread->start();
}

void ImportWorker::cancel()
{
    if (m_stop)
        m_stop->store(true);
}
