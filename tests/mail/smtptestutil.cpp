#include "smtptestutil.h"

namespace SmtpTestUtil {

QString stageName(SmtpFailure::Stage stage)
{
    using S = SmtpFailure::Stage;
    switch (stage) {
    case S::Connect: return QStringLiteral("Connect");
    case S::Greeting: return QStringLiteral("Greeting");
    case S::Ehlo: return QStringLiteral("Ehlo");
    case S::StartTls: return QStringLiteral("StartTls");
    case S::Auth: return QStringLiteral("Auth");
    case S::MailFrom: return QStringLiteral("MailFrom");
    case S::RcptTo: return QStringLiteral("RcptTo");
    case S::Data: return QStringLiteral("Data");
    case S::Body: return QStringLiteral("Body");
    case S::Rset: return QStringLiteral("Rset");
    case S::Local: return QStringLiteral("Local");
    }
    return QStringLiteral("?");
}

QString kindName(SmtpFailure::Kind kind)
{
    switch (kind) {
    case SmtpFailure::Kind::Temporary: return QStringLiteral("Temporary");
    case SmtpFailure::Kind::Permanent: return QStringLiteral("Permanent");
    case SmtpFailure::Kind::UnknownOutcome: return QStringLiteral("UnknownOutcome");
    }
    return QStringLiteral("?");
}

QString describeFailure(const QString& id, const SmtpFailure& failure)
{
    QString out = QStringLiteral("failed:%1:%2:%3").arg(id, stageName(failure.stage), kindName(failure.kind));
    if (failure.replyCode != 0)
        out += u':' + QString::number(failure.replyCode);
    return out;
}

} // namespace SmtpTestUtil
