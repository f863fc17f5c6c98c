// Firm-wide settings in the database (SQLite, and PostgreSQL as tst_firmsettings_pg):
// defaults from the table, typed values, checks.
#include "database.h"
#include "firmsettings.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

class TstFirmSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaults_data();
    void defaults();
    void setAndRead();
    void sharedThroughTheDatabase();
    void invalidValues_data();
    void invalidValues();
    void keyNamesRoundTrip();
    void templateOverrides();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TstFirmSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db = std::move(db).value();
}

void TstFirmSettings::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TstFirmSettings::defaults_data()
{
    QTest::addColumn<FirmSettings::Key>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("attach resume: on") << FirmSettings::Key::AttachResume << QVariant(true);
    QTest::newRow("port 465") << FirmSettings::Key::SmtpPort << QVariant(465);
    QTest::newRow("implicit TLS") << FirmSettings::Key::SmtpSecurity << QVariant(QStringLiteral("implicit"));
    QTest::newRow("no firm name") << FirmSettings::Key::FirmName << QVariant(QString());
    QTest::newRow("no notification address") << FirmSettings::Key::NotificationAddress << QVariant(QString());
}

void TstFirmSettings::defaults()
{
    QFETCH(FirmSettings::Key, key);
    QFETCH(QVariant, expected);
    const FirmSettings settings(m_db->connection());
    QCOMPARE(settings.value(key).value(), expected);
    QVERIFY(!settings.isSet(key));
}

void TstFirmSettings::setAndRead()
{
    FirmSettings settings(m_db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::FirmName, QStringLiteral("Smith & Partners")));
    QVERIFY(settings.setValue(FirmSettings::Key::AttachResume, QStringLiteral("off")));
    QVERIFY(settings.setValue(FirmSettings::Key::SmtpPort, 587));
    QCOMPARE(settings.text(FirmSettings::Key::FirmName), QStringLiteral("Smith & Partners"));
    QCOMPARE(settings.flag(FirmSettings::Key::AttachResume), false);
    QCOMPARE(settings.number(FirmSettings::Key::SmtpPort), 587);
    QVERIFY(settings.reset(FirmSettings::Key::AttachResume));
    QCOMPARE(settings.flag(FirmSettings::Key::AttachResume), true);
    QVERIFY(settings.setValue(FirmSettings::Key::FirmName, QString()));
    QVERIFY(!settings.isSet(FirmSettings::Key::FirmName));
}

void TstFirmSettings::sharedThroughTheDatabase()
{
    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::SmtpHost, QStringLiteral("smtp.example.com")));
    auto other = m_db->openAnother();
    QVERIFY(other);
    QCOMPARE(FirmSettings(other->connection()).text(FirmSettings::Key::SmtpHost), QStringLiteral("smtp.example.com"));
}

void TstFirmSettings::invalidValues_data()
{
    QTest::addColumn<FirmSettings::Key>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("port 0") << FirmSettings::Key::SmtpPort << QStringLiteral("0") << QStringLiteral("1 to 65535");
    QTest::newRow("port text") << FirmSettings::Key::SmtpPort << QStringLiteral("smtp") << QStringLiteral("1 to 65535");
    QTest::newRow("security") << FirmSettings::Key::SmtpSecurity << QStringLiteral("ssl3") << QStringLiteral("starttls");
    QTest::newRow("flag") << FirmSettings::Key::AttachResume << QStringLiteral("maybe") << QStringLiteral("true or false");
    QTest::newRow("notification address") << FirmSettings::Key::NotificationAddress << QStringLiteral("attorney")
                                          << QStringLiteral("@");
    QTest::newRow("line break in firm name") << FirmSettings::Key::FirmName << QStringLiteral("Smith\nBcc: x")
                                             << QStringLiteral("control");
}

void TstFirmSettings::invalidValues()
{
    QFETCH(FirmSettings::Key, key);
    QFETCH(QString, value);
    QFETCH(QString, messageContains);
    FirmSettings settings(m_db->connection());
    const VoidResult stored = settings.setValue(key, value);
    QVERIFY(!stored);
    QCOMPARE(stored.error().code, Error::Code::Invalid);
    QVERIFY2(stored.error().message.contains(messageContains), qPrintable(stored.error().message));
    QVERIFY(!settings.isSet(key));
}

void TstFirmSettings::keyNamesRoundTrip()
{
    QSet<QString> names;
    for (const FirmSettings::Key key : FirmSettings::allKeys()) {
        const QString name = FirmSettings::keyName(key);
        QVERIFY(!names.contains(name));
        names.insert(name);
        QCOMPARE(FirmSettings::keyFromName(name), std::optional<FirmSettings::Key>(key));
        QVERIFY(!FirmSettings::description(key).isEmpty());
        QVERIFY(!name.contains(QLatin1String("password")));
    }
    QVERIFY(!FirmSettings::keyFromName(QStringLiteral("smtp.password")).has_value());
}

void TstFirmSettings::templateOverrides()
{
    FirmSettings settings(m_db->connection());
    QCOMPARE(settings.templateOverride(QStringLiteral("prospect_confirmation.es.subject")), QString());
    QVERIFY(settings.setTemplateOverride(QStringLiteral("prospect_confirmation.es.subject"), QStringLiteral("Hola")));
    QCOMPARE(settings.templateOverride(QStringLiteral("prospect_confirmation.es.subject")), QStringLiteral("Hola"));
    QVERIFY(settings.setTemplateOverride(QStringLiteral("prospect_confirmation.es.subject"), QString()));
    QCOMPARE(settings.templateOverride(QStringLiteral("prospect_confirmation.es.subject")), QString());
}

QTEST_GUILESS_MAIN(TstFirmSettings)
#include "tst_firmsettings.moc"
