#include "database.h"
#include "databasebackup.h"
#include "leadrepository.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

// backup and restore through the real executable (issue 13, part 3): a round trip, a bad
// file refused with exit 2 and nothing changed, an existing file kept without --force, and
// both commands an administrator's once accounts exist. NAME_pg: pg_dump and pg_restore.
class TestBackupCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void backupThenRestore();
    void restoreRefusesAFileThatIsNotABackup();
    void backupKeepsAnExistingFileWithoutForce();
    void needsAnAdministratorOnceAccountsExist();

private:
    struct Outcome
    {
        int code = -1;
        QString out;
        QString err;
    };
    Outcome run(const QStringList& arguments, const QByteArray& input = {}) const;
    void addLead(const QString& tag);
    qint64 leadCount();

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;
    QString m_database;
};

void TestBackupCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        m_environment.remove(QString::fromLatin1(name));
    m_environment.insert(QStringLiteral("HOME"), m_home.path());
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("leadintake.*.info=false"));
}

void TestBackupCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = TestDatabase::isPostgres() ? TestDatabase::freshTarget() : m_dir->filePath(QStringLiteral("leads.sqlite"));
    addLead(QStringLiteral("first"));
    addLead(QStringLiteral("second"));
}

TestBackupCli::Outcome TestBackupCli::run(const QStringList& arguments, const QByteArray& input) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(QStringLiteral(LEADINTAKE_EXE), QStringList { QStringLiteral("--database"), m_database } + arguments);
    Outcome outcome;
    if (!process.waitForStarted(30000))
        return outcome;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return outcome;
    outcome.code = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    // Never the URL's password, whatever it prints.
    if (const QString password = QUrl(m_database).password(); !password.isEmpty()
        && (outcome.out.contains(password) || outcome.err.contains(password)))
        outcome.code = -3;
    return outcome;
}

void TestBackupCli::addLead(const QString& tag)
{
    Result<Database> db = Database::open(m_database);
    QVERIFY2(db, qPrintable(db.error().message));
    LeadRepository leads(db->connection());
    const QByteArray pdf = "%PDF-1.4\n% " + tag.toUtf8() + "\n%%EOF\n";
    const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    QVERIFY(leads.create(tag, QStringLiteral("Lead"), tag + QStringLiteral("@example.com"), resume, QStringLiteral("t")));
}

qint64 TestBackupCli::leadCount()
{
    Result<Database> db = Database::open(m_database);
    const auto counts = DatabaseBackup::rowCounts(db->connection());
    for (const auto& [table, rows] : counts.value()) {
        if (table == QLatin1String("leads"))
            return rows;
    }
    return -1;
}

void TestBackupCli::backupThenRestore()
{
    const QString file = m_dir->filePath(QStringLiteral("copy.backup"));
    const Outcome made = run({ QStringLiteral("backup"), file });
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QVERIFY2(made.out.contains(QLatin1String("Backup written to")), qPrintable(made.out));
    QVERIFY(made.out.contains(QLatin1String("leads 2")));
    QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    addLead(QStringLiteral("third"));
    QCOMPARE(leadCount(), 3);
    const Outcome restored = run({ QStringLiteral("restore"), file });
    QVERIFY2(restored.code == 0, qPrintable(restored.err));
    QVERIFY2(restored.out.contains(QLatin1String(".replaced-")), qPrintable(restored.out));
    QCOMPARE(leadCount(), 2);
}

void TestBackupCli::restoreRefusesAFileThatIsNotABackup()
{
    const QString file = m_dir->filePath(QStringLiteral("leads.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray("first_name,last_name\nAna,Ruiz\n").repeated(100));
    out.close();
    const Outcome refused = run({ QStringLiteral("restore"), file });
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QLatin1String("Nothing was changed.")), qPrintable(refused.err));
    QCOMPARE(leadCount(), 2);
}

void TestBackupCli::backupKeepsAnExistingFileWithoutForce()
{
    const QString file = m_dir->filePath(QStringLiteral("existing.backup"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("mine");
    out.close();
    QCOMPARE(run({ QStringLiteral("backup"), file }).code, 2);
    QCOMPARE(QFileInfo(file).size(), 4);
    const Outcome forced = run({ QStringLiteral("backup"), file, QStringLiteral("--force") });
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QVERIFY(QFileInfo(file).size() > 4);
}

void TestBackupCli::needsAnAdministratorOnceAccountsExist()
{
    if (TestDatabase::isPostgres())
        QSKIP("office accounts are server logins (tst_accountcli_pg); the roles' rule is the same table");
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("ada"), QStringLiteral("--name"), QStringLiteral("Ada"),
                   QStringLiteral("--role"), QStringLiteral("admin") },
                 "ada's long password\n")
                 .code,
             0);
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("bo"), QStringLiteral("--name"), QStringLiteral("Bo"),
                   QStringLiteral("--role"), QStringLiteral("attorney"), QStringLiteral("--user"), QStringLiteral("ada") },
                 "ada's long password\nbo's long password\n")
                 .code,
             0);
    const QString file = m_dir->filePath(QStringLiteral("admin.backup"));
    QCOMPARE(run({ QStringLiteral("backup"), file }).code, 7);
    QCOMPARE(run({ QStringLiteral("backup"), file, QStringLiteral("--user"), QStringLiteral("bo") }, "bo's long password\n").code, 7);
    QVERIFY(!QFileInfo::exists(file));
    const Outcome made = run({ QStringLiteral("backup"), file, QStringLiteral("--user"), QStringLiteral("ada") },
                             "ada's long password\n");
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QCOMPARE(run({ QStringLiteral("restore"), file, QStringLiteral("--user"), QStringLiteral("bo") }, "bo's long password\n").code, 7);
    const Outcome restored = run({ QStringLiteral("restore"), file, QStringLiteral("--user"), QStringLiteral("ada") },
                                 "ada's long password\n");
    QVERIFY2(restored.code == 0, qPrintable(restored.err));
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
