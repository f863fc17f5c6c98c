#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// Shared by the test suites: real small PDFs and throwaway files.
namespace TestSupport {

// A well-formed one-page PDF (header, objects, xref, trailer, %%EOF) whose text is
// `text`, padded with a comment to at least minBytes.
QByteArray makePdf(const QString& text = QStringLiteral("Resume"), qsizetype minBytes = 0);

// Writes bytes to dir/name and returns the path (fails the test through qFatal if it cannot).
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes);

} // namespace TestSupport
