// The README's dashboard screenshots: the real Dashboard page over a database made by
// leadintake_gendata (100,000 to 1,000,000 leads), under Fusion with the light or the dark
// palette of the palette tests, "this year" of the demo data (which ends on 1 November 2026).
//   leadintake_dashboard_shots DATABASE OUTDIR [light|dark] [year]
#include "dashboardpage.h"
#include "database.h"
#include "scripteddialogs.h"
#include "testpalettes.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QTextStream>
#include <QtTest>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || args.size() > 5) {
        QTextStream(stderr) << "usage: leadintake_dashboard_shots DATABASE OUTDIR [light|dark] [year]\n";
        return 2;
    }
    const QString variant = args.size() >= 4 ? args.at(3) : QStringLiteral("light");
    const bool year = args.size() == 5 && args.at(4) == QLatin1String("year");
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(variant == QLatin1String("dark") ? TestPalettes::dark() : TestPalettes::light());
    Result<Database> db = Database::open(args.at(1));
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    ScriptedDialogs dialogs;
    const QDateTime now(QDate(2026, 10, 31), QTime(17, 0), Qt::UTC);
    DashboardPage page(db->connection(), dialogs, nullptr, [now] { return now; });
    page.resize(1180, 720);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return 1;
    QSignalSpy shown(&page, &DashboardPage::figuresShown);
    page.applyPreset(year ? DashboardFigures::Preset::ThisYear : DashboardFigures::Preset::LastTwelveWeeks);
    // The figures of the range asked for (an earlier refresh may report first).
    do {
        if (!shown.wait(60000))
            return 1;
    } while (page.figures().range.from != page.range().from);
    QTest::qWait(300);
    const QString path = QDir(args.at(2)).filePath(QStringLiteral("dashboard-%1%2.png").arg(variant, year ? QStringLiteral("-year") : QString()));
    if (!page.grab().save(path)) {
        QTextStream(stderr) << "cannot write " << path << '\n';
        return 1;
    }
    page.savePdf(QDir(args.at(2)).filePath(QStringLiteral("dashboard-%1.pdf").arg(variant)));
    QTextStream(stdout) << "wrote " << path << '\n';
    return 0;
}
