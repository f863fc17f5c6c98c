#include "smtpfailure.h"

#include "smtpreply.h"

SmtpFailure SmtpFailure::fromReply(Stage stage, const SmtpReply& reply)
{
    SmtpFailure f;
    f.stage = stage;
    f.kind = reply.isTemporary() ? Kind::Temporary : Kind::Permanent;
    f.replyCode = reply.code;
    f.enhancedCode = reply.enhancedCode;
    f.serverText = reply.text();
    f.message = tr("The server answered %1 during %2: %3")
                    .arg(QString::number(reply.code), stageName(stage), f.serverText);
    f.fillAdvice();
    return f;
}

SmtpFailure SmtpFailure::local(Stage stage, Kind kind, const QString& message)
{
    SmtpFailure f;
    f.stage = stage;
    f.kind = kind;
    f.message = message;
    f.fillAdvice();
    return f;
}

QString SmtpFailure::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Connect: return tr("connecting");
    case Stage::Greeting: return tr("the greeting");
    case Stage::Ehlo: return tr("EHLO");
    case Stage::StartTls: return tr("STARTTLS");
    case Stage::Auth: return tr("authentication");
    case Stage::MailFrom: return tr("MAIL FROM");
    case Stage::RcptTo: return tr("RCPT TO");
    case Stage::Data: return tr("DATA");
    case Stage::Body: return tr("sending the message");
    case Stage::Rset: return tr("RSET");
    case Stage::Local: return tr("preparing the message");
    }
    return {};
}

QString SmtpFailure::toString() const
{
    QString out = message;
    if (!advice.isEmpty())
        out += QStringLiteral(" — ") + advice;
    return out;
}

void SmtpFailure::fillAdvice()
{
    const QString text = serverText.toLower();
    if (kind == Kind::UnknownOutcome) {
        advice = tr("The connection was lost after the whole message was sent, so it may have "
                    "been delivered. Sending it again may produce a duplicate.");
    } else if (enhancedCode == QLatin1String("5.7.9")
               || text.contains(QLatin1String("application-specific password"))
               || (replyCode == 534 && text.contains(QLatin1String("gmail")))) {
        advice = tr("Gmail needs an app password: turn on 2-Step Verification for the account, "
                    "create an app password at https://myaccount.google.com/apppasswords and "
                    "enter it instead of the normal password.");
    } else if (enhancedCode == QLatin1String("5.7.8") || replyCode == 535) {
        advice = tr("The server rejected the user name or password.");
    } else if (enhancedCode == QLatin1String("5.7.11") || replyCode == 538) {
        advice = tr("The server requires an encrypted connection for this; use TLS or STARTTLS.");
    } else if (enhancedCode == QLatin1String("5.7.0") || replyCode == 530) {
        advice = tr("The server requires signing in: enter a user name and password in the mail settings.");
    } else if (enhancedCode == QLatin1String("5.3.4") || (replyCode == 552 && stage == Stage::MailFrom)) {
        advice = tr("The message is larger than the server accepts; send a smaller attachment.");
    } else if (enhancedCode == QLatin1String("5.1.1") || (replyCode == 550 && stage == Stage::RcptTo)) {
        advice = tr("The recipient's mailbox does not exist; check the address.");
    } else if (enhancedCode == QLatin1String("5.1.3") || replyCode == 553 || replyCode == 501) {
        advice = tr("The server considers an address invalid; check the sender and recipient addresses.");
    } else if (replyCode == 421) {
        advice = tr("The server closed the session; the message will be retried later.");
    } else if (replyCode >= 400 && replyCode < 500) {
        advice = tr("The server is temporarily unable to accept the message; it will be retried later.");
    } else if (replyCode >= 500) {
        advice = tr("The server refused the message; it will not be retried automatically.");
    } else if (stage == Stage::Connect) {
        advice = tr("Check the server name, port and security setting, and the network connection.");
    } else if (stage == Stage::StartTls) {
        advice = tr("The server did not set up an encrypted connection, so nothing was sent. "
                    "Check the security setting, or ask the mail provider.");
    } else if (kind == Kind::Temporary) {
        advice = tr("The message will be retried later.");
    }
}
