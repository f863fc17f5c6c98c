// leadintake_gendata DB N: fills a new lead database with N realistic leads, fast.
//
// The schema comes from the product itself (Database::open runs every migration), then the
// rows go in through SQLite's C API in one transaction with prepared statements. Indexes
// and the FTS triggers are dropped for the load and put back from their own stored SQL
// afterwards, and the FTS index is rebuilt in one pass: a million leads take seconds.
#include "database.h"
#include "leadvalidator.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sqlite3.h>

#include <random>
#include <string>
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

template<typename T, std::size_t N>
constexpr std::size_t countOf(const T (&)[N])
{
    return N;
}

class Sqlite
{
public:
    explicit Sqlite(const std::string& path)
    {
        if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK)
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
    sqlite3_stmt* prepare(const char* sql)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            fail(sql);
        return statement;
    }
    void step(sqlite3_stmt* statement)
    {
        if (sqlite3_step(statement) != SQLITE_DONE)
            fail("step");
        sqlite3_reset(statement);
    }
    // (name, sql) of every object of this type whose name matches pattern.
    std::vector<std::pair<std::string, std::string>> objects(const char* type, const char* like)
    {
        std::vector<std::pair<std::string, std::string>> found;
        sqlite3_stmt* statement = prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = ? AND name LIKE ? AND sql IS NOT NULL");
        sqlite3_bind_text(statement, 1, type, -1, SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, like, -1, SQLITE_STATIC);
        while (sqlite3_step(statement) == SQLITE_ROW)
            found.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)),
                               reinterpret_cast<const char*>(sqlite3_column_text(statement, 1)));
        sqlite3_finalize(statement);
        return found;
    }
    [[noreturn]] void fail(const char* what)
    {
        QTextStream(stderr) << "SQLite error in " << what << ": " << sqlite3_errmsg(m_db) << '\n';
        std::exit(1);
    }

private:
    sqlite3* m_db = nullptr;
};

struct Resume
{
    std::string fileName;
    QByteArray pdf;
    std::string sha256;
};

} // namespace

int main(int argc, char* argv[])
{
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
    if (QFile::exists(path)) {
        QTextStream(stderr) << path << " exists; choose a new file\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    {
        // The product creates the schema, so the demo data always matches the latest one.
        Result<Database> database = Database::open(path);
        if (!database) {
            QTextStream(stderr) << database.error().message << '\n';
            return 1;
        }
    }

    Sqlite db(path.toStdString());
    // A new file that nobody else reads: no journal, no syncs, a big cache. The product's
    // WAL mode goes back on at the end.
    db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-524288; "
            "PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF; PRAGMA locking_mode=EXCLUSIVE");
    db.exec("BEGIN");
    // Indexes are built once, sorted, after the load; the FTS index is rebuilt in one pass.
    const auto indexes = db.objects("index", "leads%");
    const auto eventIndexes = db.objects("index", "lead_events%");
    // Every trigger on leads (full-text sync, creation order bookkeeping) is per row; the
    // bulk equivalents run once after the load.
    const auto triggers = db.objects("trigger", "leads%");
    for (const auto& [name, sql] : indexes)
        db.exec("DROP INDEX " + name);
    for (const auto& [name, sql] : eventIndexes)
        db.exec("DROP INDEX " + name);
    for (const auto& [name, sql] : triggers)
        db.exec("DROP TRIGGER " + name);

    std::vector<Resume> resumes;
    for (const char* person : { "Curriculum Vitae", "Resume", "Lebenslauf", "CV 2024" }) {
        Resume resume;
        resume.pdf = TestSupport::makePdf(QString::fromLatin1(person));
        resume.fileName = QString::fromLatin1(person).replace(QLatin1Char(' '), QLatin1Char('_')).toStdString() + ".pdf";
        resume.sha256 = QCryptographicHash::hash(resume.pdf, QCryptographicHash::Sha256).toHex().toStdString();
        resumes.push_back(std::move(resume));
    }

    sqlite3_stmt* insertLead = db.prepare(
        "INSERT INTO leads (id, first_name, last_name, email, email_key, status, created_at, "
        "updated_at, version, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt* insertResume = db.prepare(
        "INSERT INTO resumes (lead_id, file_name, mime_type, size, sha256, content) "
        "VALUES (?, ?, 'application/pdf', ?, ?, ?)");
    sqlite3_stmt* insertEvent = db.prepare(
        "INSERT INTO lead_events (lead_id, kind, from_status, to_status, actor, at) "
        "VALUES (?, ?, ?, ?, ?, ?)");

    // Creation times spread evenly over six years up to a fixed date (reproducible data),
    // in id order as a real desk would write them, with a little jitter.
    const qint64 end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 span = qint64(6 * 365) * 24 * 3600 * 1000;
    const qint64 step = span / total;
    std::mt19937_64 random(20261128);
    auto pick = [&random](std::size_t n) { return std::size_t(random() % n); };
    std::string email;
    for (qint64 id = 1; id <= total; ++id) {
        const Name& first = kFirstNames[pick(countOf(kFirstNames))];
        const Name& last = kLastNames[pick(countOf(kLastNames))];
        const qint64 created = end - span + (id - 1) * step + qint64(random() % std::uint64_t(qMax<qint64>(step, 1)));
        // Older leads have mostly been reached out to; the last month's mostly not.
        const bool recent = end - created < qint64(30) * 24 * 3600 * 1000;
        const bool reached = pick(100) < (recent ? 30u : 92u);
        const qint64 reachedAt = created + qint64(1 + pick(72)) * 3600 * 1000;

        email.clear();
        switch (pick(4)) {
        case 0: email = std::string(first.ascii) + "." + last.ascii; break;
        case 1: email = std::string(1, first.ascii[0]) + last.ascii; break;
        case 2: email = std::string(first.ascii) + "_" + last.ascii; break;
        default: email = std::string(last.ascii) + "." + first.ascii; break;
        }
        if (pick(3) != 0)
            email += std::to_string(pick(10000));
        email += "@";
        email += kDomains[pick(countOf(kDomains))];
        // Addresses as typed: sometimes capitalised; the key is case-folded (ASCII here).
        std::string typed = email;
        if (pick(10) == 0)
            typed[0] = char(std::toupper(static_cast<unsigned char>(typed[0])));

        sqlite3_bind_int64(insertLead, 1, id);
        sqlite3_bind_text(insertLead, 2, first.display, -1, SQLITE_STATIC);
        sqlite3_bind_text(insertLead, 3, last.display, -1, SQLITE_STATIC);
        sqlite3_bind_text(insertLead, 4, typed.c_str(), int(typed.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insertLead, 5, email.c_str(), int(email.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insertLead, 6, reached ? "REACHED_OUT" : "PENDING", -1, SQLITE_STATIC);
        sqlite3_bind_int64(insertLead, 7, created);
        sqlite3_bind_int64(insertLead, 8, reached ? reachedAt : created);
        sqlite3_bind_int(insertLead, 9, reached ? 2 : 1);
        sqlite3_bind_text(insertLead, 10, kDesks[pick(countOf(kDesks))], -1, SQLITE_STATIC);
        db.step(insertLead);

        // Every lead has a resume; a handful of small PDFs are shared by all of them.
        const Resume& resume = resumes[std::size_t(id) % resumes.size()];
        sqlite3_bind_int64(insertResume, 1, id);
        sqlite3_bind_text(insertResume, 2, resume.fileName.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_int64(insertResume, 3, resume.pdf.size());
        sqlite3_bind_text(insertResume, 4, resume.sha256.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_blob(insertResume, 5, resume.pdf.constData(), int(resume.pdf.size()), SQLITE_STATIC);
        db.step(insertResume);

        sqlite3_bind_int64(insertEvent, 1, id);
        sqlite3_bind_text(insertEvent, 2, "created", -1, SQLITE_STATIC);
        sqlite3_bind_null(insertEvent, 3);
        sqlite3_bind_text(insertEvent, 4, "PENDING", -1, SQLITE_STATIC);
        sqlite3_bind_text(insertEvent, 5, kDesks[pick(countOf(kDesks))], -1, SQLITE_STATIC);
        sqlite3_bind_int64(insertEvent, 6, created);
        db.step(insertEvent);
        if (reached) {
            sqlite3_bind_int64(insertEvent, 1, id);
            sqlite3_bind_text(insertEvent, 2, "status_changed", -1, SQLITE_STATIC);
            sqlite3_bind_text(insertEvent, 3, "PENDING", -1, SQLITE_STATIC);
            sqlite3_bind_text(insertEvent, 4, "REACHED_OUT", -1, SQLITE_STATIC);
            sqlite3_bind_text(insertEvent, 5, kAttorneys[pick(countOf(kAttorneys))], -1, SQLITE_STATIC);
            sqlite3_bind_int64(insertEvent, 6, reachedAt);
            db.step(insertEvent);
        }
    }
    sqlite3_finalize(insertLead);
    sqlite3_finalize(insertResume);
    sqlite3_finalize(insertEvent);

    QTextStream(stderr) << "  rows: " << timer.elapsed() << " ms\n";
    for (const auto& [name, sql] : indexes)
        db.exec(sql);
    for (const auto& [name, sql] : eventIndexes)
        db.exec(sql);
    for (const auto& [name, sql] : triggers)
        db.exec(sql);
    QTextStream(stderr) << "  indexes: " << timer.elapsed() << " ms\n";
    db.exec("INSERT INTO leads_fts (leads_fts) VALUES ('rebuild')");
    if (!db.objects("table", "leads_created_out_of_order").empty())
        db.exec("INSERT OR IGNORE INTO leads_created_out_of_order (id) SELECT id FROM ("
                "SELECT id, created_at, max(created_at) OVER (ORDER BY id ROWS BETWEEN "
                "UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_max FROM leads) "
                "WHERE created_at < previous_max");
    QTextStream(stderr) << "  full-text index: " << timer.elapsed() << " ms\n";
    db.exec("COMMIT");
    db.exec("PRAGMA locking_mode=NORMAL; PRAGMA journal_mode=WAL");
    QTextStream(stdout) << "generated " << total << " leads in " << path << " in "
                        << timer.elapsed() << " ms\n";
    return 0;
}
