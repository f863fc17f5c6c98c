#include "database.h"
#include "leadrepository.h"
#include "leadvalidator.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Opening, configuring and migrating the SQLite file.
class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseHasLatestSchema();
    void pragmasAreSet();
    void upgradeFromEachVersion_data();
    void upgradeFromEachVersion();
    void reopenIsIdempotent();
    void newerSchemaIsRefused();
    void unwritableFolderGivesMessage();
    void historyIsAppendOnly();
    void checkConstraintsHold();
    void upgradeFillsFirstContactFromHistory();

private:
    static QStringList tables(const QSqlDatabase& db);
    QTemporaryDir m_dir;
};

QStringList TestDatabase::tables(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'leads_fts_%' ORDER BY name"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

void TestDatabase::freshDatabaseHasLatestSchema()
{
    QVERIFY(Database::latestSchemaVersion() >= 2);
    auto db = Database::open(m_dir.filePath(QStringLiteral("fresh/sub/leads.sqlite")));
    QVERIFY2(db, qPrintable(db.error().message));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    // Each migration's tables exist (other features add theirs; this lists the lead and
    // outbox ones).
    const QStringList present = tables(db->connection());
    for (const char* table : { "lead_events", "leads", "leads_fts", "resumes", "outbox", "settings" })
        QVERIFY2(present.contains(QLatin1String(table)), table);
}

void TestDatabase::pragmasAreSet()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("pragmas.sqlite")));
    QVERIFY(db);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDatabase::upgradeFromEachVersion_data()
{
    QTest::addColumn<int>("from");
    QTest::addRow("from an empty file") << 0;
    for (const int version : Database::schemaVersions()) {
        if (version < Database::latestSchemaVersion())
            QTest::addRow("from schema %d", version) << version;
    }
}

void TestDatabase::upgradeFromEachVersion()
{
    QFETCH(int, from);
    const QString path = m_dir.filePath(QStringLiteral("upgrade-%1.sqlite").arg(from));
    {
        auto old = Database::open(path, from);
        QVERIFY2(old, qPrintable(old.error().message));
        QCOMPARE(old->schemaVersion(), from);
        if (from >= 1) {
            // Data written by the old schema must survive and be searchable after the upgrade.
            LeadRepository repository(old->connection());
            const QByteArray pdf = TestSupport::makePdf();
            const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf, "00" };
            auto id = repository.create(QStringLiteral("Renée"), QStringLiteral("Okafor"),
                                        QStringLiteral("renee@example.com"), resume, QStringLiteral("test"));
            QVERIFY2(id, qPrintable(id.error().message));
        }
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    LeadRepository repository(db->connection());
    LeadQuery query;
    query.search = QStringLiteral("renee");
    auto count = repository.count(query);
    QVERIFY2(count, qPrintable(count.error().message));
    QCOMPARE(count.value(), from >= 1 ? 1 : 0);
}

void TestDatabase::reopenIsIdempotent()
{
    const QString path = m_dir.filePath(QStringLiteral("twice.sqlite"));
    QVERIFY(Database::open(path));
    auto again = Database::open(path);
    QVERIFY2(again, qPrintable(again.error().message));
    QCOMPARE(again->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::newerSchemaIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QStringLiteral("newer Lead Intake")), qPrintable(db.error().message));
}

void TestDatabase::unwritableFolderGivesMessage()
{
    const QString blocker = TestSupport::writeFile(m_dir, QStringLiteral("afile"), "x");
    auto db = Database::open(blocker + QStringLiteral("/sub/leads.sqlite"));
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QStringLiteral("Cannot create the folder")), qPrintable(db.error().message));
}

void TestDatabase::historyIsAppendOnly()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("append.sqlite")));
    QVERIFY(db);
    LeadRepository repository(db->connection());
    const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), TestSupport::makePdf(), "00" };
    auto id = repository.create(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a@b.cd"), resume, QStringLiteral("t"));
    QVERIFY(id);
    QSqlQuery query(db->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE lead_events SET actor = 'mallory'")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
}

void TestDatabase::checkConstraintsHold()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("checks.sqlite")));
    QVERIFY(db);
    QSqlQuery query(db->connection());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO leads (first_name, last_name, email, email_key, status, created_at, updated_at, created_by) VALUES ('a', 'b', 'a@b.cd', 'a@b.cd', 'LOST', 0, 0, 't')")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO leads (first_name, last_name, email, email_key, created_at, updated_at, created_by) VALUES ('  ', 'b', 'a@b.cd', 'a@b.cd', 0, 0, 't')")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO resumes (lead_id, file_name, mime_type, size, sha256, content) VALUES (12345, 'x', 'y', 1, 'z', x'00')")));
}


// Schema 12 (issue 12, part 2): leads reached out before it get their first contact time
// from the history's earliest change to REACHED_OUT, not from their last update.
void TestDatabase::upgradeFillsFirstContactFromHistory()
{
    const QString path = m_dir.filePath(QStringLiteral("first-contact.sqlite"));
    qint64 id = 0;
    qint64 firstChange = 0;
    {
        auto old = Database::open(path, 11);
        QVERIFY2(old, qPrintable(old.error().message));
        LeadRepository repository(old->connection());
        auto created = repository.create(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"),
                                         ResumeFile { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"),
                                                      TestSupport::makePdf(), "00" },
                                         QStringLiteral("test"));
        QVERIFY2(created, qPrintable(created.error().message));
        id = *created;
        QVERIFY(repository.setStatus(id, LeadStatus::ReachedOut, QStringLiteral("t"), 1));
        QVERIFY(repository.setStatus(id, LeadStatus::Pending, QStringLiteral("t"), 2));
        QVERIFY(repository.setStatus(id, LeadStatus::ReachedOut, QStringLiteral("t"), 3));
        QSqlQuery query(old->connection());
        // The history's times, spread apart so that the earliest is told from the latest.
        QVERIFY(query.exec(QStringLiteral("UPDATE leads SET updated_at = 9000000 WHERE id = %1").arg(id)));
        QVERIFY(query.exec(QStringLiteral("SELECT min(at) FROM lead_events WHERE lead_id = %1 AND kind = 'status_changed' "
                                          "AND to_status = 'REACHED_OUT'").arg(id)) && query.next());
        firstChange = query.value(0).toLongLong();
        QVERIFY(firstChange != 9000000);
        auto untouched = repository.create(QStringLiteral("Bo"), QStringLiteral("Li"), QStringLiteral("bo@example.com"),
                                           ResumeFile { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"),
                                                        TestSupport::makePdf(), "00" },
                                           QStringLiteral("test"));
        QVERIFY(untouched);
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message));
    LeadRepository repository(db->connection());
    QCOMPARE(repository.lead(id)->reachedOutAt.toMSecsSinceEpoch(), firstChange);
    QCOMPARE(repository.lead(id + 1)->reachedOutAt.isValid(), false);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
