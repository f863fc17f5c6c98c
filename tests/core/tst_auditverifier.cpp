#include "accountrepository.h"
#include "auditchain.h"
#include "auditverifier.h"
#include "database.h"
#include "leaderaser.h"
#include "leadrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

// The lead history and the account log: append-only (triggers) and tamper-evident (a
// SHA-256 chain that AuditVerifier walks), against a real SQLite file (issue 9, item 10)
// and a real PostgreSQL server (tst_auditverifier_pg).
class TestAuditVerifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void encodingIsTheDocumentedOne();
    void intactAfterEveryKindOfWrite();
    void updateAndDeleteAreRefused_data();
    void updateAndDeleteAreRefused();
    void rowsOutsideTheChainAreRefused_data();
    void rowsOutsideTheChainAreRefused();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void intactAfterManyAppendsFromTwoProcesses();
    void upgradeSealsEarlierRows();
    void upgradeReSealsWithDigests();
    void upgradeStopsAtABrokenChain();

    // Erasure (issue 13, part 4): details blanked, digests kept, the tombstone a new link.
    void erasureKeepsTheChainIntact();
    void blankingIsRefusedWithoutATombstone_data();
    void blankingIsRefusedWithoutATombstone();
    void tamperingAroundAnErasureIsFound_data();
    void tamperingAroundAnErasureIsFound();

private:
    void erase(qint64 lead);
    qint64 addLead(LeadRepository& repository, const QString& email);
    void writeSomeHistory();
    AuditVerifier::Report verify() const;

    QTemporaryDir m_dir;
    QString m_target; // with the test server's password on PostgreSQL: never print it
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_leads;
    std::unique_ptr<AccountRepository> m_accounts;
};

void TestAuditVerifier::init()
{
    m_target = TestDatabase::freshTarget();
    auto db = Database::open(m_target);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_leads = std::make_unique<LeadRepository>(m_db->connection());
    m_accounts = std::make_unique<AccountRepository>(m_db->connection());
}

void TestAuditVerifier::cleanup()
{
    m_accounts.reset();
    m_leads.reset();
    m_db.reset();
}

qint64 TestAuditVerifier::addLead(LeadRepository& repository, const QString& email)
{
    const QByteArray pdf = TestSupport::makePdf();
    const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    const Result<qint64> id = repository.create(QStringLiteral("Ana"), QStringLiteral("Ruiz"), email,
                                                resume, QStringLiteral("desk"));
    if (!id)
        qFatal("create: %s", qPrintable(id.error().message));
    return id.value();
}

// Every writer of both tables: creation, status change, note, resume events, account
// creation, role change and sign-in log rows.
void TestAuditVerifier::writeSomeHistory()
{
    const qint64 lead = addLead(*m_leads, QStringLiteral("ana@example.com"));
    QVERIFY(m_leads->setStatus(lead, LeadStatus::ReachedOut, QStringLiteral("desk"), 1));
    QVERIFY(m_leads->addNote(lead, QStringLiteral("Called back; wants a meeting on Monday."),
                             QStringLiteral("desk"), std::nullopt));
    QVERIFY(m_leads->recordEvent(lead, LeadEvent::Kind::ResumeOpened, QStringLiteral("desk")));
    UserAccount user;
    user.username = QStringLiteral("ana");
    user.displayName = QStringLiteral("Ana Ruiz");
    user.role = Role::Attorney;
    const Result<qint64> id = m_accounts->create(
        user, "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", Actor { std::nullopt, QStringLiteral("cli") });
    QVERIFY2(id, qPrintable(id.error().message));
    QVERIFY(m_accounts->setRole(id.value(), Role::Admin, Actor { std::nullopt, QStringLiteral("cli") }));
    QVERIFY(m_accounts->log(QStringLiteral("signed_in"), id.value(), Actor { id.value(), QStringLiteral("Ana Ruiz") },
                            QStringLiteral("desk 1")));
}

AuditVerifier::Report TestAuditVerifier::verify() const
{
    const Result<AuditVerifier::Report> report = AuditVerifier(m_db->connection()).verify();
    if (!report)
        qFatal("verify: %s", qPrintable(report.error().message));
    return report.value();
}

void TestAuditVerifier::encodingIsTheDocumentedOne()
{
    // auditchain.h's encoding, written out by hand: a change to the code that changes the
    // hashes of existing databases fails here.
    auto integer = [](qint64 value) -> QByteArray {
        QByteArray bytes(1, '\x01');
        char be[8];
        qToBigEndian(value, be);
        return bytes + QByteArray(be, 8);
    };
    auto text = [](const QString& value) -> QByteArray {
        const QByteArray utf8 = value.toUtf8();
        QByteArray bytes(1, '\x02');
        char be[4];
        qToBigEndian(quint32(utf8.size()), be);
        return bytes + QByteArray(be, 4) + utf8;
    };
    const QByteArray null(1, '\x00');
    const QByteArray previous = QByteArray::fromHex(
        "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    const QByteArray input = QByteArray("leadintake-audit-v1") + null + "lead_events" + null + previous
        + integer(7) + integer(3) + text(QStringLiteral("note")) + null + null
        + text(QStringLiteral("Llamó: sí")) + text(QStringLiteral("Ana Ruiz")) + integer(2)
        + integer(1764500000000);
    const QVariantList row { 7, 3, QStringLiteral("note"), QVariant(), QVariant(), QStringLiteral("Llamó: sí"),
                             QStringLiteral("Ana Ruiz"), 2, Q_INT64_C(1764500000000) };
    const QByteArray hash = AuditChain::rowHash(AuditChain::Table::LeadEvents, previous, row,
                                                AuditChain::Encoding::V1);
    QCOMPARE(hash.toHex(), QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());

    // Version 2 (lead_events since erasure exists): the detail enters as 0x03 and its SHA-256,
    // so the same hash comes from the text or, once erased, from its digest alone.
    const QByteArray digest = QCryptographicHash::hash(QStringLiteral("Llamó: sí").toUtf8(), QCryptographicHash::Sha256);
    const QByteArray inputV2 = QByteArray("leadintake-audit-v2") + null + "lead_events" + null + previous
        + integer(7) + integer(3) + text(QStringLiteral("note")) + null + null + QByteArray(1, '\x03') + digest
        + text(QStringLiteral("Ana Ruiz")) + integer(2) + integer(1764500000000);
    const QByteArray expectedV2 = QCryptographicHash::hash(inputV2, QCryptographicHash::Sha256);
    QCOMPARE(AuditChain::rowHash(AuditChain::Table::LeadEvents, previous, row).toHex(), expectedV2.toHex());
    QVariantList blanked = row;
    blanked[5] = QVariant();
    QCOMPARE(AuditChain::rowHash(AuditChain::Table::LeadEvents, previous, blanked, AuditChain::Encoding::V2, digest)
                 .toHex(),
             expectedV2.toHex());

    const QByteArray first = QByteArray("leadintake-audit-v1") + null + "account_log" + null
        + QByteArray(32, '\x00') + integer(1) + text(QStringLiteral("signed_in")) + integer(4) + null
        + text(QStringLiteral("Ana")) + null + integer(-5);
    QCOMPARE(AuditChain::rowHash(AuditChain::Table::AccountLog, {},
                                 { 1, QStringLiteral("signed_in"), 4, QVariant(), QStringLiteral("Ana"),
                                   QVariant(), -5 })
                 .toHex(),
             QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex());
}

void TestAuditVerifier::intactAfterEveryKindOfWrite()
{
    QVERIFY(verify().intact()); // empty chains
    writeSomeHistory();
    const AuditVerifier::Report report = verify();
    QVERIFY2(report.intact(), qPrintable(report.summary()));
    QCOMPARE(report.rowsChecked, 4 + 3);
    QCOMPARE(report.heads.size(), 2);
    QCOMPARE(report.heads.first().size(), 64);
    QVERIFY(report.summary().contains(QStringLiteral("intact")));
    // Every row has its hash, in the stored column.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM lead_events WHERE length(hash) = 64")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 4);
}

void TestAuditVerifier::updateAndDeleteAreRefused_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("lead history update") << QStringLiteral("UPDATE lead_events SET actor = 'mallory'");
    QTest::newRow("lead history hash update") << QStringLiteral("UPDATE lead_events SET hash = NULL");
    QTest::newRow("lead history delete") << QStringLiteral("DELETE FROM lead_events WHERE id = 1");
    QTest::newRow("lead delete (its history cascades)") << QStringLiteral("DELETE FROM leads");
    QTest::newRow("account log update") << QStringLiteral("UPDATE account_log SET at = 0");
    QTest::newRow("account log delete") << QStringLiteral("DELETE FROM account_log");
}

void TestAuditVerifier::updateAndDeleteAreRefused()
{
    QFETCH(QString, statement);
    writeSomeHistory();
    QSqlQuery query(m_db->connection());
    QVERIFY(!query.exec(statement));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")), qPrintable(query.lastError().text()));
    QVERIFY(verify().intact());
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM lead_events), (SELECT count(*) FROM account_log)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 4);
    QCOMPARE(query.value(1).toInt(), 3);
}

void TestAuditVerifier::rowsOutsideTheChainAreRefused_data()
{
    QTest::addColumn<QString>("statement");
    // SQLite's triggers say why; PostgreSQL's columns refuse a missing or short hash (and a
    // missing id) themselves, before the chain's trigger would.
    QTest::addColumn<QString>("pgRefusal");
    const QString hash = QString(64, QLatin1Char('a'));
    QTest::newRow("no hash") << QStringLiteral(
        "INSERT INTO lead_events (id, lead_id, kind, actor, at) VALUES (100, 1, 'note', 'x', 0)")
                             << QStringLiteral("\"hash\"");
    QTest::newRow("id left to the database") << QStringLiteral(
        "INSERT INTO lead_events (lead_id, kind, actor, at, hash) VALUES (1, 'note', 'x', 0, '%1')").arg(hash)
                                             << QStringLiteral("\"id\"");
    QTest::newRow("id not after the last row") << QStringLiteral(
        "INSERT INTO lead_events (id, lead_id, kind, actor, at, hash) VALUES (2, 1, 'note', 'x', 0, '%1')").arg(hash)
                                              << QStringLiteral("appended with their hash");
    QTest::newRow("short hash") << QStringLiteral(
        "INSERT INTO lead_events (id, lead_id, kind, actor, at, hash) VALUES (100, 1, 'note', 'x', 0, 'abc')")
                                << QStringLiteral("lead_events_hash_check");
    QTest::newRow("account log without hash") << QStringLiteral(
        "INSERT INTO account_log (id, kind, actor, at) VALUES (100, 'signed_in', 'x', 0)")
                                              << QStringLiteral("\"hash\"");
}

void TestAuditVerifier::rowsOutsideTheChainAreRefused()
{
    QFETCH(QString, statement);
    QFETCH(QString, pgRefusal);
    writeSomeHistory();
    QSqlQuery query(m_db->connection());
    QVERIFY(!query.exec(statement));
    const QString expected = TestDatabase::isPostgres() ? pgRefusal : QStringLiteral("appended with their hash");
    QVERIFY2(query.lastError().text().contains(expected), qPrintable(query.lastError().text()));
    QVERIFY(verify().intact());
}

void TestAuditVerifier::tamperingIsFound_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("table");
    QTest::addColumn<qint64>("rowId");

    const QString madeUp = QString::fromLatin1(QCryptographicHash::hash("fake", QCryptographicHash::Sha256).toHex());
    // The guard triggers by their names on each backend (PostgreSQL has one per table for
    // UPDATE and DELETE, and a DROP names the table).
    const bool pg = TestDatabase::isPostgres();
    const auto drop = [pg](const QString& sqlite, const QString& table, const QString& postgres) {
        return pg ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(postgres, table)
                  : QStringLiteral("DROP TRIGGER %1").arg(sqlite);
    };
    const QString events = QStringLiteral("lead_events");
    const QString eventsGuard = QStringLiteral("lead_events_erase_only"); // UPDATE
    const QString eventsDeleteGuard = QStringLiteral("lead_events_no_delete");
    // Issue 9, item 10: a back-dated fake row, inserted with raw SQL and a made-up hash.
    QTest::newRow("back-dated fake event")
        << QStringList { QStringLiteral("INSERT INTO lead_events (id, lead_id, kind, to_status, actor, at, hash) "
                                        "VALUES (5, 1, 'status_changed', 'PENDING', 'mallory', 1000, '%1')")
                             .arg(madeUp) }
        << QStringLiteral("lead_events") << qint64(5);
    QTest::newRow("fake event copying the last hash")
        << QStringList { QStringLiteral("INSERT INTO lead_events (id, lead_id, kind, actor, at, hash) "
                                        "SELECT 5, 1, 'note', 'mallory', 1000, hash FROM lead_events WHERE id = 4") }
        << QStringLiteral("lead_events") << qint64(5);
    QTest::newRow("fake account log row")
        << QStringList { QStringLiteral("INSERT INTO account_log (id, kind, user_id, actor, at, hash) "
                                        "VALUES (4, 'password_reset', 1, 'cli', 1000, '%1')")
                             .arg(madeUp) }
        << QStringLiteral("account_log") << qint64(4);
    // Whoever can write the file can also drop the triggers first.
    QTest::newRow("event rewritten")
        << QStringList { drop(QStringLiteral("lead_events_no_update"), events, eventsGuard),
                         QStringLiteral("UPDATE lead_events SET actor = 'mallory' WHERE id = 2") }
        << QStringLiteral("lead_events") << qint64(2);
    QTest::newRow("event removed from the middle")
        << QStringList { drop(QStringLiteral("lead_events_no_delete"), events, eventsDeleteGuard),
                         QStringLiteral("DELETE FROM lead_events WHERE id = 2") }
        << QStringLiteral("lead_events") << qint64(3);
    QTest::newRow("back-dated row slipped into a gap")
        << QStringList { drop(QStringLiteral("lead_events_no_delete"), events, eventsDeleteGuard),
                         drop(QStringLiteral("lead_events_chained"), events, QStringLiteral("lead_events_chained")),
                         QStringLiteral("DELETE FROM lead_events WHERE id = 3"),
                         QStringLiteral("INSERT INTO lead_events (id, lead_id, kind, actor, at, hash) "
                                        "VALUES (3, 1, 'note', 'mallory', 1000, '%1')")
                             .arg(madeUp) }
        << QStringLiteral("lead_events") << qint64(3);
    QTest::newRow("account log hash cleared")
        << QStringList { drop(QStringLiteral("account_log_no_update"), QStringLiteral("account_log"),
                              QStringLiteral("account_log_append_only")),
                         // PostgreSQL's column takes only a 64-digit hash: a wrong one.
                         pg ? QStringLiteral("UPDATE account_log SET hash = repeat('0', 64) WHERE id = 1")
                            : QStringLiteral("UPDATE account_log SET hash = NULL WHERE id = 1") }
        << QStringLiteral("account_log") << qint64(1);
}

void TestAuditVerifier::tamperingIsFound()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, table);
    QFETCH(qint64, rowId);
    writeSomeHistory();
    QVERIFY(verify().intact());
    QSqlQuery query(m_db->connection());
    for (const QString& statement : std::as_const(statements))
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    const AuditVerifier::Report report = verify();
    QVERIFY(!report.intact());
    QCOMPARE(AuditChain::tableName(report.firstBreak->table), table);
    QCOMPARE(report.firstBreak->rowId, rowId);
    QVERIFY2(report.summary().contains(QStringLiteral("row %1").arg(rowId)), qPrintable(report.summary()));
}

void TestAuditVerifier::intactAfterManyAppendsFromTwoProcesses()
{
    // Two other processes create leads (each a "created" event) while this one writes
    // notes and account log rows: every row still links to the one before it.
    constexpr int kPerProcess = 150;
    const qint64 lead = addLead(*m_leads, QStringLiteral("first@example.com"));
    QList<QProcess*> writers;
    for (const QString& tag : { QStringLiteral("a"), QStringLiteral("b") }) {
        auto* process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(LEADINTAKE_WRITER), { m_target, QString::number(kPerProcess), tag });
        writers.append(process);
    }
    for (int i = 0; i < kPerProcess; ++i) {
        QVERIFY(m_leads->addNote(lead, QStringLiteral("note %1").arg(i), QStringLiteral("desk"), std::nullopt));
        QVERIFY(m_accounts->log(QStringLiteral("sign_in_failed"), std::nullopt, Actor { std::nullopt, QStringLiteral("desk") },
                                QStringLiteral("unknown account")));
    }
    for (QProcess* process : std::as_const(writers)) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitCode(), 0);
        delete process;
    }
    const AuditVerifier::Report report = verify();
    QVERIFY2(report.intact(), qPrintable(report.summary()));
    QCOMPARE(report.rowsChecked, 1 + 2 * kPerProcess + kPerProcess + kPerProcess);
}

void TestAuditVerifier::upgradeSealsEarlierRows()
{
    // History written before schema 7 had no hashes: the upgrade hashes it in id order.
    if (TestDatabase::isPostgres())
        QSKIP("SQLite's schema history; every PostgreSQL schema is chained from its first row");
    const QString path = m_dir.filePath(QStringLiteral("sealed.sqlite"));
    {
        auto old = Database::open(path, AuditChain::kFirstSchema - 1);
        QVERIFY2(old, qPrintable(old.error().message));
        LeadRepository leads(old->connection());
        const qint64 lead = addLead(leads, QStringLiteral("old@example.com"));
        // A note, not a status change: setStatus reads erased_at (schema 11), which schema 6 lacks.
        QVERIFY(leads.addNote(lead, QStringLiteral("before schema 7"), QStringLiteral("desk"), std::nullopt));
        AccountRepository accounts(old->connection());
        QVERIFY(accounts.log(QStringLiteral("sign_in_failed"), std::nullopt, Actor { std::nullopt, QStringLiteral("desk") }));
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message));
    Result<AuditVerifier::Report> report = AuditVerifier(db->connection()).verify();
    QVERIFY(report);
    QVERIFY2(report->intact(), qPrintable(report->summary()));
    QCOMPARE(report->rowsChecked, 3);
    // Still append-only after the fill, and the next row links on.
    QSqlQuery query(db->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE lead_events SET actor = 'x'")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE account_log SET actor = 'x'")));
    LeadRepository leads(db->connection());
    QVERIFY(leads.addNote(1, QStringLiteral("after the upgrade"), QStringLiteral("desk"), std::nullopt));
    report = AuditVerifier(db->connection()).verify();
    QVERIFY2(report->intact(), qPrintable(report->summary()));
    QCOMPARE(report->rowsChecked, 4);
}

void TestAuditVerifier::upgradeReSealsWithDigests()
{
    // A database chained with version 1 (schema 7 to 10) is checked and re-sealed with
    // version 2 by the upgrade; its leads can then be erased.
    if (TestDatabase::isPostgres())
        QSKIP("SQLite's schema history (PostgreSQL's schema 7 runs the same step; every _pg suite opens through it)");
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    {
        auto old = Database::open(path, AuditChain::kDigestSchemaSqlite - 1);
        QVERIFY2(old, qPrintable(old.error().message));
        LeadRepository leads(old->connection());
        const qint64 lead = addLead(leads, QStringLiteral("old@example.com"));
        QVERIFY(leads.addNote(lead, QStringLiteral("written under version 1"), QStringLiteral("desk"), std::nullopt));
        QCOMPARE(AuditChain::leadEventsEncoding(old->connection()).value(), AuditChain::Encoding::V1);
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message));
    QCOMPARE(AuditChain::leadEventsEncoding(db->connection()).value(), AuditChain::Encoding::V2);
    Result<AuditVerifier::Report> report = AuditVerifier(db->connection()).verify();
    QVERIFY2(report->intact(), qPrintable(report->summary()));
    QCOMPARE(report->rowsChecked, 2);
    LeadEraser eraser(db->connection());
    eraser.setResumeCopiesFolder(m_dir.filePath(QStringLiteral("copies")));
    QVERIFY(eraser.erase(1, QStringLiteral("asked"), Actor { std::nullopt, QStringLiteral("admin") }, Role::Admin));
    report = AuditVerifier(db->connection()).verify();
    QVERIFY2(report->intact(), qPrintable(report->summary()));
    QCOMPARE(report->rowsChecked, 3);
}

void TestAuditVerifier::upgradeStopsAtABrokenChain()
{
    // Re-sealing a tampered version-1 chain would launder it: the upgrade refuses and the
    // database stays as it was.
    if (TestDatabase::isPostgres())
        QSKIP("SQLite's schema history");
    const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
    {
        auto old = Database::open(path, AuditChain::kDigestSchemaSqlite - 1);
        QVERIFY2(old, qPrintable(old.error().message));
        LeadRepository leads(old->connection());
        const qint64 lead = addLead(leads, QStringLiteral("old@example.com"));
        QVERIFY(leads.addNote(lead, QStringLiteral("true note"), QStringLiteral("desk"), std::nullopt));
        QSqlQuery query(old->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER lead_events_no_update")));
        QVERIFY(query.exec(QStringLiteral("UPDATE lead_events SET detail = 'rewritten note' WHERE id = 2")));
    }
    const auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QStringLiteral("broken at row 2")), qPrintable(db.error().message));
    auto old = Database::open(path, AuditChain::kDigestSchemaSqlite - 1);
    QVERIFY2(old, qPrintable(old.error().message));
    QVERIFY(old->schemaVersion() < AuditChain::kDigestSchemaSqlite);
}

void TestAuditVerifier::erase(qint64 lead)
{
    LeadEraser eraser(m_db->connection());
    eraser.setResumeCopiesFolder(m_dir.filePath(QStringLiteral("copies")));
    const Result<LeadEraser::Outcome> erased
        = eraser.erase(lead, QStringLiteral("asked to be forgotten"), Actor { std::nullopt, QStringLiteral("admin") },
                       Role::Admin);
    QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
}

void TestAuditVerifier::erasureKeepsTheChainIntact()
{
    writeSomeHistory();
    const QString headBefore = verify().heads.first();
    erase(1);
    const AuditVerifier::Report report = verify();
    QVERIFY2(report.intact(), qPrintable(report.summary()));
    QCOMPARE(report.rowsChecked, 5 + 3); // the tombstone is one more link
    QVERIFY(report.heads.first() != headBefore);
    // The note's text is gone, its digest stays, its hash is the one it always had.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT detail, detail_sha256, kind FROM lead_events WHERE id = 3")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).isNull());
    QCOMPARE(query.value(1).toString(),
             QString::fromLatin1(AuditChain::detailDigest(QStringLiteral("Called back; wants a meeting on Monday.")).toHex()));
    // Still append-only around it: the tombstone and the blanked row take no change.
    QVERIFY(!query.exec(QStringLiteral("UPDATE lead_events SET detail = 'changed' WHERE id = 5")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE lead_events SET detail_sha256 = NULL WHERE id = 3")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM lead_events WHERE id = 5")));
    // And the history goes on after it.
    QVERIFY(m_leads->recordEvent(1, LeadEvent::Kind::ResumeOpened, QStringLiteral("desk")));
    QVERIFY2(verify().intact(), qPrintable(verify().summary()));
}

void TestAuditVerifier::blankingIsRefusedWithoutATombstone_data()
{
    QTest::addColumn<QString>("statement");
    const QString digest = QString::fromLatin1(
        AuditChain::detailDigest(QStringLiteral("Called back; wants a meeting on Monday.")).toHex());
    QTest::newRow("blanked with its digest, lead not erased")
        << QStringLiteral("UPDATE lead_events SET detail = NULL, detail_sha256 = '%1' WHERE id = 3").arg(digest);
    QTest::newRow("blanked without a digest") << QStringLiteral("UPDATE lead_events SET detail = NULL WHERE id = 3");
}

void TestAuditVerifier::blankingIsRefusedWithoutATombstone()
{
    QFETCH(QString, statement);
    writeSomeHistory();
    QSqlQuery query(m_db->connection());
    QVERIFY(!query.exec(statement));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")), qPrintable(query.lastError().text()));
    QVERIFY(verify().intact());
}

void TestAuditVerifier::tamperingAroundAnErasureIsFound_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("rowId");
    QTest::addColumn<QString>("reason");
    const bool pg = TestDatabase::isPostgres();
    const QString dropUpdate = pg ? QStringLiteral("DROP TRIGGER lead_events_erase_only ON lead_events")
                                  : QStringLiteral("DROP TRIGGER lead_events_no_update");
    const QString dropDelete = pg ? QStringLiteral("DROP TRIGGER lead_events_no_delete ON lead_events")
                                  : QStringLiteral("DROP TRIGGER lead_events_no_delete");
    QTest::newRow("tombstone's reason rewritten")
        << QStringList { dropUpdate, QStringLiteral("UPDATE lead_events SET detail = 'routine cleanup' WHERE id = 5") }
        << qint64(5) << QStringLiteral("does not match");
    QTest::newRow("tombstone's actor rewritten")
        << QStringList { dropUpdate, QStringLiteral("UPDATE lead_events SET actor = 'somebody else' WHERE id = 5") }
        << qint64(5) << QStringLiteral("does not match");
    QTest::newRow("tombstone removed")
        << QStringList { dropDelete, QStringLiteral("DELETE FROM lead_events WHERE id = 5") } << qint64(3)
        << QStringLiteral("has no erasure record");
    QTest::newRow("erased note given other text")
        << QStringList { dropUpdate,
                         QStringLiteral("UPDATE lead_events SET detail = 'made-up note', detail_sha256 = NULL WHERE id = 3") }
        << qint64(3) << QStringLiteral("does not match");
    QTest::newRow("erased note's digest replaced")
        << QStringList { dropUpdate,
                         QStringLiteral("UPDATE lead_events SET detail_sha256 = '%1' WHERE id = 3")
                             .arg(QString::fromLatin1(AuditChain::detailDigest(QStringLiteral("other")).toHex())) }
        << qint64(3) << QStringLiteral("does not match");
    QTest::newRow("another lead's row blanked")
        << QStringList { dropUpdate,
                         QStringLiteral("UPDATE lead_events SET detail = NULL, detail_sha256 = '%1' WHERE id = 7")
                             .arg(QString::fromLatin1(AuditChain::detailDigest(QStringLiteral("other lead's note")).toHex())) }
        << qint64(7) << QStringLiteral("has no erasure record");
}

void TestAuditVerifier::tamperingAroundAnErasureIsFound()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, rowId);
    QFETCH(QString, reason);
    writeSomeHistory();
    erase(1);
    const qint64 other = addLead(*m_leads, QStringLiteral("bo@example.com")); // row 6
    QVERIFY(m_leads->addNote(other, QStringLiteral("other lead's note"), QStringLiteral("desk"), std::nullopt)); // row 7
    QVERIFY(verify().intact());
    QSqlQuery query(m_db->connection());
    for (const QString& statement : std::as_const(statements))
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    const AuditVerifier::Report report = verify();
    QVERIFY(!report.intact());
    QCOMPARE(report.firstBreak->table, AuditChain::Table::LeadEvents);
    QCOMPARE(report.firstBreak->rowId, rowId);
    QVERIFY2(report.summary().contains(reason), qPrintable(report.summary()));
}

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "tst_auditverifier.moc"
