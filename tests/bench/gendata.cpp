// leadintake_gendata DB N: fills a new lead database with N realistic leads, fast.
// DB may be a postgresql:// URL of an empty database: see fillServer().
//
// The schema comes from the product itself (Database::open runs every migration), then the
// rows go in through SQLite's C API in one transaction, many rows to a statement. Indexes
// and triggers are dropped for the load and put back from their own stored SQL afterwards.
// Both cores work: while this connection writes resumes and history, a second thread builds
// the leads table with its slowest indexes, then the full-text index, in in-memory scratch
// databases that are copied in whole. A million leads take well under half a minute.
#include "auditchain.h"
#include "conflictindex.h"
#include "namematcher.h"
#include "database.h"
#include "databasetarget.h"
#include "leadvalidator.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <future>
#include <limits>
#include <random>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

namespace {

struct Name
{
    const char* display; // UTF-8, as typed at the desk
    const char* ascii; // as it appears in an email address
};

// First and last names from many cultures (with their usual Latin transliteration).
const Name kFirstNames[] = {
    { "María", "maria" }, { "José", "jose" }, { "Lucía", "lucia" }, { "Mateo", "mateo" },
    { "Sofía", "sofia" }, { "Ana", "ana" }, { "João", "joao" }, { "Inês", "ines" },
    { "Émilie", "emilie" }, { "Léa", "lea" }, { "Théo", "theo" }, { "François", "francois" },
    { "Jürgen", "juergen" }, { "Anna", "anna" }, { "Lukas", "lukas" }, { "Zoë", "zoe" },
    { "Søren", "soren" }, { "Ingrid", "ingrid" }, { "Åsa", "asa" }, { "Björn", "bjorn" },
    { "Łukasz", "lukasz" }, { "Zofia", "zofia" }, { "Dvořák", "dvorak" }, { "Ivan", "ivan" },
    { "Olga", "olga" }, { "Giulia", "giulia" }, { "Marco", "marco" }, { "Chiara", "chiara" },
    { "Ahmed", "ahmed" }, { "Fatima", "fatima" }, { "Omar", "omar" }, { "Layla", "layla" },
    { "Yusuf", "yusuf" }, { "Ayşe", "ayse" }, { "Mehmet", "mehmet" }, { "Priya", "priya" },
    { "Arjun", "arjun" }, { "Ananya", "ananya" }, { "Rahul", "rahul" }, { "Wei", "wei" },
    { "Mei", "mei" }, { "Jun", "jun" }, { "Yuki", "yuki" }, { "Haruto", "haruto" },
    { "Sakura", "sakura" }, { "Min-jun", "minjun" }, { "Ji-woo", "jiwoo" }, { "Linh", "linh" },
    { "Minh", "minh" }, { "Oluwaseun", "oluwaseun" }, { "Chidi", "chidi" }, { "Amara", "amara" },
    { "Kwame", "kwame" }, { "Aisha", "aisha" }, { "Thabo", "thabo" }, { "Liam", "liam" },
    { "Olivia", "olivia" }, { "Noah", "noah" }, { "Emma", "emma" }, { "James", "james" },
    { "Charlotte", "charlotte" }, { "Siobhán", "siobhan" }, { "Seán", "sean" },
    { "Aroha", "aroha" }, { "Kai", "kai" }, { "Mariana", "mariana" }, { "Diego", "diego" },
    { "Camila", "camila" }, { "Nikos", "nikos" }, { "Eleni", "eleni" }, { "David", "david" },
    { "Sarah", "sarah" }, { "Noa", "noa" }, { "Tomás", "tomas" }, { "Renée", "renee" },
};

const Name kLastNames[] = {
    { "García", "garcia" }, { "Martínez", "martinez" }, { "Rodríguez", "rodriguez" },
    { "López", "lopez" }, { "Hernández", "hernandez" }, { "Silva", "silva" },
    { "Gonçalves", "goncalves" }, { "Dubois", "dubois" }, { "Lefèvre", "lefevre" },
    { "Müller", "mueller" }, { "Schmidt", "schmidt" }, { "Weiß", "weiss" },
    { "Jørgensen", "jorgensen" }, { "Lindqvist", "lindqvist" }, { "Nowak", "nowak" },
    { "Wiśniewski", "wisniewski" }, { "Novák", "novak" }, { "Ivanov", "ivanov" },
    { "Petrova", "petrova" }, { "Rossi", "rossi" }, { "Bianchi", "bianchi" },
    { "Al-Sayed", "alsayed" }, { "Haddad", "haddad" }, { "Yılmaz", "yilmaz" },
    { "Öztürk", "ozturk" }, { "Sharma", "sharma" }, { "Patel", "patel" }, { "Iyer", "iyer" },
    { "Wang", "wang" }, { "Li", "li" }, { "Zhang", "zhang" }, { "Chen", "chen" },
    { "Tanaka", "tanaka" }, { "Suzuki", "suzuki" }, { "Satō", "sato" }, { "Kim", "kim" },
    { "Park", "park" }, { "Nguyễn", "nguyen" }, { "Trần", "tran" }, { "Adeyemi", "adeyemi" },
    { "Okafor", "okafor" }, { "Mensah", "mensah" }, { "Nkosi", "nkosi" }, { "Smith", "smith" },
    { "Johnson", "johnson" }, { "Williams", "williams" }, { "Brown", "brown" },
    { "O'Brien", "obrien" }, { "Murphy", "murphy" }, { "Ngata", "ngata" },
    { "Papadopoulos", "papadopoulos" }, { "Cohen", "cohen" }, { "Levi", "levi" },
    { "Kowalczyk", "kowalczyk" }, { "Van der Berg", "vanderberg" }, { "De Vries", "devries" },
    { "Fernández", "fernandez" }, { "Pérez", "perez" }, { "Costa", "costa" },
    { "Santos", "santos" }, { "Kovačević", "kovacevic" }, { "Horváth", "horvath" },
};

const char* const kDomains[] = {
    "gmail.com", "outlook.com", "yahoo.com", "proton.me", "gmx.de", "web.de", "orange.fr",
    "libero.it", "qq.com", "naver.com", "yandex.ru", "icloud.com", "hotmail.co.uk",
    "example.org", "mail.com", "uol.com.br",
};

const char* const kDesks[] = { "reception", "kiosk", "amorales", "jchen", "front-desk-2" };
const char* const kAttorneys[] = { "asmith", "lgarcia", "mokafor", "ttanaka", "rpatel" };
// The dashboard (issue 12, part 5): the attorneys as accounts (ids 1..5, display names), how
// fast each answers (a factor on the drawn time to first contact), and where leads come from.
const char* const kAttorneyNames[] = { "Alice Smith", "Luis García", "Mary Okafor", "Takeshi Tanaka", "Ravi Patel" };
const double kAttorneySpeed[] = { 0.4, 0.8, 1.0, 1.5, 2.5 };
// Weighted: the first ones are the usual answers; "" = not given.
const char* const kSources[] = { "Web search", "Web search", "Web search", "Referral", "Referral",
                                 "Former client", "Social media", "Social media", "Newspaper",
                                 "Bar association", "", "" };

template<typename T, std::size_t N>
constexpr std::size_t countOf(const T (&)[N])
{
    return N;
}

// The scratch databases: SQLite's in-memory VFS shares a database whose name starts with '/'
// among the connections of this process, so the other thread builds it and this one reads it.
const char* const kScratchLeads = "file:/leadintake-gendata-leads?vfs=memdb";
const char* const kScratchSearch = "file:/leadintake-gendata-search?vfs=memdb";

// Rows per INSERT: SQLite's fixed cost per statement (starting and ending its program,
// opening its cursors and seeking the table's end) is then paid once per batch, not per row.
constexpr std::size_t kRowsPerInsert = 64;

class Sqlite
{
public:
    explicit Sqlite(const std::string& path)
    {
        // One thread per connection: no need for SQLite's per-call connection mutex.
        if (sqlite3_open_v2(path.c_str(), &m_db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI
                                | SQLITE_OPEN_NOMUTEX,
                            nullptr)
            != SQLITE_OK)
            fail("open");
    }
    ~Sqlite() { sqlite3_close(m_db); }
    Sqlite(const Sqlite&) = delete;
    Sqlite& operator=(const Sqlite&) = delete;

    void exec(const std::string& sql)
    {
        char* error = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            QTextStream(stderr) << "SQL failed: " << QString::fromStdString(sql) << ": "
                                << QString::fromUtf8(error) << '\n';
            std::exit(1);
        }
    }
    sqlite3_stmt* prepare(const std::string& sql)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), int(sql.size()), &statement, nullptr)
            != SQLITE_OK)
            fail(sql.c_str());
        return statement;
    }
    void step(sqlite3_stmt* statement)
    {
        if (sqlite3_step(statement) != SQLITE_DONE)
            fail("step");
        sqlite3_reset(statement);
    }
    // (name, sql) of every object of this type on this table that has its own SQL.
    std::vector<std::pair<std::string, std::string>> objects(const char* type, const char* table)
    {
        std::vector<std::pair<std::string, std::string>> found;
        sqlite3_stmt* statement = prepare(
            "SELECT name, sql FROM main.sqlite_master WHERE type = ? AND tbl_name = ? "
            "AND sql IS NOT NULL");
        sqlite3_bind_text(statement, 1, type, -1, SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, table, -1, SQLITE_STATIC);
        while (sqlite3_step(statement) == SQLITE_ROW)
            found.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)),
                               reinterpret_cast<const char*>(sqlite3_column_text(statement, 1)));
        sqlite3_finalize(statement);
        return found;
    }
    std::string sqlOf(const char* name)
    {
        sqlite3_stmt* statement = prepare("SELECT sql FROM main.sqlite_master WHERE name = ?");
        sqlite3_bind_text(statement, 1, name, -1, SQLITE_STATIC);
        if (sqlite3_step(statement) != SQLITE_ROW)
            fail(name);
        std::string sql = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        return sql;
    }
    [[noreturn]] void fail(const char* what)
    {
        QTextStream(stderr) << "SQLite error in " << what << ": " << sqlite3_errmsg(m_db) << '\n';
        std::exit(1);
    }

private:
    sqlite3* m_db = nullptr;
};

// Binds one row's values, in column order, from its first parameter on. The values are
// bound without a copy: they must outlive the statement's next step.
// A history row's link in the hash chain (lead_events.hash): SHA-256 in lowercase hex.
struct HexHash
{
    char text[64];
};

class RowBinder
{
public:
    RowBinder(sqlite3_stmt* statement, int firstParameter)
        : m_statement(statement), m_next(firstParameter)
    {
    }
    RowBinder& operator<<(qint64 value)
    {
        sqlite3_bind_int64(m_statement, m_next++, value);
        return *this;
    }
    RowBinder& operator<<(const char* text) // nullptr binds NULL
    {
        sqlite3_bind_text(m_statement, m_next++, text, -1, SQLITE_STATIC);
        return *this;
    }
    RowBinder& operator<<(const std::string& text)
    {
        sqlite3_bind_text(m_statement, m_next++, text.data(), int(text.size()), SQLITE_STATIC);
        return *this;
    }
    RowBinder& operator<<(const HexHash& hash)
    {
        sqlite3_bind_text(m_statement, m_next++, hash.text, int(sizeof hash.text), SQLITE_STATIC);
        return *this;
    }
    RowBinder& operator<<(const QByteArray& blob)
    {
        sqlite3_bind_blob(m_statement, m_next++, blob.constData(), int(blob.size()), SQLITE_STATIC);
        return *this;
    }

private:
    sqlite3_stmt* m_statement;
    int m_next;
};

// INSERT INTO table (columns) of count rows, kRowsPerInsert to a statement;
// bindRow(RowBinder&, i) gives row i's values.
template<typename BindRow>
void insertRows(Sqlite& db, const std::string& table, const std::string& columns,
                std::size_t count, BindRow bindRow)
{
    const int columnCount = int(std::count(columns.begin(), columns.end(), ',')) + 1;
    auto prepare = [&](std::size_t rows) {
        std::string row = "(?";
        for (int column = 1; column < columnCount; ++column)
            row += ",?";
        row += ')';
        std::string sql = "INSERT INTO " + table + " (" + columns + ") VALUES " + row;
        for (std::size_t i = 1; i < rows; ++i)
            sql += ',' + row;
        return db.prepare(sql);
    };
    sqlite3_stmt* batch = count >= kRowsPerInsert ? prepare(kRowsPerInsert) : nullptr;
    for (std::size_t first = 0; first < count; first += kRowsPerInsert) {
        const std::size_t rows = std::min(kRowsPerInsert, count - first);
        sqlite3_stmt* statement = rows == kRowsPerInsert ? batch : prepare(rows);
        for (std::size_t i = 0; i < rows; ++i) {
            RowBinder row(statement, int(i) * columnCount + 1);
            bindRow(row, first + i);
        }
        db.step(statement);
        if (statement != batch)
            sqlite3_finalize(statement);
    }
    sqlite3_finalize(batch);
}

struct Resume
{
    std::string fileName;
    QByteArray pdf;
    std::string sha256;
};

// Everything drawn for one lead. All is drawn up front, in the order it always was, so the
// seed gives the same data whichever table, thread and order the rows are written in.
struct DemoLead
{
    const Name* first;
    const Name* last;
    std::string email; // as typed
    std::string emailKey;
    qint64 createdAt;
    qint64 reachedAt; // drawn for every lead, used for the reached ones
    const char* createdBy;
    const char* createdEventActor;
    const char* reachedBy; // the attorney; nullptr while pending
    int attorney; // the responsible attorney (index in kAttorneys), -1 for none
    const char* source; // "How did you hear about us?"
};

// One history row: a lead's creation, or its reaching out.
struct DemoEvent
{
    std::uint32_t lead; // index in the leads
    bool reachedOut;
};

struct DemoData
{
    std::vector<DemoLead> leads; // lead i has id i + 1
    std::vector<DemoEvent> events; // in id order
    std::vector<qint64> createdOutOfOrder; // ids, see leads_created_out_of_order
};

DemoData generate(qint64 total)
{
    DemoData data;
    data.leads.resize(std::size_t(total));
    data.events.reserve(std::size_t(total) * 2);
    // Creation times spread evenly over six years up to a fixed date (reproducible data),
    // in id order as a real desk would write them, with a little jitter.
    const qint64 end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 span = qint64(6 * 365) * 24 * 3600 * 1000;
    const qint64 step = span / total;
    std::mt19937_64 random(20261128);
    auto pick = [&random](std::size_t n) { return std::size_t(random() % n); };
    // The dashboard's columns come from a generator of their own, so that every value drawn
    // before them stays what it was.
    std::mt19937_64 extra(20261201);
    auto pickExtra = [&extra](std::size_t n) { return std::size_t(extra() % n); };
    qint64 latestCreated = std::numeric_limits<qint64>::min();
    for (qint64 id = 1; id <= total; ++id) {
        DemoLead& lead = data.leads[std::size_t(id - 1)];
        lead.first = &kFirstNames[pick(countOf(kFirstNames))];
        lead.last = &kLastNames[pick(countOf(kLastNames))];
        lead.createdAt = end - span + (id - 1) * step
            + qint64(random() % std::uint64_t(qMax<qint64>(step, 1)));
        // Older leads have mostly been reached out to; the last month's mostly not.
        const bool recent = end - lead.createdAt < qint64(30) * 24 * 3600 * 1000;
        const bool reached = pick(100) < (recent ? 30u : 92u);
        lead.reachedAt = lead.createdAt + qint64(1 + pick(72)) * 3600 * 1000;

        std::string& email = lead.emailKey;
        const char* const first = lead.first->ascii;
        const char* const last = lead.last->ascii;
        switch (pick(4)) {
        case 0: email = std::string(first) + "." + last; break;
        case 1: email = std::string(1, first[0]) + last; break;
        case 2: email = std::string(first) + "_" + last; break;
        default: email = std::string(last) + "." + first; break;
        }
        if (pick(3) != 0)
            email += std::to_string(pick(10000));
        email += "@";
        email += kDomains[pick(countOf(kDomains))];
        // Addresses as typed: sometimes capitalised; the key is case-folded (ASCII here).
        lead.email = email;
        if (pick(10) == 0)
            lead.email[0] = char(std::toupper(static_cast<unsigned char>(lead.email[0])));
        lead.createdBy = kDesks[pick(countOf(kDesks))];
        lead.createdEventActor = kDesks[pick(countOf(kDesks))];
        lead.reachedBy = reached ? kAttorneys[pick(countOf(kAttorneys))] : nullptr;
        // The responsible attorney: whoever reached out, else a drawn one; one lead in
        // twenty has none. Each attorney has their own pace (first contact within hours to
        // days), so the medians differ.
        lead.attorney = -1;
        if (pickExtra(20) != 0) {
            lead.attorney = int(pickExtra(countOf(kAttorneys)));
            for (std::size_t a = 0; reached && a < countOf(kAttorneys); ++a) {
                if (kAttorneys[a] == lead.reachedBy)
                    lead.attorney = int(a);
            }
        }
        const double speed = lead.attorney < 0 ? 3.0 : kAttorneySpeed[lead.attorney];
        lead.reachedAt = lead.createdAt + qint64(double(lead.reachedAt - lead.createdAt) * speed)
            + qint64(pickExtra(3600)) * 1000;
        lead.source = kSources[pickExtra(countOf(kSources))];

        data.events.push_back({ std::uint32_t(id - 1), false });
        if (reached)
            data.events.push_back({ std::uint32_t(id - 1), true });
        // Created before a lower id was: leads_created_out_of_order, by its migration's rule.
        if (lead.createdAt < latestCreated)
            data.createdOutOfOrder.push_back(id);
        latestCreated = qMax(latestCreated, lead.createdAt);
    }
    return data;
}

// The scratch databases: no journal, a cache that holds them, valid rows (see main).
const char* const kScratchPragmas = "PRAGMA journal_mode=OFF; PRAGMA cache_size=-524288; "
                                    "PRAGMA temp_store=MEMORY; PRAGMA ignore_check_constraints=ON";


// PostgreSQL: the same kind of leads, made by the server itself in one statement per table
// (a million leads need no million round trips). Picks come from hashes of the id, so the
// data are the same on every run; the names, emails, creation times spread over six years
// with jitter (some leads created before a lower id) and statuses follow generate(). Every
// lead has a small resume; there is no history (the chain would need one hash per row).
int fillServer(const DatabaseTarget& target, qint64 total)
{
    QElapsedTimer timer;
    timer.start();
    Result<Database> database = Database::open(target);
    if (!database) {
        QTextStream(stderr) << database.error().message << '\n';
        return 1;
    }
    QSqlQuery query(database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM leads")) || !query.next() || query.value(0).toLongLong() != 0) {
        QTextStream(stderr) << target.displayText() << " already has leads; choose a new database\n";
        return 2;
    }
    const auto list = [](const auto& items, auto text) {
        QStringList values;
        for (const auto& item : items)
            values.append(QString::fromUtf8(text(item)));
        return values.join(QChar(0x1f));
    };
    const qint64 end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 span = qint64(6 * 365) * 24 * 3600 * 1000;
    const auto fail = [&query](const char* what) {
        QTextStream(stderr) << what << ": " << query.lastError().text() << '\n';
        return 1;
    };
    if (!query.exec(QStringLiteral("BEGIN")))
        return fail("begin");
    query.prepare(QStringLiteral(
        "INSERT INTO leads (id, first_name, last_name, email, email_key, status, created_at, "
        "updated_at, version, created_by) "
        "SELECT g, f[fi], l[li], email, lower(email), "
        "       CASE WHEN reached THEN 'REACHED_OUT' ELSE 'PENDING' END, created, "
        "       CASE WHEN reached THEN created + (1 + h3 % 72) * 3600000 ELSE created END, "
        "       CASE WHEN reached THEN 2 ELSE 1 END, desks[1 + (h3 % cardinality(desks))::int] "
        "FROM (SELECT *, h3 % 100 < CASE WHEN ?::bigint - created < 30 * 86400000::bigint THEN 30 ELSE 92 END "
        "                 AS reached, "
        "             CASE h3 % 4 WHEN 0 THEN fa[fi] || '.' || la[li] WHEN 1 THEN left(fa[fi], 1) || la[li] "
        "                         WHEN 2 THEN fa[fi] || '_' || la[li] ELSE la[li] || '.' || fa[fi] END "
        "             || CASE WHEN h4 % 3 <> 0 THEN (h4 % 10000)::text ELSE '' END || '@' "
        "             || domains[1 + (h4 % cardinality(domains))::int] AS email "
        "      FROM (SELECT *, (1 + h1 % cardinality(f))::int AS fi, (1 + h2 % cardinality(l))::int AS li "
        "            FROM (SELECT g, abs(hashint8(g)::bigint) AS h1, abs(hashint8(g + 7777777)::bigint) AS h2, "
        "                         abs(hashint8(g + 15555555)::bigint) AS h3, "
        "                         abs(hashint8(g + 23333333)::bigint) AS h4, "
        "                         ?::bigint - ?::bigint + (g - 1) * (?::bigint / ?) "
        "                             + abs(hashint8(-g)::bigint) % (?::bigint / ?) AS created, "
        "                         string_to_array(?, chr(31)) AS f, string_to_array(?, chr(31)) AS l, "
        "                         string_to_array(?, chr(31)) AS fa, string_to_array(?, chr(31)) AS la, "
        "                         string_to_array(?, chr(31)) AS domains, string_to_array(?, chr(31)) AS desks "
        "                  FROM generate_series(1, ?::bigint) AS g) AS hashes) AS picks) AS rows"));
    for (const QVariant& value : QVariantList {
             end, end, span, span, total, span, total,
             list(kFirstNames, [](const Name& n) { return n.display; }),
             list(kLastNames, [](const Name& n) { return n.display; }),
             list(kFirstNames, [](const Name& n) { return n.ascii; }),
             list(kLastNames, [](const Name& n) { return n.ascii; }),
             list(kDomains, [](const char* d) { return d; }), list(kDesks, [](const char* d) { return d; }),
             total })
        query.addBindValue(value);
    if (!query.exec())
        return fail("leads");
    QTextStream(stderr) << "  leads: " << timer.elapsed() << " ms\n";
    if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('leads', 'id'), max(id)) FROM leads")))
        return fail("identity");

    // A handful of small PDFs shared by all the leads, as on SQLite.
    QStringList pdfs;
    QStringList names;
    for (const char* person : { "Curriculum Vitae", "Resume", "Lebenslauf", "CV 2024" }) {
        pdfs.append(QString::fromLatin1(TestSupport::makePdf(QString::fromLatin1(person)).toHex()));
        names.append(QString::fromLatin1(person).replace(QLatin1Char(' '), QLatin1Char('_')) + QStringLiteral(".pdf"));
    }
    query.prepare(QStringLiteral(
        "INSERT INTO resumes (lead_id, file_name, mime_type, size, sha256, content) "
        "SELECT id, names[1 + (id % 4)::int], 'application/pdf', length(pdf), encode(sha256(pdf), 'hex'), pdf "
        "FROM (SELECT id, decode(pdfs[1 + (id % 4)::int], 'hex') AS pdf, names "
        "      FROM leads, string_to_array(?, ',') AS pdfs, string_to_array(?, ',') AS names) AS r"));
    query.addBindValue(pdfs.join(QLatin1Char(',')));
    query.addBindValue(names.join(QLatin1Char(',')));
    if (!query.exec())
        return fail("resumes");
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail("commit");
    QTextStream(stderr) << "  resumes: " << timer.elapsed() << " ms\n";
    // Fresh statistics and visibility map, as a server's autovacuum would have them.
    if (!query.exec(QStringLiteral("VACUUM (ANALYZE) leads")) || !query.exec(QStringLiteral("VACUUM (ANALYZE) resumes")))
        return fail("vacuum");
    QTextStream(stdout) << "generated " << total << " leads in " << target.displayText() << " in "
                        << timer.elapsed() << " ms\n";
    return 0;
}

// The conflict check (issue 12, part 3): one party per ten leads (names from the same pools,
// some with a second surname), and the keys of every lead and party as ConflictIndex
// writes them (NameMatcher computes them; each distinct name once).
void writeConflictIndex(Sqlite& db, const std::vector<DemoLead>& leads)
{
    struct KeyRow
    {
        std::string key;
        char owner;
        qint64 id;
        int tokens;
    };
    std::vector<KeyRow> keys;
    std::vector<std::pair<std::string, std::string>> words;
    QSet<QString> seenWords;
    QHash<QString, QList<NameMatcher::Token>> cache;
    const auto tokens = [&cache](const QString& name, NameMatcher::Field field) {
        const QString cacheKey = name + QLatin1Char(char('0' + int(field)));
        auto found = cache.constFind(cacheKey);
        if (found == cache.cend())
            found = cache.insert(cacheKey, NameMatcher::tokenize(name, field));
        return *found;
    };
    const auto add = [&](char owner, qint64 id, const NameMatcher::Person& person) {
        const int count = int(std::min<qsizetype>(person.tokens.size(), 8));
        for (const QString& key : NameMatcher::indexKeys(person))
            keys.push_back({ key.toStdString(), owner, id, count });
        for (const NameMatcher::Token& token : person.tokens) {
            if (token.key.size() < NameMatcher::kTypoLength - 1 || seenWords.contains(token.key))
                continue;
            seenWords.insert(token.key);
            for (const QString& del : NameMatcher::deletionKeys(token.key))
                words.emplace_back(del.toStdString(), token.key.toStdString());
        }
    };
    keys.reserve(leads.size() * 3 + leads.size() / 2);
    for (std::size_t i = 0; i < leads.size(); ++i) {
        const DemoLead& lead = leads[i];
        NameMatcher::Person person;
        person.tokens = tokens(QString::fromUtf8(lead.first->display), NameMatcher::Field::FirstName)
            + tokens(QString::fromUtf8(lead.last->display), NameMatcher::Field::LastName);
        person.emailKey = NameMatcher::emailKey(QString::fromStdString(lead.email));
        add('L', qint64(i) + 1, person);
    }
    struct DemoParty
    {
        std::string name;
        const char* role;
        std::string matter;
    };
    std::vector<DemoParty> parties(leads.size() / 10);
    std::mt19937_64 random(20261201);
    const char* const roles[] = { "adverse", "client", "related" };
    for (std::size_t i = 0; i < parties.size(); ++i) {
        DemoParty& party = parties[i];
        const char* first = kFirstNames[random() % countOf(kFirstNames)].display;
        const char* last = kLastNames[random() % countOf(kLastNames)].display;
        party.name = std::string(first) + " " + last;
        NameMatcher::Person person;
        person.tokens = tokens(QString::fromUtf8(first), NameMatcher::Field::Name)
            + tokens(QString::fromUtf8(last), NameMatcher::Field::Name);
        if (random() % 4 == 0) {
            const char* second = kLastNames[random() % countOf(kLastNames)].display;
            party.name += std::string(" ") + second;
            person.tokens += tokens(QString::fromUtf8(second), NameMatcher::Field::Name);
        }
        party.role = roles[random() % 3];
        party.matter = "M-" + std::to_string(2015 + random() % 12) + "-" + std::to_string(i + 1);
        add('P', qint64(i) + 1, person);
    }
    const qint64 now = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    insertRows(db, "main.parties", "id, name, email, role, matter, notes, created_at, updated_at, created_by",
               parties.size(), [&](RowBinder& row, std::size_t i) {
                   row << qint64(i) + 1 << parties[i].name << "" << parties[i].role << parties[i].matter << ""
                       << now << now << "gendata";
               });
    // In key order: the rows go into the B-tree from left to right.
    std::sort(keys.begin(), keys.end(), [](const KeyRow& a, const KeyRow& b) {
        return std::tie(a.key, a.owner, a.id) < std::tie(b.key, b.owner, b.id);
    });
    keys.erase(std::unique(keys.begin(), keys.end(), [](const KeyRow& a, const KeyRow& b) {
        return a.key == b.key && a.owner == b.owner && a.id == b.id;
    }), keys.end());
    insertRows(db, "main.conflict_keys", "key, owner_kind, owner_id, tokens", keys.size(),
               [&](RowBinder& row, std::size_t i) {
                   // Static text: the binder keeps the pointer until the statement runs.
                   row << keys[i].key << (keys[i].owner == 'L' ? "L" : "P") << keys[i].id << qint64(keys[i].tokens);
               });
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    insertRows(db, "main.conflict_words", "del, word", words.size(),
               [&](RowBinder& row, std::size_t i) { row << words[i].first << words[i].second; });
}


} // namespace

int main(int argc, char* argv[])
{
    // Before SQLite's first use. Nobody reads its allocation statistics here, and keeping
    // them takes a global mutex on every allocation. The scratch databases may outgrow the
    // in-memory VFS's default 1 GiB limit from a few million leads on.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite3_config(SQLITE_CONFIG_MEMDB_MAXSIZE, sqlite3_int64(1) << 40);
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const qint64 total = args.size() == 3 ? args.at(2).toLongLong(&ok) : 0;
    if (!ok || total < 1) {
        QTextStream(stderr) << "usage: leadintake_gendata DATABASE COUNT\n"
                               "Creates DATABASE (which must not exist) with COUNT demo leads.\n";
        return 2;
    }
    const QString path = args.at(1);
    if (const Result<DatabaseTarget> target = DatabaseTarget::parse(path); target && target->isServer())
        return fillServer(*target, total);
    if (QFile::exists(path)) {
        QTextStream(stderr) << path << " exists; choose a new file\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto phase = [&timer](const char* what) {
        QTextStream(stderr) << "  " << what << ": " << timer.elapsed() << " ms\n";
    };
    {
        // The product creates the schema, so the demo data always matches the latest one.
        Result<Database> database = Database::open(path);
        if (!database) {
            QTextStream(stderr) << database.error().message << '\n';
            return 1;
        }
    }

    Sqlite db(path.toStdString());
    // Attached first (ATTACH cannot happen in a transaction), and only main gets the
    // pragmas below: the scratch databases stay in the normal locking mode, so this
    // connection holds no lock on them while the other thread writes them.
    db.exec(std::string("ATTACH '") + kScratchLeads + "' AS scratch_leads; ATTACH '"
            + kScratchSearch + "' AS scratch_search");
    // A new file that nobody else reads: no journal, no syncs, a big cache. The product's
    // WAL mode goes back on at the end. The rows are made valid, so their CHECK
    // constraints are not evaluated one by one (PRAGMA integrity_check verifies them).
    db.exec("PRAGMA main.journal_mode=OFF; PRAGMA main.synchronous=OFF; "
            "PRAGMA main.cache_size=-524288; PRAGMA main.locking_mode=EXCLUSIVE; "
            "PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF; "
            "PRAGMA ignore_check_constraints=ON");
    db.exec("BEGIN");
    // Indexes are built once, sorted, after the load. Every trigger (full-text sync,
    // creation order bookkeeping, history checks) is per row: the full-text index and the
    // out-of-order ids are made in bulk instead, and no history row names an account.
    const std::string leadsTable = db.sqlOf("leads");
    const std::string searchTable = db.sqlOf("leads_fts");
    const auto leadIndexes = db.objects("index", "leads");
    const auto eventIndexes = db.objects("index", "lead_events");
    auto triggers = db.objects("trigger", "leads");
    for (auto& trigger : db.objects("trigger", "lead_events"))
        triggers.push_back(std::move(trigger));
    for (const auto& [name, sql] : leadIndexes)
        db.exec("DROP INDEX main." + name);
    for (const auto& [name, sql] : eventIndexes)
        db.exec("DROP INDEX main." + name);
    for (const auto& [name, sql] : triggers)
        db.exec("DROP TRIGGER main." + name);
    // The indexes that sort through a collation function (the names, case-insensitively)
    // cost the most to build: they are built with the table on the other thread.
    std::vector<std::pair<std::string, std::string>> scratchIndexes;
    std::vector<std::pair<std::string, std::string>> mainIndexes;
    for (const auto& index : leadIndexes) {
        const bool collated = index.second.find("COLLATE") != std::string::npos;
        (collated ? scratchIndexes : mainIndexes).push_back(index);
    }

    std::vector<Resume> resumes;
    for (const char* person : { "Curriculum Vitae", "Resume", "Lebenslauf", "CV 2024" }) {
        Resume resume;
        resume.pdf = TestSupport::makePdf(QString::fromLatin1(person));
        resume.fileName = QString::fromLatin1(person).replace(QLatin1Char(' '), QLatin1Char('_')).toStdString() + ".pdf";
        resume.sha256 = QCryptographicHash::hash(resume.pdf, QCryptographicHash::Sha256).toHex().toStdString();
        resumes.push_back(std::move(resume));
    }
    const DemoData data = generate(total);
    const std::vector<DemoLead>& leads = data.leads;
    phase("generated");
    // The responsible attorneys as accounts (ids 1..5) that cannot sign in (no password
    // hashes to that value): leads.attorney_id refers to them, the dashboard names them.
    insertRows(db, "main.users", "id, username, username_key, display_name, role, password_hash, created_at, updated_at",
               countOf(kAttorneys), [&](RowBinder& row, std::size_t i) {
                   row << qint64(i) + 1 << kAttorneys[i] << kAttorneys[i] << kAttorneyNames[i] << "attorney"
                       << "$argon2id$v=19$m=65536,t=3,p=4$bm90LWEtcGFzc3dvcmQ$bm90LWEtaGFzaA"
                       << qint64(1761955200000) << qint64(1761955200000);
               });

    // The other thread: the leads table with its collated indexes, then the full-text
    // index. FTS5 keeps its whole index in its shadow tables, so the scratch database's
    // 'rebuild' over a copy of the searchable columns, copied in, is the index the
    // product's 'rebuild' would make here.
    std::promise<void> leadsBuilt;
    std::thread side([&] {
        {
            Sqlite scratch(kScratchLeads);
            scratch.exec(kScratchPragmas);
            scratch.exec("BEGIN");
            scratch.exec(leadsTable);
            insertRows(scratch, "leads",
                       "id, first_name, last_name, email, email_key, status, created_at, "
                       "updated_at, version, created_by, attorney_id, attorney_name, source, "
                       "reached_out_at",
                       leads.size(), [&](RowBinder& row, std::size_t i) {
                           const DemoLead& lead = leads[i];
                           const bool reached = lead.reachedBy != nullptr;
                           row << qint64(i) + 1 << lead.first->display << lead.last->display
                               << lead.email << lead.emailKey
                               << (reached ? "REACHED_OUT" : "PENDING") << lead.createdAt
                               << (reached ? lead.reachedAt : lead.createdAt)
                               << qint64(reached ? 2 : 1) << lead.createdBy;
                           if (lead.attorney < 0)
                               row << nullptr << "";
                           else
                               row << qint64(lead.attorney) + 1 << kAttorneyNames[lead.attorney];
                           row << lead.source;
                           if (reached)
                               row << lead.reachedAt;
                           else
                               row << nullptr;
                       });
            for (const auto& [name, sql] : scratchIndexes)
                scratch.exec(sql);
            scratch.exec("COMMIT");
        }
        phase("leads table (other thread)");
        leadsBuilt.set_value();

        Sqlite scratch(kScratchSearch);
        scratch.exec(kScratchPragmas);
        scratch.exec("BEGIN");
        // Every column the search index reads (schema 8 added the attorney's name).
        scratch.exec("CREATE TABLE leads (id INTEGER PRIMARY KEY, first_name TEXT, "
                     "last_name TEXT, email TEXT, attorney_name TEXT NOT NULL DEFAULT '')");
        scratch.exec(searchTable);
        // A pending-data budget that holds a million leads: the index is written once, as
        // one segment, instead of flushed every megabyte and merged over and over. This
        // setting stays in the scratch database.
        scratch.exec("INSERT INTO leads_fts (leads_fts, rank) VALUES ('hashsize', 1073741824)");
        insertRows(scratch, "leads", "id, first_name, last_name, email, attorney_name", leads.size(),
                   [&](RowBinder& row, std::size_t i) {
                       const DemoLead& lead = leads[i];
                       row << qint64(i) + 1 << lead.first->display << lead.last->display
                           << lead.email << (lead.attorney < 0 ? "" : kAttorneyNames[lead.attorney]);
                   });
        scratch.exec("INSERT INTO leads_fts (leads_fts) VALUES ('rebuild')");
        scratch.exec("COMMIT");
        phase("full-text index (other thread)");
    });

    // The history is hash-chained in id order (AuditChain), as the product appends it:
    // computed on a third thread while the resumes are written.
    std::future<std::vector<HexHash>> hashing = std::async(std::launch::async, [&data] {
        std::vector<HexHash> hashes(data.events.size());
        QByteArray previous;
        const QVariant none(QMetaType(QMetaType::QString));
        for (std::size_t i = 0; i < data.events.size(); ++i) {
            const DemoEvent& event = data.events[i];
            const DemoLead& lead = data.leads[event.lead];
            const qint64 leadId = qint64(event.lead) + 1;
            const QVariantList values = event.reachedOut
                ? QVariantList { qint64(i) + 1, leadId, QStringLiteral("status_changed"),
                                 QStringLiteral("PENDING"), QStringLiteral("REACHED_OUT"), none,
                                 QString::fromLatin1(lead.reachedBy), QVariant(), lead.reachedAt }
                : QVariantList { qint64(i) + 1, leadId, QStringLiteral("created"), none,
                                 QStringLiteral("PENDING"), none,
                                 QString::fromLatin1(lead.createdEventActor), QVariant(), lead.createdAt };
            previous = AuditChain::rowHash(AuditChain::Table::LeadEvents, previous, values);
            const QByteArray hex = previous.toHex();
            std::copy(hex.cbegin(), hex.cend(), hashes[i].text);
        }
        return hashes;
    });

    // Every lead has a resume; a handful of small PDFs are shared by all of them.
    insertRows(db, "main.resumes", "lead_id, file_name, mime_type, size, sha256, content",
               leads.size(), [&](RowBinder& row, std::size_t i) {
                   const qint64 id = qint64(i) + 1;
                   const Resume& resume = resumes[std::size_t(id) % resumes.size()];
                   row << id << resume.fileName << "application/pdf" << qint64(resume.pdf.size())
                       << resume.sha256 << resume.pdf;
               });
    std::vector<HexHash> eventHashes = hashing.get();
    insertRows(db, "main.lead_events", "id, lead_id, kind, from_status, to_status, actor, at, hash",
               data.events.size(), [&](RowBinder& row, std::size_t i) {
                   const DemoEvent& event = data.events[i];
                   const DemoLead& lead = leads[event.lead];
                   const qint64 id = qint64(event.lead) + 1;
                   row << qint64(i) + 1;
                   if (event.reachedOut)
                       row << id << "status_changed" << "PENDING" << "REACHED_OUT" << lead.reachedBy
                           << lead.reachedAt;
                   else
                       row << id << "created" << nullptr << "PENDING" << lead.createdEventActor
                           << lead.createdAt;
                   row << eventHashes[i];
               });
    phase("resumes and history");
    for (const auto& [name, sql] : eventIndexes)
        db.exec(sql);
    phase("history indexes");

    // The collated indexes exist (empty) before the copy so that SQLite copies them from
    // the scratch database's, record by record, as it does the table: no sort.
    for (const auto& [name, sql] : scratchIndexes)
        db.exec(sql);
    leadsBuilt.get_future().wait();
    db.exec("INSERT INTO main.leads SELECT * FROM scratch_leads.leads");
    phase("leads copied");
    for (const auto& [name, sql] : mainIndexes)
        db.exec(sql);
    phase("leads indexes");

    side.join();
    // The copy replaces the empty index that the migrations left (its structure and
    // averages records).
    for (const char* shadow : { "leads_fts_data", "leads_fts_idx", "leads_fts_docsize" })
        db.exec(std::string("DELETE FROM main.") + shadow + "; INSERT INTO main." + shadow
                + " SELECT * FROM scratch_search." + shadow);
    if (!db.objects("table", "leads_created_out_of_order").empty())
        insertRows(db, "main.leads_created_out_of_order", "id", data.createdOutOfOrder.size(),
                   [&](RowBinder& row, std::size_t i) { row << data.createdOutOfOrder[i]; });
    for (const auto& [name, sql] : triggers)
        db.exec(sql);
    phase("full-text index copied");
    if (!db.objects("table", "conflict_keys").empty()) {
        writeConflictIndex(db, leads);
        phase("conflict check: parties and keys");
    }
    db.exec("COMMIT");
    db.exec("DETACH scratch_leads; DETACH scratch_search");
    db.exec("PRAGMA locking_mode=NORMAL; PRAGMA journal_mode=WAL");
    QTextStream(stdout) << "generated " << total << " leads in " << path << " in "
                        << timer.elapsed() << " ms\n";
    return 0;
}
