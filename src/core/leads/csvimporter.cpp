#include "csvimporter.h"

#include "csvwriter.h"
#include "database.h"
#include "leadrepository.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

// Letter case, accents and everything but letters and digits removed: "E-Mail",
// "e_mail" and "Correo electrónico" meet their aliases below.
QString normalizedHeader(const QString& header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

QStringList aliases(CsvImporter::Field field)
{
    using Field = CsvImporter::Field;
    switch (field) {
    case Field::FirstName:
        return { QStringLiteral("firstname"), QStringLiteral("first"), QStringLiteral("givenname"),
                 QStringLiteral("forename"), QStringLiteral("nombre"), QStringLiteral("nombres"),
                 QStringLiteral("vorname"), QStringLiteral("prenom") };
    case Field::LastName:
        return { QStringLiteral("lastname"), QStringLiteral("last"), QStringLiteral("surname"),
                 QStringLiteral("familyname"), QStringLiteral("apellido"), QStringLiteral("apellidos"),
                 QStringLiteral("nachname"), QStringLiteral("familienname"), QStringLiteral("nom") };
    case Field::Email:
        return { QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("mail"),
                 QStringLiteral("correo"), QStringLiteral("correoelectronico"),
                 QStringLiteral("emailadresse"), QStringLiteral("mailadresse") };
    case Field::Created:
        return { QStringLiteral("created"), QStringLiteral("createdat"), QStringLiteral("createdon"),
                 QStringLiteral("date"), QStringLiteral("datecreated"), QStringLiteral("fecha"),
                 QStringLiteral("fechadealta"), QStringLiteral("fechaalta"), QStringLiteral("alta"),
                 QStringLiteral("datum"), QStringLiteral("erstellt"), QStringLiteral("erstelltam"),
                 QStringLiteral("angelegtam") };
    case Field::Status:
        return { QStringLiteral("status"), QStringLiteral("estado"), QStringLiteral("state") };
    case Field::Resume:
        return { QStringLiteral("resume"), QStringLiteral("resumefile"), QStringLiteral("cv"),
                 QStringLiteral("curriculum"), QStringLiteral("curriculumvitae"),
                 QStringLiteral("lebenslauf"), QStringLiteral("pdf") };
    case Field::Language:
        return { QStringLiteral("language"), QStringLiteral("lang"), QStringLiteral("idioma"),
                 QStringLiteral("sprache"), QStringLiteral("preferredlanguage") };
    }
    return {};
}

// ISO 8601 (with or without time and zone), and the day-first forms Spanish and German
// spreadsheets write (31/12/2024, 31.12.2024); never month-first (ambiguous). A time
// without a zone is this desk's local time.
QDateTime parseCreated(const QString& text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (when.isValid())
        return when.toUTC();
    static const QStringList dateTimes { QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
                                         QStringLiteral("dd/MM/yyyy HH:mm:ss"), QStringLiteral("dd/MM/yyyy HH:mm"),
                                         QStringLiteral("dd.MM.yyyy HH:mm:ss"), QStringLiteral("dd.MM.yyyy HH:mm"),
                                         QStringLiteral("d/M/yyyy H:mm"), QStringLiteral("d.M.yyyy H:mm") };
    for (const QString& format : dateTimes) {
        when = QDateTime::fromString(text, format);
        if (when.isValid())
            return when.toUTC();
    }
    static const QStringList dates { QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"),
                                     QStringLiteral("dd.MM.yyyy"), QStringLiteral("d/M/yyyy"),
                                     QStringLiteral("d.M.yyyy") };
    for (const QString& format : dates) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date.startOfDay().toUTC();
    }
    return {};
}

std::optional<LeadStatus> parseStatus(const QString& text)
{
    if (const std::optional<LeadStatus> status = LeadStatusText::fromKey(text))
        return status;
    for (const LeadStatus status : LeadStatusText::all()) {
        if (LeadStatusText::display(status).compare(text, Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

} // namespace

QList<CsvImporter::Field> CsvImporter::fields()
{
    return { Field::FirstName, Field::LastName, Field::Email, Field::Created,
             Field::Status, Field::Resume, Field::Language };
}

QString CsvImporter::fieldKey(Field field)
{
    switch (field) {
    case Field::FirstName:
        return QStringLiteral("first_name");
    case Field::LastName:
        return QStringLiteral("last_name");
    case Field::Email:
        return QStringLiteral("email");
    case Field::Created:
        return QStringLiteral("created");
    case Field::Status:
        return QStringLiteral("status");
    case Field::Resume:
        return QStringLiteral("resume");
    case Field::Language:
        return QStringLiteral("language");
    }
    return {};
}

std::optional<CsvImporter::Field> CsvImporter::fieldFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (const Field field : fields()) {
        if (fieldKey(field) == wanted)
            return field;
    }
    return std::nullopt;
}

QString CsvImporter::fieldLabel(Field field)
{
    switch (field) {
    case Field::FirstName:
        return tr("First name");
    case Field::LastName:
        return tr("Last name");
    case Field::Email:
        return tr("Email");
    case Field::Created:
        return tr("Created on");
    case Field::Status:
        return tr("Status");
    case Field::Resume:
        return tr("Resume (PDF file)");
    case Field::Language:
        return tr("Language");
    }
    return {};
}

bool CsvImporter::isRequired(Field field)
{
    return field == Field::FirstName || field == Field::LastName || field == Field::Email;
}

QString CsvImporter::duplicatesKey(Duplicates rule)
{
    switch (rule) {
    case Duplicates::Skip:
        return QStringLiteral("skip");
    case Duplicates::Keep:
        return QStringLiteral("keep");
    case Duplicates::Update:
        return QStringLiteral("update");
    }
    return {};
}

std::optional<CsvImporter::Duplicates> CsvImporter::duplicatesFromKey(const QString& key)
{
    for (const Duplicates rule : { Duplicates::Skip, Duplicates::Keep, Duplicates::Update }) {
        if (duplicatesKey(rule) == key.trimmed().toLower())
            return rule;
    }
    return std::nullopt;
}

CsvImporter::Mapping CsvImporter::guessMapping(const QStringList& header)
{
    Mapping mapping;
    for (const Field field : fields()) {
        const QStringList names = aliases(field);
        for (int column = 0; column < header.size(); ++column) {
            if (names.contains(normalizedHeader(header.at(column)))) {
                mapping.set(field, column);
                break;
            }
        }
    }
    return mapping;
}

Result<CsvImporter::Mapping> CsvImporter::applyMappingText(const QString& text, const QStringList& header,
                                                          Mapping base)
{
    const QStringList pairs = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = equals < 0 ? pair.trimmed() : pair.left(equals).trimmed();
        const std::optional<Field> field = fieldFromKey(key);
        if (equals < 0 || !field) {
            QStringList keys;
            for (const Field each : fields())
                keys.append(fieldKey(each));
            return Error { Error::Code::Invalid,
                           tr("\"%1\" is not FIELD=COLUMN with a field among %2.")
                               .arg(pair.trimmed(), keys.join(QStringLiteral(", "))) };
        }
        const QString name = pair.mid(equals + 1).trimmed();
        if (name.isEmpty()) {
            base.set(*field, -1);
            continue;
        }
        int column = int(header.indexOf(name));
        if (column < 0) {
            for (int i = 0; i < header.size() && column < 0; ++i) {
                if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                    column = i;
            }
        }
        if (column < 0)
            return Error { Error::Code::Invalid,
                           tr("The file has no column \"%1\" (for %2); its columns are: %3.")
                               .arg(name, fieldKey(*field), header.join(QStringLiteral(", "))) };
        base.set(*field, column);
    }
    return base;
}

QString CsvImporter::mappingText(const Mapping& mapping, const QStringList& header)
{
    QStringList pairs;
    for (const Field field : fields()) {
        const int column = mapping.column(field);
        pairs.append(fieldKey(field) + QLatin1Char('=')
                     + (column >= 0 && column < header.size() ? header.at(column) : QString()));
    }
    return pairs.join(QLatin1Char(','));
}

QString CsvImporter::missingFields(const Mapping& mapping)
{
    QStringList missing;
    for (const Field field : fields()) {
        if (isRequired(field) && mapping.column(field) < 0)
            missing.append(fieldLabel(field));
    }
    if (missing.isEmpty())
        return {};
    return tr("Choose the column for: %1.").arg(missing.join(QStringLiteral(", ")));
}

QString CsvImporter::headerSignature(const QStringList& header)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(header.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

Result<CsvImporter::Preview> CsvImporter::preview(const QString& path, int rows,
                                                  std::optional<CsvReader::Encoding> encoding,
                                                  std::optional<QChar> separator)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Error::Code::Io, tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()) };
    // Enough bytes for the preview's rows; the rest of a large file is not read.
    const QByteArray bytes = file.read(1024 * 1024);
    CsvReader reader(bytes, encoding, separator);
    Preview preview;
    preview.encoding = reader.encoding();
    preview.separator = reader.separator();
    if (!reader.next(&preview.header))
        return Error { Error::Code::Invalid, tr("%1 holds no header row.").arg(QFileInfo(path).fileName()) };
    for (QString& name : preview.header)
        name = name.trimmed();
    QStringList fields;
    while (preview.rows.size() < rows && reader.next(&fields))
        preview.rows.append(fields);
    return preview;
}

CsvImporter::CsvImporter(QSqlDatabase db, const LeadValidator& validator)
    : m_db(std::move(db))
    , m_validator(validator)
{
}

namespace {

struct PendingRow
{
    qint64 row = 0;
    LeadRepository::ImportedLead lead;
    QString emailKey;
};

struct Counts
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 alreadyImported = 0;
};

} // namespace

CsvImporter::Report CsvImporter::run(const QString& path, const Options& options, const Progress& progress,
                                     const Stop& stop) const
{
    Report report;
    report.dryRun = options.dryRun;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = Error { Error::Code::Io,
                               tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()) };
        return report;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        report.error = Error { Error::Code::Io,
                               tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()) };
        return report;
    }
    file.close();
    report.importId = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString fileName = QFileInfo(path).fileName();
    const QDir folder = QFileInfo(path).absoluteDir();

    CsvReader reader(bytes, options.encoding, options.separator);
    report.encoding = reader.encoding();
    report.separator = reader.separator();
    if (!reader.next(&report.header)) {
        report.error = Error { Error::Code::Invalid, tr("%1 holds no header row.").arg(fileName) };
        return report;
    }
    for (QString& name : report.header)
        name = name.trimmed();
    const Mapping mapping = options.mapping.value_or(guessMapping(report.header));
    if (const QString missing = missingFields(mapping); !missing.isEmpty()) {
        report.error = Error { Error::Code::Invalid, missing };
        return report;
    }
    const auto columnName = [&](Field field) {
        const int column = mapping.column(field);
        return column >= 0 && column < report.header.size() && !report.header.at(column).isEmpty()
            ? report.header.at(column)
            : fieldKey(field);
    };
    const auto validatorField = [](LeadValidator::Field field) {
        switch (field) {
        case LeadValidator::Field::FirstName:
            return Field::FirstName;
        case LeadValidator::Field::LastName:
            return Field::LastName;
        case LeadValidator::Field::Email:
            return Field::Email;
        case LeadValidator::Field::Resume:
            return Field::Resume;
        }
        return Field::Email;
    };

    LeadRepository repository(m_db);
    LeadRepository::ImportWriter writer(repository);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Dry run: what earlier records of this file would have added (key -> has a resume),
    // so that a duplicate inside the file is judged as the real run would judge it.
    QHash<QString, bool> wouldAdd;
    QList<PendingRow> batch;
    qint64 firstRow = 0;
    qint64 lastRow = 0;

    // Records of this file an earlier run stored, among rows first..last.
    const auto storedRows = [&](qint64 first, qint64 last) -> Result<QSet<qint64>> {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT row_number FROM import_rows WHERE import_id = ? AND row_number BETWEEN ? AND ?"));
        query.addBindValue(report.importId);
        query.addBindValue(first);
        query.addBindValue(last);
        if (!query.exec())
            return Error { Error::Code::Database,
                           tr("Reading earlier imports failed: %1").arg(query.lastError().text()) };
        QSet<qint64> rows;
        while (query.next())
            rows.insert(query.value(0).toLongLong());
        return rows;
    };

    // One batch: one transaction (none in a dry run). Counts are added once it committed.
    const auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        std::optional<WriteTransaction> transaction;
        if (!options.dryRun) {
            transaction.emplace(m_db);
            if (const Error* error = transaction->error()) {
                report.error = *error;
                return false;
            }
            writer.startBatch();
        }
        const Result<QSet<qint64>> stored = storedRows(firstRow, lastRow);
        if (!stored) {
            report.error = stored.error();
            return false;
        }
        Counts counts;
        QSqlQuery remember(m_db);
        if (!options.dryRun)
            remember.prepare(QStringLiteral("INSERT INTO import_rows (import_id, row_number, lead_id, outcome, "
                                            "imported_at) VALUES (?, ?, ?, ?, ?)"));
        const auto fail = [&](const Error& error, qint64 row) {
            report.error = Error { error.code, tr("Row %1: %2").arg(row).arg(error.message) };
            return false;
        };
        for (const PendingRow& pending : std::as_const(batch)) {
            if (stored->contains(pending.row)) {
                ++counts.alreadyImported;
                continue;
            }
            std::optional<qint64> existing;
            bool existingHasResume = false;
            if (options.duplicates != Duplicates::Keep) {
                if (options.dryRun && wouldAdd.contains(pending.emailKey)) {
                    existing = 0;
                    existingHasResume = wouldAdd.value(pending.emailKey);
                } else {
                    const Result<std::optional<qint64>> found = writer.newestWithEmailKey(pending.emailKey);
                    if (!found)
                        return fail(found.error(), pending.row);
                    if (found->has_value()) {
                        existing = **found;
                        if (options.duplicates == Duplicates::Update) {
                            const Result<bool> has = writer.hasResume(*existing);
                            if (!has)
                                return fail(has.error(), pending.row);
                            existingHasResume = *has;
                        }
                    }
                }
            }
            QString outcome;
            qint64 leadId = 0;
            if (existing) {
                const bool fills = options.duplicates == Duplicates::Update && !existingHasResume
                    && !pending.lead.resume.content.isEmpty();
                if (!fills) {
                    ++counts.skipped;
                    continue;
                }
                ++counts.updated;
                if (options.dryRun) {
                    wouldAdd.insert(pending.emailKey, true);
                    continue;
                }
                const VoidResult attached = writer.attachResume(
                    *existing, pending.lead.resume, options.actor, options.actorId,
                    tr("Resume added by the import of %1, row %2.").arg(fileName).arg(pending.row));
                if (!attached)
                    return fail(attached.error(), pending.row);
                leadId = *existing;
                outcome = QStringLiteral("updated");
            } else {
                ++counts.added;
                if (options.dryRun) {
                    wouldAdd.insert(pending.emailKey, !pending.lead.resume.content.isEmpty());
                    continue;
                }
                const Result<qint64> id = writer.insert(
                    pending.lead, options.actor, options.actorId,
                    tr("Imported from %1, row %2.").arg(fileName).arg(pending.row));
                if (!id)
                    return fail(id.error(), pending.row);
                leadId = *id;
                outcome = QStringLiteral("added");
            }
            remember.addBindValue(report.importId);
            remember.addBindValue(pending.row);
            remember.addBindValue(leadId);
            remember.addBindValue(outcome);
            remember.addBindValue(now.toMSecsSinceEpoch());
            if (!remember.exec())
                return fail(Error { Error::Code::Database, remember.lastError().text() }, pending.row);
        }
        if (transaction) {
            if (const VoidResult committed = transaction->commit(); !committed) {
                report.error = committed.error();
                return false;
            }
        }
        report.added += counts.added;
        report.updated += counts.updated;
        report.skipped += counts.skipped;
        report.alreadyImported += counts.alreadyImported;
        batch.clear();
        return true;
    };

    const int batchSize = qMax(1, options.batchSize);
    qint64 inBatch = 0;
    QStringList fields;
    const auto value = [&](Field field) {
        const int column = mapping.column(field);
        return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
    };
    bool more = true;
    while (more) {
        more = reader.next(&fields);
        if (more) {
            const qint64 row = reader.recordNumber();
            bool blank = true;
            for (const QString& field : std::as_const(fields))
                blank = blank && field.trimmed().isEmpty();
            if (!blank) {
                ++report.records;
                if (inBatch == 0)
                    firstRow = row;
                lastRow = row;
                ++inBatch;
                qsizetype rejectsBefore = report.rejects.size();
                const auto reject = [&](Field field, const QString& reason) {
                    report.rejects.append({ row, columnName(field), reason });
                };
                PendingRow pending;
                pending.row = row;
                LeadDraft draft { value(Field::FirstName), value(Field::LastName), value(Field::Email),
                                  value(Field::Resume) };
                QList<LeadValidator::FieldError> errors;
                if (!draft.resumePath.isEmpty()) {
                    draft.resumePath = QDir::isAbsolutePath(draft.resumePath)
                        ? draft.resumePath
                        : folder.filePath(draft.resumePath);
                    const Result<LeadValidator::Valid> valid = m_validator.validate(draft, &errors);
                    if (valid) {
                        pending.lead.firstName = valid->firstName;
                        pending.lead.lastName = valid->lastName;
                        pending.lead.email = valid->email;
                        pending.lead.resume = valid->resume;
                    }
                } else {
                    for (const auto& [field, problem] :
                         { std::pair { LeadValidator::Field::FirstName, LeadValidator::checkFirstName(draft.firstName) },
                           std::pair { LeadValidator::Field::LastName, LeadValidator::checkLastName(draft.lastName) },
                           std::pair { LeadValidator::Field::Email, LeadValidator::checkEmail(draft.email) } }) {
                        if (!problem.isEmpty())
                            errors.append({ field, problem });
                    }
                    pending.lead.firstName = draft.firstName.trimmed();
                    pending.lead.lastName = draft.lastName.trimmed();
                    pending.lead.email = draft.email.trimmed();
                }
                for (const LeadValidator::FieldError& error : std::as_const(errors))
                    reject(validatorField(error.field), error.message);
                if (const QString created = value(Field::Created); !created.isEmpty()) {
                    const QDateTime when = parseCreated(created);
                    if (!when.isValid())
                        reject(Field::Created, tr("\"%1\" is not a date: write 2024-12-31, 31.12.2024 or 31/12/2024.")
                                                   .arg(created));
                    else if (when > now.addDays(1) || when.date().year() < 1900)
                        reject(Field::Created, tr("%1 is not a date a lead can have been created on.").arg(created));
                    else
                        pending.lead.createdAt = when;
                }
                if (const QString status = value(Field::Status); !status.isEmpty()) {
                    const std::optional<LeadStatus> parsed = parseStatus(status);
                    if (!parsed)
                        reject(Field::Status, tr("\"%1\" is no status: write %2 or %3.")
                                                  .arg(status, LeadStatusText::key(LeadStatus::Pending),
                                                       LeadStatusText::key(LeadStatus::ReachedOut)));
                    else
                        pending.lead.status = *parsed;
                }
                if (const QString language = value(Field::Language).toLower(); !language.isEmpty()) {
                    if (const QString problem = LeadValidator::checkLanguage(language); !problem.isEmpty())
                        reject(Field::Language, problem);
                    else
                        pending.lead.language = language;
                }
                if (report.rejects.size() > rejectsBefore) {
                    ++report.rejected;
                } else {
                    pending.emailKey = LeadValidator::emailKey(pending.lead.email);
                    pending.lead.emailKey = pending.emailKey;
                    batch.append(pending);
                }
            }
        } else if (!reader.error().isEmpty()) {
            ++report.rejected;
            report.rejects.append({ reader.recordNumber(), QString(), reader.error() });
        }
        if (inBatch >= batchSize || (!more && inBatch > 0)) {
            if (!flush())
                return report;
            inBatch = 0;
            if (progress)
                progress(report.records, reader.progress());
            if (more && stop && stop()) {
                report.cancelled = true;
                qCInfo(lcDb) << "import" << report.importId.left(12) << "cancelled after" << report.records << "records";
                return report;
            }
        }
    }
    if (progress)
        progress(report.records, 1.0);
    qCInfo(lcDb) << "import" << report.importId.left(12) << (options.dryRun ? "dry run:" : "done:") << report.added
                 << "added" << report.updated << "updated" << report.skipped << "skipped" << report.alreadyImported
                 << "already imported" << report.rejected << "rejected";
    return report;
}

VoidResult CsvImporter::writeRejects(const QString& path, const QList<Reject>& rejects)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Error::Code::Io, tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()) };
    QString text = QStringLiteral("\uFEFF"); // so that spreadsheets read accents as UTF-8
    text += CsvWriter::record({ QStringLiteral("row"), QStringLiteral("field"), QStringLiteral("reason") });
    for (const Reject& reject : rejects)
        text += CsvWriter::record({ QString::number(reject.row), reject.field, reject.reason });
    file.write(text.toUtf8());
    if (!file.commit())
        return Error { Error::Code::Io, tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()) };
    return Done {};
}

QString CsvImporter::summary(const Report& report)
{
    if (report.dryRun)
        return tr("Dry run, nothing was changed: %1 would be added, %2 updated, %3 skipped as duplicates, "
                  "%4 already imported, %5 rejected (of %6 rows).")
            .arg(report.added)
            .arg(report.updated)
            .arg(report.skipped)
            .arg(report.alreadyImported)
            .arg(report.rejected)
            .arg(report.records);
    return tr("%1 added, %2 updated, %3 skipped as duplicates, %4 already imported, %5 rejected (of %6 rows).")
        .arg(report.added)
        .arg(report.updated)
        .arg(report.skipped)
        .arg(report.alreadyImported)
        .arg(report.rejected)
        .arg(report.records);
}
