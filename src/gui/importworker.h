#pragma once

#include "csvimporter.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <atomic>
#include <memory>

class QThread;

// Runs a CSV import (or its dry run) off the GUI thread, on its own connection to the same
// database (ConnectionClone: on the office server, as the signed-in account), so that a
// 100,000-row file leaves the window responsive. Progress comes after each batch; cancel()
// stops between batches (what was committed stays, and running the same file again
// imports only the rest).
class ImportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWorker)

public:
    explicit ImportWorker(QSqlDatabase db, QObject* parent = nullptr);
    // Stops the import between batches and waits for the batch under way.
    ~ImportWorker() override;

    // Starts unless one is running; finished() follows.
    void start(const QString& path, const CsvImporter::Options& options);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // rows: records read so far; percent: how far through the file.
    void progress(qint64 rows, int percent);
    void finished(const CsvImporter::Report& report);

private:
    QSqlDatabase m_db;
    QPointer<QThread> m_thread;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_stop;
};
