// Dates and times in the window (issue 11, item 1): the locale's words and order, the month
// named (never "30/11/26"), the year in full, hours and minutes without seconds.
#include "displaytime.h"
#include "leadtablemodel.h"

#include <QRegularExpression>
#include <QTest>

class TstDisplayTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateTime_data();
    void dateTime();
    void longDateTime_data();
    void longDateTime();
    void time_data();
    void time();
    void neverShortNumeric_data();
    void neverShortNumeric();
    void invalidIsEmpty();
    void tableUsesIt();
};

namespace {

// 30 November 2026, 17:34 on this machine's clock, as stored (UTC).
QDateTime sample() { return QDateTime(QDate(2026, 11, 30), QTime(17, 34, 56), Qt::LocalTime).toUTC(); }

void localeRows()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
}

} // namespace

void TstDisplayTime::dateTime_data()
{
    localeRows();
    QTest::newRow("Spanish (Spain): 30 nov 2026, not 30/11/26") << "es_ES" << "30 nov 2026 17:34";
    QTest::newRow("Spanish (Mexico)") << "es_MX" << "30 nov 2026 17:34";
    QTest::newRow("German: 30. Nov. 2026, not 30.11.26") << "de_DE" << "30. Nov. 2026 17:34";
    QTest::newRow("English (US): Nov 30, 2026, 12-hour clock") << "en_US" << "Nov 30, 2026 5:34 PM";
    QTest::newRow("English (UK)") << "en_GB" << "30 Nov 2026 17:34";
    QTest::newRow("C locale: no seconds") << "C" << "30 Nov 2026 17:34";
}

void TstDisplayTime::dateTime()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(DisplayTime::dateTime(sample(), QLocale(locale)), expected);
}

void TstDisplayTime::longDateTime_data()
{
    localeRows();
    QTest::newRow("Spanish") << "es_ES" << "lunes, 30 de noviembre de 2026 17:34";
    QTest::newRow("German") << "de_DE" << "Montag, 30. November 2026 17:34";
    QTest::newRow("English (US)") << "en_US" << "Monday, November 30, 2026 5:34 PM";
}

void TstDisplayTime::longDateTime()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(DisplayTime::longDateTime(sample(), QLocale(locale)), expected);
}

void TstDisplayTime::time_data()
{
    localeRows();
    QTest::newRow("Spanish") << "es_ES" << "17:34";
    QTest::newRow("German") << "de_DE" << "17:34";
    QTest::newRow("English (US)") << "en_US" << "5:34 PM";
    QTest::newRow("C locale: no seconds") << "C" << "17:34";
}

void TstDisplayTime::time()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(DisplayTime::time(sample(), QLocale(locale)), expected);
}

void TstDisplayTime::neverShortNumeric_data()
{
    QTest::addColumn<QString>("locale");
    for (const char* name : {"es_ES", "es_AR", "de_DE", "en_US", "en_GB", "fr_FR", "pt_BR", "it_IT", "nl_NL", "ru_RU", "pl_PL"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TstDisplayTime::neverShortNumeric()
{
    QFETCH(QString, locale);
    const QString text = DisplayTime::dateTime(sample(), QLocale(locale));
    static const QRegularExpression numericDate(QStringLiteral("\\d+\\s*[/.-]\\s*\\d+\\s*[/.-]\\s*\\d+"));
    QVERIFY2(!numericDate.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026")), qPrintable(text));
    QVERIFY2(text.contains(QLocale(locale).toString(30)), qPrintable(text));
    QVERIFY2(!text.contains(QLocale(locale).toString(56)), qPrintable(text)); // no seconds
}

void TstDisplayTime::invalidIsEmpty()
{
    QVERIFY(DisplayTime::dateTime(QDateTime()).isEmpty());
    QVERIFY(DisplayTime::time(QDateTime()).isEmpty());
}

void TstDisplayTime::tableUsesIt()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    const QString shown = LeadTableModel::formatTime(sample());
    QLocale::setDefault(before);
    QCOMPARE(shown, QStringLiteral("30 nov 2026 17:34"));
}

QTEST_MAIN(TstDisplayTime)
#include "tst_displaytime.moc"
