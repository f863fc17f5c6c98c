// Test helper: a second desk. Creates COUNT leads in DATABASE, one transaction each,
// as fast as it can. Exit code 0 only when every lead was saved.
#include "database.h"
#include "leadrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: concurrent_writer DATABASE COUNT TAG\n";
        return 2;
    }
    auto db = Database::open(args.at(1));
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    LeadRepository repository(db->connection());
    const int count = args.at(2).toInt();
    const QString tag = args.at(3);
    const QByteArray pdf = "%PDF-1.4\n% helper\n%%EOF\n";
    const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    for (int i = 0; i < count; ++i) {
        auto id = repository.create(tag, QString::number(i), QStringLiteral("%1.%2@example.com").arg(tag).arg(i),
                                    resume, tag);
        if (!id) {
            QTextStream(stderr) << "lead " << i << ": " << id.error().message << '\n';
            return 1;
        }
    }
    return 0;
}
