#include "database.h"
#include "displaytime.h"
#include "leadrepository.h"
#include "leadtablemodel.h"
#include "leadvalidator.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QHash>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

#include <algorithm>
#include <memory>
#include <optional>
#include <tuple>

namespace {

constexpr int kRows = 100000;
// The markers are read by an idle-priority thread: on a machine whose cores are all busy
// (ctest -j2 on two cores) it may wait its turn for longer than QTRY's 5 s.
constexpr int kMarkerWaitMs = 60000;

struct Row
{
    qint64 id = 0;
    QString first;
    QString last;
    QString email;
    QString status;
    qint64 createdAt = 0;
};

// SQLite's NOCASE: folds ASCII letters only, then compares UTF-8 bytes.
QByteArray nocase(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    for (char& c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
    return bytes;
}

// The ranks of the names in PostgreSQL's order: the ICU root collation (Qt's QCollator is
// ICU too), ties broken byte by byte as PostgreSQL does for a deterministic collation. The
// names come from short lists, ranked once (rankNames()) before anything is sorted.
QHash<QString, int>& icuRanks()
{
    static QHash<QString, int> ranks;
    return ranks;
}

void rankNames(QStringList names)
{
    QCollator icu { QLocale(QLocale::English) };
    icu.setCaseSensitivity(Qt::CaseSensitive);
    std::sort(names.begin(), names.end(), [&](const QString& a, const QString& b) {
        const int order = icu.compare(a, b);
        return order != 0 ? order < 0 : a.toUtf8() < b.toUtf8();
    });
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (qsizetype i = 0; i < names.size(); ++i)
        icuRanks().insert(names.at(i), int(i));
}

// A name's place in the order people expect, as the backend sorts the name columns:
// SQLite's NOCASE, PostgreSQL's ICU root collation.
QByteArray nameKey(const QString& name)
{
    if (!TestDatabase::isPostgres())
        return nocase(name);
    const auto rank = icuRanks().constFind(name);
    if (rank == icuRanks().constEnd())
        qFatal("name not ranked");
    return QByteArray::number(*rank).rightJustified(6, '0');
}

// What FTS5's unicode61 tokenizer with remove_diacritics makes of a value: lower-case
// words of letters and digits, without accents.
QStringList tokens(const QString& text)
{
    const QString plain = text.normalized(QString::NormalizationForm_D);
    QString folded;
    for (const QChar ch : plain) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        folded += ch.isLetterOrNumber() ? ch.toLower() : QChar(QLatin1Char(' '));
    }
    return folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool matches(const Row& row, const QString& search)
{
    const QStringList words = tokens(row.first) + tokens(row.last) + tokens(row.email);
    const QStringList terms = tokens(search);
    return std::all_of(terms.begin(), terms.end(), [&](const QString& term) {
        return std::any_of(words.begin(), words.end(),
                           [&](const QString& word) { return word.startsWith(term); });
    });
}

} // namespace

// The paged leads model over 100,000 real rows, on SQLite and on PostgreSQL (_pg).
class TestLeadTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void rowCountIsTheCount();
    void openingCountsUpToTheCapFirst();
    void lastRowReadsOnePage();
    void cacheStaysBounded();
    void sortGivesTheRightFirstRow_data();
    void sortGivesTheRightFirstRow();
    void pagesFollowTheOrderEverywhere_data() { sortGivesTheRightFirstRow_data(); }
    void pagesFollowTheOrderEverywhere();
    void jumpsReadAfterPageMarkers_data() { sortGivesTheRightFirstRow_data(); }
    void jumpsReadAfterPageMarkers();
    void pageMarkersFollowTheRows();
    void searchAndFilterCount_data();
    void searchAndFilterCount();
    void onlyStatusIsEditable();
    void locateFindsADeepLead();
    // These change the database; they run last.
    void setDataChangesStatusAndHistory();
    void bulkSetStatus();
    void staleVersionIsAConflict();
    void reloadKeepsPersistentIndexOnItsLead();
    void reloadSeesNewLeads();

private:
    Row expectedFirst(LeadTableModel::Column column, Qt::SortOrder order) const;

    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_repository;
    QList<Row> m_rows;
    std::unique_ptr<LeadTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLeadTableModel::initTestCase()
{
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_repository = std::make_unique<LeadRepository>(m_db->connection());

    const QStringList firsts { QStringLiteral("José"), QStringLiteral("ana"), QStringLiteral("Bob"),
                               QStringLiteral("Émile"), QStringLiteral("Carla"), QStringLiteral("dan"),
                               QStringLiteral("Eve"), QStringLiteral("Zoë"), QStringLiteral("Jose"),
                               QStringLiteral("Maria"), QStringLiteral("Aaron"), QStringLiteral("Li") };
    const QStringList lasts { QStringLiteral("Smith"), QStringLiteral("álvarez"), QStringLiteral("Jones"),
                              QStringLiteral("Nguyen"), QStringLiteral("Okafor"), QStringLiteral("Brown"),
                              QStringLiteral("de la Cruz"), QStringLiteral("Ng"), QStringLiteral("Ångström"),
                              QStringLiteral("Miller"), QStringLiteral("Abbott"), QStringLiteral("Zhou"),
                              QStringLiteral("Smithers") };
    const qint64 base = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

    QSqlDatabase connection = m_db->connection();
    // A bigger page cache for this one large transaction (the FTS index spills otherwise).
    if (!TestDatabase::isPostgres())
        QVERIFY(QSqlQuery(connection).exec(QStringLiteral("PRAGMA cache_size = -131072")));
    rankNames(firsts + lasts);
    m_rows.reserve(kRows);
    for (int i = 0; i < kRows; ++i) {
        Row row;
        row.id = i + 1;
        row.first = firsts.at((i * 7) % firsts.size());
        row.last = lasts.at((i * 11 + i / 13) % lasts.size());
        row.email = row.first.left(3) + QLatin1Char('.') + QString::number(i * 37 % kRows)
            + (i % 5 ? QStringLiteral("@Example.com") : QStringLiteral("@mail.example.org"));
        row.status = i % 3 == 0 ? QStringLiteral("REACHED_OUT") : QStringLiteral("PENDING");
        // Every timestamp occurs twice, so the id must break ties.
        row.createdAt = base + qint64((i * 7919) % (kRows / 2)) * 60000;
        m_rows.append(row);
    }

    // Many rows to a statement: a server pays a round trip per statement.
    constexpr int kRowsPerInsert = 500;
    static_assert(kRows % kRowsPerInsert == 0);
    QStringList tuples;
    for (int i = 0; i < kRowsPerInsert; ++i)
        tuples.append(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, 1, 'seed')"));
    WriteTransaction transaction(connection);
    QVERIFY(transaction.isActive());
    QSqlQuery insert(connection);
    QVERIFY(insert.prepare(QStringLiteral(
        "INSERT INTO leads (id, first_name, last_name, email, email_key, status, created_at, "
        "updated_at, version, created_by) VALUES ") + tuples.join(QStringLiteral(", "))));
    for (int start = 0; start < kRows; start += kRowsPerInsert) {
        for (int i = 0; i < kRowsPerInsert; ++i) {
            const Row& row = m_rows.at(start + i);
            insert.bindValue(i * 8 + 0, row.id);
            insert.bindValue(i * 8 + 1, row.first);
            insert.bindValue(i * 8 + 2, row.last);
            insert.bindValue(i * 8 + 3, row.email);
            insert.bindValue(i * 8 + 4, LeadValidator::emailKey(row.email));
            insert.bindValue(i * 8 + 5, row.status);
            insert.bindValue(i * 8 + 6, row.createdAt);
            insert.bindValue(i * 8 + 7, row.createdAt);
        }
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    insert.finish();
    if (TestDatabase::isPostgres()) {
        // Ids given explicitly: the identity continues after them for leads created later.
        QVERIFY(QSqlQuery(connection).exec(
            QStringLiteral("SELECT setval(pg_get_serial_sequence('leads', 'id'), max(id)) FROM leads")));
    }
    QVERIFY(transaction.commit());
    if (TestDatabase::isPostgres())
        QVERIFY(QSqlQuery(connection).exec(QStringLiteral("ANALYZE leads")));
}

void TestLeadTableModel::init()
{
    m_model = std::make_unique<LeadTableModel>(*m_repository, QStringLiteral("tester"));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Opening counts up to the cap; the tests below start from the exact count.
    QTRY_VERIFY(m_model->isCountExact());
}

void TestLeadTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestLeadTableModel::cleanupTestCase()
{
    m_repository.reset();
    m_db.reset();
}

// The table's order for a column, ascending, as SQLite compares the sort columns.
static std::function<bool(const Row&, const Row&)> lessFor(LeadTableModel::Column column)
{
    return [column](const Row& a, const Row& b) {
        switch (column) {
        case LeadTableModel::FirstName:
            return std::tuple(nameKey(a.first), a.id) < std::tuple(nameKey(b.first), b.id);
        case LeadTableModel::LastName:
            return std::tuple(nameKey(a.last), a.id) < std::tuple(nameKey(b.last), b.id);
        case LeadTableModel::Email:
            return std::tuple(LeadValidator::emailKey(a.email).toUtf8(), a.id)
                < std::tuple(LeadValidator::emailKey(b.email).toUtf8(), b.id);
        case LeadTableModel::Status:
            return std::tie(a.status, a.createdAt, a.id) < std::tie(b.status, b.createdAt, b.id);
        default:
            return std::tie(a.createdAt, a.id) < std::tie(b.createdAt, b.id);
        }
    };
}

Row TestLeadTableModel::expectedFirst(LeadTableModel::Column column, Qt::SortOrder order) const
{
    const auto less = lessFor(column);
    return order == Qt::AscendingOrder ? *std::min_element(m_rows.begin(), m_rows.end(), less)
                                       : *std::max_element(m_rows.begin(), m_rows.end(), less);
}

void TestLeadTableModel::rowCountIsTheCount()
{
    QCOMPARE(m_model->rowCount(), kRows);
    QCOMPARE(m_model->columnCount(), int(LeadTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(LeadTableModel::Email, Qt::Horizontal).toString(), QStringLiteral("Email"));
}

void TestLeadTableModel::lastRowReadsOnePage()
{
    const int readsBefore = m_model->pageReads();
    const int cachedBefore = m_model->cachedPageCount(); // pages the model tester read
    const QModelIndex last = m_model->index(m_model->rowCount() - 1, LeadTableModel::FirstName);
    // Newest first: the last row is the oldest lead (lowest id among equal times).
    const Row oldest = expectedFirst(LeadTableModel::CreatedAt, Qt::AscendingOrder);
    QCOMPARE(last.data(LeadTableModel::LeadIdRole).toLongLong(), oldest.id);
    QCOMPARE(last.data().toString(), oldest.first);
    QCOMPARE(m_model->pageReads() - readsBefore, 1);
    QVERIFY(m_model->cachedPageCount() <= cachedBefore + 1);

    const Lead lead = last.data(LeadTableModel::LeadRole).value<Lead>();
    QCOMPARE(lead.id, oldest.id);
    QCOMPARE(lead.createdAt.toMSecsSinceEpoch(), oldest.createdAt);
    QCOMPARE(m_model->index(last.row(), LeadTableModel::CreatedAt).data().toString(),
             DisplayTime::dateTime(QDateTime::fromMSecsSinceEpoch(oldest.createdAt, Qt::UTC)));
}

void TestLeadTableModel::cacheStaysBounded()
{
    // Touch one row in each of 50 pages spread over the whole table.
    for (int i = 0; i < 50; ++i) {
        const int row = i * (kRows / 50) + 17;
        QVERIFY(m_model->index(row, 0).data().isValid());
        QVERIFY(m_model->cachedPageCount() <= LeadTableModel::kMaxCachedPages);
    }
    QCOMPARE(m_model->cachedPageCount(), LeadTableModel::kMaxCachedPages);
    // Rows of a cached page cost no new read.
    const int reads = m_model->pageReads();
    const int lastTouched = 49 * (kRows / 50);
    for (int row = lastTouched; row < lastTouched + LeadTableModel::kPageSize / 2; ++row)
        QVERIFY(m_model->index(row, LeadTableModel::Email).data().isValid());
    QCOMPARE(m_model->pageReads(), reads);
}

void TestLeadTableModel::sortGivesTheRightFirstRow_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const std::pair<LeadTableModel::Column, const char*> columns[] = {
        { LeadTableModel::FirstName, "first name" }, { LeadTableModel::LastName, "last name" },
        { LeadTableModel::Email, "email" },          { LeadTableModel::Status, "status" },
        { LeadTableModel::CreatedAt, "created" },
    };
    for (const auto& [column, name] : columns) {
        QTest::addRow("%s ascending", name) << int(column) << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << int(column) << Qt::DescendingOrder;
    }
}

void TestLeadTableModel::sortGivesTheRightFirstRow()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    if (column != LeadTableModel::CreatedAt || order != Qt::DescendingOrder)
        QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), kRows);
    const Row expected = expectedFirst(LeadTableModel::Column(column), order);
    QCOMPARE(m_model->index(0, 0).data(LeadTableModel::LeadIdRole).toLongLong(), expected.id);
    QCOMPARE(m_model->index(0, LeadTableModel::LastName).data().toString(), expected.last);
    QCOMPARE(m_model->index(0, LeadTableModel::Status).data().toString(),
             LeadStatusText::display(*LeadStatusText::fromKey(expected.status)));
    QCOMPARE(m_model->query().sortKey, LeadTableModel::sortKeyForColumn(LeadTableModel::Column(column)));
}

void TestLeadTableModel::pagesFollowTheOrderEverywhere()
{
    // Pages are read by position from either end and by keyset from a neighbouring page;
    // every way must give the rows of the one order.
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    auto sorted = m_rows;
    const auto less = lessFor(LeadTableModel::Column(column));
    std::sort(sorted.begin(), sorted.end(), less);
    if (order == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    m_model->sort(column, order);
    const int page = LeadTableModel::kPageSize;
    const auto check = [&](int row) {
        QCOMPARE(m_model->index(row, 0).data(LeadTableModel::LeadIdRole).toLongLong(), sorted.at(row).id);
    };
    // Near the start, then the next page by keyset.
    for (const int row : { 5, page + 5, 2 * page - 1, 2 * page })
        check(row);
    // Past the middle (read from the far end), then the page before it by keyset.
    const int deep = (kRows / page - 10) * page;
    for (const int row : { deep + 3, deep - 1, deep - page, kRows - 1 })
        check(row);
    // The middle.
    for (const int row : { kRows / 2 - 1, kRows / 2, kRows / 2 + page })
        check(row);
}

void TestLeadTableModel::jumpsReadAfterPageMarkers()
{
    // With the markers in (read by a worker thread), a page anywhere is a keyset read
    // after the marker before it, and gives the rows of the one order.
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    auto sorted = m_rows;
    std::sort(sorted.begin(), sorted.end(), lessFor(LeadTableModel::Column(column)));
    if (order == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    m_model->sort(column, order);
    QVERIFY(!m_model->hasPageMarkers()); // the old order's markers are gone at once
    QTRY_VERIFY_WITH_TIMEOUT(m_model->hasPageMarkers(), kMarkerWaitMs);
    const int page = LeadTableModel::kPageSize;
    const int jumpsBefore = m_model->markerJumps();
    // Pages far from each other and from the ends: none is next to a cached page.
    const QList<int> rows { kRows / 2 + 7, kRows / 3, 2 * kRows / 3 + page - 1, 7 * page };
    for (const int row : rows)
        QCOMPARE(m_model->index(row, 0).data(LeadTableModel::LeadIdRole).toLongLong(), sorted.at(row).id);
    QCOMPARE(m_model->markerJumps() - jumpsBefore, int(rows.size()));
}

void TestLeadTableModel::pageMarkersFollowTheRows()
{
    // A filter is a new set of rows: new markers, and the rows of the filtered order.
    QList<Row> reached;
    std::copy_if(m_rows.begin(), m_rows.end(), std::back_inserter(reached),
                 [](const Row& row) { return row.status == QStringLiteral("REACHED_OUT"); });
    QVERIFY(reached.size() > LeadTableModel::kPageMarkersFrom);
    std::sort(reached.begin(), reached.end(), lessFor(LeadTableModel::CreatedAt));
    std::reverse(reached.begin(), reached.end());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->hasPageMarkers(), kMarkerWaitMs);
    m_model->setStatusFilter(LeadStatus::ReachedOut);
    QVERIFY(!m_model->hasPageMarkers());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->hasPageMarkers(), kMarkerWaitMs);
    const int jumpsBefore = m_model->markerJumps();
    const int middle = int(reached.size()) / 2 + 11;
    QCOMPARE(m_model->index(middle, 0).data(LeadTableModel::LeadIdRole).toLongLong(), reached.at(middle).id);
    QCOMPARE(m_model->markerJumps() - jumpsBefore, 1);
    // A search is not marked (its pages are read from the full-text index).
    m_model->setSearch(QStringLiteral("a"));
    QTRY_VERIFY(m_model->isCountExact());
    QTest::qWait(200);
    QVERIFY(!m_model->hasPageMarkers());
}

void TestLeadTableModel::searchAndFilterCount_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("status");
    QTest::newRow("no accent finds accent") << QStringLiteral("jose") << QString();
    QTest::newRow("upper case with accent") << QStringLiteral("JOSÉ") << QString();
    QTest::newRow("prefix of last name") << QStringLiteral("smi") << QString();
    QTest::newRow("accent in last name") << QStringLiteral("angstrom") << QString();
    QTest::newRow("two words") << QStringLiteral("zoe ng") << QString();
    QTest::newRow("email part") << QStringLiteral("mail") << QString();
    QTest::newRow("nothing") << QStringLiteral("qqq") << QString();
    QTest::newRow("fts syntax is text") << QStringLiteral("jo* OR \"") << QString();
    QTest::newRow("pending only") << QString() << QStringLiteral("PENDING");
    QTest::newRow("reached out only") << QString() << QStringLiteral("REACHED_OUT");
    QTest::newRow("search and filter") << QStringLiteral("emile") << QStringLiteral("REACHED_OUT");
}

void TestLeadTableModel::openingCountsUpToTheCapFirst()
{
    // A new model shows its first page before it has counted every lead: it counts up to
    // the cap, then the rest after the paint, appending rows without a reset.
    LeadTableModel model(*m_repository, QStringLiteral("tester"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), LeadTableModel::kCountCap);
    QVERIFY(!model.isCountExact());
    QCOMPARE(model.index(0, 0).data(LeadTableModel::LeadIdRole).toLongLong(),
             expectedFirst(LeadTableModel::CreatedAt, Qt::DescendingOrder).id);
    QSignalSpy counted(&model, &LeadTableModel::countChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QTRY_VERIFY(model.isCountExact());
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.constFirst().at(0).toInt(), kRows);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), LeadTableModel::kCountCap);
    QCOMPARE(model.index(kRows - 1, 0).data(LeadTableModel::LeadIdRole).toLongLong(),
             expectedFirst(LeadTableModel::CreatedAt, Qt::AscendingOrder).id);
}

void TestLeadTableModel::searchAndFilterCount()
{
    QFETCH(QString, search);
    QFETCH(QString, status);
    const auto expected = std::count_if(m_rows.begin(), m_rows.end(), [&](const Row& row) {
        return (status.isEmpty() || row.status == status) && matches(row, search);
    });
    QVERIFY(expected < kRows || search.isEmpty());

    QSignalSpy counted(m_model.get(), &LeadTableModel::countChanged);
    m_model->setSearch(search);
    m_model->setStatusFilter(LeadStatusText::fromKey(status));
    // A broad search shows its first page at once and its exact count right after.
    QTRY_VERIFY(m_model->isCountExact());
    QCOMPARE(m_model->rowCount(), int(expected));
    if (expected != kRows)
        QCOMPARE(counted.last().at(0).toInt(), int(expected));
    if (expected > 0) {
        const Lead first = m_model->index(0, 0).data(LeadTableModel::LeadRole).value<Lead>();
        const Row& row = m_rows.at(first.id - 1);
        QVERIFY(matches(row, search));
        QVERIFY(status.isEmpty() || row.status == status);
    }
}

void TestLeadTableModel::onlyStatusIsEditable()
{
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        const bool editable = m_model->flags(m_model->index(3, column)) & Qt::ItemIsEditable;
        QCOMPARE(editable, column == LeadTableModel::Status);
    }
    QVERIFY(!m_model->setData(m_model->index(3, LeadTableModel::FirstName), QStringLiteral("X")));
    QVERIFY(!m_model->setData(m_model->index(3, LeadTableModel::Status), QStringLiteral("nonsense")));
}

void TestLeadTableModel::locateFindsADeepLead()
{
    const Row& row = m_rows.at(54321);
    const Result<Lead> lead = m_repository->lead(row.id);
    QVERIFY(lead);
    const int position = m_model->locateLead(*lead);
    QVERIFY(position > 0);
    QCOMPARE(m_model->index(position, 0).data(LeadTableModel::LeadIdRole).toLongLong(), row.id);
    QVERIFY(m_model->cachedPageCount() <= LeadTableModel::kMaxCachedPages);
}

void TestLeadTableModel::setDataChangesStatusAndHistory()
{
    int row = 0;
    while (m_model->index(row, LeadTableModel::Status).data(LeadTableModel::StatusRole).toInt()
           != int(LeadStatus::Pending))
        ++row;
    const QModelIndex status = m_model->index(row, LeadTableModel::Status);
    const qint64 id = status.data(LeadTableModel::LeadIdRole).toLongLong();
    const Lead before = status.data(LeadTableModel::LeadRole).value<Lead>();

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy errors(m_model.get(), &LeadTableModel::errorOccurred);
    QVERIFY(m_model->setData(status, LeadStatusText::display(LeadStatus::ReachedOut), Qt::EditRole));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex top = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottom = changed.at(0).at(1).value<QModelIndex>();
    QVERIFY(top.row() <= row && bottom.row() >= row);

    const Result<Lead> stored = m_repository->lead(id);
    QVERIFY(stored);
    QCOMPARE(stored->status, LeadStatus::ReachedOut);
    QCOMPARE(stored->version, before.version + 1);
    // The row shows what is stored now, with the new version for the next change.
    QCOMPARE(status.data().toString(), LeadStatusText::display(LeadStatus::ReachedOut));
    QCOMPARE(status.data(LeadTableModel::LeadRole).value<Lead>().version, before.version + 1);

    const Result<QList<LeadEvent>> history = m_repository->history(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1); // seeded rows have no "created" event
    const LeadEvent& event = history->constLast();
    QCOMPARE(event.kind, LeadEvent::Kind::StatusChanged);
    QCOMPARE(event.fromStatus, std::optional(LeadStatus::Pending));
    QCOMPARE(event.toStatus, std::optional(LeadStatus::ReachedOut));
    QCOMPARE(event.actor, QStringLiteral("tester"));

    // Back, by key this time.
    QVERIFY(m_model->setData(status, QStringLiteral("PENDING")));
    QCOMPARE(m_repository->lead(id)->status, LeadStatus::Pending);
    QCOMPARE(m_repository->history(id)->size(), 2);
}

void TestLeadTableModel::bulkSetStatus()
{
    m_model->setStatusFilter(LeadStatus::Pending);
    const int pendingBefore = m_model->rowCount();
    QModelIndexList rows;
    QList<qint64> ids;
    for (int row = 10; row < 15; ++row) {
        rows.append(m_model->index(row, LeadTableModel::Email));
        ids.append(rows.constLast().data(LeadTableModel::LeadIdRole).toLongLong());
    }
    QSignalSpy errors(m_model.get(), &LeadTableModel::errorOccurred);
    QCOMPARE(m_model->setStatus(rows, LeadStatus::ReachedOut), 5);
    QCOMPARE(errors.count(), 0);
    // They left the "Pending" filter.
    QCOMPARE(m_model->rowCount(), pendingBefore - 5);
    for (const qint64 id : std::as_const(ids))
        QCOMPARE(m_repository->lead(id)->status, LeadStatus::ReachedOut);
}

void TestLeadTableModel::staleVersionIsAConflict()
{
    int row = 0;
    while (m_model->index(row, LeadTableModel::Status).data(LeadTableModel::StatusRole).toInt()
           != int(LeadStatus::Pending))
        ++row;
    const QModelIndex status = m_model->index(row, LeadTableModel::Status);
    const Lead seen = status.data(LeadTableModel::LeadRole).value<Lead>();

    // Another desk changes the lead behind the model's back.
    auto otherDb = m_db->openAnother();
    QVERIFY2(otherDb, qPrintable(otherDb.error().message));
    {
        LeadRepository other(otherDb->connection());
        QVERIFY(other.setStatus(seen.id, LeadStatus::ReachedOut, QStringLiteral("bob"), seen.version));
    }

    QSignalSpy errors(m_model.get(), &LeadTableModel::errorOccurred);
    QVERIFY(!m_model->setData(status, QStringLiteral("REACHED_OUT")));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("Someone else changed this lead")),
             qPrintable(errors.at(0).at(0).toString()));

    // Not overwritten: bob's change is the only one, and the row now shows it.
    const Result<Lead> stored = m_repository->lead(seen.id);
    QCOMPARE(stored->version, seen.version + 1);
    const Result<QList<LeadEvent>> history = m_repository->history(seen.id);
    QCOMPARE(history->constLast().actor, QStringLiteral("bob"));
    QCOMPARE(status.data().toString(), LeadStatusText::display(LeadStatus::ReachedOut));
    QCOMPARE(status.data(LeadTableModel::LeadRole).value<Lead>().version, seen.version + 1);
}

void TestLeadTableModel::reloadKeepsPersistentIndexOnItsLead()
{
    m_model->sort(LeadTableModel::LastName, Qt::AscendingOrder);
    const QPersistentModelIndex kept(m_model->index(5, LeadTableModel::Email));
    const qint64 id = kept.data(LeadTableModel::LeadIdRole).toLongLong();
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->reload();
    QCOMPARE(layout.count(), 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(LeadTableModel::LeadIdRole).toLongLong(), id);
    QCOMPARE(kept.column(), int(LeadTableModel::Email));
}

void TestLeadTableModel::reloadSeesNewLeads()
{
    const int before = m_model->rowCount();
    auto otherDb = m_db->openAnother();
    QVERIFY(otherDb);
    qint64 newId = 0;
    {
        LeadRepository other(otherDb->connection());
        const auto created = other.create(QStringLiteral("Newest"), QStringLiteral("Lead"),
                                          QStringLiteral("newest@example.com"),
                                          ResumeFile { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"),
                                                       QByteArray("%PDF-1.4\n%%EOF\n"), QByteArray(64, '0') },
                                          QStringLiteral("bob"));
        QVERIFY(created);
        newId = *created;
    }
    QCOMPARE(m_model->rowCount(), before); // nothing moves until asked
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counted(m_model.get(), &LeadTableModel::countChanged);
    m_model->reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(m_model->index(0, 0).data(LeadTableModel::LeadIdRole).toLongLong(), newId);
    QCOMPARE(m_model->rowForLead(newId), 0);
}

QTEST_GUILESS_MAIN(TestLeadTableModel)
#include "tst_leadtablemodel.moc"
