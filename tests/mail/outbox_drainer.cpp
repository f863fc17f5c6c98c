// Test helper: another desk's dispatcher. Drains DATABASE through a plain SMTP server at
// 127.0.0.1:PORT in batches of BATCH until nothing is due. Exit code 0 when every email
// it attempted was sent.
#include "database.h"
#include "outboxdispatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: outbox_drainer DATABASE PORT BATCH\n";
        return 2;
    }
    auto db = Database::open(args.at(1));
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    SmtpConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = quint16(args.at(2).toUInt());
    config.security = SmtpConfig::Security::Plain;

    OutboxDispatcher dispatcher(db->connection());
    dispatcher.setConfig(config);
    dispatcher.setBatchSize(args.at(3).toInt());
    int sent = 0;
    bool clean = true;
    for (;;) {
        QEventLoop loop;
        QObject::connect(&dispatcher, &OutboxDispatcher::drained, &loop, &QEventLoop::quit);
        dispatcher.wake();
        loop.exec();
        const OutboxDispatcher::Summary summary = dispatcher.lastSummary();
        sent += summary.sent;
        clean = clean && summary.allDelivered();
        if (summary.attempted() == 0)
            break;
    }
    QTextStream(stdout) << sent << '\n';
    return clean ? 0 : 1;
}
