// A randomized walk over the Leads page on 50,000 demo leads (issue 9, item 1): seeded
// sequences of search, clear, status filter, sort, scroll, jump, Ctrl+End, status change
// and leads written by another connection. After every step every row the table can show
// must be the row at that position of a plain SQL query (the oracle), which knows nothing
// of pages, caches, keysets, markers or the full-text shortcuts of the product.
//
// On PostgreSQL (tst_leadswalk_pg) leadintake_gendata has the server make the leads, and the
// oracle orders and searches in its own plain SQL: the ICU collation named, accents folded by
// unaccent, words matched with LIKE (not the product's tsvector column or its functions).
//
// LEADINTAKE_WALK_SEED=N repeats a run; LEADINTAKE_WALK_STEPS=N sets its length.
#include "database.h"
#include "dialogs.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "leadstatus.h"
#include "leadtablemodel.h"
#include "scripteddialogs.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QWheelEvent>
#include <QtTest>

#include <memory>
#include <optional>

namespace {

constexpr int kLeads = 50000;
constexpr int kDefaultSteps = 2000;
// A slow or busy machine stops the walk early rather than running into QtTest's 300 s limit.
constexpr qint64 kBudgetMs = 150000;
constexpr int kRandomProbes = 2; // rows checked anywhere in the table after each step

// What the person asked for, as the oracle understands it.
struct Wanted
{
    QStringList words; // search words, each a prefix of a word of a name or the email
    int status = 0; // 0 all, 1 PENDING, 2 REACHED_OUT: the filter's entries
    int column = LeadTableModel::CreatedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
};

struct OracleRow
{
    qint64 id = 0;
    QString first;
    QString last;
    QString email;
    QString status;
};

QString orderFor(int column, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Names as people expect them: SQLite's NOCASE, PostgreSQL's ICU root collation.
    const QString names = TestDatabase::isPostgres() ? QStringLiteral(" COLLATE \"und-x-icu\"")
                                                     : QStringLiteral(" COLLATE NOCASE");
    switch (column) {
    case LeadTableModel::FirstName:
        return QStringLiteral("first_name") + names + dir + QStringLiteral(", id") + dir;
    case LeadTableModel::LastName:
        return QStringLiteral("last_name") + names + dir + QStringLiteral(", id") + dir;
    case LeadTableModel::Email:
        return QStringLiteral("email_key") + dir + QStringLiteral(", id") + dir;
    case LeadTableModel::Status:
        return QStringLiteral("status") + dir + QStringLiteral(", created_at") + dir + QStringLiteral(", id") + dir;
    case LeadTableModel::Attorney:
        return QStringLiteral("attorney_name") + names + dir + QStringLiteral(", id") + dir;
    default:
        return QStringLiteral("created_at") + dir + QStringLiteral(", id") + dir;
    }
}

} // namespace

class TestLeadsWalk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void newSearchStartsAtTheTop();
    void randomWalk();

private:
    QTableView* table() const { return m_page->findChild<QTableView*>(QStringLiteral("leadsTable")); }
    QLineEdit* searchField() const { return m_page->findChild<QLineEdit*>(QStringLiteral("searchField")); }
    QComboBox* statusFilter() const { return m_page->findChild<QComboBox*>(QStringLiteral("statusFilter")); }

    // The oracle: the filter and order of `wanted` in plain SQL.
    QString oracleWhere(QVariantList* values) const;
    int oracleCount() const;
    QList<OracleRow> oracleRows(int offset, int limit) const;
    // Empty when every row the table shows (and a few anywhere) equals the oracle's.
    QString compareWithOracle();

    void search(const QStringList& words, bool pressEnter);
    void sortBy(int column, Qt::SortOrder order);
    void wheel(int notches);
    void addLeadElsewhere(bool backDated);
    void changeStatusElsewhere();
    void markVisibleRow();
    void settle(int ms);

    std::optional<Database> m_db;
    std::optional<Database> m_otherDesk; // a second connection: "another desk"
    std::unique_ptr<LeadRepository> m_repository;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<LeadsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Wanted m_wanted;
    // The oracle's answers for one state of the wanted rows and of the data: its count and,
    // for a search (whose matches SQLite sorts whole for any page anyway), every row.
    struct OracleCache
    {
        QString state;
        int count = -1;
        std::optional<QList<OracleRow>> all;
    };
    QString oracleState() const;
    mutable OracleCache m_oracle;
    int m_writes = 0; // each write makes the cached answers stale
    QRandomGenerator m_random;
    int m_added = 0;
};

void TestLeadsWalk::initTestCase()
{
    // A new SQLite file, or a new database on the test server (leadintake_gendata has the
    // server make the leads).
    const QString target = TestDatabase::freshTarget();
    QElapsedTimer generating;
    generating.start();
    QProcess gendata;
    gendata.start(QStringLiteral(LEADINTAKE_GENDATA), { target, QString::number(kLeads) });
    QVERIFY(gendata.waitForFinished(120000));
    QVERIFY2(gendata.exitStatus() == QProcess::NormalExit && gendata.exitCode() == 0,
             gendata.readAllStandardError().constData());
    qInfo("%d leads generated on %s in %lld ms", kLeads, qPrintable(TestDatabase::backendName()),
          generating.elapsed());

    auto db = Database::open(target);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    auto other = m_db->openAnother();
    QVERIFY2(other, qPrintable(other.error().message));
    m_otherDesk.emplace(std::move(other).value());
    if (!TestDatabase::isPostgres()) {
        // Durability is not what this test is about: commits without an fsync each.
        for (Database* database : { &*m_db, &*m_otherDesk })
            QVERIFY(QSqlQuery(database->connection()).exec(QStringLiteral("PRAGMA synchronous = NORMAL")));
        QVERIFY(QSqlQuery(m_otherDesk->connection()).exec(QStringLiteral("PRAGMA cache_size = -65536")));
    }
    m_repository = std::make_unique<LeadRepository>(m_db->connection());

    m_page = std::make_unique<LeadsPage>(*m_repository, m_dialogs, QStringLiteral("tester"));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    m_page->resize(1100, 700);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTRY_VERIFY(m_page->model()->isCountExact());
}

void TestLeadsWalk::cleanupTestCase()
{
    m_tester.reset();
    m_page.reset();
    m_repository.reset();
    m_otherDesk.reset();
    m_db.reset();
}

QString TestLeadsWalk::oracleWhere(QVariantList* values) const
{
    QStringList conditions;
    if (m_wanted.status == 1 || m_wanted.status == 2) {
        conditions.append(QStringLiteral("status = ?"));
        values->append(m_wanted.status == 1 ? QStringLiteral("PENDING") : QStringLiteral("REACHED_OUT"));
    }
    if (!m_wanted.words.isEmpty() && TestDatabase::isPostgres()) {
        // Each word begins a word of the names or the email: the words of the folded text
        // (accents off, lower case, anything but letters and digits a break), each after a
        // space. Nothing of the product's search column or its functions.
        for (const QString& word : m_wanted.words) {
            conditions.append(QStringLiteral(
                "' ' || regexp_replace(lower(unaccent(first_name || ' ' || last_name || ' ' || email || ' ' "
                "|| coalesce(attorney_name, ''))), "
                "'[^[:alnum:]]+', ' ', 'g') LIKE '% ' || lower(unaccent(?)) || '%'"));
            values->append(word);
        }
    } else if (!m_wanted.words.isEmpty()) {
        QStringList terms;
        for (const QString& word : m_wanted.words)
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
        conditions.append(QStringLiteral("id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)"));
        values->append(terms.join(QLatin1Char(' ')));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString TestLeadsWalk::oracleState() const
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(m_wanted.words.join(QLatin1Char(' ')))
        .arg(m_wanted.status)
        .arg(m_wanted.column)
        .arg(int(m_wanted.order))
        .arg(m_writes);
}

int TestLeadsWalk::oracleCount() const
{
    if (m_oracle.state != oracleState())
        m_oracle = { oracleState(), -1, std::nullopt };
    if (m_oracle.count >= 0)
        return m_oracle.count;
    if (!m_wanted.words.isEmpty()) {
        m_oracle.count = int(oracleRows(0, -1).size());
        return m_oracle.count;
    }
    QVariantList values;
    QSqlQuery query(m_otherDesk->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM leads") + oracleWhere(&values));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        qFatal("oracle count: %s", qPrintable(query.lastError().text()));
    m_oracle.count = query.value(0).toInt();
    return m_oracle.count;
}

// limit -1: every row from offset on.
QList<OracleRow> TestLeadsWalk::oracleRows(int offset, int limit) const
{
    if (m_oracle.state != oracleState())
        m_oracle = { oracleState(), -1, std::nullopt };
    if (m_oracle.all)
        return m_oracle.all->mid(offset, limit);
    if (!m_wanted.words.isEmpty() && (offset != 0 || limit != -1)) {
        oracleRows(0, -1);
        return m_oracle.all->mid(offset, limit);
    }
    QVariantList values;
    QSqlQuery query(m_otherDesk->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, first_name, last_name, email, status FROM leads")
                  + oracleWhere(&values) + QStringLiteral(" ORDER BY ")
                  + orderFor(m_wanted.column, m_wanted.order) + QStringLiteral(" LIMIT ? OFFSET ?"));
    values << (limit < 0 ? SqlDialect::noLimit() : qint64(limit)) << offset;
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        qFatal("oracle rows: %s", qPrintable(query.lastError().text()));
    QList<OracleRow> rows;
    while (query.next()) {
        rows.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString() });
    }
    if (offset == 0 && limit == -1)
        m_oracle.all = rows;
    return rows;
}

QString TestLeadsWalk::compareWithOracle()
{
    LeadTableModel* model = m_page->model();
    const int total = oracleCount();
    const int shown = model->rowCount();
    if (model->isCountExact() ? shown != total : shown > total)
        return QStringLiteral("row count %1 (%2), oracle %3")
            .arg(shown)
            .arg(model->isCountExact() ? QStringLiteral("exact") : QStringLiteral("at least"))
            .arg(total);
    if (shown == 0)
        return {};

    const auto compareRows = [&](int first, int last) -> QString {
        const QList<OracleRow> expected = oracleRows(first, last - first + 1);
        for (int row = first; row <= last; ++row) {
            const qsizetype i = row - first;
            if (i >= expected.size())
                return QStringLiteral("row %1 shown, oracle has %2 rows").arg(row).arg(first + expected.size());
            const OracleRow& want = expected.at(i);
            const qint64 id = model->index(row, 0).data(LeadTableModel::LeadIdRole).toLongLong();
            const QString firstName = model->index(row, LeadTableModel::FirstName).data().toString();
            const QString lastName = model->index(row, LeadTableModel::LastName).data().toString();
            const QString email = model->index(row, LeadTableModel::Email).data().toString();
            const QVariant status = model->index(row, 0).data(LeadTableModel::StatusRole);
            const std::optional<LeadStatus> wantStatus = LeadStatusText::fromKey(want.status);
            if (id != want.id || firstName != want.first || lastName != want.last || email != want.email
                || !wantStatus || status.toInt() != int(*wantStatus)) {
                return QStringLiteral("row %1 shows #%2 %3 %4 <%5> (%6); oracle #%7 %8 %9 <%10> %11")
                    .arg(row)
                    .arg(id)
                    .arg(firstName, lastName, email)
                    .arg(status.toInt())
                    .arg(want.id)
                    .arg(want.first, want.last, want.email, want.status);
            }
        }
        return {};
    };

    QTableView* view = table();
    int top = view->rowAt(0);
    int bottom = view->rowAt(view->viewport()->height() - 1);
    if (top < 0)
        top = 0;
    if (bottom < 0)
        bottom = shown - 1;
    if (QString problem = compareRows(top, bottom); !problem.isEmpty())
        return QStringLiteral("visible rows %1-%2: ").arg(top).arg(bottom) + problem;
    for (int i = 0; i < kRandomProbes; ++i) {
        const int row = int(m_random.bounded(shown));
        if (QString problem = compareRows(row, row); !problem.isEmpty())
            return QStringLiteral("probe (%1 rows, %2; oracle %3): ")
                       .arg(shown)
                       .arg(model->isCountExact() ? QStringLiteral("exact") : QStringLiteral("at least"))
                       .arg(total)
                + problem;
    }
    return {};
}

void TestLeadsWalk::search(const QStringList& words, bool pressEnter)
{
    QLineEdit* field = searchField();
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, words.join(QLatin1Char(' ')));
    if (pressEnter)
        QTest::keyClick(field, Qt::Key_Return);
    else
        QTRY_VERIFY(!m_page->findChild<QTimer*>(QStringLiteral("searchDebounce"))->isActive());
    m_wanted.words = words;
}

void TestLeadsWalk::sortBy(int column, Qt::SortOrder order)
{
    // As a person does: click the header until its arrow points the wanted way.
    QHeaderView* header = table()->horizontalHeader();
    for (int clicks = 0; clicks < 3; ++clicks) {
        if (header->sortIndicatorSection() == column && header->sortIndicatorOrder() == order)
            break;
        const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    }
    QCOMPARE(header->sortIndicatorSection(), column);
    QCOMPARE(header->sortIndicatorOrder(), order);
    m_wanted.column = column;
    m_wanted.order = order;
}

void TestLeadsWalk::wheel(int notches)
{
    QWidget* viewport = table()->viewport();
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    for (int i = 0; i < qAbs(notches); ++i) {
        QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, notches > 0 ? 120 : -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &event);
        if (i % 10 == 9)
            QApplication::processEvents(); // the view paints while the wheel turns
    }
}

void TestLeadsWalk::addLeadElsewhere(bool backDated)
{
    static const QStringList firsts { QStringLiteral("María"), QStringLiteral("Mariana"), QStringLiteral("José"),
                                      QStringLiteral("Ana"), QStringLiteral("Zoë") };
    static const QStringList lasts { QStringLiteral("Patel"), QStringLiteral("García"), QStringLiteral("Smith") };
    const int n = ++m_added;
    const QString first = firsts.at(int(m_random.bounded(firsts.size())));
    const QString last = lasts.at(int(m_random.bounded(lasts.size())));
    const QString email = QStringLiteral("walk%1.%2@example.org").arg(n).arg(m_random.generate());
    // A desk whose clock is behind writes a lead that belongs deep in the newest-first order.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 created = backDated ? now - qint64(m_random.bounded(6 * 365)) * 86400000 : now;
    QSqlQuery insert(m_otherDesk->connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO leads (first_name, last_name, email, email_key, status, created_at, updated_at, "
        "version, created_by) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, 1, 'other desk')"));
    insert.addBindValue(first);
    insert.addBindValue(last);
    insert.addBindValue(email);
    insert.addBindValue(email.toLower());
    insert.addBindValue(created);
    insert.addBindValue(created);
    if (!insert.exec())
        qFatal("insert: %s", qPrintable(insert.lastError().text()));
    ++m_writes;
}

void TestLeadsWalk::changeStatusElsewhere()
{
    QSqlQuery update(m_otherDesk->connection());
    update.prepare(QStringLiteral(
        "UPDATE leads SET status = CASE status WHEN 'PENDING' THEN 'REACHED_OUT' ELSE 'PENDING' END, "
        "version = version + 1 WHERE id = ?"));
    update.addBindValue(qint64(1 + m_random.bounded(kLeads)));
    if (!update.exec())
        qFatal("update: %s", qPrintable(update.lastError().text()));
    ++m_writes;
}

void TestLeadsWalk::markVisibleRow()
{
    QTableView* view = table();
    const int top = qMax(0, view->rowAt(0));
    int bottom = view->rowAt(view->viewport()->height() - 1);
    if (bottom < 0)
        bottom = view->model()->rowCount() - 1;
    if (bottom < top)
        return;
    const int row = top + int(m_random.bounded(bottom - top + 1));
    const QRect cell = view->visualRect(view->model()->index(row, LeadTableModel::LastName));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    ++m_writes;
}

void TestLeadsWalk::settle(int ms)
{
    if (ms > 0)
        QTest::qWait(ms);
    QApplication::processEvents();
}

// Issue 9, item 1: a search typed while scrolled down shows its first rows, at the top.
void TestLeadsWalk::newSearchStartsAtTheTop()
{
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
    settle(0);
    const int end = table()->verticalScrollBar()->value();
    QCOMPARE(end, table()->verticalScrollBar()->maximum());
    wheel(150);
    settle(0);
    const int scrolled = table()->verticalScrollBar()->value();
    QVERIFY2(scrolled > 0 && scrolled < end, qPrintable(QStringLiteral("%1 of %2").arg(scrolled).arg(end)));
    search({ QStringLiteral("maria") }, true);
    settle(0);
    QString problem = compareWithOracle();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(table()->verticalScrollBar()->value(), 0);
    QCOMPARE(table()->rowAt(0), 0);
    settle(LeadTableModel::kExactCountDelayMs + 50);
    QTRY_VERIFY(m_page->model()->isCountExact());
    problem = compareWithOracle();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    search({}, true);
    QCOMPARE(table()->verticalScrollBar()->value(), 0);
}

void TestLeadsWalk::randomWalk()
{
    bool ok = false;
    quint32 seed = qEnvironmentVariable("LEADINTAKE_WALK_SEED").toUInt(&ok);
    if (!ok)
        seed = QRandomGenerator::system()->generate();
    int steps = qEnvironmentVariableIntValue("LEADINTAKE_WALK_STEPS", &ok);
    if (!ok || steps <= 0)
        steps = kDefaultSteps;
    m_random.seed(seed);
    qInfo("random walk: seed %u, %d steps (LEADINTAKE_WALK_SEED=%u repeats it)", seed, steps, seed);

    static const QList<QStringList> searches {
        { QStringLiteral("maria") }, { QStringLiteral("mar") }, { QStringLiteral("m") },
        { QStringLiteral("ana") }, { QStringLiteral("jose") }, { QStringLiteral("patel") },
        { QStringLiteral("ma"), QStringLiteral("pa") }, { QStringLiteral("lu") }, { QStringLiteral("zzq") },
        { QStringLiteral("o") }, { QStringLiteral("example") }, { QStringLiteral("s") },
        { QStringLiteral("garcia") }, { QStringLiteral("walk") },
    };
    QStringList log; // the last steps, for the failure message
    QHash<QString, qint64> spent; // with LEADINTAKE_WALK_PROFILE: ns per kind of step
    const bool profile = qEnvironmentVariableIsSet("LEADINTAKE_WALK_PROFILE");
    QElapsedTimer clock;
    QElapsedTimer budget;
    budget.start();
    int step = 0;
    for (; step < steps && !budget.hasExpired(kBudgetMs); ++step) {
        QString action;
        clock.start();
        switch (m_random.bounded(14)) {
        case 0:
        case 1: {
            const QStringList words = searches.at(int(m_random.bounded(searches.size())));
            const bool enter = m_random.bounded(2) == 0;
            action = QStringLiteral("search '%1'%2").arg(words.join(QLatin1Char(' ')), enter ? QStringLiteral(" + Enter") : QString());
            search(words, enter);
            if (QTableView* view = table(); view->verticalScrollBar()->value() != 0) {
                QFAIL(qPrintable(QStringLiteral("seed %1 step %2 (%3): a new search is not at the top")
                                     .arg(seed).arg(step).arg(action)));
            }
            break;
        }
        case 2:
            action = QStringLiteral("clear search");
            search({}, true);
            break;
        case 3: {
            const int index = int(m_random.bounded(3));
            action = QStringLiteral("status filter %1").arg(index);
            statusFilter()->setCurrentIndex(index);
            m_wanted.status = index;
            break;
        }
        case 4: {
            const int column = int(m_random.bounded(int(LeadTableModel::ColumnCount)));
            const Qt::SortOrder order = m_random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
            action = QStringLiteral("sort %1 %2").arg(column).arg(int(order));
            sortBy(column, order);
            break;
        }
        case 5:
        case 6: {
            const int notches = int(m_random.bounded(301)) - 150;
            action = QStringLiteral("wheel %1").arg(notches);
            wheel(notches);
            break;
        }
        case 7: {
            QScrollBar* bar = table()->verticalScrollBar();
            const int value = bar->maximum() > 0 ? int(m_random.bounded(bar->maximum() + 1)) : 0;
            action = QStringLiteral("jump to %1").arg(value);
            bar->setValue(value);
            break;
        }
        case 8: {
            static const Qt::Key keys[] { Qt::Key_End, Qt::Key_Home, Qt::Key_PageDown, Qt::Key_PageUp };
            const Qt::Key key = keys[m_random.bounded(4)];
            const Qt::KeyboardModifiers modifiers = key == Qt::Key_End || key == Qt::Key_Home ? Qt::ControlModifier : Qt::NoModifier;
            action = QStringLiteral("key %1").arg(QKeySequence(key | modifiers).toString());
            table()->setFocus();
            QTest::keyClick(table(), key, modifiers);
            break;
        }
        case 9:
            action = QStringLiteral("mark a visible row reached out");
            markVisibleRow();
            break;
        case 10:
        case 11: {
            const bool backDated = m_random.bounded(3) == 0;
            action = backDated ? QStringLiteral("back-dated lead added elsewhere") : QStringLiteral("lead added elsewhere");
            addLeadElsewhere(backDated);
            m_page->refresh(); // what the data version watcher does within a second
            break;
        }
        case 12:
            action = QStringLiteral("status changed elsewhere");
            changeStatusElsewhere();
            m_page->refresh();
            break;
        case 13:
            action = QStringLiteral("wait");
            settle(LeadTableModel::kExactCountDelayMs + int(m_random.bounded(100)));
            break;
        }
        settle(0);
        log.append(QString::number(step) + QStringLiteral(": ") + action);
        if (log.size() > 25)
            log.removeFirst();
        if (profile)
            spent[action.section(QLatin1Char(' '), 0, 0)] += clock.nsecsElapsed();
        clock.start();
        const QString problem = compareWithOracle();
        if (profile)
            spent[QStringLiteral("(oracle)")] += clock.nsecsElapsed();
        if (!problem.isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("seed %1 (LEADINTAKE_WALK_SEED=%1 repeats it), step %2: %3\nlast steps:\n%4")
                                 .arg(seed)
                                 .arg(step)
                                 .arg(problem, log.join(QLatin1Char('\n')))));
        }
    }
    qInfo("%d steps in %lld ms, every one matching the oracle", step, budget.elapsed());
    for (auto it = spent.cbegin(); it != spent.cend(); ++it)
        qInfo("%-12s %8.1f ms", qPrintable(it.key()), double(it.value()) / 1e6);
}

QTEST_MAIN(TestLeadsWalk)
#include "tst_leadswalk.moc"
