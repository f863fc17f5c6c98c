// CsvWriter: RFC 4180 fields, and no cell a spreadsheet would run as a formula (issue 9,
// item 5; OWASP "CSV injection"): a cell starting with = + - @ tab or CR gets a leading '.
#include "csvwriter.h"

#include <QtTest>

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void record();
};

void TestCsvWriter::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    // The examples: neutralised, then quoted as RFC 4180 needs.
    QTest::newRow("=HYPERLINK") << s("=HYPERLINK(\"http://x\",\"y\")") << s("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("=cmd DDE") << s("=cmd|' /C calc'!A0") << s("'=cmd|' /C calc'!A0");
    QTest::newRow("+1") << s("+1") << s("'+1");
    QTest::newRow("-2") << s("-2") << s("'-2");
    QTest::newRow("@SUM(1)") << s("@SUM(1)") << s("'@SUM(1)");
    QTest::newRow("leading tab") << s("\t=1+1") << s("'\t=1+1");
    QTest::newRow("leading CR") << s("\r=1+1") << s("\"'\r=1+1\"");
    QTest::newRow("formula with a comma") << s("=1,2") << s("\"'=1,2\"");
    // Ordinary values are unchanged.
    QTest::newRow("plain name") << s("Jane") << s("Jane");
    QTest::newRow("accents") << s("María José") << s("María José");
    QTest::newRow("apostrophe inside") << s("O'Brien") << s("O'Brien");
    QTest::newRow("hyphen inside") << s("Smith-Jones") << s("Smith-Jones");
    QTest::newRow("email") << s("jane-doe+tag@example.com") << s("jane-doe+tag@example.com");
    QTest::newRow("equals inside") << s("a=b") << s("a=b");
    QTest::newRow("timestamp") << s("2026-01-02T03:04:05Z") << s("2026-01-02T03:04:05Z");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << s("Doe, Jane") << s("\"Doe, Jane\"");
    QTest::newRow("quote") << s("Jane \"JD\" Doe") << s("\"Jane \"\"JD\"\" Doe\"");
    QTest::newRow("line break inside") << s("a\nb") << s("\"a\nb\"");
}

void TestCsvWriter::field()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::field(value), expected);
}

void TestCsvWriter::record()
{
    QCOMPARE(CsvWriter::record({ QStringLiteral("1"), QStringLiteral("=2+3"), QStringLiteral("Doe") }),
             QStringLiteral("1,'=2+3,Doe\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
