#include "leadvalidator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace {

constexpr qsizetype kPdfHeaderWindow = 1024; // %PDF- may follow a little junk
constexpr qsizetype kPdfTrailerWindow = 1024; // %%EOF may be followed by padding

bool isForbiddenControl(char32_t ch)
{
    const QChar::Category category = QChar::category(ch);
    return category == QChar::Other_Control || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph;
}

bool hasControlCharacters(const QString& value)
{
    for (const char32_t ch : value.toUcs4()) {
        if (isForbiddenControl(ch))
            return true;
    }
    return false;
}

qsizetype characterCount(const QString& value)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (!value.at(i).isLowSurrogate())
            ++count;
    }
    return count;
}

} // namespace

LeadValidator::LeadValidator(qint64 maxResumeBytes)
    : m_maxResumeBytes(maxResumeBytes)
{
}

QString LeadValidator::fieldName(Field field)
{
    switch (field) {
    case Field::FirstName:
        return tr("First name");
    case Field::LastName:
        return tr("Last name");
    case Field::Email:
        return tr("Email");
    case Field::Resume:
        return tr("Resume");
    }
    return {};
}

QString LeadValidator::checkName(const QString& value, Field field)
{
    const QString trimmed = value.trimmed();
    const bool first = field == Field::FirstName;
    if (trimmed.isEmpty())
        return first ? tr("Enter the first name.") : tr("Enter the last name.");
    if (hasControlCharacters(value))
        return first ? tr("The first name contains a control character (such as a line break); "
                          "remove it.")
                     : tr("The last name contains a control character (such as a line break); "
                          "remove it.");
    const qsizetype length = characterCount(trimmed);
    if (length > kMaxNameLength)
        return first ? tr("The first name is too long: %1 characters, at most %2.")
                           .arg(length)
                           .arg(kMaxNameLength)
                     : tr("The last name is too long: %1 characters, at most %2.")
                           .arg(length)
                           .arg(kMaxNameLength);
    return {};
}

QString LeadValidator::checkFirstName(const QString& value)
{
    return checkName(value, Field::FirstName);
}

QString LeadValidator::checkLastName(const QString& value)
{
    return checkName(value, Field::LastName);
}

QString LeadValidator::checkEmail(const QString& value)
{
    // The HTML "valid e-mail address" rule, with the domain converted to its ASCII
    // (punycode) form first so that internationalized domains are accepted, and at
    // least one dot required: "jane@gmail" is a typo at a front desk, not an intranet host.
    static const QRegularExpression localPart(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$"));
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));

    const QString email = value.trimmed();
    if (email.isEmpty())
        return tr("Enter the email address.");
    if (hasControlCharacters(value))
        return tr("The email address contains a control character (such as a line break); "
                  "remove it.");
    if (email.size() > kMaxEmailLength)
        return tr("The email address is too long: %1 characters, at most %2.")
            .arg(email.size())
            .arg(kMaxEmailLength);
    if (email.contains(QLatin1Char(' ')) || email.contains(QLatin1Char('\t')))
        return tr("The email address must not contain spaces.");
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return tr("The email address needs an @, as in name@example.com.");
    if (email.indexOf(QLatin1Char('@')) != at)
        return tr("The email address has more than one @.");
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    if (local.isEmpty())
        return tr("Enter the part before the @ in the email address.");
    if (domain.isEmpty())
        return tr("Enter the domain after the @ in the email address, as in example.com.");
    if (local.size() > kMaxLocalPartLength)
        return tr("The part before the @ is too long: %1 characters, at most %2.")
            .arg(local.size())
            .arg(kMaxLocalPartLength);
    if (!localPart.match(local).hasMatch())
        return tr("The part before the @ contains a character an email address cannot have.");
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty())
        return tr("\"%1\" is not a valid email domain.").arg(domain);
    const QList<QByteArray> labels = ace.split('.');
    if (labels.size() < 2)
        return tr("The email domain \"%1\" is incomplete, as in example.com.").arg(domain);
    for (const QByteArray& part : labels) {
        if (!label.match(QString::fromLatin1(part)).hasMatch())
            return tr("\"%1\" is not a valid email domain.").arg(domain);
    }
    return {};
}

QStringList LeadValidator::languages()
{
    return { QStringLiteral("en"), QStringLiteral("es") };
}

QString LeadValidator::checkLanguage(const QString& value)
{
    if (!languages().contains(value.trimmed().toLower()))
        return tr("The preferred language must be en (English) or es (Spanish), not \"%1\".")
            .arg(value);
    return {};
}

QString LeadValidator::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString LeadValidator::checkResumeBytes(const QByteArray& content) const
{
    if (content.isEmpty())
        return tr("The resume file is empty.");
    if (content.size() > m_maxResumeBytes)
        return tr("The resume is %1; the limit is %2.")
            .arg(formatSize(content.size()), formatSize(m_maxResumeBytes));
    if (!content.left(kPdfHeaderWindow).contains("%PDF-"))
        return tr("The resume is not a PDF file (whatever its name says). Choose a PDF.");
    if (!content.right(kPdfTrailerWindow).contains("%%EOF"))
        return tr("The resume PDF is incomplete or damaged (it has no end marker). "
                  "Save it again and choose the new copy.");
    return {};
}

QString LeadValidator::checkResumePath(const QString& path) const
{
    if (path.trimmed().isEmpty())
        return tr("Choose the resume (a PDF file).");
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The resume file \"%1\" no longer exists.").arg(info.fileName());
    if (!info.isFile())
        return tr("\"%1\" is not a file.").arg(info.fileName());
    if (info.size() > m_maxResumeBytes)
        return tr("The resume is %1; the limit is %2.")
            .arg(formatSize(info.size()), formatSize(m_maxResumeBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The resume file \"%1\" cannot be read: %2.")
            .arg(info.fileName(), file.errorString());
    if (file.size() == 0)
        return tr("The resume file is empty.");
    const QByteArray head = file.read(kPdfHeaderWindow);
    if (!head.contains("%PDF-"))
        return tr("The resume is not a PDF file (whatever its name says). Choose a PDF.");
    if (file.size() > kPdfTrailerWindow)
        file.seek(file.size() - kPdfTrailerWindow);
    else
        file.seek(0);
    if (!file.read(kPdfTrailerWindow).contains("%%EOF"))
        return tr("The resume PDF is incomplete or damaged (it has no end marker). "
                  "Save it again and choose the new copy.");
    return {};
}

QString LeadValidator::emailKey(const QString& email)
{
    return email.trimmed().toCaseFolded();
}

Result<LeadValidator::Valid> LeadValidator::validate(const LeadDraft& draft,
                                                     QList<FieldError>* errors) const
{
    QList<FieldError> found;
    auto note = [&found](Field field, const QString& message) {
        if (!message.isEmpty())
            found.append({ field, message });
    };
    note(Field::FirstName, checkFirstName(draft.firstName));
    note(Field::LastName, checkLastName(draft.lastName));
    note(Field::Email, checkEmail(draft.email));

    Valid valid;
    QString resumeError = checkResumePath(draft.resumePath);
    if (resumeError.isEmpty()) {
        // Read once and judge the bytes we will store, not the file as it was a moment ago.
        QFile file(draft.resumePath);
        if (!file.open(QIODevice::ReadOnly)) {
            resumeError = tr("The resume file \"%1\" cannot be read: %2.")
                              .arg(QFileInfo(draft.resumePath).fileName(), file.errorString());
        } else {
            valid.resume.content = file.readAll();
            if (file.error() != QFileDevice::NoError)
                resumeError = tr("The resume file \"%1\" cannot be read: %2.")
                                  .arg(QFileInfo(draft.resumePath).fileName(), file.errorString());
            else
                resumeError = checkResumeBytes(valid.resume.content);
        }
    }
    note(Field::Resume, resumeError);

    if (errors)
        *errors = found;
    if (!found.isEmpty()) {
        QStringList lines;
        for (const FieldError& error : found)
            lines.append(error.message);
        return Error { Error::Code::Invalid, lines.join(QLatin1Char('\n')) };
    }
    valid.firstName = draft.firstName.trimmed();
    valid.lastName = draft.lastName.trimmed();
    valid.email = draft.email.trimmed();
    valid.resume.fileName = QFileInfo(draft.resumePath).fileName();
    valid.resume.sha256Hex
        = QCryptographicHash::hash(valid.resume.content, QCryptographicHash::Sha256).toHex();
    return valid;
}
