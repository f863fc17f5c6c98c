#include "leadvalidator.h"

#include "resumename.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

constexpr qsizetype kPdfHeaderWindow = 16; // "%PDF-1.7" and a little more
// Readers look for "startxref" and "%%EOF" in the last 1024 bytes (ISO 32000-1, 7.5.5
// and Annex H).
constexpr qsizetype kPdfTrailerWindow = 1024;

// PDF's white-space characters (ISO 32000-1, 7.2.2): NUL, HT, LF, FF, CR, SP.
bool isPdfWhiteSpace(char c)
{
    return c == '\0' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

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

// Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt, Unicode 15):
// characters a renderer draws as nothing (soft hyphen, zero-width space and joiners,
// fillers, variation selectors, tags). Qt has no accessor for the property.
bool isDefaultIgnorable(char32_t ch)
{
    static constexpr struct { char32_t first, last; } ranges[] = {
        { 0x00AD, 0x00AD }, { 0x034F, 0x034F }, { 0x061C, 0x061C }, { 0x115F, 0x1160 },
        { 0x17B4, 0x17B5 }, { 0x180B, 0x180F }, { 0x200B, 0x200F }, { 0x202A, 0x202E },
        { 0x2060, 0x206F }, { 0x3164, 0x3164 }, { 0xFE00, 0xFE0F }, { 0xFEFF, 0xFEFF },
        { 0xFFA0, 0xFFA0 }, { 0xFFF0, 0xFFF8 }, { 0x1BCA0, 0x1BCA3 }, { 0x1D173, 0x1D17A },
        { 0xE0000, 0xE0FFF },
    };
    for (const auto& range : ranges) {
        if (ch >= range.first && ch <= range.last)
            return true;
    }
    return false;
}

QString withoutDefaultIgnorables(const QString& value)
{
    QList<uint> kept;
    for (const char32_t ch : value.toUcs4()) {
        if (!isDefaultIgnorable(ch))
            kept.append(ch);
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(kept.constData()), kept.size());
}

// Explicit embeddings, overrides and isolates: in a name they reorder whatever follows
// (the table, a notification's subject), so "Ana\u202Eztiw" shows as another name.
bool isBidiControl(char32_t ch)
{
    return (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
}

// Draws as nothing or as blank space: ignorables (U+200B, U+3164, ZWJ), other format
// characters, spaces, and the blank Braille pattern that tools use as a "visible" blank.
bool isInvisible(char32_t ch)
{
    const QChar::Category category = QChar::category(ch);
    return isDefaultIgnorable(ch) || category == QChar::Other_Format
        || category == QChar::Separator_Space || QChar::isSpace(ch) || ch == 0x2800;
}

// Code points: a surrogate pair is one, and so is an unpaired surrogate (skipping every low
// surrogate let lone ones through the length limit for free).
qsizetype characterCount(const QString& value)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (!value.at(i).isLowSurrogate() || i == 0 || !value.at(i - 1).isHighSurrogate())
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
    for (const char32_t ch : trimmed.toUcs4()) {
        if (isBidiControl(ch)) {
            const QString code = QStringLiteral("U+%1").arg(uint(ch), 4, 16, QLatin1Char('0')).toUpper();
            return first ? tr("The first name contains an invisible text-direction control (%1) "
                              "that can make it display as another name; remove it.").arg(code)
                         : tr("The last name contains an invisible text-direction control (%1) "
                              "that can make it display as another name; remove it.").arg(code);
        }
    }
    const QList<uint> characters = trimmed.toUcs4();
    if (std::all_of(characters.cbegin(), characters.cend(), [](uint ch) { return isInvisible(ch); }))
        return first ? tr("The first name is made only of invisible characters (such as "
                          "zero-width spaces or blank fillers); type the name.")
                     : tr("The last name is made only of invisible characters (such as "
                          "zero-width spaces or blank fillers); type the name.");
    // A spreadsheet runs a cell that starts with = + - @ as a formula (OWASP "CSV
    // injection"). Exports neutralise such cells, but the name is also copied into
    // emails, other programs and the firm's own spreadsheets: no real name starts so.
    if (const QChar lead = trimmed.front(); lead == QLatin1Char('=') || lead == QLatin1Char('+')
        || lead == QLatin1Char('-') || lead == QLatin1Char('@'))
        return first ? tr("The first name cannot start with %1: spreadsheets would run it as a formula.").arg(lead)
                     : tr("The last name cannot start with %1: spreadsheets would run it as a formula.").arg(lead);
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
    // The limit holds for the address as sent (punycode can make a domain much longer),
    // which is what the mail layer checks before it writes to this address.
    if (local.size() + 1 + ace.size() > kMaxEmailLength)
        return tr("The email address is too long once its domain is converted for sending: "
                  "%1 characters, at most %2.")
            .arg(local.size() + 1 + ace.size())
            .arg(kMaxEmailLength);
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

QString LeadValidator::checkSource(const QString& value)
{
    const QString text = value.trimmed();
    if (text.size() > kMaxSourceLength)
        return tr("Where the lead heard of the firm holds at most %n characters.", nullptr, kMaxSourceLength);
    for (const QChar ch : text) {
        if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator
            || ch == QChar::ParagraphSeparator)
            return tr("Where the lead heard of the firm must be one line, without control characters.");
    }
    return {};
}

QString LeadValidator::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString LeadValidator::checkPdfStructure(const QByteArray& head, const QByteArray& tail, qint64 size)
{
    // A PDF reader starts at the end: the last "%%EOF", the "startxref" right before it
    // and the byte offset of the cross-reference it gives. A file without them is not
    // read as a PDF, whatever "%PDF-" and "%%EOF" it contains further in (an HTML page
    // with both in comments, for one), so it is not taken as one.
    static const QRegularExpression version(QStringLiteral("^%PDF-[0-9]"));
    if (!version.match(QString::fromLatin1(head.left(kPdfHeaderWindow))).hasMatch())
        return tr("The resume is not a PDF file: it does not begin with %PDF- (whatever its "
                  "name says). Choose a PDF.");
    qsizetype end = tail.size();
    while (end > 0 && isPdfWhiteSpace(tail.at(end - 1)))
        --end;
    const QByteArray trailer = tail.left(end);
    if (!trailer.endsWith("%%EOF"))
        return tr("The resume PDF is incomplete or damaged: it does not end with the %%EOF "
                  "marker. Save it again and choose the new copy.");
    // "startxref", the offset and "%%EOF", with white space between them.
    static const QRegularExpression startxref(
        QStringLiteral("startxref[\\x00\\t\\n\\f\\r ]+([0-9]{1,15})[\\x00\\t\\n\\f\\r ]+%%EOF$"));
    const QRegularExpressionMatch match = startxref.match(QString::fromLatin1(trailer));
    if (!match.hasMatch())
        return tr("The resume PDF is incomplete or damaged: it has no cross-reference "
                  "(startxref) before its end marker. Save it again and choose the new copy.");
    if (match.captured(1).toLongLong() >= size)
        return tr("The resume PDF is incomplete or damaged: its cross-reference points past "
                  "the end of the file. Save it again and choose the new copy.");
    return {};
}

QString LeadValidator::checkResumeBytes(const QByteArray& content) const
{
    if (content.isEmpty())
        return tr("The resume file is empty.");
    if (content.size() > m_maxResumeBytes)
        return tr("The resume is %1; the limit is %2.")
            .arg(formatSize(content.size()), formatSize(m_maxResumeBytes));
    return checkPdfStructure(content.left(kPdfHeaderWindow), content.right(kPdfTrailerWindow),
                             content.size());
}

QString LeadValidator::checkResumePath(const QString& path) const
{
    if (path.trimmed().isEmpty())
        return tr("Choose the resume (a PDF file).");
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The resume file \"%1\" no longer exists.")
            .arg(ResumeName::displayText(info.fileName()));
    if (!info.isFile())
        return tr("\"%1\" is not a file.").arg(ResumeName::displayText(info.fileName()));
    if (info.size() > m_maxResumeBytes)
        return tr("The resume is %1; the limit is %2.")
            .arg(formatSize(info.size()), formatSize(m_maxResumeBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The resume file \"%1\" cannot be read: %2.")
            .arg(ResumeName::displayText(info.fileName()), file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return tr("The resume file is empty.");
    const QByteArray head = file.read(kPdfHeaderWindow);
    file.seek(qMax<qint64>(0, size - kPdfTrailerWindow));
    return checkPdfStructure(head, file.read(kPdfTrailerWindow), size);
}

QString LeadValidator::emailKey(const QString& email)
{
    // Ignorables go before NFKC (they would block composition) and after it (NFKC maps a
    // few compatibility fillers, such as U+FFA0, onto ignorables).
    const QString text = withoutDefaultIgnorables(
        withoutDefaultIgnorables(email).normalized(QString::NormalizationForm_KC)).trimmed();
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return text.toCaseFolded();
    const QString domain = text.mid(at + 1);
    // IDNA gives one spelling for "bücher.example" and "xn--bcher-kva.example" (and maps
    // full-width letters); a domain it refuses keeps its case-folded text.
    const QByteArray ace = QUrl::toAce(domain);
    const QString asciiDomain = ace.isEmpty() ? domain : QString::fromLatin1(ace);
    return QString(text.left(at) + QLatin1Char('@') + asciiDomain).toCaseFolded();
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
        const QString shownName = ResumeName::displayText(QFileInfo(draft.resumePath).fileName());
        if (!file.open(QIODevice::ReadOnly)) {
            resumeError = tr("The resume file \"%1\" cannot be read: %2.")
                              .arg(shownName, file.errorString());
        } else {
            valid.resume.content = file.readAll();
            if (file.error() != QFileDevice::NoError)
                resumeError = tr("The resume file \"%1\" cannot be read: %2.")
                                  .arg(shownName, file.errorString());
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
    // The name it came with is only shown; it is stored and sent under the lead's names.
    valid.resume.originalName = ResumeName::displayText(QFileInfo(draft.resumePath).fileName());
    valid.resume.fileName = ResumeName::fileName(valid.firstName, valid.lastName);
    valid.resume.sha256Hex
        = QCryptographicHash::hash(valid.resume.content, QCryptographicHash::Sha256).toHex();
    return valid;
}
