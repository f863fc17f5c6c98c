#include "commandline.h"
#include "console.h"

#include "accountcommands.h"

#include "database.h"
#include "firmsettings.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "leadvalidator.h"
#include "mailtemplates.h"
#include "outboxcomposer.h"
#include "outboxdispatcher.h"
#include "outboxrepository.h"
#include "smtpclient.h"
#include "smtpsettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
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
const QString kSendOutbox = QStringLiteral("send-outbox");
const QString kSmtpTest = QStringLiteral("smtp-test");
const QString kConfigSet = QStringLiteral("config-set");
const QString kConfigGet = QStringLiteral("config-get");

QStringList commandNames()
{
    return { kAddLead, kListLeads, kSetStatus, kExportResume, kSendOutbox, kSmtpTest, kConfigSet,
        kConfigGet };
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
    if (command == kSendOutbox)
        return QCoreApplication::translate(
            "CommandLine", "Send the queued emails that are due, once, and exit.");
    if (command == kSmtpTest)
        return QCoreApplication::translate(
            "CommandLine", "Send a test email: smtp-test --to ADDRESS.");
    if (command == kConfigSet)
        return QCoreApplication::translate(
            "CommandLine", "Set a firm setting: config-set KEY VALUE (empty VALUE: default).");
    if (command == kConfigGet)
        return QCoreApplication::translate(
            "CommandLine", "Show firm settings: config-get [KEY].");
    return {};
}

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
        QStringLiteral("smtp-host"),
        QStringLiteral("smtp-port"),
        QStringLiteral("smtp-security"),
        QStringLiteral("smtp-user"),
        QStringLiteral("smtp-ca-file"),
        QStringLiteral("smtp-password-file"),
        QStringLiteral("to"),
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
    QCommandLineOption language { QStringLiteral("language"),
        QCoreApplication::translate(
            "CommandLine", "The prospect's language for the confirmation email: en or es "
                           "(default en)."),
        QCoreApplication::translate("CommandLine", "en|es"), QStringLiteral("en") };

    QList<QCommandLineOption> all() const
    {
        return { firstName, lastName, email, resume, allowDuplicate, language };
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

        const QString language = m_parser.value(options.language).trimmed().toLower();
        if (const QString problem = LeadValidator::checkLanguage(language); !problem.isEmpty())
            return m_console.usage(problem, kAddLead);

        int code = Success;
        std::optional<Database> database = openDatabase(true, &code);
        if (!database)
            return code;
        LeadRepository repository(database->connection());
        const IntakeService service(repository, LeadValidator());
        const LeadDraft draft { m_parser.value(options.firstName), m_parser.value(options.lastName),
            m_parser.value(options.email), m_parser.value(options.resume), language };
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

// ---- email: SMTP settings from the database, the environment and the options ------------

struct SmtpOptions
{
    QCommandLineOption host { QStringLiteral("smtp-host"),
        QCoreApplication::translate("CommandLine",
            "The SMTP server (else $LEADINTAKE_SMTP_HOST, else the firm setting smtp.host)."),
        QCoreApplication::translate("CommandLine", "host") };
    QCommandLineOption port { QStringLiteral("smtp-port"),
        QCoreApplication::translate("CommandLine",
            "The SMTP port (else $LEADINTAKE_SMTP_PORT, else smtp.port, default 465)."),
        QCoreApplication::translate("CommandLine", "port") };
    QCommandLineOption security { QStringLiteral("smtp-security"),
        QCoreApplication::translate("CommandLine",
            "implicit (TLS, 465), starttls (587) or plain (local relay only) (else "
            "$LEADINTAKE_SMTP_SECURITY, else smtp.security)."),
        QCoreApplication::translate("CommandLine", "mode") };
    QCommandLineOption user { QStringLiteral("smtp-user"),
        QCoreApplication::translate("CommandLine",
            "The SMTP user name (else $LEADINTAKE_SMTP_USER, else smtp.username)."),
        QCoreApplication::translate("CommandLine", "name") };
    QCommandLineOption caFile { QStringLiteral("smtp-ca-file"),
        QCoreApplication::translate("CommandLine",
            "Extra CA certificates (PEM) to trust (else $LEADINTAKE_SMTP_CA_FILE, else "
            "smtp.ca_file)."),
        QCoreApplication::translate("CommandLine", "file") };
    QCommandLineOption passwordFile { QStringLiteral("smtp-password-file"),
        QCoreApplication::translate("CommandLine",
            "Read the SMTP password from this file (first line). Otherwise it comes from "
            "$LEADINTAKE_SMTP_PASSWORD; it is never accepted as an argument."),
        QCoreApplication::translate("CommandLine", "file") };

    QList<QCommandLineOption> all() const { return { host, port, security, user, caFile, passwordFile }; }
};

// True when an argument tries to pass the password itself: it would be visible to every
// user in the process list, so it is refused (and never echoed).
bool passesPasswordAsArgument(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        const QString name = optionName(argument);
        if (argument.startsWith(QLatin1Char('-'))
            && (name == QLatin1String("smtp-password") || name == QLatin1String("password")
                || name == QLatin1String("smtp-pass")))
            return true;
    }
    return false;
}

class MailRun : public Run
{
public:
    using Run::Run;

protected:
    // The SMTP configuration: options override the environment, which overrides the firm
    // settings in the database. Returns false (with *code set) on a bad value.
    bool smtpConfig(const SmtpOptions& options, const QSqlDatabase& db, const QString& command,
                    SmtpConfig* config, int* code)
    {
        *config = SmtpSettings::fromFirmSettings(FirmSettings(db));
        const auto pick = [&](const QCommandLineOption& option, const char* variable,
                              QString* value) {
            if (m_parser.isSet(option))
                *value = m_parser.value(option).trimmed();
            else if (qEnvironmentVariableIsSet(variable))
                *value = qEnvironmentVariable(variable).trimmed();
            else
                return false;
            return true;
        };
        QString value;
        if (pick(options.host, "LEADINTAKE_SMTP_HOST", &value))
            config->host = value;
        if (pick(options.port, "LEADINTAKE_SMTP_PORT", &value)) {
            bool ok = false;
            const uint port = value.toUInt(&ok);
            if (!ok || port < 1 || port > 65535) {
                *code = m_console.usage(QCoreApplication::translate("CommandLine",
                    "The SMTP port must be a number from 1 to 65535, not \"%1\".")
                                            .arg(value),
                    command);
                return false;
            }
            config->port = quint16(port);
        }
        if (pick(options.security, "LEADINTAKE_SMTP_SECURITY", &value)) {
            const std::optional<SmtpConfig::Security> security = SmtpSettings::securityFromName(value);
            if (!security) {
                *code = m_console.usage(QCoreApplication::translate("CommandLine",
                    "The SMTP security must be implicit, starttls or plain, not \"%1\".")
                                            .arg(value),
                    command);
                return false;
            }
            config->security = *security;
        }
        if (pick(options.user, "LEADINTAKE_SMTP_USER", &value))
            config->username = value;
        if (pick(options.caFile, "LEADINTAKE_SMTP_CA_FILE", &value))
            config->caFile = value;
        if (m_parser.isSet(options.passwordFile)) {
            const QString path = m_parser.value(options.passwordFile);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                m_console.error(QCoreApplication::translate("CommandLine",
                    "Cannot read the SMTP password file %1: %2.")
                                    .arg(path, file.errorString()));
                *code = Failure;
                return false;
            }
            QByteArray line = file.readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            config->password = QString::fromUtf8(line);
        } else if (qEnvironmentVariableIsSet("LEADINTAKE_SMTP_PASSWORD")) {
            config->password = qEnvironmentVariable("LEADINTAKE_SMTP_PASSWORD");
        }
        return true;
    }

    static QString describeServer(const SmtpConfig& config)
    {
        return QStringLiteral("%1:%2 (%3)")
            .arg(config.host)
            .arg(config.port)
            .arg(SmtpSettings::securityName(config.security));
    }
};

class SendOutbox : public MailRun
{
public:
    using MailRun::MailRun;

    int exec(const SmtpOptions& options, const QStringList& positional)
    {
        if (positional.size() > 1)
            return m_console.usage(unexpectedArgument(positional.at(1)), kSendOutbox);
        int code = Success;
        std::optional<Database> database = openDatabase(false, &code);
        if (!database)
            return code;
        SmtpConfig config;
        if (!smtpConfig(options, database->connection(), kSendOutbox, &config, &code))
            return code;

        OutboxDispatcher dispatcher(database->connection());
        dispatcher.setConfig(config);
        QStringList problems;
        QObject::connect(&dispatcher, &OutboxDispatcher::problem, &dispatcher,
            [&problems](const QString& message) {
                if (!problems.contains(message))
                    problems.append(message);
            });
        QEventLoop loop;
        QObject::connect(&dispatcher, &OutboxDispatcher::drained, &loop, &QEventLoop::quit);
        dispatcher.wake();
        loop.exec();

        const OutboxDispatcher::Summary summary = dispatcher.lastSummary();
        for (const QString& problem : std::as_const(problems))
            m_console.error(problem);
        if (summary.notConfigured) {
            m_console.error(QCoreApplication::translate("CommandLine",
                "Nothing was sent: email is not configured. Set smtp.host (config-set or "
                "--smtp-host) and the password ($LEADINTAKE_SMTP_PASSWORD or "
                "--smtp-password-file)."));
            return MailNotSent;
        }
        if (summary.attempted() == 0) {
            m_console.out() << QCoreApplication::translate("CommandLine", "No email is due.") << '\n';
            return Success;
        }
        m_console.out() << QCoreApplication::translate("CommandLine",
            "Sent %1, to retry later %2, failed %3, possible duplicates %4.")
                               .arg(summary.sent)
                               .arg(summary.retried)
                               .arg(summary.failed)
                               .arg(summary.possibleDuplicates)
                        << '\n';
        // Which rows did not go out and why (the server's words; never a body).
        if (!summary.allDelivered()) {
            const OutboxRepository outbox(database->connection());
            for (const OutboxState state : { OutboxState::Failed, OutboxState::Queued }) {
                const Result<QList<OutboxEntry>> rows = outbox.page(state, 0, 50);
                if (!rows)
                    continue;
                for (const OutboxEntry& entry : *rows) {
                    if (entry.lastError.isEmpty() || entry.updatedAt < m_started)
                        continue;
                    m_console.error(QCoreApplication::translate("CommandLine",
                        "email %1 (%2, lead %3): %4: %5")
                                        .arg(entry.id)
                                        .arg(OutboxEntry::kindKey(entry.kind))
                                        .arg(entry.leadId.value_or(0))
                                        .arg(OutboxEntry::stateKey(entry.state), entry.lastError));
                }
            }
        }
        return summary.allDelivered() ? Success : MailNotSent;
    }

private:
    QDateTime m_started = QDateTime::currentDateTimeUtc().addSecs(-1);
};

struct SmtpTestOptions
{
    QCommandLineOption to { QStringLiteral("to"),
        QCoreApplication::translate("CommandLine", "Where to send the test email."),
        QCoreApplication::translate("CommandLine", "address") };
    QCommandLineOption trace { QStringLiteral("trace"),
        QCoreApplication::translate("CommandLine",
            "Print the SMTP dialogue (commands and replies; never the password or the message).") };

    QList<QCommandLineOption> all() const { return { to, trace }; }
};

class SmtpTest : public MailRun
{
public:
    using MailRun::MailRun;

    int exec(const SmtpOptions& smtpOptions, const SmtpTestOptions& options,
             const QStringList& positional)
    {
        if (positional.size() > 1)
            return m_console.usage(unexpectedArgument(positional.at(1)), kSmtpTest);
        if (!m_parser.isSet(options.to))
            return m_console.usage(
                QCoreApplication::translate("CommandLine", "smtp-test needs --to ADDRESS."), kSmtpTest);
        const QString to = m_parser.value(options.to).trimmed();
        if (const QString problem = LeadValidator::checkEmail(to); !problem.isEmpty())
            return m_console.usage(problem, kSmtpTest);

        int code = Success;
        std::optional<Database> database = openDatabase(true, &code);
        if (!database)
            return code;
        SmtpConfig config;
        if (!smtpConfig(smtpOptions, database->connection(), kSmtpTest, &config, &code))
            return code;
        if (const QString missing = SmtpSettings::missing(config); !missing.isEmpty()) {
            m_console.error(missing);
            return MailNotSent;
        }
        const OutboxComposer composer(database->connection());
        OutgoingMail mail;
        OutboxComposer::Problem problem;
        if (!composer.composeTest(to, QStringLiteral("en"), config, &mail, &problem)) {
            m_console.error(problem.message);
            return MailNotSent;
        }

        SmtpClient client(config);
        client.setTraceEnabled(m_parser.isSet(options.trace));
        QObject::connect(&client, &SmtpClient::protocolTrace, &client,
            [this](const QString& line) { m_console.error(line); });
        std::optional<SmtpFailure> failure;
        bool sent = false;
        QObject::connect(&client, &SmtpClient::messageSent, &client, [&sent](const QString&) { sent = true; });
        QObject::connect(&client, &SmtpClient::messageFailed, &client,
            [&failure](const QString&, const SmtpFailure& f) { failure = f; });
        QEventLoop loop;
        QObject::connect(&client, &SmtpClient::finished, &loop, &QEventLoop::quit);
        client.sendMessages({ mail });
        if (client.isBusy())
            loop.exec();

        if (sent && !failure) {
            m_console.out() << QCoreApplication::translate("CommandLine",
                "Test email sent to %1 through %2.")
                                   .arg(to, describeServer(config))
                            << '\n';
            return Success;
        }
        m_console.error(QCoreApplication::translate("CommandLine", "The test email was not sent (%1).")
                            .arg(describeServer(config)));
        if (failure) {
            m_console.error(QCoreApplication::translate("CommandLine", "Stage: %1")
                                .arg(SmtpFailure::stageName(failure->stage)));
            if (failure->replyCode != 0)
                m_console.error(QCoreApplication::translate("CommandLine", "Server reply: %1 %2")
                                    .arg(failure->replyCode)
                                    .arg(failure->serverText));
            m_console.error(failure->message);
            if (!failure->advice.isEmpty())
                m_console.error(QCoreApplication::translate("CommandLine", "Advice: %1").arg(failure->advice));
        }
        return MailNotSent;
    }
};

struct ConfigOptions
{
    QCommandLineOption file { QStringLiteral("file"),
        QCoreApplication::translate("CommandLine",
            "config-set: read VALUE from this UTF-8 file (templates)."),
        QCoreApplication::translate("CommandLine", "file") };

    QList<QCommandLineOption> all() const { return { file }; }
};

QString configKeysHelp()
{
    QString text = QCoreApplication::translate("CommandLine", "Keys:") + QLatin1Char('\n');
    for (const FirmSettings::Key key : FirmSettings::allKeys())
        text += QStringLiteral("  ") + FirmSettings::keyName(key).leftJustified(27)
            + FirmSettings::description(key) + QLatin1Char('\n');
    text += QStringLiteral("  ") + QStringLiteral("template.KIND.LANG.PART").leftJustified(27)
        + QCoreApplication::translate("CommandLine",
            "A template override; KIND prospect_confirmation or attorney_notification, LANG en "
            "or es, PART subject, text or html.")
        + QLatin1Char('\n');
    text += QCoreApplication::translate("CommandLine",
                "The SMTP password is never stored: give it in $LEADINTAKE_SMTP_PASSWORD or "
                "with --smtp-password-file.")
        + QLatin1Char('\n');
    return text;
}

class ConfigCommand : public Run
{
public:
    using Run::Run;

    int set(const ConfigOptions& options, const QStringList& positional)
    {
        const bool fromFile = m_parser.isSet(options.file);
        const qsizetype wanted = fromFile ? 2 : 3;
        if (positional.size() < wanted)
            return m_console.usage(QCoreApplication::translate("CommandLine",
                                       "config-set needs a key and a value, as in: leadintake "
                                       "config-set firm.name \"Smith & Partners\""),
                kConfigSet);
        if (positional.size() > wanted)
            return m_console.usage(unexpectedArgument(positional.at(wanted)), kConfigSet);
        const QString key = positional.at(1).trimmed();
        QString value = fromFile ? QString() : positional.at(2);
        if (key.contains(QLatin1String("password")))
            return m_console.usage(QCoreApplication::translate("CommandLine",
                                       "The SMTP password is never stored in the database; give "
                                       "it in $LEADINTAKE_SMTP_PASSWORD or with --smtp-password-file."),
                kConfigSet);
        const std::optional<FirmSettings::Key> known = FirmSettings::keyFromName(key);
        const QString templateName = key.startsWith(FirmSettings::templateKeyPrefix())
            ? key.mid(FirmSettings::templateKeyPrefix().size())
            : QString();
        if (!known && !MailTemplates::overrideNames().contains(templateName))
            return m_console.usage(
                QCoreApplication::translate("CommandLine", "Unknown setting \"%1\".").arg(key) + QLatin1Char('\n')
                    + configKeysHelp(),
                kConfigSet);
        if (fromFile) {
            QFile file(m_parser.value(options.file));
            if (!file.open(QIODevice::ReadOnly)) {
                m_console.error(QCoreApplication::translate("CommandLine", "Cannot read %1: %2.")
                                    .arg(file.fileName(), file.errorString()));
                return Failure;
            }
            value = QString::fromUtf8(file.readAll());
        }
        if (known) {
            if (const QString problem = FirmSettings::checkValue(*known, value); !problem.isEmpty())
                return m_console.usage(problem, kConfigSet);
        }

        int code = Success;
        std::optional<Database> database = openDatabase(true, &code);
        if (!database)
            return code;
        FirmSettings settings(database->connection());
        const VoidResult stored = known ? settings.setValue(*known, value)
                                        : settings.setTemplateOverride(templateName, value);
        if (!stored)
            return fail(stored.error());
        if (value.trimmed().isEmpty())
            m_console.out() << QCoreApplication::translate("CommandLine", "%1 reset to its default.").arg(key)
                            << '\n';
        else
            m_console.out() << QCoreApplication::translate("CommandLine", "%1 set.").arg(key) << '\n';
        return Success;
    }

    int get(const QStringList& positional)
    {
        if (positional.size() > 2)
            return m_console.usage(unexpectedArgument(positional.at(2)), kConfigGet);
        const QString key = positional.size() > 1 ? positional.at(1).trimmed() : QString();
        const std::optional<FirmSettings::Key> known = FirmSettings::keyFromName(key);
        const QString templateName = key.startsWith(FirmSettings::templateKeyPrefix())
            ? key.mid(FirmSettings::templateKeyPrefix().size())
            : QString();
        if (!key.isEmpty() && !known && !MailTemplates::overrideNames().contains(templateName))
            return m_console.usage(
                QCoreApplication::translate("CommandLine", "Unknown setting \"%1\".").arg(key) + QLatin1Char('\n')
                    + configKeysHelp(),
                kConfigGet);

        int code = Success;
        std::optional<Database> database = openDatabase(false, &code);
        if (!database)
            return code;
        const FirmSettings settings(database->connection());
        const auto show = [&settings](FirmSettings::Key k) {
            const Result<QVariant> value = settings.value(k);
            QVariant v = value ? *value : FirmSettings::defaultValue(k);
            return v.typeId() == QMetaType::Bool ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                 : v.toString();
        };
        if (known) {
            m_console.out() << terminalSafe(show(*known)) << '\n';
            return Success;
        }
        if (!templateName.isEmpty()) {
            m_console.out() << settings.templateOverride(templateName);
            return Success;
        }
        for (const FirmSettings::Key k : FirmSettings::allKeys())
            m_console.out() << FirmSettings::keyName(k) << " = " << terminalSafe(show(k))
                            << (settings.isSet(k) ? QString()
                                                  : QStringLiteral("  ")
                                         + QCoreApplication::translate("CommandLine", "(default)"))
                            << '\n';
        for (const QString& name : MailTemplates::overrideNames()) {
            if (!settings.templateOverride(name).isEmpty())
                m_console.out() << FirmSettings::templateKeyPrefix() << name << " = "
                                << QCoreApplication::translate("CommandLine", "(overridden)") << '\n';
        }
        return Success;
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
        "nothing was changed\n"
        "  6  send-outbox / smtp-test: some email was not sent (failed, retry scheduled, or "
        "email not configured)\n");
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
    if (AccountCommands::handles(command))
        return AccountCommands::run(arguments);
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
    const SmtpOptions smtpOptions;
    const SmtpTestOptions smtpTestOptions;
    const ConfigOptions configOptions;
    if (command == kSendOutbox) {
        parser.addOptions(smtpOptions.all());
        parser.addPositionalArgument(
            kSendOutbox, QCoreApplication::translate("CommandLine", "The command."));
    } else if (command == kSmtpTest) {
        parser.addOptions(smtpTestOptions.all());
        parser.addOptions(smtpOptions.all());
        parser.addPositionalArgument(
            kSmtpTest, QCoreApplication::translate("CommandLine", "The command."));
    } else if (command == kConfigSet) {
        parser.addOptions(configOptions.all());
        parser.addPositionalArgument(
            kConfigSet, QCoreApplication::translate("CommandLine", "The command."));
        parser.addPositionalArgument(
            QStringLiteral("key"), QCoreApplication::translate("CommandLine", "The setting (see Keys)."));
        parser.addPositionalArgument(QStringLiteral("value"),
            QCoreApplication::translate("CommandLine", "Its new value; \"\" restores the default."));
    } else if (command == kConfigGet) {
        parser.addPositionalArgument(
            kConfigGet, QCoreApplication::translate("CommandLine", "The command."));
        parser.addPositionalArgument(QStringLiteral("key"),
            QCoreApplication::translate("CommandLine", "The setting; without it, all of them."),
            QStringLiteral("[key]"));
    } else if (command == kAddLead) {
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

    if (passesPasswordAsArgument(arguments))
        return console.usage(QCoreApplication::translate("CommandLine",
            "The SMTP password is never taken as an argument (other users could read it in the "
            "process list). Put it in $LEADINTAKE_SMTP_PASSWORD or in a file given with "
            "--smtp-password-file."));
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
        if (command == kConfigSet || command == kConfigGet || command == kSendOutbox
            || command == kSmtpTest || !known)
            help += QLatin1Char('\n') + configKeysHelp();
        if (command == kSendOutbox || command == kSmtpTest || !known)
            help += QLatin1Char('\n')
                + QCoreApplication::translate("CommandLine",
                    "Email settings for send-outbox and smtp-test come from the options "
                    "--smtp-host, --smtp-port, --smtp-security, --smtp-user, --smtp-ca-file, else "
                    "the environment (LEADINTAKE_SMTP_HOST, LEADINTAKE_SMTP_PORT, "
                    "LEADINTAKE_SMTP_SECURITY, LEADINTAKE_SMTP_USER, LEADINTAKE_SMTP_CA_FILE), else "
                    "the firm settings above. The password only from LEADINTAKE_SMTP_PASSWORD or "
                    "--smtp-password-file FILE.")
                + QLatin1Char('\n');
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
    else if (command == kSendOutbox)
        code = SendOutbox(console, parser, database).exec(smtpOptions, positional);
    else if (command == kSmtpTest)
        code = SmtpTest(console, parser, database).exec(smtpOptions, smtpTestOptions, positional);
    else if (command == kConfigSet)
        code = ConfigCommand(console, parser, database).set(configOptions, positional);
    else if (command == kConfigGet)
        code = ConfigCommand(console, parser, database).get(positional);
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
    const QCommandLineOption kiosk(QStringLiteral("kiosk"),
        QCoreApplication::translate("CommandLine",
            "The reception kiosk: full screen, the intake form only; leaving it needs an "
            "administrator's password."));
    parser.addOption(kiosk);

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
    options.kiosk = parser.isSet(kiosk);
    return options;
}

} // namespace CommandLine
