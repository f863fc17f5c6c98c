// Test helper: a desk that keeps writing while backups are taken. Creates leads (with a
// resume, each its own transaction, each with its history row) and changes every third
// one's status, for SECONDS seconds. Prints how many leads it made; exit 0 only when every
// write was saved.
#include "database.h"
#include "leadrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: backup_writer DATABASE SECONDS TAG\n";
        return 2;
    }
    auto db = Database::open(args.at(1));
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    LeadRepository repository(db->connection());
    const qint64 ms = qint64(args.at(2).toDouble() * 1000);
    const QString tag = args.at(3);
    QElapsedTimer clock;
    clock.start();
    int made = 0;
    while (clock.elapsed() < ms) {
        const QByteArray pdf = "%PDF-1.4\n% " + QByteArray::number(made) + "\n%%EOF\n";
        const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                                  QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
        auto id = repository.create(tag, QString::number(made), QStringLiteral("%1.%2@example.com").arg(tag).arg(made),
                                    resume, tag);
        if (!id) {
            QTextStream(stderr) << "lead " << made << ": " << id.error().message << '\n';
            return 1;
        }
        if (made % 3 == 0) {
            const auto changed = repository.setStatus(*id, LeadStatus::ReachedOut, tag, 1);
            if (!changed) {
                QTextStream(stderr) << "status " << made << ": " << changed.error().message << '\n';
                return 1;
            }
        }
        ++made;
    }
    QTextStream(stdout) << made << '\n';
    return 0;
}
