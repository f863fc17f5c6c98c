#pragma once

#include <QString>

// The names a resume goes by outside the database. The file name it arrived with came
// from someone else's disk (an .html or .exe, a right-to-left override, a line break), so
// it is never used as a file name: every resume is stored, attached and opened as
// "<Last>_<First>_resume.pdf", and the original name is kept only as text to show.
class ResumeName
{
public:
    static constexpr qsizetype kMaxPartBytes = 100; // UTF-8 bytes per name part
    static constexpr qsizetype kMaxDisplayLength = 255; // characters

    // "<Last>_<First>_resume.pdf". Each part keeps letters of any script (NFC, with their
    // combining marks), decimal digits, '-' and '_'; spaces become '-'; everything else
    // (punctuation, dots, slashes, controls, invisible characters) goes. A part left
    // empty is omitted; with both empty the lead's id stands in ("lead-12_resume.pdf").
    // Never empty, never hidden (no leading dot or dash), always ".pdf".
    static QString fileName(const QString& firstName, const QString& lastName, qint64 leadId = 0);
    // One part of fileName(), as above (may be empty).
    static QString filePart(const QString& name);
    // The name the file arrived with, made safe to show: controls, line and paragraph
    // separators, format characters (bidirectional overrides and isolates, zero-width
    // characters) and other invisible ones removed, trimmed, at most kMaxDisplayLength
    // characters.
    static QString displayText(const QString& original);
    // Unicode's Default_Ignorable_Code_Point: drawn as nothing (U+200B, U+3164, ...).
    static bool isDefaultIgnorable(char32_t ch);
};
