#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// Fills {{placeholder}} slots in a mail template. Values are HTML-escaped in HTML parts;
// a placeholder without a value is an error that names it (a typo in a firm's template
// must not reach a prospect as "{{frist_name}}").
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    enum class Format { PlainText, Html };

    struct Rendered
    {
        QString text;
        QStringList unknown; // placeholders with no value, in order of first use

        bool ok() const { return unknown.isEmpty(); }
        // "Unknown placeholder {{x}}, {{y}}." for the settings preview and last_error.
        QString errorMessage() const;
    };

    static Rendered render(const QString& source, const QHash<QString, QString>& values,
                           Format format);
    // Every placeholder name the source uses, in order of first use.
    static QStringList placeholders(const QString& source);
    static QString escapeHtml(const QString& text);
};
