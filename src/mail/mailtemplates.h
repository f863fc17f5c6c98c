#pragma once

#include "outboxentry.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class FirmSettings;

// The mail templates: built-in ones from resources/mail (English and Spanish, plain text
// with an optional HTML alternative) and the firm's overrides from FirmSettings, part by
// part. Override names: "<kind>.<language>.subject|text|html", e.g.
// "prospect_confirmation.es.subject".
class MailTemplates
{
    Q_DECLARE_TR_FUNCTIONS(MailTemplates)

public:
    enum class Part { Subject, Text, Html };

    struct Template
    {
        QString subject;
        QString text;
        QString html; // empty: plain text only
    };

    static QString baseName(OutboxKind kind, const QString& language);
    static QString partName(OutboxKind kind, const QString& language, Part part);
    static QStringList languages();
    // Every override name a firm may set (for `config-set` and the settings dialog).
    static QStringList overrideNames();

    static Template builtIn(OutboxKind kind, const QString& language);
    // The built-in template with the firm's non-empty overrides applied.
    static Template effective(OutboxKind kind, const QString& language, const FirmSettings& settings);

    // The placeholders each kind fills (the settings dialog lists them; a preview uses them).
    static QStringList placeholdersFor(OutboxKind kind);
};
