// smtp-test: one test email through the configured server, with the stage and the
// server's words when it fails.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "leadvalidator.h"
#include "outboxcomposer.h"
#include "smtpclient.h"
#include "smtpsettings.h"
#include "smtpsupport.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace CommandLine {

Syntax smtpTestSyntax()
{
    QList<QCommandLineOption> options {
        { QStringLiteral("to"), tr("Where to send the test email."), tr("address") },
        { QStringLiteral("trace"),
            tr("Print the SMTP dialogue (commands and replies; never the password or the message).") },
    };
    return { options + smtpOptions(), {} };
}

int smtpTest(Context& context)
{
    const QCommandLineParser& parser = context.parser;
    Console& console = context.console;
    int code = Success;
    if (tooManyArguments(context, 0, &code))
        return code;
    if (!parser.isSet(QStringLiteral("to")))
        return usage(context, tr("smtp-test needs --to ADDRESS."));
    const QString to = parser.value(QStringLiteral("to")).trimmed();
    if (const QString problem = LeadValidator::checkEmail(to); !problem.isEmpty())
        return usage(context, problem);

    std::optional<Database> database = openDatabase(context, Open::MayCreate, &code);
    if (!database)
        return code;
    SmtpConfig config;
    if (!smtpConfig(context, database->connection(), &config, &code))
        return code;
    if (const QString missing = SmtpSettings::missing(config); !missing.isEmpty()) {
        console.error(missing);
        return MailNotSent;
    }
    const OutboxComposer composer(database->connection());
    OutgoingMail mail;
    OutboxComposer::Problem problem;
    if (!composer.composeTest(to, QStringLiteral("en"), config, &mail, &problem)) {
        console.error(problem.message);
        return MailNotSent;
    }

    SmtpClient client(config);
    client.setTraceEnabled(parser.isSet(QStringLiteral("trace")));
    QObject::connect(&client, &SmtpClient::protocolTrace, &client,
        [&console](const QString& line) { console.error(line); });
    std::optional<SmtpFailure> failure;
    bool sent = false;
    QObject::connect(&client, &SmtpClient::messageSent, &client, [&sent](const QString&) { sent = true; });
    QObject::connect(&client, &SmtpClient::messageFailed, &client,
        [&failure](const QString&, const SmtpFailure& f) { failure = f; });
    QEventLoop loop;
    QObject::connect(&client, &SmtpClient::finished, &loop, &QEventLoop::quit);
    client.sendMessages({ mail });
    if (client.isBusy())
        loop.exec();

    if (sent && !failure) {
        console.out() << tr("Test email sent to %1 through %2.").arg(to, describeServer(config)) << '\n';
        return Success;
    }
    console.error(tr("The test email was not sent (%1).").arg(describeServer(config)));
    if (failure) {
        console.error(tr("Stage: %1").arg(SmtpFailure::stageName(failure->stage)));
        if (failure->replyCode != 0)
            console.error(tr("Server reply: %1 %2").arg(failure->replyCode).arg(failure->serverText));
        console.error(failure->message);
        if (!failure->advice.isEmpty())
            console.error(tr("Advice: %1").arg(failure->advice));
    }
    return MailNotSent;
}

} // namespace CommandLine
