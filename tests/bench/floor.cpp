// leadintake_floor DB TRACE...: the floor of the benchmark. Replays, on bare SQLite (C API,
// no Qt), exactly the statements that the product ran for each step (recorded by SqlTrace),
// reading every column of every row, and prints one timing per step:
//   RESULT <step> <run> <milliseconds>
// The "start" step also opens the connection, as the application does.
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Step
{
    std::string name;
    int run = 0;
    std::vector<std::string> statements;
};

std::vector<Step> readTrace(const char* path)
{
    std::vector<Step> steps;
    std::ifstream in(path, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("STEP ", 0) == 0) {
            std::istringstream words(line.substr(5));
            Step step;
            words >> step.name >> step.run;
            steps.push_back(std::move(step));
        } else if (line.rfind("SQL ", 0) == 0 && !steps.empty()) {
            const std::size_t size = std::stoul(line.substr(4));
            std::string sql(size, '\0');
            in.read(sql.data(), std::streamsize(size));
            in.get(); // the newline after the statement
            steps.back().statements.push_back(std::move(sql));
        }
    }
    return steps;
}

sqlite3* openDatabase(const char* path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::cerr << "cannot open " << path << '\n';
        std::exit(1);
    }
    sqlite3_busy_timeout(db, 10000);
    return db;
}

// Runs one statement to the end, touching every value as a caller would.
std::size_t run(sqlite3* db, const std::string& sql)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        std::cerr << "prepare failed: " << sqlite3_errmsg(db) << ": " << sql.substr(0, 200) << '\n';
        return 0;
    }
    std::size_t bytes = 0;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const int columns = sqlite3_column_count(statement);
        for (int i = 0; i < columns; ++i) {
            switch (sqlite3_column_type(statement, i)) {
            case SQLITE_INTEGER:
                bytes += std::size_t(sqlite3_column_int64(statement, i) & 1);
                break;
            case SQLITE_TEXT:
                bytes += std::strlen(reinterpret_cast<const char*>(sqlite3_column_text(statement, i)));
                break;
            case SQLITE_BLOB:
                bytes += std::size_t(sqlite3_column_bytes(statement, i));
                break;
            default:
                break;
            }
        }
    }
    if (rc != SQLITE_DONE)
        std::cerr << "step failed: " << sqlite3_errmsg(db) << ": " << sql.substr(0, 200) << '\n';
    sqlite3_finalize(statement);
    return bytes;
}

long peakResidentKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 3) {
        std::cerr << "usage: leadintake_floor DATABASE TRACE...\n";
        return 2;
    }
    std::vector<Step> steps;
    for (int i = 2; i < argc; ++i) {
        std::vector<Step> more = readTrace(argv[i]);
        steps.insert(steps.end(), more.begin(), more.end());
    }
    sqlite3* db = nullptr;
    std::size_t sink = 0;
    for (const Step& step : steps) {
        const auto started = std::chrono::steady_clock::now();
        if (step.name == "start") {
            if (db)
                sqlite3_close(db);
            db = openDatabase(argv[1]);
            // What Database::open runs before the recorded statements begin.
            for (const char* pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                        "PRAGMA foreign_keys=ON", "PRAGMA user_version" })
                sink += run(db, pragma);
        } else if (!db) {
            db = openDatabase(argv[1]);
        }
        for (const std::string& sql : step.statements)
            sink += run(db, sql);
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - started;
        std::printf("RESULT %s %d %.3f\n", step.name.c_str(), step.run, took.count());
        std::fflush(stdout);
    }
    if (db)
        sqlite3_close(db);
    std::printf("MEMORY %ld\n", peakResidentKb());
    return sink == 0 ? 0 : 0;
}
