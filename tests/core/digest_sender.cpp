// Test helper: another desk running the morning digest. For each day from FIRST_DAY
// (YYYY-MM-DD) for DAYS days, runs MorningDigest::runIfDue() at TIME in the firm's zone,
// as fast as it can. Exit code 0 only when every run succeeded.
#include "database.h"
#include "firmsettings.h"
#include "morningdigest.h"
#include "responsetarget.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: digest_sender DATABASE FIRST_DAY DAYS HH:MM\n";
        return 2;
    }
    auto db = Database::open(args.at(1));
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    const QDate first = QDate::fromString(args.at(2), Qt::ISODate);
    const int days = args.at(3).toInt();
    const QTime time = QTime::fromString(args.at(4), QStringLiteral("HH:mm"));
    const QTimeZone zone = ResponseTarget::fromSettings(FirmSettings(db->connection())).rule().zone;
    for (int i = 0; i < days; ++i) {
        const QDateTime at(first.addDays(i), time, zone);
        MorningDigest digest(db->connection(), [at] { return at; });
        const Result<MorningDigest::Outcome> ran = digest.runIfDue();
        if (!ran) {
            QTextStream(stderr) << "day " << i << ": " << ran.error().message << '\n';
            return 1;
        }
    }
    return 0;
}
