#include "templaterenderer.h"

#include <QRegularExpression>

namespace {

// {{name}} with optional spaces inside the braces; names are lower-case words.
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    return pattern;
}

} // namespace

QString TemplateRenderer::Rendered::errorMessage() const
{
    if (unknown.isEmpty())
        return {};
    QStringList names;
    for (const QString& name : unknown)
        names.append(QStringLiteral("{{") + name + QStringLiteral("}}"));
    return TemplateRenderer::tr("Unknown placeholder(s) in the template: %1.")
        .arg(names.join(QStringLiteral(", ")));
}

QString TemplateRenderer::escapeHtml(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

TemplateRenderer::Rendered TemplateRenderer::render(const QString& source,
                                                    const QHash<QString, QString>& values,
                                                    Format format)
{
    Rendered rendered;
    rendered.text.reserve(source.size());
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        rendered.text += QStringView(source).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        const auto value = values.constFind(name);
        if (value == values.constEnd()) {
            if (!rendered.unknown.contains(name))
                rendered.unknown.append(name);
            rendered.text += match.captured(0);
            continue;
        }
        rendered.text += format == Format::Html ? escapeHtml(*value) : *value;
    }
    rendered.text += QStringView(source).mid(last);
    return rendered;
}

QStringList TemplateRenderer::placeholders(const QString& source)
{
    QStringList names;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(source);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}
