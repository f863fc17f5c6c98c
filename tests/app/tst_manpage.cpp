// The manual page (packaging/leadintake.1, issue 11, item 4) is written by hand; this keeps
// it true to the command table in src/app/commands/registry.cpp: one .SS heading per command,
// in the table's order and nothing else, each command's options named in its part (and no
// option of another command), the window options, the exit codes of --help, and the
// version, which the Debian changelog must carry too.
#include "registry.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

class TestManPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandsAreTheTable();
    void commandOptions_data();
    void commandOptions();
    void windowAndSignInOptions();
    void exitCodesAreThoseOfHelp();
    void versionMatchesTheProject();

private:
    // The page with troff's escaped minus (\-) as plain '-'.
    static QString readSource(const QString& relativePath);
    // The text of `.SH NAME` up to the next .SH.
    QString section(const QString& name) const;
    // The COMMANDS section cut at its .SS headings: command name -> its text.
    QMap<QString, QString> commandParts(QStringList* order = nullptr) const;
    static QSet<QString> optionsIn(const QString& text);

    QString m_page;
};

QString TestManPage::readSource(const QString& relativePath)
{
    QFile file(QStringLiteral(LEADINTAKE_SOURCE_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

void TestManPage::initTestCase()
{
    m_page = readSource(QStringLiteral("packaging/leadintake.1"));
    QVERIFY(!m_page.isEmpty());
    QVERIFY(!CommandLine::commandTable().isEmpty());
}

QString TestManPage::section(const QString& name) const
{
    const QString heading = QStringLiteral("\n.SH ") + name + QLatin1Char('\n');
    const qsizetype start = m_page.indexOf(heading);
    if (start < 0)
        return {};
    const qsizetype end = m_page.indexOf(QStringLiteral("\n.SH "), start + 1);
    return m_page.mid(start + heading.size(), end < 0 ? -1 : end - start - heading.size());
}

QMap<QString, QString> TestManPage::commandParts(QStringList* order) const
{
    QMap<QString, QString> parts;
    const QStringList pieces = section(QStringLiteral("COMMANDS")).split(QStringLiteral(".SS "));
    for (const QString& piece : pieces.mid(1)) {
        // "set-status \fIid status\fP": the name ends where its arguments' font change starts.
        QString name = piece.section(QLatin1Char('\n'), 0, 0);
        name = name.left(name.indexOf(QStringLiteral("\\f"))).trimmed();
        parts.insert(name, piece.section(QLatin1Char('\n'), 1));
        if (order)
            order->append(name);
    }
    return parts;
}

QSet<QString> TestManPage::optionsIn(const QString& text)
{
    static const QRegularExpression option(QStringLiteral("--([a-z][a-z-]*[a-z])"));
    QSet<QString> names;
    for (QRegularExpressionMatchIterator it = option.globalMatch(text); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

void TestManPage::commandsAreTheTable()
{
    QStringList order;
    commandParts(&order);
    QCOMPARE(order, CommandLine::commandNames());
}

void TestManPage::commandOptions_data()
{
    QTest::addColumn<QString>("name");
    for (const CommandLine::Command& command : CommandLine::commandTable())
        QTest::newRow(qPrintable(command.name)) << command.name;
}

void TestManPage::commandOptions()
{
    QFETCH(QString, name);
    const QString part = commandParts().value(name);
    QVERIFY2(!part.trimmed().isEmpty(), qPrintable(name + QStringLiteral(" has no part under COMMANDS")));
    QSet<QString> own;
    for (const QCommandLineOption& option : CommandLine::findCommand(name)->syntax().options)
        own.insert(option.names().constFirst());
    const QSet<QString> named = optionsIn(part);
    for (const QString& option : own)
        QVERIFY2(named.contains(option), qPrintable(QStringLiteral("--") + option + QStringLiteral(" not described")));
    // Every command also takes these, described under OPTIONS.
    const QSet<QString> common { QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("as"),
                                 QStringLiteral("help"), QStringLiteral("version") };
    for (const QString& option : named)
        QVERIFY2(own.contains(option) || common.contains(option),
                 qPrintable(QStringLiteral("--") + option + QStringLiteral(" is not an option of ") + name));
}

void TestManPage::windowAndSignInOptions()
{
    const QSet<QString> options = optionsIn(section(QStringLiteral("OPTIONS")));
    for (const QCommandLineOption& option : CommandLine::windowOptions())
        QVERIFY2(options.contains(option.names().constFirst()), qPrintable(option.names().constFirst()));
    for (const char* option : { "user", "as", "help", "help-all", "version" })
        QVERIFY2(options.contains(QLatin1String(option)), option);
    const QSet<QString> synopsis = optionsIn(section(QStringLiteral("SYNOPSIS")));
    QVERIFY(synopsis.contains(QStringLiteral("database")) && synopsis.contains(QStringLiteral("kiosk")));
}

void TestManPage::exitCodesAreThoseOfHelp()
{
    static const QRegularExpression helpCode(QStringLiteral("^  (\\d+)  "), QRegularExpression::MultilineOption);
    static const QRegularExpression pageCode(QStringLiteral("^\\.TP\\n\\.B (\\d+)\\n"), QRegularExpression::MultilineOption);
    QStringList fromHelp;
    for (QRegularExpressionMatchIterator it = helpCode.globalMatch(CommandLine::exitCodeHelp()); it.hasNext();)
        fromHelp.append(it.next().captured(1));
    QStringList fromPage;
    const QString exitStatus = section(QStringLiteral("EXIT STATUS"));
    for (QRegularExpressionMatchIterator it = pageCode.globalMatch(exitStatus); it.hasNext();)
        fromPage.append(it.next().captured(1));
    QVERIFY(fromHelp.size() >= 8);
    QCOMPARE(fromPage, fromHelp);
}

void TestManPage::versionMatchesTheProject()
{
    const QString version = QStringLiteral(LEADINTAKE_VERSION);
    QVERIFY2(m_page.contains(QStringLiteral("\"Lead Intake ") + version + QLatin1Char('"')),
             qPrintable(QStringLiteral(".TH does not name version ") + version));
    // packaging/cpack.cmake builds VERSION-1: lintian wants the changelog's newest entry to match.
    const QString changelog = readSource(QStringLiteral("packaging/debian/changelog"));
    QVERIFY2(changelog.startsWith(QStringLiteral("leadintake (") + version + QStringLiteral("-1) ")),
             qPrintable(changelog.section(QLatin1Char('\n'), 0, 0)));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
