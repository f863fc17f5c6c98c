#pragma once

#include "csvreader.h"
#include "error.h"
#include "leadvalidator.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

// Imports leads from a CSV file (issue 13, item 1), for `import-csv` and File → Import
// leads…: each record is checked with the intake rules (LeadValidator, the resume through
// the same PDF checks), duplicates are found by the intake's duplicate key
// (leads.email_key), and the leads are written in batches, each batch one transaction.
// Every stored record is remembered in import_rows under the file's SHA-256 and its record
// number, in the same transaction, so running an interrupted import again stores each
// record once. A bad record never stops the import: it becomes a reject (row, field,
// reason). Each imported lead gets one "created" history row naming the file and row.
// Imports queue no email, neither the prospect's confirmation nor the firm's
// notification: people in an old spreadsheet did not just ask for anything.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    enum class Field { FirstName, LastName, Email, Created, Status, Resume, Language };
    static constexpr int kFieldCount = 7;
    static QList<Field> fields();
    static QString fieldKey(Field field); // "first_name", as --mapping takes it
    static std::optional<Field> fieldFromKey(const QString& key);
    static QString fieldLabel(Field field); // translated, for the window
    static bool isRequired(Field field);

    enum class Duplicates {
        Skip, // a record whose email is already a lead's is not imported
        Keep, // imported anyway, as intake's "Save anyway"
        Update, // fills the existing lead's empty fields (today: a missing resume)
    };
    static QString duplicatesKey(Duplicates rule); // "skip", "keep", "update"
    static std::optional<Duplicates> duplicatesFromKey(const QString& key);

    // The column of each field (-1: none), by Field's order.
    struct Mapping
    {
        std::array<int, kFieldCount> columns { -1, -1, -1, -1, -1, -1, -1 };
        int column(Field field) const { return columns[std::size_t(field)]; }
        void set(Field field, int column) { columns[std::size_t(field)] = column; }
        bool operator==(const Mapping&) const = default;
    };
    // The columns whose headers name a field in English, Spanish or German ("Vorname",
    // "Apellidos", "E-Mail", "Fecha"...), letter case, accents, spaces, '-' and '_' ignored.
    static Mapping guessMapping(const QStringList& header);
    // "first_name=Vorname,email=Mail" over `base`: an unknown field or a header the file
    // does not have is an error. A field given an empty header is unmapped.
    static Result<Mapping> applyMappingText(const QString& text, const QStringList& header, Mapping base);
    // The mapping as "field=Header,…" (what QSettings remembers and --mapping takes).
    static QString mappingText(const Mapping& mapping, const QStringList& header);
    // A message naming the required fields no column is mapped to (empty: none missing).
    static QString missingFields(const Mapping& mapping);
    // The same header, the same remembered mapping: a key for QSettings.
    static QString headerSignature(const QStringList& header);

    struct Options
    {
        Duplicates duplicates = Duplicates::Skip;
        bool dryRun = false;
        int batchSize = 500;
        std::optional<CsvReader::Encoding> encoding; // guessed when not given
        std::optional<QChar> separator; // sniffed when not given
        std::optional<Mapping> mapping; // guessed from the header when not given
        QString actor;
        std::optional<qint64> actorId;
    };

    struct Reject
    {
        qint64 row = 0;
        QString field; // the CSV column's header (or the field's key when none)
        QString reason;
    };

    struct Report
    {
        QString importId; // SHA-256 (hex) of the file
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        QChar separator;
        QStringList header;
        qint64 records = 0; // data records read
        qint64 added = 0; // new leads (would be, in a dry run)
        qint64 updated = 0; // existing leads given what they lacked
        qint64 skipped = 0; // duplicates left alone (rule skip, or nothing to fill)
        qint64 alreadyImported = 0; // stored by an earlier run of the same file
        qint64 rejected = 0; // records refused (rejects lists why, per field)
        QList<Reject> rejects;
        bool dryRun = false;
        bool cancelled = false; // stopped between batches; what was committed stays
        std::optional<Error> error; // the file or the database failed; earlier batches stay
    };

    // The first rows as the file will be read, for the window's preview.
    struct Preview
    {
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        QChar separator;
        QStringList header;
        QList<QStringList> rows;
    };
    static Result<Preview> preview(const QString& path, int rows,
                                   std::optional<CsvReader::Encoding> encoding = std::nullopt,
                                   std::optional<QChar> separator = std::nullopt);

    CsvImporter(QSqlDatabase db, const LeadValidator& validator = LeadValidator());

    // rowsDone: records handled so far, fraction: 0..1 through the file; after each batch.
    using Progress = std::function<void(qint64 rowsDone, double fraction)>;
    // Asked between batches; true stops the import (Report::cancelled).
    using Stop = std::function<bool()>;
    Report run(const QString& path, const Options& options, const Progress& progress = {},
               const Stop& stop = {}) const;

    // row,field,reason as CSV (UTF-8 with a BOM, formula-safe: CsvWriter).
    static VoidResult writeRejects(const QString& path, const QList<Reject>& rejects);
    // "12 added, 0 updated, …" for the command line and the window.
    static QString summary(const Report& report);

private:
    QSqlDatabase m_db;
    LeadValidator m_validator;
};
