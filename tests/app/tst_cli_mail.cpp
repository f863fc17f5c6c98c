// The email sub-commands through the real executable: send-outbox exit codes, smtp-test
// (success, wrong password with advice), the password never in any output, and the
// precedence of options over the environment over the firm settings.
#include "aiosmtpdserver.h"
#include "database.h"
#include "firmsettings.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "outboxrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>
#include <QTest>

namespace {

const QString kUser = QStringLiteral("clerk@firm.example");
const QString kPassword = QStringLiteral("Sup3r-Secret-Pässword");
const QString kWrongPassword = QStringLiteral("Wrong-Secret-7781");

} // namespace

class TstCliMail final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sendOutboxExitCodes_data();
    void sendOutboxExitCodes();
    void smtpTest_data();
    void smtpTest();
    void passwordIsNeverAnArgument_data();
    void passwordIsNeverAnArgument();
    void precedence_data();
    void precedence();
    void configSetGet();
    void addLeadLanguage();
    void outboxListAndSendNow();
    void outboxRetryAndCancel();
    void takenOverAfterACrashCountsAsPossiblyTwice();
    void outboxUsageErrors_data();
    void outboxUsageErrors();
    void sendOutboxNeedsFirmName_data();
    void sendOutboxNeedsFirmName();

private:
    struct Outcome
    {
        int code = -1;
        QString out;
        QString err;
    };
    Outcome run(const QStringList& arguments, const QMap<QString, QString>& env = {}) const;
    qint64 seedLead(const QString& email);
    QStringList smtpArgs(quint16 port) const;
    int received(const QString& folder) const;
    quint16 closedPort();

    QTemporaryDir m_home;
    QTemporaryDir m_certDir;
    QString m_cert;
    QString m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    QString m_pdfPath;
    QString m_passwordFile;
    QString m_wrongPasswordFile;
};

void TstCliMail::initTestCase()
{
    if (const QString reason = AiosmtpdServer::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY(AiosmtpdServer::makeCertificate(m_certDir.path(), &m_cert, &m_key));
}

void TstCliMail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // PostgreSQL: a server database as server-init leaves it (opened below, migrated).
    m_database = TestDatabase::isPostgres() ? TestDatabase::freshTarget()
                                            : m_dir->filePath(QStringLiteral("leads.sqlite"));
    m_pdfPath = TestSupport::writeFile(*m_dir, QStringLiteral("resume.pdf"), TestSupport::makePdf());
    m_passwordFile = TestSupport::writeFile(*m_dir, QStringLiteral("password"), kPassword.toUtf8() + "\n");
    m_wrongPasswordFile = TestSupport::writeFile(*m_dir, QStringLiteral("wrong"), kWrongPassword.toUtf8());
    auto db = Database::open(m_database);
    QVERIFY(db);
    FirmSettings settings(db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::FirmName, QStringLiteral("Smith & Partners")));
    QVERIFY(settings.setValue(FirmSettings::Key::NotificationAddress, QStringLiteral("attorney@firm.example")));
    QVERIFY(settings.setValue(FirmSettings::Key::SenderAddress, QStringLiteral("desk@firm.example")));
}

void TstCliMail::cleanup()
{
    m_dir.reset();
}

TstCliMail::Outcome TstCliMail::run(const QStringList& arguments, const QMap<QString, QString>& env) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LEADINTAKE_SMTP_HOST",
                              "LEADINTAKE_SMTP_PORT", "LEADINTAKE_SMTP_SECURITY", "LEADINTAKE_SMTP_USER",
                              "LEADINTAKE_SMTP_CA_FILE", "LEADINTAKE_SMTP_PASSWORD" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
    // Show every log line too: the password must not be in them either.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("leadintake.*=true"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(environment);
    QStringList args = arguments;
    args.replaceInStrings(QStringLiteral("{db}"), m_database);
    process.start(QStringLiteral(LEADINTAKE_EXE), args);
    if (!process.waitForFinished(120000))
        process.kill();
    Outcome outcome { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                      QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError()) };
    // The --database URL's password is never shown, in any output or log line.
    if (const QString password = QUrl(m_database).password(); !password.isEmpty()
        && (outcome.out.contains(password) || outcome.err.contains(password))) {
        outcome.code = -3;
        outcome.err = QStringLiteral("the database password appeared in the output");
    }
    return outcome;
}

qint64 TstCliMail::seedLead(const QString& email)
{
    auto db = Database::open(m_database);
    LeadRepository leads(db->connection());
    const IntakeService intake(leads, LeadValidator());
    const LeadDraft draft { QStringLiteral("Ana"), QStringLiteral("López"), email, m_pdfPath };
    return intake.submit(draft, QStringLiteral("desk"), IntakeService::Duplicates::SaveAnyway).leadId;
}

quint16 TstCliMail::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void TstCliMail::sendOutboxExitCodes_data()
{
    QTest::addColumn<bool>("withLead");
    QTest::addColumn<QString>("server"); // up | down | rejecting | none
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("outContains");
    QTest::addColumn<QString>("errContains");
    QTest::addColumn<int>("received");

    QTest::newRow("nothing due: 0") << false << QStringLiteral("up") << 0 << QStringLiteral("No email is due.")
                                    << QString() << 0;
    QTest::newRow("both sent: 0") << true << QStringLiteral("up") << 0 << QStringLiteral("Sent 2, to retry later 0")
                                  << QString() << 2;
    QTest::newRow("server down: 6, retry scheduled") << true << QStringLiteral("down") << 6
                                                     << QStringLiteral("Sent 0, to retry later 2")
                                                     << QStringLiteral("Cannot reach 127.0.0.1") << 0;
    QTest::newRow("5xx for the prospect: 6, the server's words") << true << QStringLiteral("rejecting") << 6
                                                                 << QStringLiteral("Sent 1, to retry later 0, failed 1")
                                                                 << QStringLiteral("No such user here") << 1;
    QTest::newRow("not configured: 6") << true << QStringLiteral("none") << 6 << QString()
                                       << QStringLiteral("Email is not configured") << 0;
}

void TstCliMail::sendOutboxExitCodes()
{
    QFETCH(bool, withLead);
    QFETCH(QString, server);
    QFETCH(int, expectedCode);
    QFETCH(QString, outContains);
    QFETCH(QString, errContains);
    QFETCH(int, received);
    if (withLead)
        QVERIFY(seedLead(QStringLiteral("ana@example.org")) > 0);

    QTemporaryDir out;
    AiosmtpdServer smtp;
    QStringList serverArgs { QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--auth"), QStringLiteral("none") };
    if (server == QLatin1String("rejecting"))
        serverArgs << QStringLiteral("--rcpt-reply") << QStringLiteral("ana@=550 5.1.1 No such user here");
    quint16 port = 0;
    if (server == QLatin1String("up") || server == QLatin1String("rejecting")) {
        QVERIFY(smtp.start(out.path(), serverArgs));
        port = smtp.port();
    } else if (server == QLatin1String("down")) {
        port = closedPort();
    }
    QStringList args { QStringLiteral("send-outbox"), QStringLiteral("--database"), QStringLiteral("{db}") };
    if (port != 0)
        args << QStringLiteral("--smtp-host") << QStringLiteral("127.0.0.1") << QStringLiteral("--smtp-port")
             << QString::number(port) << QStringLiteral("--smtp-security") << QStringLiteral("plain");
    const Outcome result = run(args);
    QVERIFY2(result.code == expectedCode, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(outContains), qPrintable(result.out));
    QVERIFY2(result.err.contains(errContains), qPrintable(result.err));
    // Summaries never carry bodies.
    QVERIFY(!result.out.contains(QLatin1String("Thank you for contacting")));
    int exitCode = -1;
    if (port != 0 && server != QLatin1String("down"))
        QCOMPARE(AiosmtpdServer::check(out.path(), {}, &exitCode).value(QStringLiteral("messages")).toArray().size(), received);
}

void TstCliMail::smtpTest_data()
{
    QTest::addColumn<QString>("passwordSource"); // env | file
    QTest::addColumn<bool>("wrong");
    QTest::addColumn<bool>("trace");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("password from env, sent") << QStringLiteral("env") << false << false << 0;
    QTest::newRow("password from file, sent, with trace") << QStringLiteral("file") << false << true << 0;
    QTest::newRow("wrong password from env: stage, reply, advice") << QStringLiteral("env") << true << false << 6;
    QTest::newRow("wrong password from file, with trace") << QStringLiteral("file") << true << true << 6;
}

void TstCliMail::smtpTest()
{
    QFETCH(QString, passwordSource);
    QFETCH(bool, wrong);
    QFETCH(bool, trace);
    QFETCH(int, expectedCode);

    QTemporaryDir out;
    AiosmtpdServer smtp;
    QVERIFY(smtp.start(out.path(), { QStringLiteral("--mode"), QStringLiteral("implicit"), QStringLiteral("--auth"),
                                     QStringLiteral("any"), QStringLiteral("--cert"), m_cert, QStringLiteral("--key"), m_key,
                                     QStringLiteral("--user"), kUser, QStringLiteral("--password"), kPassword }));
    QStringList args { QStringLiteral("smtp-test"), QStringLiteral("--database"), QStringLiteral("{db}"),
                       QStringLiteral("--to"), QStringLiteral("it@firm.example"), QStringLiteral("--smtp-host"),
                       QStringLiteral("127.0.0.1"), QStringLiteral("--smtp-port"), QString::number(smtp.port()),
                       QStringLiteral("--smtp-security"), QStringLiteral("implicit"), QStringLiteral("--smtp-user"), kUser,
                       QStringLiteral("--smtp-ca-file"), m_cert };
    QMap<QString, QString> env;
    const QString password = wrong ? kWrongPassword : kPassword;
    if (passwordSource == QLatin1String("env"))
        env.insert(QStringLiteral("LEADINTAKE_SMTP_PASSWORD"), password);
    else
        args << QStringLiteral("--smtp-password-file") << (wrong ? m_wrongPasswordFile : m_passwordFile);
    if (trace)
        args << QStringLiteral("--trace");
    const Outcome result = run(args, env);
    QVERIFY2(result.code == expectedCode, qPrintable(result.out + result.err));
    if (!wrong) {
        QVERIFY2(result.out.contains(QLatin1String("Test email sent to it@firm.example through 127.0.0.1:")),
                 qPrintable(result.out));
        int exitCode = -1;
        const QJsonArray messages = AiosmtpdServer::check(out.path(), {}, &exitCode).value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.at(0).toObject().value(QStringLiteral("subject")).toString().contains(QLatin1String("test email")));
    } else {
        QVERIFY2(result.err.contains(QLatin1String("Stage: authentication")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("Server reply: 535")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("Advice: The server rejected the user name or password.")),
                 qPrintable(result.err));
    }
    if (trace)
        QVERIFY2(result.err.contains(QLatin1String("AUTH")), qPrintable(result.err));
    // The password never appears, in any form.
    for (const QString& secret : { kPassword, kWrongPassword, QString::fromLatin1(kPassword.toUtf8().toBase64()),
                                   QString::fromLatin1(kWrongPassword.toUtf8().toBase64()) }) {
        QVERIFY(!result.out.contains(secret));
        QVERIFY(!result.err.contains(secret));
    }
    QVERIFY(!result.err.contains(QLatin1String("Sup3r")));
}

void TstCliMail::passwordIsNeverAnArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--smtp-password VALUE") << QStringList { QStringLiteral("send-outbox"), QStringLiteral("--smtp-password"), kPassword };
    QTest::newRow("--smtp-password=VALUE") << QStringList { QStringLiteral("smtp-test"), QStringLiteral("--to"),
                                                            QStringLiteral("a@b.example"),
                                                            QStringLiteral("--smtp-password=") + kPassword };
    QTest::newRow("--password=VALUE") << QStringList { QStringLiteral("send-outbox"), QStringLiteral("--password=") + kPassword };
    QTest::newRow("config-set smtp.password") << QStringList { QStringLiteral("config-set"), QStringLiteral("--database"),
                                                               QStringLiteral("{db}"), QStringLiteral("smtp.password"), kPassword };
}

void TstCliMail::passwordIsNeverAnArgument()
{
    QFETCH(QStringList, arguments);
    const Outcome result = run(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QLatin1String("LEADINTAKE_SMTP_PASSWORD")), qPrintable(result.err));
    QVERIFY(!result.err.contains(kPassword));
    QVERIFY(!result.out.contains(kPassword));
}

void TstCliMail::precedence_data()
{
    // The firm settings say one thing, the environment another, the options a third:
    // options win over the environment, which wins over the database.
    QTest::addColumn<QString>("dbPort"); // good | bad
    QTest::addColumn<QString>("envPort"); // good | bad | unset
    QTest::addColumn<QString>("optionPort"); // good | bad | unset
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("database only (good)") << QStringLiteral("good") << QStringLiteral("unset") << QStringLiteral("unset") << 0;
    QTest::newRow("env overrides a bad database") << QStringLiteral("bad") << QStringLiteral("good") << QStringLiteral("unset") << 0;
    QTest::newRow("bad env overrides a good database") << QStringLiteral("good") << QStringLiteral("bad") << QStringLiteral("unset") << 6;
    QTest::newRow("option overrides a bad env") << QStringLiteral("bad") << QStringLiteral("bad") << QStringLiteral("good") << 0;
    QTest::newRow("bad option overrides a good env") << QStringLiteral("good") << QStringLiteral("good") << QStringLiteral("bad") << 6;
}

void TstCliMail::precedence()
{
    QFETCH(QString, dbPort);
    QFETCH(QString, envPort);
    QFETCH(QString, optionPort);
    QFETCH(int, expectedCode);
    QTemporaryDir out;
    AiosmtpdServer smtp;
    QVERIFY(smtp.start(out.path(), { QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--auth"), QStringLiteral("none") }));
    const QString good = QString::number(smtp.port());
    const QString bad = QString::number(closedPort());
    const auto port = [&](const QString& which) { return which == QLatin1String("good") ? good : bad; };
    {
        auto db = Database::open(m_database);
        FirmSettings settings(db->connection());
        QVERIFY(settings.setValue(FirmSettings::Key::SmtpHost, QStringLiteral("127.0.0.1")));
        QVERIFY(settings.setValue(FirmSettings::Key::SmtpSecurity, QStringLiteral("plain")));
        QVERIFY(settings.setValue(FirmSettings::Key::SmtpPort, port(dbPort)));
    }
    QVERIFY(seedLead(QStringLiteral("ana@example.org")) > 0);
    QMap<QString, QString> env;
    if (envPort != QLatin1String("unset"))
        env.insert(QStringLiteral("LEADINTAKE_SMTP_PORT"), port(envPort));
    QStringList args { QStringLiteral("send-outbox"), QStringLiteral("--database"), QStringLiteral("{db}") };
    if (optionPort != QLatin1String("unset"))
        args << QStringLiteral("--smtp-port") << port(optionPort);
    const Outcome result = run(args, env);
    QVERIFY2(result.code == expectedCode, qPrintable(result.out + result.err));
}

void TstCliMail::configSetGet()
{
    Outcome result = run({ QStringLiteral("config-set"), QStringLiteral("--database"), QStringLiteral("{db}"),
                           QStringLiteral("smtp.host"), QStringLiteral("smtp.gmail.com") });
    QCOMPARE(result.code, 0);
    result = run({ QStringLiteral("config-get"), QStringLiteral("--database"), QStringLiteral("{db}"), QStringLiteral("smtp.host") });
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out, QStringLiteral("smtp.gmail.com\n"));
    result = run({ QStringLiteral("config-set"), QStringLiteral("--database"), QStringLiteral("{db}"),
                   QStringLiteral("smtp.port"), QStringLiteral("70000") });
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains(QLatin1String("1 to 65535")));
    result = run({ QStringLiteral("config-set"), QStringLiteral("--database"), QStringLiteral("{db}"),
                   QStringLiteral("firm.frobnicate"), QStringLiteral("x") });
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains(QLatin1String("firm.notification_address"))); // lists the keys
    const QString templateFile = TestSupport::writeFile(*m_dir, QStringLiteral("subject.txt"), "¡Hola {{first_name}}!");
    result = run({ QStringLiteral("config-set"), QStringLiteral("--database"), QStringLiteral("{db}"), QStringLiteral("--file"),
                   templateFile, QStringLiteral("template.prospect_confirmation.es.subject") });
    QVERIFY2(result.code == 0, qPrintable(result.err));
    result = run({ QStringLiteral("config-get"), QStringLiteral("--database"), QStringLiteral("{db}") });
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(QLatin1String("smtp.host = smtp.gmail.com")));
    QVERIFY(result.out.contains(QLatin1String("mail.attach_resume = true  (default)")));
    QVERIFY(result.out.contains(QLatin1String("template.prospect_confirmation.es.subject = (overridden)")));
    result = run({ QStringLiteral("--help") });
    QVERIFY(result.out.contains(QLatin1String("send-outbox")));
    QVERIFY(result.out.contains(QLatin1String("LEADINTAKE_SMTP_PASSWORD")));
    QVERIFY(result.out.contains(QLatin1String("firm.notification_address")));
}

void TstCliMail::addLeadLanguage()
{
    Outcome result = run({ QStringLiteral("add-lead"), QStringLiteral("--database"), QStringLiteral("{db}"),
                           QStringLiteral("--first-name"), QStringLiteral("Ana"), QStringLiteral("--last-name"),
                           QStringLiteral("López"), QStringLiteral("--email"), QStringLiteral("ana@example.org"),
                           QStringLiteral("--resume"), m_pdfPath, QStringLiteral("--language"), QStringLiteral("es") });
    QVERIFY2(result.code == 0, qPrintable(result.err));
    result = run({ QStringLiteral("add-lead"), QStringLiteral("--database"), QStringLiteral("{db}"),
                   QStringLiteral("--first-name"), QStringLiteral("Bo"), QStringLiteral("--last-name"), QStringLiteral("Li"),
                   QStringLiteral("--email"), QStringLiteral("bo@example.org"), QStringLiteral("--resume"), m_pdfPath,
                   QStringLiteral("--language"), QStringLiteral("fr") });
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains(QLatin1String("en (English) or es (Spanish)")));
    auto db = Database::open(m_database);
    const OutboxRepository outbox(db->connection());
    const QList<OutboxEntry> rows = outbox.deliveryFor(1).value();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).language, QStringLiteral("es"));
    QCOMPARE(outbox.count(std::nullopt).value(), 2);
}

QStringList TstCliMail::smtpArgs(quint16 port) const
{
    return { QStringLiteral("--database"), QStringLiteral("{db}"), QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
             QStringLiteral("--smtp-port"), QString::number(port), QStringLiteral("--smtp-security"), QStringLiteral("plain") };
}

int TstCliMail::received(const QString& folder) const
{
    int exitCode = -1;
    return int(AiosmtpdServer::check(folder, {}, &exitCode).value(QStringLiteral("messages")).toArray().size());
}

// Issue 9, item 11: outbox list shows state, attempts, next try and last error (never a
// body); after a failed try "No email is due" says how many wait and when; --now sends
// them anyway.
void TstCliMail::outboxListAndSendNow()
{
    QVERIFY(seedLead(QStringLiteral("ana@example.org")) > 0);
    Outcome list = run({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--database"), QStringLiteral("{db}") });
    QVERIFY2(list.code == 0, qPrintable(list.err));
    QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const char* column : { "ID", "State", "Attempts", "Next try", "Last error" })
        QVERIFY2(lines.at(0).contains(QLatin1String(column)), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QLatin1String("queued")) && lines.at(1).contains(QLatin1String(" now")), qPrintable(list.out));
    QVERIFY(list.out.contains(QLatin1String("prospect_confirmation")));
    QVERIFY(list.out.contains(QLatin1String("ana@example.org")));

    // The server is down: both wait for a later try.
    Outcome send = run(QStringList { QStringLiteral("send-outbox") } + smtpArgs(closedPort()));
    QCOMPARE(send.code, 6);
    list = run({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--database"), QStringLiteral("{db}") });
    QCOMPARE(list.code, 0);
    lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (int i = 1; i < 3; ++i) {
        QVERIFY2(lines.at(i).contains(QLatin1String("connecting: ")), qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).contains(QRegularExpression(QStringLiteral("queued +1 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"))),
                 qPrintable(lines.at(i)));
    }
    // Never a body or a subject line.
    QVERIFY(!list.out.contains(QLatin1String("Thank you")));
    QVERIFY(!list.out.contains(QLatin1String("Smith & Partners")));

    // The server is back, but the backoff has not passed: nothing is sent, and the output
    // says how many wait and when the next try is.
    QTemporaryDir out;
    AiosmtpdServer smtp;
    QVERIFY(smtp.start(out.path(), { QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--auth"), QStringLiteral("none") }));
    send = run(QStringList { QStringLiteral("send-outbox") } + smtpArgs(smtp.port()));
    QVERIFY2(send.code == 0, qPrintable(send.err));
    QVERIFY2(send.out.contains(QRegularExpression(QStringLiteral(
                 "^No email is due\\. Waiting for a later try: 2; the next try is at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d "
                 "\\(in \\d+ min\\)\\. Add --now to try them now\\.\n$"))),
             qPrintable(send.out));
    QCOMPARE(received(out.path()), 0);

    // --now ignores the backoff.
    send = run(QStringList { QStringLiteral("send-outbox"), QStringLiteral("--now") } + smtpArgs(smtp.port()));
    QVERIFY2(send.code == 0, qPrintable(send.err));
    QVERIFY2(send.out.contains(QLatin1String("Sent 2, to retry later 0")), qPrintable(send.out));
    QCOMPARE(received(out.path()), 2);
    list = run({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("sent"),
                 QStringLiteral("--database"), QStringLiteral("{db}") });
    QCOMPARE(list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
    send = run(QStringList { QStringLiteral("send-outbox") } + smtpArgs(smtp.port()));
    QCOMPARE(send.out, QStringLiteral("No email is due. None is waiting.\n"));
}

// Issue 9, item 11: a desk died while sending (rows left 'sending', their lease run out);
// another desk sends them, and says they may have arrived twice.
void TstCliMail::takenOverAfterACrashCountsAsPossiblyTwice()
{
    QVERIFY(seedLead(QStringLiteral("ana@example.org")) > 0);
    {
        auto db = Database::open(m_database);
        QVERIFY(db);
        QSqlQuery crashed(db->connection());
        QVERIFY2(crashed.exec(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = 1, "
                                             "lease_owner = 'dead-desk', lease_until = 1")),
                 qPrintable(crashed.lastError().text()));
    }
    QTemporaryDir out;
    AiosmtpdServer smtp;
    QVERIFY(smtp.start(out.path(), { QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--auth"), QStringLiteral("none") }));
    const Outcome send = run(QStringList { QStringLiteral("send-outbox") } + smtpArgs(smtp.port()));
    QVERIFY2(send.code == 0, qPrintable(send.err));
    QVERIFY2(send.out.contains(QLatin1String("Sent 2, to retry later 0, failed 0; of those sent, possibly delivered twice 2.")),
             qPrintable(send.out));
    QCOMPARE(received(out.path()), 2);
}

// outbox cancel and outbox retry ID|--all, against the real server.
void TstCliMail::outboxRetryAndCancel()
{
    QVERIFY(seedLead(QStringLiteral("ana@example.org")) > 0);
    QTemporaryDir rejectedOut;
    AiosmtpdServer rejecting;
    QVERIFY(rejecting.start(rejectedOut.path(), { QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--auth"),
                                                  QStringLiteral("none"), QStringLiteral("--rcpt-reply"),
                                                  QStringLiteral("ana@=550 5.1.1 No such user here") }));
    Outcome result = run(QStringList { QStringLiteral("send-outbox") } + smtpArgs(rejecting.port()));
    QCOMPARE(result.code, 6);
    qint64 failedId = 0;
    qint64 sentId = 0;
    {
        auto db = Database::open(m_database);
        const OutboxRepository outbox(db->connection());
        for (const OutboxEntry& entry : outbox.deliveryFor(1).value())
            (entry.state == OutboxState::Failed ? failedId : sentId) = entry.id;
    }
    QVERIFY(failedId > 0 && sentId > 0);
    const QString failed = QString::number(failedId);
    const QStringList database { QStringLiteral("--database"), QStringLiteral("{db}") };

    result = run(QStringList { QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("failed") } + database);
    QVERIFY2(result.out.contains(QLatin1String("No such user here")), qPrintable(result.out));

    // A sent email can be neither cancelled nor retried; nothing changes.
    result = run(QStringList { QStringLiteral("outbox"), QStringLiteral("cancel"), QString::number(sentId) } + database);
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QLatin1String("was already sent")), qPrintable(result.err));
    result = run(QStringList { QStringLiteral("outbox"), QStringLiteral("retry"), QString::number(sentId) } + database);
    QCOMPARE(result.code, 2);

    result = run(QStringList { QStringLiteral("outbox"), QStringLiteral("cancel"), failed } + database);
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QCOMPARE(result.out, QStringLiteral("Email %1 cancelled; it will not be sent.\n").arg(failed));
    // --all leaves a cancelled email alone.
    result = run(QStringList { QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("--all") } + database);
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY2(result.out.startsWith(QLatin1String("Queued again: 0.")), qPrintable(result.out));
    {
        auto db = Database::open(m_database);
        QCOMPARE(OutboxRepository(db->connection()).entry(failedId)->state, OutboxState::Cancelled);
    }
    // By id it is queued again, due now, a fresh series.
    result = run(QStringList { QStringLiteral("outbox"), QStringLiteral("retry"), failed } + database);
    QVERIFY2(result.code == 0, qPrintable(result.err));
    {
        auto db = Database::open(m_database);
        const OutboxEntry entry = OutboxRepository(db->connection()).entry(failedId).value();
        QCOMPARE(entry.state, OutboxState::Queued);
        QCOMPARE(entry.attempts, 0);
        QVERIFY(entry.nextAttemptAt <= QDateTime::currentDateTimeUtc());
    }
    QTemporaryDir out;
    AiosmtpdServer smtp;
    QVERIFY(smtp.start(out.path(), { QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--auth"), QStringLiteral("none") }));
    result = run(QStringList { QStringLiteral("send-outbox") } + smtpArgs(smtp.port()));
    QVERIFY2(result.code == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(QLatin1String("Sent 1,")), qPrintable(result.out));
    QCOMPARE(received(out.path()), 1);

    // --all: every failed one again.
    QVERIFY(seedLead(QStringLiteral("ana@example.org")) > 0);
    result = run(QStringList { QStringLiteral("send-outbox") } + smtpArgs(rejecting.port()));
    QCOMPARE(result.code, 6);
    result = run(QStringList { QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("--all") } + database);
    QVERIFY2(result.out.startsWith(QLatin1String("Queued again: 1.")), qPrintable(result.out));
}

void TstCliMail::outboxUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const auto a = [](std::initializer_list<const char*> list) {
        QStringList result;
        for (const char* item : list)
            result.append(QString::fromUtf8(item));
        return result << QStringLiteral("--database") << QStringLiteral("{db}");
    };
    QTest::newRow("outbox alone") << a({ "outbox" }) << 2 << QStringLiteral("outbox list");
    QTest::newRow("unknown outbox command") << a({ "outbox", "frob" }) << 2 << QStringLiteral("Unknown command \"outbox frob\"");
    QTest::newRow("retry without id") << a({ "outbox", "retry" }) << 2 << QStringLiteral("needs an email id or --all");
    QTest::newRow("retry id and --all") << a({ "outbox", "retry", "1", "--all" }) << 2 << QStringLiteral("needs an email id or --all");
    QTest::newRow("retry word id") << a({ "outbox", "retry", "abc" }) << 2 << QStringLiteral("\"abc\" is not an email id");
    QTest::newRow("retry unknown id") << a({ "outbox", "retry", "99" }) << 4 << QStringLiteral("Email 99 does not exist.");
    QTest::newRow("cancel unknown id") << a({ "outbox", "cancel", "99" }) << 4 << QStringLiteral("Email 99 does not exist.");
    QTest::newRow("cancel without id") << a({ "outbox", "cancel" }) << 2 << QStringLiteral("needs an email id");
    QTest::newRow("list unknown state") << a({ "outbox", "list", "--state", "lost" }) << 2 << QStringLiteral("Unknown state \"lost\"");
}

void TstCliMail::outboxUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    QVERIFY(seedLead(QStringLiteral("ana@example.org")) > 0);
    const Outcome result = run(arguments);
    QVERIFY2(result.code == code, qPrintable(QString::number(result.code) + result.err));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.out, QString());
    auto db = Database::open(m_database);
    const OutboxCounts counts = OutboxRepository(db->connection()).counts().value();
    QCOMPARE(counts.queued, 2);
}

// Issue 9, item 12: without a firm name the prospect read "Thank you for contacting . We
// have received…". send-outbox refuses (exit 6), sends nothing and changes no row.
void TstCliMail::sendOutboxNeedsFirmName_data()
{
    QTest::addColumn<QString>("firmName");
    QTest::newRow("never set") << QString();
    QTest::newRow("spaces only") << QStringLiteral("   ");
}

void TstCliMail::sendOutboxNeedsFirmName()
{
    QFETCH(QString, firmName);
    {
        auto db = Database::open(m_database);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        // Straight into the table: config-set would refuse spaces or restore the default.
        QVERIFY(query.exec(QStringLiteral("DELETE FROM settings WHERE key = 'firm.name'")));
        if (!firmName.isEmpty()) {
            query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('firm.name', ?)"));
            query.addBindValue(firmName);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }
    QVERIFY(seedLead(QStringLiteral("ana@example.org")) > 0);
    QTemporaryDir out;
    AiosmtpdServer smtp;
    QVERIFY(smtp.start(out.path(), { QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--auth"), QStringLiteral("none") }));
    for (const bool now : { false, true }) {
        QStringList args { QStringLiteral("send-outbox") };
        if (now)
            args << QStringLiteral("--now");
        const Outcome result = run(args + smtpArgs(smtp.port()));
        QVERIFY2(result.code == 6, qPrintable(QString::number(result.code) + result.out + result.err));
        QVERIFY2(result.err.contains(QLatin1String("no firm name is set")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("config-set firm.name")), qPrintable(result.err));
        QCOMPARE(result.out, QString());
    }
    QCOMPARE(received(out.path()), 0);
    auto db = Database::open(m_database);
    const OutboxRepository outbox(db->connection());
    for (const OutboxEntry& entry : outbox.deliveryFor(1).value()) {
        QCOMPARE(entry.state, OutboxState::Queued);
        QCOMPARE(entry.attempts, 0);
    }
}

QTEST_GUILESS_MAIN(TstCliMail)
#include "tst_cli_mail.moc"
