// Mail templates: placeholders filled (HTML-escaped in HTML), unknown ones named as
// errors, the built-in English and Spanish templates, and firm overrides.
#include "database.h"
#include "firmsettings.h"
#include "mailtemplates.h"
#include "outboxcomposer.h"
#include "templaterenderer.h"

#include <QTemporaryDir>
#include <QTest>

class TstTemplateRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void builtInTemplates_data();
    void builtInTemplates();
    void prospectTemplateCannotShowCaseDetail();
    void overrides();
};

void TstTemplateRenderer::render_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unknown");

    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    QTest::newRow("plain value") << s("Dear {{first_name}},") << false << s("Dear Ana,") << QStringList();
    QTest::newRow("spaces inside braces") << s("{{ first_name }}!") << false << s("Ana!") << QStringList();
    QTest::newRow("same placeholder twice") << s("{{firm_name}} / {{firm_name}}") << false
                                            << s("Smith <& Sons> / Smith <& Sons>") << QStringList();
    QTest::newRow("HTML escapes values") << s("<b>{{firm_name}}</b>") << true
                                         << s("<b>Smith &lt;&amp; Sons&gt;</b>") << QStringList();
    QTest::newRow("HTML escapes quotes") << s("<a title=\"{{quote}}\">") << true
                                         << s("<a title=\"&quot;hi&quot; &#39;x&#39;\">") << QStringList();
    QTest::newRow("plain text keeps markup in values") << s("{{firm_name}}") << false << s("Smith <& Sons>")
                                                       << QStringList();
    QTest::newRow("non-ASCII value") << s("Estimado/a {{first_name_es}}:") << false << s("Estimado/a Begoña:")
                                     << QStringList();
    QTest::newRow("unknown placeholder is an error") << s("Hi {{frist_name}} {{first_name}} {{x}} {{frist_name}}")
                                                     << false << s("Hi {{frist_name}} Ana {{x}} {{frist_name}}")
                                                     << QStringList { s("frist_name"), s("x") };
    QTest::newRow("single braces are text") << s("{first_name} {{ }}") << false << s("{first_name} {{ }}")
                                            << QStringList();
    QTest::newRow("value with braces is not re-expanded") << s("{{tricky}}") << false << s("{{first_name}}")
                                                          << QStringList();
}

void TstTemplateRenderer::render()
{
    QFETCH(QString, source);
    QFETCH(bool, html);
    QFETCH(QString, expected);
    QFETCH(QStringList, unknown);
    const QHash<QString, QString> values {
        { QStringLiteral("first_name"), QStringLiteral("Ana") },
        { QStringLiteral("first_name_es"), QStringLiteral("Begoña") },
        { QStringLiteral("firm_name"), QStringLiteral("Smith <& Sons>") },
        { QStringLiteral("quote"), QStringLiteral("\"hi\" 'x'") },
        { QStringLiteral("tricky"), QStringLiteral("{{first_name}}") },
    };
    const TemplateRenderer::Rendered rendered = TemplateRenderer::render(
        source, values, html ? TemplateRenderer::Format::Html : TemplateRenderer::Format::PlainText);
    QCOMPARE(rendered.text, expected);
    QCOMPARE(rendered.unknown, unknown);
    QCOMPARE(rendered.ok(), unknown.isEmpty());
    if (!unknown.isEmpty())
        QVERIFY(rendered.errorMessage().contains(QStringLiteral("{{") + unknown.first() + QStringLiteral("}}")));
}

void TstTemplateRenderer::builtInTemplates_data()
{
    QTest::addColumn<OutboxKind>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("subjectContains");
    QTest::addColumn<bool>("hasHtml");
    QTest::newRow("confirmation en") << OutboxKind::ProspectConfirmation << QStringLiteral("en")
                                     << QStringLiteral("Thank you") << true;
    QTest::newRow("confirmation es") << OutboxKind::ProspectConfirmation << QStringLiteral("es")
                                     << QStringLiteral("Gracias") << true;
    QTest::newRow("notification en") << OutboxKind::AttorneyNotification << QStringLiteral("en")
                                     << QStringLiteral("New lead: Jane Doe") << true;
    QTest::newRow("notification es") << OutboxKind::AttorneyNotification << QStringLiteral("es")
                                     << QStringLiteral("Nuevo cliente potencial: Jane Doe") << true;
    QTest::newRow("test en") << OutboxKind::Test << QStringLiteral("en") << QStringLiteral("test email") << false;
    QTest::newRow("unknown language falls back to English") << OutboxKind::ProspectConfirmation
                                                            << QStringLiteral("fr") << QStringLiteral("Thank you")
                                                            << true;
}

void TstTemplateRenderer::builtInTemplates()
{
    QFETCH(OutboxKind, kind);
    QFETCH(QString, language);
    QFETCH(QString, subjectContains);
    QFETCH(bool, hasHtml);
    const MailTemplates::Template source = MailTemplates::builtIn(kind, language);
    QVERIFY(!source.subject.isEmpty());
    QVERIFY(!source.text.isEmpty());
    QCOMPARE(!source.html.isEmpty(), hasHtml);
    QVERIFY(!source.text.startsWith(QLatin1String("Subject:")));
    // Every placeholder a built-in template uses is one its kind fills.
    const QStringList allowed = MailTemplates::placeholdersFor(kind);
    for (const QString& name : TemplateRenderer::placeholders(source.subject + source.text + source.html))
        QVERIFY2(allowed.contains(name), qPrintable(name));
    MailMessage message;
    QString error;
    QVERIFY2(OutboxComposer::render(source, OutboxComposer::sampleValues(kind, QStringLiteral("Smith & Partners"), language),
                                    &message, &error),
             qPrintable(error));
    QVERIFY2(message.subject.contains(subjectContains), qPrintable(message.subject));
    QVERIFY(!message.textBody.contains(QLatin1String("{{")));
    QVERIFY(!message.htmlBody.contains(QLatin1String("{{")));
    if (hasHtml)
        QVERIFY(message.htmlBody.contains(QLatin1String("Smith &amp; Partners")));
}

void TstTemplateRenderer::prospectTemplateCannotShowCaseDetail()
{
    // The prospect's email is not given the lead's email or id: a firm override that
    // tries to show them fails to render instead of leaking them.
    const QStringList allowed = MailTemplates::placeholdersFor(OutboxKind::ProspectConfirmation);
    QVERIFY(!allowed.contains(QStringLiteral("lead_email")));
    QVERIFY(!allowed.contains(QStringLiteral("lead_id")));
    MailTemplates::Template source;
    source.subject = QStringLiteral("Hi");
    source.text = QStringLiteral("We have {{lead_email}}");
    MailMessage message;
    QString error;
    QVERIFY(!OutboxComposer::render(source, OutboxComposer::sampleValues(OutboxKind::ProspectConfirmation, QStringLiteral("F"), QStringLiteral("en")),
                                    &message, &error));
    QVERIFY2(error.contains(QLatin1String("{{lead_email}}")), qPrintable(error));
}

void TstTemplateRenderer::overrides()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("leads.sqlite")));
    QVERIFY(db);
    FirmSettings settings(db->connection());
    const MailTemplates::Template builtIn = MailTemplates::builtIn(OutboxKind::ProspectConfirmation, QStringLiteral("es"));
    QVERIFY(settings.setTemplateOverride(QStringLiteral("prospect_confirmation.es.subject"), QStringLiteral("¡Hola {{first_name}}!")));
    MailTemplates::Template effective = MailTemplates::effective(OutboxKind::ProspectConfirmation, QStringLiteral("es"), settings);
    QCOMPARE(effective.subject, QStringLiteral("¡Hola {{first_name}}!"));
    QCOMPARE(effective.text, builtIn.text);
    QCOMPARE(effective.html, builtIn.html);
    // A new text without a new HTML drops the built-in HTML (they would disagree).
    QVERIFY(settings.setTemplateOverride(QStringLiteral("prospect_confirmation.es.text"), QStringLiteral("Gracias, {{first_name}}.")));
    effective = MailTemplates::effective(OutboxKind::ProspectConfirmation, QStringLiteral("es"), settings);
    QCOMPARE(effective.text, QStringLiteral("Gracias, {{first_name}}."));
    QVERIFY(effective.html.isEmpty());
    // The English template is untouched.
    QCOMPARE(MailTemplates::effective(OutboxKind::ProspectConfirmation, QStringLiteral("en"), settings).subject,
             MailTemplates::builtIn(OutboxKind::ProspectConfirmation, QStringLiteral("en")).subject);
    QCOMPARE(MailTemplates::overrideNames().size(), 12);
}

QTEST_GUILESS_MAIN(TstTemplateRenderer)
#include "tst_templaterenderer.moc"
