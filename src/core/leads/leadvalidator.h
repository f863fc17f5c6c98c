#pragma once

#include "error.h"
#include "lead.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The intake rules, shared by the form, the kiosk and the command line so that all of
// them accept the same leads and say the same words about the ones they refuse.
class LeadValidator
{
    Q_DECLARE_TR_FUNCTIONS(LeadValidator)

public:
    enum class Field { FirstName, LastName, Email, Resume };

    struct FieldError
    {
        Field field;
        QString message;
    };

    static constexpr int kMaxNameLength = 100; // characters, after trimming
    static constexpr int kMaxEmailLength = 254; // RFC 5321 forward-path limit
    static constexpr int kMaxLocalPartLength = 64;
    static constexpr qint64 kDefaultMaxResumeBytes = 10 * 1024 * 1024;

    explicit LeadValidator(qint64 maxResumeBytes = kDefaultMaxResumeBytes);

    qint64 maxResumeBytes() const { return m_maxResumeBytes; }

    // Each returns an empty string when the value is acceptable, else the message to show.
    static QString checkFirstName(const QString& value);
    static QString checkLastName(const QString& value);
    static QString checkEmail(const QString& value);
    // The prospect's preferred language for emails: "en" or "es".
    static QString checkLanguage(const QString& value);
    static QStringList languages();
    // "How did you hear about us?": optional, one line, at most kMaxSourceLength characters.
    static constexpr int kMaxSourceLength = 200;
    static QString checkSource(const QString& value);
    // Judges the file by its bytes: exists, readable, not empty, within the limit, a PDF.
    QString checkResumePath(const QString& path) const;
    // Judges bytes already read, as checkPdfStructure() does.
    QString checkResumeBytes(const QByteArray& content) const;
    // A PDF's frame: "%PDF-<digit>" at byte 0, and at the end "startxref", the offset of
    // its cross-reference (inside the file) and "%%EOF", followed by nothing but PDF white
    // space. head: the first bytes (16 suffice), tail: the last 1024, size: the file's.
    static QString checkPdfStructure(const QByteArray& head, const QByteArray& tail, qint64 size);

    // Validates every field; on success returns the cleaned draft's lead fields and the
    // resume read from disk (read once, so what was checked is what gets stored).
    struct Valid
    {
        QString firstName;
        QString lastName;
        QString email;
        ResumeFile resume;
    };
    Result<Valid> validate(const LeadDraft& draft, QList<FieldError>* errors) const;

    // The form used to compare emails, so that one mailbox is one key however it was typed
    // (stored in leads.email_key, the duplicate check's index): default-ignorable code
    // points removed (soft hyphen, zero-width characters, variation selectors...), NFKC
    // (full-width letters), the domain through IDNA to ASCII (punycode), case-folded.
    static QString emailKey(const QString& email);
    static QString fieldName(Field field);
    static QString formatSize(qint64 bytes);

private:
    static QString checkName(const QString& value, Field field);

    qint64 m_maxResumeBytes;
};
