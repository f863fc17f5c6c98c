#include "csvimporter.h"
#include "csvreader.h"

#include <QStringEncoder>
#include <QtTest>

// Reading spreadsheets' CSV (issue 13, item 1): every encoding a spreadsheet saves in, the
// three separators, quoted fields with line breaks and doubled quotes; and which header
// names which field.
class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryEncodingAndSeparator_data();
    void readsEveryEncodingAndSeparator();
    void overridesWinOverGuesses();
    void windows1252HighBytes();
    void unterminatedQuoteEndsTheReading();
    void emptyLinesKeepTheirRowNumbers();
    void guessesTheMappingFromHeaders_data();
    void guessesTheMappingFromHeaders();
    void explicitMapping_data();
    void explicitMapping();
};

namespace {

const QList<QStringList> kRecords {
    { QStringLiteral("Vorname"), QStringLiteral("Nachname"), QStringLiteral("E-Mail"), QStringLiteral("Notiz") },
    { QStringLiteral("José"), QStringLiteral("Müller"), QStringLiteral("jose@example.com"),
      QStringLiteral("two\nlines, \"quoted\"; and\ta tab") },
    { QStringLiteral("Zoë"), QStringLiteral("Œuvre €"), QStringLiteral("zoe@example.es"), QStringLiteral("") },
    { QStringLiteral("Ann"), QStringLiteral("O'Neil"), QStringLiteral("ann@example.org"), QStringLiteral("plain") },
};

QString csvText(QChar separator, const QString& lineEnd)
{
    QString text;
    for (const QStringList& record : kRecords) {
        QStringList fields;
        for (const QString& field : record) {
            const bool quote = field.contains(separator) || field.contains(QLatin1Char('"'))
                || field.contains(QLatin1Char('\n'));
            QString escaped = field;
            escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
            fields.append(quote ? QLatin1Char('"') + escaped + QLatin1Char('"') : field);
        }
        text += fields.join(separator) + lineEnd;
    }
    return text;
}

QByteArray encode(const QString& text, const QString& encoding)
{
    if (encoding == QLatin1String("utf-8"))
        return text.toUtf8();
    if (encoding == QLatin1String("utf-8 bom"))
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (encoding == QLatin1String("utf-16le bom") || encoding == QLatin1String("utf-16be bom")) {
        QStringEncoder encoder(encoding.startsWith(QLatin1String("utf-16le")) ? QStringConverter::Utf16LE
                                                                               : QStringConverter::Utf16BE,
                               QStringConverter::Flag::WriteBom);
        return encoder(text);
    }
    // Windows-1252, by hand: Latin-1 plus the three characters used from 0x80..0x9F.
    QByteArray bytes;
    for (const QChar c : text) {
        if (c == QChar(0x20AC))
            bytes.append('\x80');
        else if (c == QChar(0x0152))
            bytes.append('\x8C');
        else
            bytes.append(char(c.unicode()));
    }
    return bytes;
}

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

void TestCsvReader::readsEveryEncodingAndSeparator_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QChar>("separator");
    const QList<std::pair<QString, CsvReader::Encoding>> encodings {
        { QStringLiteral("utf-8"), CsvReader::Encoding::Utf8 },
        { QStringLiteral("utf-8 bom"), CsvReader::Encoding::Utf8 },
        { QStringLiteral("utf-16le bom"), CsvReader::Encoding::Utf16LE },
        { QStringLiteral("utf-16be bom"), CsvReader::Encoding::Utf16BE },
        { QStringLiteral("windows-1252"), CsvReader::Encoding::Windows1252 },
    };
    const QList<std::pair<QString, QChar>> separators {
        { QStringLiteral("comma"), QLatin1Char(',') },
        { QStringLiteral("semicolon"), QLatin1Char(';') },
        { QStringLiteral("tab"), QLatin1Char('\t') },
    };
    for (const auto& [encodingName, encoding] : encodings) {
        for (const auto& [separatorName, separator] : separators) {
            for (const QString& lineEnd : { QStringLiteral("\n"), QStringLiteral("\r\n") }) {
                const QString name = encodingName + QLatin1Char(' ') + separatorName
                    + (lineEnd.size() == 2 ? QStringLiteral(" crlf") : QStringLiteral(" lf"));
                QTest::newRow(qPrintable(name)) << encode(csvText(separator, lineEnd), encodingName)
                                                << int(encoding) << separator;
            }
        }
    }
}

void TestCsvReader::readsEveryEncodingAndSeparator()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(QChar, separator);
    CsvReader reader(bytes);
    QCOMPARE(int(reader.encoding()), encoding);
    QCOMPARE(reader.separator(), separator);
    QStringList fields;
    QList<QStringList> read;
    QList<qint64> rows;
    while (reader.next(&fields)) {
        read.append(fields);
        rows.append(reader.recordNumber());
    }
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    QCOMPARE(read, kRecords);
    QCOMPARE(rows, (QList<qint64> { 1, 2, 3, 4 })); // a quoted line break is not a new row
}

void TestCsvReader::overridesWinOverGuesses()
{
    // Valid UTF-8 read as Windows-1252 when told so; a comma-rich header split on ';'.
    const QByteArray bytes = QStringLiteral("a,b;c\nJos\u00e9,x;y\n").toUtf8();
    CsvReader reader(bytes, CsvReader::Encoding::Windows1252, QLatin1Char(';'));
    QStringList fields;
    QVERIFY(reader.next(&fields));
    QCOMPARE(fields, (QStringList { QStringLiteral("a,b"), QStringLiteral("c") }));
    QVERIFY(reader.next(&fields));
    QCOMPARE(fields.first(), QStringLiteral("Jos\u00c3\u00a9,x"));
    QCOMPARE(CsvReader::encodingFromName(QStringLiteral("CP1252")), CsvReader::Encoding::Windows1252);
    QCOMPARE(CsvReader::encodingFromName(QStringLiteral("UTF-16BE")), CsvReader::Encoding::Utf16BE);
    QVERIFY(!CsvReader::encodingFromName(QStringLiteral("ebcdic")));
    QCOMPARE(CsvReader::separatorFromName(QStringLiteral("tab")), QChar(QLatin1Char('\t')));
    QVERIFY(!CsvReader::separatorFromName(QStringLiteral("|")));
}

void TestCsvReader::windows1252HighBytes()
{
    // 0x80..0x9F are not Latin-1's control characters in a Windows file.
    const QByteArray bytes("\x80\x85\x8A\x91\x92\x93\x94\x96\x97\x99\x9F\xE9");
    QCOMPARE(CsvReader::detectEncoding(bytes), CsvReader::Encoding::Windows1252);
    QCOMPARE(CsvReader::decode(bytes, CsvReader::Encoding::Windows1252),
             QStringLiteral("\u20AC\u2026\u0160\u2018\u2019\u201C\u201D\u2013\u2014\u2122\u0178\u00E9"));
}

void TestCsvReader::unterminatedQuoteEndsTheReading()
{
    CsvReader reader(QByteArray("a,b\n1,2\n\"open,3\n4,5\n"));
    QStringList fields;
    QVERIFY(reader.next(&fields));
    QVERIFY(reader.next(&fields));
    QVERIFY(!reader.next(&fields));
    QCOMPARE(reader.recordNumber(), 3);
    QVERIFY2(reader.error().contains(QLatin1String("never closed")), qPrintable(reader.error()));
}

void TestCsvReader::emptyLinesKeepTheirRowNumbers()
{
    CsvReader reader(QByteArray("a,b\n\n1,2\r\n\r\n3,4"));
    QStringList fields;
    QVERIFY(reader.next(&fields));
    QVERIFY(reader.next(&fields));
    QCOMPARE(fields, (QStringList { QStringLiteral("1"), QStringLiteral("2") }));
    QCOMPARE(reader.recordNumber(), 3); // as a spreadsheet shows it
    QVERIFY(reader.next(&fields));
    QCOMPARE(reader.recordNumber(), 5);
    QVERIFY(!reader.next(&fields));
    QVERIFY(reader.error().isEmpty());
}

void TestCsvReader::guessesTheMappingFromHeaders_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<int>>("columns"); // first, last, email, created, status, resume, language
    QTest::newRow("english") << strings({ "First Name", "Last Name", "Email", "Created", "Status", "Resume", "Language" })
                             << QList<int> { 0, 1, 2, 3, 4, 5, 6 };
    QTest::newRow("snake case") << strings({ "email", "last_name", "first_name" })
                                << QList<int> { 2, 1, 0, -1, -1, -1, -1 };
    QTest::newRow("spanish") << strings({ "Nombre", "Apellidos", "Correo electrónico", "Fecha de alta", "Estado", "CV", "Idioma" })
                             << QList<int> { 0, 1, 2, 3, 4, 5, 6 };
    QTest::newRow("german") << strings({ "Anrede", "Vorname", "Nachname", "E-Mail", "Erstellt am", "Lebenslauf" })
                            << QList<int> { 1, 2, 3, 4, -1, 5, -1 };
    QTest::newRow("unknown") << strings({ "A", "B" }) << QList<int> { -1, -1, -1, -1, -1, -1, -1 };
}

void TestCsvReader::guessesTheMappingFromHeaders()
{
    QFETCH(QStringList, header);
    QFETCH(QList<int>, columns);
    const CsvImporter::Mapping mapping = CsvImporter::guessMapping(header);
    QList<int> got;
    for (const CsvImporter::Field field : CsvImporter::fields())
        got.append(mapping.column(field));
    QCOMPARE(got, columns);
}

void TestCsvReader::explicitMapping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("columns"); // first, last, email; empty: an error
    QTest::addColumn<QString>("error");
    QTest::newRow("by header") << QStringLiteral("first_name=Given,last_name=Family,email=Addr") << QList<int> { 2, 1, 0 } << QStringLiteral("");
    QTest::newRow("letter case") << QStringLiteral("email=addr") << QList<int> { -1, -1, 0 } << QStringLiteral("");
    QTest::newRow("unknown field") << QStringLiteral("middle_name=Given") << QList<int> {} << QStringLiteral("not FIELD=COLUMN");
    QTest::newRow("no equals") << QStringLiteral("email") << QList<int> {} << QStringLiteral("not FIELD=COLUMN");
    QTest::newRow("unknown column") << QStringLiteral("email=Mail") << QList<int> {} << QStringLiteral("no column \"Mail\"");
}

void TestCsvReader::explicitMapping()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, columns);
    QFETCH(QString, error);
    const QStringList header { QStringLiteral("Addr"), QStringLiteral("Family"), QStringLiteral("Given") };
    const Result<CsvImporter::Mapping> mapping
        = CsvImporter::applyMappingText(text, header, CsvImporter::Mapping());
    if (!error.isEmpty()) {
        QVERIFY(!mapping);
        QVERIFY2(mapping.error().message.contains(error), qPrintable(mapping.error().message));
        return;
    }
    QVERIFY(mapping);
    QCOMPARE(mapping->column(CsvImporter::Field::FirstName), columns.at(0));
    QCOMPARE(mapping->column(CsvImporter::Field::LastName), columns.at(1));
    QCOMPARE(mapping->column(CsvImporter::Field::Email), columns.at(2));
    QCOMPARE(CsvImporter::applyMappingText(CsvImporter::mappingText(*mapping, header), header,
                                           CsvImporter::Mapping())
                 .value(),
             mapping.value());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
