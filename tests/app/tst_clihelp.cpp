// The command table is the one list of commands (issue 9, item 14): `leadintake --help`
// lists every command of the table with its summary and every window option; each
// command's own --help lists its options and arguments; the README's "Command line"
// section names every command. The table is read in-process, the help from the real
// executable.
#include "commandline.h"
#include "registry.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

class TestCliHelp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void topLevelHelpListsTheTable();
    void commandHelp_data();
    void commandHelp();
    void readmeNamesEveryCommand();
    void unknownCommandNamesEveryCommand();

private:
    struct Outcome
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Outcome run(const QStringList& arguments);
};

void TestCliHelp::initTestCase()
{
    CommandLine::configureApplication();
    QVERIFY(!CommandLine::commandTable().isEmpty());
}

TestCliHelp::Outcome TestCliHelp::run(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LEADINTAKE_EXE), arguments);
    Outcome outcome;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return outcome;
    outcome.code = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

void TestCliHelp::topLevelHelpListsTheTable()
{
    const Outcome help = run({ QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    QCOMPARE(help.err, QString());
    const QStringList lines = help.out.split(QLatin1Char('\n'));
    for (const CommandLine::Command& command : CommandLine::commandTable()) {
        // "  name   summary [role]" on one line.
        const QRegularExpression line(QStringLiteral("^  ") + QRegularExpression::escape(command.name)
            + QStringLiteral(" +") + QRegularExpression::escape(command.summaryText()) + QStringLiteral(".*"));
        QVERIFY2(lines.indexOf(line) >= 0, qPrintable(command.name + QStringLiteral(" missing from:\n") + help.out));
        if (command.role)
            QVERIFY(help.out.contains(command.summaryText() + QStringLiteral(" [")
                + RoleText::key(*command.role) + QLatin1Char(']')));
    }
    // Every window option, after the heading of its section.
    const qsizetype window = help.out.indexOf(QStringLiteral("Window options"));
    QVERIFY2(window > 0, qPrintable(help.out));
    for (const QCommandLineOption& option : CommandLine::windowOptions()) {
        const QString name = QStringLiteral("--") + option.names().constFirst();
        QVERIFY2(help.out.indexOf(name, window) > window, qPrintable(name));
        QVERIFY(help.out.contains(option.description()));
    }
    QVERIFY(help.out.contains(QStringLiteral("--kiosk")));
    QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
    // Nothing listed that the table does not hold: every line of the commands section is a row.
    const qsizetype start = help.out.indexOf(QStringLiteral("Commands ("));
    QVERIFY(start > 0);
    const QStringList section = help.out.mid(start, window - start).trimmed().split(QLatin1Char('\n')).mid(1);
    QCOMPARE(section.size(), CommandLine::commandTable().size());
}

void TestCliHelp::commandHelp_data()
{
    QTest::addColumn<QString>("name");
    for (const CommandLine::Command& command : CommandLine::commandTable())
        QTest::newRow(qPrintable(command.name)) << command.name;
}

void TestCliHelp::commandHelp()
{
    QFETCH(QString, name);
    const CommandLine::Command* command = CommandLine::findCommand(name);
    QVERIFY(command);
    // Dispatch finds the command by the same name (two-word commands as two arguments).
    const Outcome help = run(name.split(QLatin1Char(' ')) << QStringLiteral("--help"));
    QVERIFY2(help.code == 0, qPrintable(help.err));
    QVERIFY2(help.out.contains(command->summaryText()), qPrintable(help.out));
    QVERIFY2(help.out.contains(QStringLiteral("--database")), qPrintable(help.out));
    const CommandLine::Syntax syntax = command->syntax();
    for (const QCommandLineOption& option : syntax.options)
        QVERIFY2(help.out.contains(QStringLiteral("--") + option.names().constFirst()),
                 qPrintable(option.names().constFirst() + QStringLiteral(" not in:\n") + help.out));
    for (const CommandLine::Argument& argument : syntax.arguments)
        QVERIFY2(help.out.contains(argument.name) && help.out.contains(argument.description),
                 qPrintable(argument.name + QStringLiteral(" not in:\n") + help.out));
    if (command->role)
        QVERIFY(help.out.contains(QStringLiteral("needs the role ") + RoleText::key(*command->role)));
    // Options of other commands are not offered here.
    for (const CommandLine::Command& other : CommandLine::commandTable()) {
        for (const QCommandLineOption& option : other.syntax().options) {
            const QString flag = QStringLiteral("--") + option.names().constFirst() + QLatin1Char(' ');
            bool own = false;
            for (const QCommandLineOption& mine : syntax.options)
                own = own || mine.names() == option.names();
            if (!own && option.names().constFirst() != QLatin1String("database"))
                QVERIFY2(!help.out.contains(QStringLiteral("  ") + flag), qPrintable(flag + help.out));
        }
    }
}

void TestCliHelp::readmeNamesEveryCommand()
{
    QFile readme(QStringLiteral(LEADINTAKE_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("\n## Command line"));
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf(QStringLiteral("\n## "), start + 1);
    const QString section = text.mid(start, end - start);
    for (const CommandLine::Command& command : CommandLine::commandTable())
        QVERIFY2(section.contains(QStringLiteral("leadintake ") + command.name + QLatin1Char(' '))
                     || section.contains(QStringLiteral("leadintake ") + command.name + QLatin1Char('\n')),
                 qPrintable(QStringLiteral("README's Command line section does not show leadintake ")
                     + command.name));
    for (const QCommandLineOption& option : CommandLine::windowOptions())
        QVERIFY2(text.contains(QStringLiteral("--") + option.names().constFirst()), qPrintable(option.names().constFirst()));
}

void TestCliHelp::unknownCommandNamesEveryCommand()
{
    const Outcome outcome = run({ QStringLiteral("frobnicate") });
    QCOMPARE(outcome.code, 2);
    QVERIFY(outcome.err.contains(CommandLine::commandNames().join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
