// The Leads table's cell delegates draw what QStyledItemDelegate draws, from text shaped once.
#include "statusdelegate.h"
#include "textcelldelegate.h"
#include "leadstatus.h"
#include "leadtablemodel.h"
#include "widgetlookup.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

namespace {

// One column of cells: names from several scripts, an address too long for the column.
QStandardItemModel* makeModel(QObject* parent)
{
    auto* model = new QStandardItemModel(parent);
    const QStringList texts = { QStringLiteral("María José"), QStringLiteral("Nguyễn Thị Minh Khai"),
                                QStringLiteral("أحمد الحسيني"), QStringLiteral("Søren Jørgensen"),
                                QStringLiteral("a.very.long.address.that.does.not.fit@example.org"),
                                QString(), QStringLiteral("O'Brien") };
    for (const QString& text : texts)
        model->appendRow(new QStandardItem(text));
    return model;
}

QTableView* makeView(QAbstractItemModel* model, QAbstractItemDelegate* delegate)
{
    auto* view = new QTableView;
    view->setModel(model);
    if (delegate)
        view->setItemDelegate(delegate);
    view->verticalHeader()->hide();
    view->horizontalHeader()->hide();
    view->setShowGrid(false);
    view->setWordWrap(false); // as on the Leads page
    view->setAlternatingRowColors(true);
    view->setColumnWidth(0, 180);
    view->resize(200, 240);
    view->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select);
    return view;
}

// Share of pixels that differ by more than a faint anti-aliasing step.
double differingShare(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return 1.0;
    qsizetype differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            const int delta = qMax(qAbs(qRed(p) - qRed(q)), qMax(qAbs(qGreen(p) - qGreen(q)), qAbs(qBlue(p) - qBlue(q))));
            if (delta > 48)
                ++differing;
        }
    }
    return double(differing) / double(a.width() * a.height());
}

QImage inkOf(QTableView* view, int row)
{
    return view->viewport()->grab(view->visualRect(view->model()->index(row, 0))).toImage()
        .convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestTextCellDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsWhatTheStyleDraws()
    {
        QObject owner;
        QStandardItemModel* model = makeModel(&owner);
        std::unique_ptr<QTableView> usual(makeView(model, nullptr));
        std::unique_ptr<QTableView> ours(makeView(model, new TextCellDelegate(&owner)));
        usual->show();
        ours->show();
        QVERIFY(QTest::qWaitForWindowExposed(ours.get()));
        GuiTest::screenshot(ours.get(), QStringLiteral("textcelldelegate"));
        // Same text, colours, selection and elision, row by row; glyph edges may differ by a
        // faint anti-aliasing step.
        for (int row = 0; row < model->rowCount(); ++row) {
            const double share = differingShare(inkOf(usual.get(), row), inkOf(ours.get(), row));
            QVERIFY2(share < 0.02, qPrintable(QStringLiteral("row %1: %2 % of pixels differ").arg(row).arg(share * 100)));
        }
        // The test can tell cells apart: a different text is not "the same".
        QVERIFY(differingShare(inkOf(ours.get(), 0), inkOf(ours.get(), 6)) > 0.01);
    }

    void elidesTooLongText()
    {
        QObject owner;
        QStandardItemModel* model = makeModel(&owner);
        std::unique_ptr<QTableView> usual(makeView(model, nullptr));
        std::unique_ptr<QTableView> ours(makeView(model, new TextCellDelegate(&owner)));
        // Repaints after the cache holds the full-width text must still elide; a wrapping
        // view is left to the style, which wraps.
        ours->show();
        QVERIFY(QTest::qWaitForWindowExposed(ours.get()));
        ours->setColumnWidth(0, 90);
        usual->setColumnWidth(0, 90);
        usual->show();
        QVERIFY(QTest::qWaitForWindowExposed(usual.get()));
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY2(differingShare(inkOf(usual.get(), row), inkOf(ours.get(), row)) < 0.02, qPrintable(QString::number(row)));
        usual->setWordWrap(true);
        ours->setWordWrap(true);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY2(differingShare(inkOf(usual.get(), row), inkOf(ours.get(), row)) < 0.02, qPrintable(QString::number(row)));
    }

    void statusPillsShowTheirWords()
    {
        // The status pill reads its text from the shaped cache too: both statuses differ.
        QStandardItemModel model;
        for (const LeadStatus status : LeadStatusText::all()) {
            auto* item = new QStandardItem(LeadStatusText::display(status));
            item->setData(int(status), LeadTableModel::StatusRole);
            model.appendRow(item);
        }
        std::unique_ptr<QTableView> view(makeView(&model, new StatusDelegate(&model)));
        view->setAlternatingRowColors(false);
        view->setFocusPolicy(Qt::NoFocus);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        view->selectionModel()->clear(); // no current row: both rows drawn alike
        const QImage pending = inkOf(view.get(), 0);
        const QImage reached = inkOf(view.get(), 1);
        QVERIFY(differingShare(pending, reached) > 0.01);
        // Swapping the words swaps the pictures (same colours, other text would differ).
        model.item(0)->setText(LeadStatusText::display(LeadStatus::ReachedOut));
        model.item(0)->setData(int(LeadStatus::ReachedOut), LeadTableModel::StatusRole);
        QCOMPARE(differingShare(inkOf(view.get(), 0), reached), 0.0);
        GuiTest::screenshot(view.get(), QStringLiteral("statusdelegate"));
    }
};

QTEST_MAIN(TestTextCellDelegate)
#include "tst_textcelldelegate.moc"
