#pragma once

#include "csvimporter.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class Dialogs;
class ImportWorker;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// File → Import leads… (administrators): a CSV file's first rows, which column holds which
// field (guessed from the headers, remembered per header in QSettings), the duplicate
// rule, a dry run that reports what would happen, and the import itself with a progress
// bar and Cancel. The work runs on ImportWorker's thread; rejected rows go to
// NAME-rejects.csv beside the file. Imports send no email.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(QSqlDatabase db, Dialogs& dialogs, const QString& actor, std::optional<qint64> actorId,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads the file's first rows and guesses (or recalls) the mapping.
    void setFile(const QString& path);
    bool isRunning() const;
    // The last run's report (dry or real), for tests and the status bar.
    const std::optional<CsvImporter::Report>& lastReport() const { return m_lastReport; }
    // Where the last run's rejects were written (empty: none).
    QString rejectsPath() const { return m_rejectsPath; }

Q_SIGNALS:
    // A real import finished (or was cancelled) having stored something.
    void imported(qint64 added, qint64 updated);

public Q_SLOTS:
    void reject() override; // Esc / Close: cancels a running import first

private:
    void browse();
    void reload();
    void mappingChanged();
    void start(bool dryRun);
    void finished(const CsvImporter::Report& report);
    void setRunning(bool running);
    CsvImporter::Mapping mapping() const;
    std::optional<CsvReader::Encoding> encoding() const;
    std::optional<QChar> separator() const;
    static QString settingsKey(const QStringList& header);

    Dialogs& m_dialogs;
    QString m_actor;
    std::optional<qint64> m_actorId;
    ImportWorker* m_worker = nullptr;
    QStringList m_header;
    std::optional<CsvImporter::Report> m_lastReport;
    QString m_rejectsPath;
    bool m_lastRunWasDry = false;

    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_separator = nullptr;
    QTableWidget* m_preview = nullptr;
    QList<QComboBox*> m_columns; // one per CsvImporter::fields(), in that order
    QComboBox* m_duplicates = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_dryRun = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_close = nullptr;
};
