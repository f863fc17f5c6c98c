// Benchmark client (not a test): sends COUNT messages, each with the same PDF attached,
// through SmtpClient to a local server, building each message just before it is sent (as
// the dispatcher does), and prints one JSON line: wall time, this process's CPU time
// (getrusage RUSAGE_SELF) and peak RSS. Driven by tests/mail/bench_smtplib_compare.py.
//
// usage: leadintake_bench_smtp --port P [--host H] [--security plain|implicit|starttls]
//        [--ca-file F] [--count N] [--session reuse|fresh] --attachment FILE
#include "mailmessage.h"
#include "smtpclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

namespace {

QByteArray buildMime(int index, const QByteArray& pdf)
{
    MailMessage message;
    message.from = { QStringLiteral("Front Desk"), QStringLiteral("desk@firm.example") };
    message.to = { { QStringLiteral("Attorney"), QStringLiteral("attorney@firm.example") } };
    message.subject = QStringLiteral("New lead %1: Ana López").arg(index);
    message.textBody = QStringLiteral("A new lead was received.\nName: Ana López\nEmail: ana@example.org\n");
    message.attachments.append({ QStringLiteral("resume-%1.pdf").arg(index), QByteArrayLiteral("application/pdf"), pdf });
    return message.toMime();
}

double seconds(const timeval& tv)
{
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const auto value = [&args](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    SmtpConfig config;
    config.host = value("--host", QStringLiteral("127.0.0.1"));
    config.port = quint16(value("--port", QStringLiteral("0")).toUInt());
    const QString security = value("--security", QStringLiteral("plain"));
    config.security = security == QLatin1String("implicit") ? SmtpConfig::Security::ImplicitTls
        : security == QLatin1String("starttls")             ? SmtpConfig::Security::StartTls
                                                            : SmtpConfig::Security::Plain;
    config.caFile = value("--ca-file", QString());
    const int count = value("--count", QStringLiteral("200")).toInt();
    const bool fresh = value("--session", QStringLiteral("reuse")) == QLatin1String("fresh");
    QFile file(value("--attachment", QString()));
    if (config.port == 0 || !file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "usage: leadintake_bench_smtp --port P --attachment FILE [...]\n";
        return 2;
    }
    const QByteArray pdf = file.readAll();

    SmtpClient client(config);
    int next = 0;
    int sent = 0;
    int failed = 0;
    const auto queueNext = [&] {
        if (next < count) {
            const int index = next++;
            client.sendMessages({ OutgoingMail { QString::number(index), QStringLiteral("desk@firm.example"),
                                                 { QStringLiteral("attorney@firm.example") }, buildMime(index, pdf) } });
        }
    };
    // Reused session: the next message is queued as the previous one is accepted, so the
    // client goes on with RSET in the same session. Fresh: one session per message.
    QObject::connect(&client, &SmtpClient::messageSent, &client, [&](const QString&) {
        ++sent;
        if (!fresh)
            queueNext();
    });
    QObject::connect(&client, &SmtpClient::messageFailed, &client, [&](const QString&, const SmtpFailure& f) {
        ++failed;
        QTextStream(stderr) << f.toString() << '\n';
        if (!fresh)
            queueNext();
    });
    QObject::connect(&client, &SmtpClient::finished, &client, [&] {
        if (fresh && next < count)
            queueNext();
        else if (!client.isBusy() && next >= count)
            QCoreApplication::quit();
    });

    rusage before {};
    getrusage(RUSAGE_SELF, &before);
    QElapsedTimer timer;
    timer.start();
    queueNext();
    QCoreApplication::exec();
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    rusage after {};
    getrusage(RUSAGE_SELF, &after);
    const double cpu = seconds(after.ru_utime) - seconds(before.ru_utime) + seconds(after.ru_stime)
        - seconds(before.ru_stime);
    QTextStream(stdout) << QStringLiteral("{\"sent\": %1, \"failed\": %2, \"wall_s\": %3, \"cpu_s\": %4, "
                                          "\"maxrss_kb\": %5}\n")
                               .arg(sent)
                               .arg(failed)
                               .arg(wall, 0, 'f', 4)
                               .arg(cpu, 0, 'f', 4)
                               .arg(after.ru_maxrss);
    return failed == 0 && sent == count ? 0 : 1;
}
