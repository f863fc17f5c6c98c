#pragma once

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Reads a CSV file as spreadsheets write it: UTF-8 with or without a byte order mark,
// UTF-16 (little or big endian, with its mark) or Windows-1252; fields separated by a
// comma, a semicolon or a tab; quoted fields that hold separators, line breaks and doubled
// quotes. The text is decoded whole (a 100,000-row file is a few megabytes) and records
// are handed out one at a time, each with its number in the file (the header is record 1,
// as a spreadsheet numbers its rows).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

    // Guessed from the bytes when not given: a byte order mark, else valid UTF-8, else
    // Windows-1252 (which every byte sequence is).
    static Encoding detectEncoding(const QByteArray& bytes);
    static QString decode(const QByteArray& bytes, Encoding encoding);
    // "utf-8", "utf-16le", "utf-16be", "windows-1252" (also "utf8", "cp1252", "latin1"...).
    static std::optional<Encoding> encodingFromName(const QString& name);
    static QString encodingName(Encoding encoding);
    // The separator that occurs most often in the first record outside quotes (, ; or
    // tab); a comma when none does.
    static QChar sniffSeparator(const QString& text);
    // ',', ';', a tab (also written "tab" or "\t"); nullopt for anything else.
    static std::optional<QChar> separatorFromName(const QString& name);

    // Decodes the bytes (encoding: guessed when nullopt) and sniffs the separator (when
    // nullopt).
    CsvReader(const QByteArray& bytes, std::optional<Encoding> encoding = std::nullopt,
              std::optional<QChar> separator = std::nullopt);

    Encoding encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }

    // The next record's fields; false at the end of the text. Lines that hold nothing are
    // skipped (they are not records). A quoted field still open at the end of the text
    // ends the reading: error() says so.
    bool next(QStringList* fields);
    // The number of the record next() returned last (1 for the first).
    qint64 recordNumber() const { return m_recordNumber; }
    // How far through the text the reader is, 0..1 (for progress bars).
    double progress() const;
    // Set when the text ended inside a quoted field.
    QString error() const { return m_error; }

private:
    QString m_text;
    qsizetype m_position = 0;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_separator = QLatin1Char(',');
    qint64 m_recordNumber = 0;
    qint64 m_lineNumber = 1; // where the next record starts, for the error message
    QString m_error;
};
