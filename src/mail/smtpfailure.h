#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

struct SmtpReply;

// Why a message was not sent: where it stopped, whether retrying can help, the
// server's own words and plain advice for the person at the desk.
struct SmtpFailure
{
    Q_DECLARE_TR_FUNCTIONS(SmtpFailure)

public:
    enum class Stage {
        Connect, // TCP connect or implicit TLS handshake
        Greeting,
        Ehlo,
        StartTls,
        Auth,
        MailFrom,
        RcptTo,
        Data, // the DATA command
        Body, // sending the message and the reply to its final "."
        Rset,
        Local, // refused before anything was sent (bad address, too large)
    };
    enum class Kind {
        Temporary, // retry later (4xx, network trouble, timeouts)
        Permanent, // do not retry as is (5xx, configuration, policy)
        UnknownOutcome, // the message may have been delivered: a resend may duplicate it
    };

    Stage stage = Stage::Connect;
    Kind kind = Kind::Temporary;
    int replyCode = 0; // 0 when the server said nothing
    QString enhancedCode; // e.g. "5.7.8"
    QString serverText; // the server's reply text, verbatim
    QString message; // what happened (translated)
    QString advice; // what to do about it (translated)

    bool isTemporary() const { return kind == Kind::Temporary; }

    static SmtpFailure fromReply(Stage stage, const SmtpReply& reply);
    static SmtpFailure local(Stage stage, Kind kind, const QString& message);

    static QString stageName(Stage stage);
    // One line for logs and the outbox's last_error column.
    QString toString() const;

private:
    void fillAdvice();
};

Q_DECLARE_METATYPE(SmtpFailure)
