#include "commandline.h"

#include "database.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "leadvalidator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QTextStream>
#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>

namespace CommandLine {

namespace {

// Rows read per query by list-leads: memory stays flat (a few MB) whatever the table's
// size. LeadRepository::page pages with OFFSET, so the work grows with rows²/kPageSize:
// 10000 keeps 300 000 rows to seconds where 1000 took two minutes.
constexpr int kPageSize = 10000;

// list-leads table: the widest a column may grow before values are shortened with "…".
constexpr int kMaxNameWidth = 24;
constexpr int kMaxEmailWidth = 40;

const QString kAddLead = QStringLiteral("add-lead");
const QString kListLeads = QStringLiteral("list-leads");
const QString kSetStatus = QStringLiteral("set-status");
const QString kExportResume = QStringLiteral("export-resume");

QStringList commandNames()
{
    return { kAddLead, kListLeads, kSetStatus, kExportResume };
}

QString commandSummary(const QString& command)
{
    if (command == kAddLead)
        return QCoreApplication::translate(
            "CommandLine", "Store a new lead with a PDF resume, checked as the intake form does.");
    if (command == kListLeads)
        return QCoreApplication::translate(
            "CommandLine", "List leads as an aligned table, or as CSV with --csv.");
    if (command == kSetStatus)
        return QCoreApplication::translate(
            "CommandLine", "Change a lead's status: set-status ID PENDING|REACHED_OUT.");
    if (command == kExportResume)
        return QCoreApplication::translate(
            "CommandLine", "Save a lead's resume to a file: export-resume ID FILE.");
    return {};
}

// Data goes to stdout, messages to stderr, both UTF-8.
class Console
{
public:
    Console()
        : m_out(stdout)
        , m_err(stderr)
    {
        m_out.setEncoding(QStringConverter::Utf8);
        m_err.setEncoding(QStringConverter::Utf8);
    }

    QTextStream& out() { return m_out; }
    void error(const QString& message)
    {
        m_err << message << '\n';
        m_err.flush();
    }
    // A usage error: the message, a pointer to the help, and the exit code for it.
    int usage(const QString& message, const QString& command = {})
    {
        error(message);
        error(command.isEmpty()
                ? QCoreApplication::translate("CommandLine", "Run 'leadintake --help' for usage.")
                : QCoreApplication::translate(
                    "CommandLine", "Run 'leadintake %1 --help' for usage.")
                      .arg(command));
        return Usage;
    }
    // Flushes stdout; a failed write (full disk, closed pipe) is a failure of the run.
    int finish(int code)
    {
        m_out.flush();
        if (m_out.status() != QTextStream::Ok && code == Success) {
            error(QCoreApplication::translate("CommandLine", "Writing the output failed."));
            return Failure;
        }
        return code;
    }

private:
    QTextStream m_out;
    QTextStream m_err;
};

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case Error::Code::Invalid:
        return Usage;
    case Error::Code::NotFound:
        return NotFound;
    case Error::Code::Conflict:
        return Conflict;
    case Error::Code::Database:
    case Error::Code::Io:
        break;
    }
    return Failure;
}

QString optionName(const QString& argument)
{
    QString name = argument;
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    const qsizetype equals = name.indexOf(QLatin1Char('='));
    return equals < 0 ? name : name.left(equals);
}

// Options whose value is the next argument: ours, and those QGuiApplication/QApplication
// take before they strip them from the arguments.
bool takesSeparateValue(const QString& argument)
{
    if (argument.contains(QLatin1Char('=')))
        return false;
    static const QStringList withValue {
        QStringLiteral("database"),
        QStringLiteral("platform"),
        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),
        QStringLiteral("style"),
        QStringLiteral("stylesheet"),
        QStringLiteral("session"),
        QStringLiteral("display"),
        QStringLiteral("geometry"),
        QStringLiteral("title"),
        QStringLiteral("name"),
        QStringLiteral("icon"),
    };
    return withValue.contains(optionName(argument));
}

// The index of the first positional argument (the command word), or -1.
qsizetype commandIndex(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            if (takesSeparateValue(argument))
                ++i;
            continue;
        }
        return i;
    }
    return -1;
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"),
        QCoreApplication::translate("CommandLine", "The lead database file (default: %1).")
            .arg(Database::defaultPath()),
        QCoreApplication::translate("CommandLine", "path"));
}

// A lead id as typed: a positive whole number.
std::optional<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QString badIdMessage(const QString& text)
{
    return QCoreApplication::translate(
        "CommandLine", "\"%1\" is not a lead id; an id is a whole number such as 12.")
        .arg(text);
}

QString unexpectedArgument(const QString& argument)
{
    return QCoreApplication::translate("CommandLine", "Unexpected argument \"%1\".").arg(argument);
}

QString validStatuses()
{
    QStringList keys;
    for (const LeadStatus status : LeadStatusText::all())
        keys.append(LeadStatusText::key(status));
    return keys.join(QStringLiteral(", "));
}

QString badStatusMessage(const QString& text)
{
    return QCoreApplication::translate("CommandLine", "Unknown status \"%1\". Valid statuses: %2.")
        .arg(text, validStatuses());
}

// ---- text table -------------------------------------------------------------------

// Columns a character takes in a terminal: 2 for East Asian wide/fullwidth, 0 for
// combining marks, 1 otherwise.
int charWidth(char32_t ch)
{
    const QChar::Category category = QChar::category(ch);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || ch == 0x200B
        || ch == 0x200C || ch == 0x200D)
        return 0;
    const bool wide = (ch >= 0x1100 && ch <= 0x115F) || (ch >= 0x2E80 && ch <= 0x303E)
        || (ch >= 0x3041 && ch <= 0x33FF) || (ch >= 0x3400 && ch <= 0x4DBF)
        || (ch >= 0x4E00 && ch <= 0x9FFF) || (ch >= 0xA000 && ch <= 0xA4CF)
        || (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF)
        || (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60)
        || (ch >= 0xFFE0 && ch <= 0xFFE6) || (ch >= 0x1F300 && ch <= 0x1F64F)
        || (ch >= 0x1F900 && ch <= 0x1F9FF) || (ch >= 0x20000 && ch <= 0x3FFFD);
    return wide ? 2 : 1;
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t ch : text.toUcs4())
        width += charWidth(ch);
    return width;
}

// Text for a terminal: control characters and bidirectional overrides (which could move
// or hide what follows) become U+FFFD.
QString terminalSafe(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (const char32_t ch : text.toUcs4()) {
        const QChar::Category category = QChar::category(ch);
        const bool bidiControl = (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || bidiControl)
            safe += QChar(QChar::ReplacementCharacter);
        else
            safe += QString::fromUcs4(&ch, 1);
    }
    return safe;
}

// Shortens text to width columns, ending with "…" when something was cut.
QString elide(const QString& text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    QString result;
    int used = 0;
    for (const char32_t ch : text.toUcs4()) {
        const int w = charWidth(ch);
        if (used + w > width - 1)
            break;
        result += QString::fromUcs4(&ch, 1);
        used += w;
    }
    return result + QChar(0x2026);
}

QString pad(const QString& text, int width, bool right)
{
    const QString fill(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

enum Column {
    IdColumn,
    FirstNameColumn,
    LastNameColumn,
    EmailColumn,
    StatusColumn,
    CreatedColumn,
    ColumnCount
};

using Row = std::array<QString, ColumnCount>;

Row tableRow(const Lead& lead)
{
    return { QString::number(lead.id), terminalSafe(lead.firstName), terminalSafe(lead.lastName),
        terminalSafe(lead.email), LeadStatusText::key(lead.status),
        lead.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) };
}

Row tableHeader()
{
    return { QCoreApplication::translate("CommandLine", "ID"),
        QCoreApplication::translate("CommandLine", "First name"),
        QCoreApplication::translate("CommandLine", "Last name"),
        QCoreApplication::translate("CommandLine", "Email"),
        QCoreApplication::translate("CommandLine", "Status"),
        QCoreApplication::translate("CommandLine", "Created") };
}

// Widths come from the header and the first page (rows are streamed, never all held);
// names and emails are capped so one long value cannot push the table off the screen.
std::array<int, ColumnCount> columnWidths(const QList<Lead>& firstPage)
{
    std::array<int, ColumnCount> widths {};
    const Row header = tableHeader();
    for (int column = 0; column < ColumnCount; ++column)
        widths[column] = displayWidth(header[column]);
    for (const Lead& lead : firstPage) {
        const Row row = tableRow(lead);
        for (int column = 0; column < ColumnCount; ++column)
            widths[column] = std::max(widths[column], displayWidth(row[column]));
    }
    widths[FirstNameColumn] = std::min(widths[FirstNameColumn], kMaxNameWidth);
    widths[LastNameColumn] = std::min(widths[LastNameColumn], kMaxNameWidth);
    widths[EmailColumn] = std::min(widths[EmailColumn], kMaxEmailWidth);
    return widths;
}

QString formatRow(const Row& row, const std::array<int, ColumnCount>& widths)
{
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells.append(pad(elide(row[column], widths[column]), widths[column], column == IdColumn));
    QString line = cells.join(QStringLiteral("  "));
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

// ---- CSV (RFC 4180) ---------------------------------------------------------------------

QString csvField(const QString& value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvRecord(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields)
        quoted.append(csvField(field));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

// ---- the run ----------------------------------------------------------------------

class Run
{
public:
    Run(Console& console, const QCommandLineParser& parser, const QCommandLineOption& database)
        : m_console(console)
        , m_parser(parser)
        , m_databaseOption(database)
    { }

    // Opens the database named by --database, or the default one. A database named
    // explicitly must exist unless the command creates leads: a mistyped path should not
    // quietly become a new, empty database.
    std::optional<Database> openDatabase(bool mayCreate, int* exitCode)
    {
        QString path = Database::defaultPath();
        if (m_parser.isSet(m_databaseOption)) {
            path = m_parser.value(m_databaseOption);
            if (!mayCreate && !QFileInfo::exists(path)) {
                m_console.error(QCoreApplication::translate("CommandLine",
                    "There is no database at %1. Check the path given to "
                    "--database (add-lead creates a new database).")
                                    .arg(path));
                *exitCode = Failure;
                return std::nullopt;
            }
        }
        Result<Database> opened = Database::open(path);
        if (!opened) {
            m_console.error(opened.error().message);
            *exitCode = Failure;
            return std::nullopt;
        }
        return std::move(opened).value();
    }

    int fail(const Error& error)
    {
        m_console.error(error.message);
        return exitCodeFor(error);
    }

protected:
    Console& m_console;
    const QCommandLineParser& m_parser;
    const QCommandLineOption& m_databaseOption;
};

struct AddLeadOptions
{
    QCommandLineOption firstName { QStringLiteral("first-name"),
        QCoreApplication::translate("CommandLine", "The prospect's first name."),
        QCoreApplication::translate("CommandLine", "name") };
    QCommandLineOption lastName { QStringLiteral("last-name"),
        QCoreApplication::translate("CommandLine", "The prospect's last name."),
        QCoreApplication::translate("CommandLine", "name") };
    QCommandLineOption email { QStringLiteral("email"),
        QCoreApplication::translate("CommandLine", "The prospect's email address."),
        QCoreApplication::translate("CommandLine", "address") };
    QCommandLineOption resume { QStringLiteral("resume"),
        QCoreApplication::translate("CommandLine", "The resume, a PDF file."),
        QCoreApplication::translate("CommandLine", "file") };
    QCommandLineOption allowDuplicate { QStringLiteral("allow-duplicate"),
        QCoreApplication::translate(
            "CommandLine", "Save even when a lead with this email already exists.") };

    QList<QCommandLineOption> all() const
    {
        return { firstName, lastName, email, resume, allowDuplicate };
    }
};

struct ListLeadsOptions
{
    QCommandLineOption csv { QStringLiteral("csv"),
        QCoreApplication::translate("CommandLine",
            "Print CSV (RFC 4180, UTF-8, header row, times in UTC) instead of a table.") };
    QCommandLineOption search { QStringLiteral("search"),
        QCoreApplication::translate(
            "CommandLine", "Only leads whose names or email start with these words."),
        QCoreApplication::translate("CommandLine", "text") };
    QCommandLineOption status { QStringLiteral("status"),
        QCoreApplication::translate("CommandLine", "Only leads with this status (%1).")
            .arg(validStatuses()),
        QCoreApplication::translate("CommandLine", "status") };
    QCommandLineOption limit { QStringLiteral("limit"),
        QCoreApplication::translate("CommandLine", "At most this many leads, newest first."),
        QCoreApplication::translate("CommandLine", "n") };

    QList<QCommandLineOption> all() const { return { csv, search, status, limit }; }
};

struct ExportResumeOptions
{
    QCommandLineOption force { QStringLiteral("force"),
        QCoreApplication::translate("CommandLine", "Replace FILE if it exists.") };

    QList<QCommandLineOption> all() const { return { force }; }
};

class AddLead : public Run
{
public:
    using Run::Run;

    int exec(const AddLeadOptions& options, const QStringList& positional)
    {
        if (positional.size() > 1)
            return m_console.usage(unexpectedArgument(positional.at(1)), kAddLead);
        QStringList missing;
        for (const QCommandLineOption* option :
            { &options.firstName, &options.lastName, &options.email, &options.resume }) {
            if (!m_parser.isSet(*option))
                missing.append(QStringLiteral("--") + option->names().constFirst());
        }
        if (!missing.isEmpty())
            return m_console.usage(QCoreApplication::translate("CommandLine", "add-lead needs %1.")
                                       .arg(missing.join(QStringLiteral(", "))),
                kAddLead);

        int code = Success;
        std::optional<Database> database = openDatabase(true, &code);
        if (!database)
            return code;
        LeadRepository repository(database->connection());
        const IntakeService service(repository, LeadValidator());
        const LeadDraft draft { m_parser.value(options.firstName), m_parser.value(options.lastName),
            m_parser.value(options.email), m_parser.value(options.resume) };
        const IntakeService::Outcome outcome = service.submit(draft, currentDeskUser(),
            m_parser.isSet(options.allowDuplicate) ? IntakeService::Duplicates::SaveAnyway
                                                   : IntakeService::Duplicates::Warn);

        if (!outcome.fieldErrors.isEmpty()) {
            for (const LeadValidator::FieldError& fieldError : outcome.fieldErrors)
                m_console.error(LeadValidator::fieldName(fieldError.field) + QStringLiteral(": ")
                    + fieldError.message);
            return Usage;
        }
        if (!outcome.duplicates.isEmpty()) {
            m_console.error(QCoreApplication::translate("CommandLine",
                "The email %1 already belongs to %n lead(s):", nullptr,
                int(outcome.duplicates.size()))
                                .arg(draft.email.trimmed()));
            for (const Lead& lead : outcome.duplicates)
                m_console.error(QCoreApplication::translate("CommandLine", "  lead %1: %2")
                                    .arg(lead.id)
                                    .arg(terminalSafe(lead.fullName())));
            m_console.error(QCoreApplication::translate(
                "CommandLine", "Nothing was saved. Add --allow-duplicate to save it anyway."));
            return Duplicate;
        }
        if (outcome.error)
            return fail(*outcome.error);

        m_console.out()
            << QCoreApplication::translate("CommandLine", "Lead %1 saved.").arg(outcome.leadId)
            << '\n';
        return Success;
    }
};

class ListLeads : public Run
{
public:
    using Run::Run;

    int exec(const ListLeadsOptions& options, const QStringList& positional)
    {
        if (positional.size() > 1)
            return m_console.usage(unexpectedArgument(positional.at(1)), kListLeads);

        LeadQuery query;
        query.search = m_parser.value(options.search);
        if (m_parser.isSet(options.status)) {
            query.status = LeadStatusText::fromKey(m_parser.value(options.status));
            if (!query.status)
                return m_console.usage(
                    badStatusMessage(m_parser.value(options.status)), kListLeads);
        }
        qint64 limit = -1;
        if (m_parser.isSet(options.limit)) {
            bool ok = false;
            limit = m_parser.value(options.limit).toLongLong(&ok);
            if (!ok || limit < 1)
                return m_console.usage(
                    QCoreApplication::translate(
                        "CommandLine", "--limit needs a whole number of at least 1, not \"%1\".")
                        .arg(m_parser.value(options.limit)),
                    kListLeads);
        }
        const bool csv = m_parser.isSet(options.csv);

        int code = Success;
        std::optional<Database> database = openDatabase(false, &code);
        if (!database)
            return code;
        const LeadRepository repository(database->connection());

        // One read transaction: every page comes from the same snapshot, so leads saved or
        // changed by another desk meanwhile neither repeat nor go missing between pages.
        QSqlDatabase connection = database->connection();
        const bool snapshot = connection.transaction();
        code = stream(repository, query, limit, csv);
        if (snapshot)
            connection.rollback();
        return code;
    }

private:
    int stream(const LeadRepository& repository, const LeadQuery& query, qint64 limit, bool csv)
    {
        QTextStream& out = m_console.out();
        if (csv)
            out << csvRecord({ QStringLiteral("id"), QStringLiteral("first_name"),
                QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("status"),
                QStringLiteral("created_at") });
        // One statement streams every row. The table's column widths come from the first
        // kPageSize rows, held back until then; everything after is written as it comes.
        std::array<int, ColumnCount> widths {};
        QList<Lead> head;
        bool headWritten = csv;
        const auto writeLead = [&](const Lead& lead) {
            if (csv)
                out << csvRecord({ QString::number(lead.id), lead.firstName, lead.lastName,
                    lead.email, LeadStatusText::key(lead.status),
                    lead.createdAt.toUTC().toString(Qt::ISODate) });
            else
                out << formatRow(tableRow(lead), widths) << '\n';
        };
        const auto flushHead = [&] {
            if (headWritten)
                return;
            headWritten = true;
            if (head.isEmpty())
                return;
            widths = columnWidths(head);
            out << formatRow(tableHeader(), widths) << '\n';
            for (const Lead& lead : std::as_const(head))
                writeLead(lead);
            head.clear();
        };
        const Result<qint64> visited = repository.forEach(query, limit, [&](const Lead& lead) {
            if (!headWritten) {
                head.append(lead);
                if (head.size() >= kPageSize)
                    flushHead();
            } else {
                writeLead(lead);
            }
            return out.status() == QTextStream::Ok;
        });
        if (!visited)
            return fail(visited.error());
        flushHead();
        const qint64 written = visited.value();
        if (!csv && written == 0)
            m_console.error(QCoreApplication::translate("CommandLine", "No leads match."));
        return Success;
    }
};

class SetStatus : public Run
{
public:
    using Run::Run;

    int exec(const QStringList& positional)
    {
        if (positional.size() < 3)
            return m_console.usage(QCoreApplication::translate("CommandLine",
                                       "set-status needs a lead id and a status, as in: "
                                       "leadintake set-status 12 REACHED_OUT"),
                kSetStatus);
        if (positional.size() > 3)
            return m_console.usage(unexpectedArgument(positional.at(3)), kSetStatus);
        const std::optional<qint64> id = parseId(positional.at(1));
        if (!id)
            return m_console.usage(badIdMessage(positional.at(1)), kSetStatus);
        const std::optional<LeadStatus> status = LeadStatusText::fromKey(positional.at(2));
        if (!status)
            return m_console.usage(badStatusMessage(positional.at(2)), kSetStatus);

        int code = Success;
        std::optional<Database> database = openDatabase(false, &code);
        if (!database)
            return code;
        LeadRepository repository(database->connection());
        const Result<Lead> lead = repository.lead(*id);
        if (!lead)
            return fail(lead.error());
        const QString key = LeadStatusText::key(*status);
        if (lead->status == *status) {
            m_console.out() << QCoreApplication::translate("CommandLine", "Lead %1 is already %2.")
                                   .arg(*id)
                                   .arg(key)
                            << '\n';
            return Success;
        }
        const Result<int> changed
            = repository.setStatus(*id, *status, currentDeskUser(), lead->version);
        if (!changed)
            return fail(changed.error());
        m_console.out()
            << QCoreApplication::translate("CommandLine", "Lead %1 is now %2.").arg(*id).arg(key)
            << '\n';
        return Success;
    }
};

class ExportResume : public Run
{
public:
    using Run::Run;

    int exec(const ExportResumeOptions& options, const QStringList& positional)
    {
        if (positional.size() < 3)
            return m_console.usage(QCoreApplication::translate("CommandLine",
                                       "export-resume needs a lead id and a file, as in: "
                                       "leadintake export-resume 12 resume.pdf"),
                kExportResume);
        if (positional.size() > 3)
            return m_console.usage(unexpectedArgument(positional.at(3)), kExportResume);
        const std::optional<qint64> id = parseId(positional.at(1));
        if (!id)
            return m_console.usage(badIdMessage(positional.at(1)), kExportResume);
        const QString path = positional.at(2);
        if (path.isEmpty())
            return m_console.usage(
                QCoreApplication::translate("CommandLine", "export-resume needs a file name."),
                kExportResume);
        const QFileInfo target(path);
        if (target.isDir())
            return m_console.usage(
                QCoreApplication::translate("CommandLine", "%1 is a folder; give a file name.")
                    .arg(path),
                kExportResume);
        if (target.exists() && !m_parser.isSet(options.force))
            return m_console.usage(QCoreApplication::translate("CommandLine",
                                       "%1 already exists; nothing was written. Add --force "
                                       "to replace it.")
                                       .arg(path),
                kExportResume);

        int code = Success;
        std::optional<Database> database = openDatabase(false, &code);
        if (!database)
            return code;
        LeadRepository repository(database->connection());
        if (const Result<Lead> lead = repository.lead(*id); !lead)
            return fail(lead.error());
        const Result<ResumeFile> resume = repository.resume(*id);
        if (!resume)
            return fail(resume.error());
        if (QCryptographicHash::hash(resume->content, QCryptographicHash::Sha256).toHex()
            != resume->sha256Hex.toLower()) {
            m_console.error(QCoreApplication::translate("CommandLine",
                "The stored resume of lead %1 is damaged (its checksum does not "
                "match); nothing was written.")
                                .arg(*id));
            return Failure;
        }

        // QSaveFile writes beside the target and renames at the end: a failure leaves the
        // old file (or none), never half a resume.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return writeFailed(path, file.errorString());
        if (file.write(resume->content) != resume->content.size())
            return writeFailed(path, file.errorString());
        if (!file.commit())
            return writeFailed(path, file.errorString());

        const QString absolute = target.absoluteFilePath();
        if (const VoidResult recorded = repository.recordEvent(
                *id, LeadEvent::Kind::ResumeExported, currentDeskUser(), absolute);
            !recorded) {
            m_console.error(QCoreApplication::translate("CommandLine",
                "The resume was saved to %1, but recording the export in the "
                "lead's history failed: %2")
                                .arg(absolute, recorded.error().message));
            return Failure;
        }
        m_console.out() << QCoreApplication::translate(
            "CommandLine", "Resume of lead %1 saved to %2 (%3).")
                               .arg(*id)
                               .arg(absolute, LeadValidator::formatSize(resume->content.size()))
                        << '\n';
        return Success;
    }

private:
    int writeFailed(const QString& path, const QString& reason)
    {
        m_console.error(
            QCoreApplication::translate("CommandLine", "Cannot write %1: %2. Nothing was written.")
                .arg(path, reason));
        return Failure;
    }
};

QString exitCodeHelp()
{
    return QCoreApplication::translate("CommandLine",
        "Exit codes:\n"
        "  0  success\n"
        "  1  the database or a file failed\n"
        "  2  invalid input, a bad argument or an unknown command\n"
        "  3  add-lead: the email already belongs to a lead\n"
        "  4  no lead (or no resume) with that id\n"
        "  5  someone else changed the lead at the same moment; "
        "nothing was changed\n");
}

QString commandsHelp()
{
    QString text = QCoreApplication::translate("CommandLine", "Commands:") + QLatin1Char('\n');
    for (const QString& command : commandNames())
        text += QStringLiteral("  ") + command.leftJustified(15) + commandSummary(command)
            + QLatin1Char('\n');
    return text;
}

} // namespace

void configureApplication()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QString());
    QCoreApplication::setApplicationName(QStringLiteral("leadintake"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADINTAKE_VERSION));

    // The display and desktop file names belong to QGuiApplication, which this QtCore
    // library does not link: set them through its properties, on the application that
    // exists now or, through a pre-routine, on the one created later.
    static bool registered = false;
    if (!registered) {
        registered = true;
        qAddPreRoutine([] {
            QObject* app = QCoreApplication::instance();
            if (!app || app->metaObject()->indexOfProperty("applicationDisplayName") < 0)
                return;
            app->setProperty("applicationDisplayName",
                QCoreApplication::translate("CommandLine", "Lead Intake"));
            app->setProperty("desktopFileName", QString::fromLatin1(kAppId));
        });
    }
}

bool isHeadless(const QStringList& arguments)
{
    static const QStringList headlessOptions { QStringLiteral("-h"), QStringLiteral("--help"),
        QStringLiteral("-?"), QStringLiteral("--help-all"), QStringLiteral("-v"),
        QStringLiteral("--version") };
    const qsizetype command = commandIndex(arguments);
    const qsizetype end = command < 0 ? arguments.size() : command;
    for (qsizetype i = 1; i < end; ++i) {
        if (headlessOptions.contains(arguments.at(i)))
            return true;
        if (takesSeparateValue(arguments.at(i)))
            ++i;
    }
    return command >= 0;
}

int runHeadless(const QStringList& arguments)
{
    Console console;
    const qsizetype index = commandIndex(arguments);
    const QString command = index < 0 ? QString() : arguments.at(index);
    const bool known = commandNames().contains(command);

    QCommandLineParser parser;
    parser.setApplicationDescription(known
            ? commandSummary(command)
            : QCoreApplication::translate("CommandLine",
                "Lead Intake: a law firm's front-desk intake of prospects "
                "and their resumes.\nWithout a command, opens the window."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption database = databaseOption();
    parser.addOption(database);

    const AddLeadOptions addLeadOptions;
    const ListLeadsOptions listLeadsOptions;
    const ExportResumeOptions exportResumeOptions;
    if (command == kAddLead) {
        parser.addOptions(addLeadOptions.all());
        parser.addPositionalArgument(
            kAddLead, QCoreApplication::translate("CommandLine", "The command."));
    } else if (command == kListLeads) {
        parser.addOptions(listLeadsOptions.all());
        parser.addPositionalArgument(
            kListLeads, QCoreApplication::translate("CommandLine", "The command."));
    } else if (command == kSetStatus) {
        parser.addPositionalArgument(
            kSetStatus, QCoreApplication::translate("CommandLine", "The command."));
        parser.addPositionalArgument(
            QStringLiteral("id"), QCoreApplication::translate("CommandLine", "The lead's id."));
        parser.addPositionalArgument(QStringLiteral("status"),
            QCoreApplication::translate("CommandLine", "The new status (%1), in any letter case.")
                .arg(validStatuses()));
    } else if (command == kExportResume) {
        parser.addOptions(exportResumeOptions.all());
        parser.addPositionalArgument(
            kExportResume, QCoreApplication::translate("CommandLine", "The command."));
        parser.addPositionalArgument(
            QStringLiteral("id"), QCoreApplication::translate("CommandLine", "The lead's id."));
        parser.addPositionalArgument(QStringLiteral("file"),
            QCoreApplication::translate("CommandLine", "Where to save the resume (a PDF)."));
    } else {
        parser.addPositionalArgument(QStringLiteral("command"),
            QCoreApplication::translate("CommandLine", "One of the commands below."),
            QStringLiteral("[command]"));
    }

    if (!command.isEmpty() && !known)
        return console.usage(
            QCoreApplication::translate("CommandLine", "Unknown command \"%1\". Commands: %2.")
                .arg(command, commandNames().join(QStringLiteral(", "))));
    if (!parser.parse(arguments))
        return console.usage(parser.errorText(), command);

    // --help-all (Qt's, with its own options) gets the same text: this run has no GUI.
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        QString help = parser.helpText();
        // The usage line names the program as typed (often a full path): show its name.
        if (!arguments.isEmpty()) {
            const qsizetype endOfLine = help.indexOf(QLatin1Char('\n'));
            help.replace(0, endOfLine,
                help.left(endOfLine).replace(
                    arguments.constFirst(), QCoreApplication::applicationName()));
        }
        if (!known)
            help += QLatin1Char('\n') + commandsHelp() + QLatin1Char('\n') + exitCodeHelp()
                + QLatin1Char('\n')
                + QCoreApplication::translate(
                    "CommandLine", "Run 'leadintake COMMAND --help' for a command's options.")
                + QLatin1Char('\n');
        else
            help += QLatin1Char('\n') + exitCodeHelp();
        console.out() << help;
        return console.finish(Success);
    }
    if (parser.isSet(versionOption)) {
        console.out() << QCoreApplication::applicationName() << ' '
                      << QCoreApplication::applicationVersion() << '\n';
        return console.finish(Success);
    }
    if (parser.isSet(database) && parser.value(database).trimmed().isEmpty())
        return console.usage(
            QCoreApplication::translate("CommandLine", "--database needs a file path."));

    if (command.isEmpty())
        return console.usage(QCoreApplication::translate("CommandLine", "No command given."));

    const QStringList positional = parser.positionalArguments();
    int code = Success;
    if (command == kAddLead)
        code = AddLead(console, parser, database).exec(addLeadOptions, positional);
    else if (command == kListLeads)
        code = ListLeads(console, parser, database).exec(listLeadsOptions, positional);
    else if (command == kSetStatus)
        code = SetStatus(console, parser, database).exec(positional);
    else
        code = ExportResume(console, parser, database).exec(exportResumeOptions, positional);
    return console.finish(code);
}

GuiOptions parseGuiOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database = databaseOption();
    parser.addOption(database);

    GuiOptions options;
    const QString hint
        = QCoreApplication::translate("CommandLine", "Run 'leadintake --help' for usage.");
    if (!parser.parse(arguments)) {
        options.error = parser.errorText() + QLatin1Char('\n') + hint;
        return options;
    }
    if (const QStringList positional = parser.positionalArguments(); !positional.isEmpty()) {
        options.error
            = QCoreApplication::translate("CommandLine", "Unknown command \"%1\". Commands: %2.")
                  .arg(positional.constFirst(), commandNames().join(QStringLiteral(", ")))
            + QLatin1Char('\n') + hint;
        return options;
    }
    if (parser.isSet(database)) {
        options.databasePath = parser.value(database);
        if (options.databasePath.trimmed().isEmpty())
            options.error
                = QCoreApplication::translate("CommandLine", "--database needs a file path.")
                + QLatin1Char('\n') + hint;
    } else {
        options.databasePath = Database::defaultPath();
    }
    return options;
}

} // namespace CommandLine
