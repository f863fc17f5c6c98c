// The README's dark-palette screenshots: the real main window (intake form and Leads page,
// with the email status an administrator sees) under Fusion and a typical dark desktop
// palette (TestPalettes::dark), on a throwaway database filled like
// packaging/screenshots/take-screenshots.sh fills its own.
//
//   leadintake_palette_shots OUTDIR [light|dark]      writes OUTDIR/intake-dark.png and
//                                                     OUTDIR/leads-dark.png (or -light)
//
// The product has no palette setting of its own (it follows the desktop's); this launcher is
// what stands in for a dark desktop theme on a machine without one. Run it under Xvfb (or
// QT_QPA_PLATFORM=offscreen), with QT_SCALE_FACTOR for a scaled look.
#include "accountrepository.h"
#include "accountservice.h"
#include "intakepage.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "leadtablemodel.h"
#include "mailtestfixture.h"
#include "mainwindow.h"
#include "passwordhasher.h"
#include "session.h"
#include "scripteddialogs.h"
#include "testpalettes.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 3) {
        QTextStream(stderr) << "usage: leadintake_palette_shots OUTDIR [light|dark]\n";
        return 2;
    }
    const QString outDir = args.at(1);
    const QString variant = args.size() == 3 ? args.at(2) : QStringLiteral("dark");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-shots"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(variant == QLatin1String("light") ? TestPalettes::light() : TestPalettes::dark());

    QTemporaryDir dir;
    MailTestFixture fixture;
    if (!dir.isValid() || !fixture.open(dir.filePath(QStringLiteral("leads.sqlite")))) {
        QTextStream(stderr) << "cannot create the database\n";
        return 1;
    }
    LeadRepository repository(fixture.db->connection());
    IntakeService intake(repository, LeadValidator());
    AccountRepository accountRepository(fixture.db->connection());
    const PasswordHasher hasher(PasswordHasher::minimum());
    AccountService accounts(accountRepository, hasher);

    const QString pdf = TestSupport::writeFile(dir, QStringLiteral("cv.pdf"), TestSupport::makePdf());
    const QList<QStringList> leads {
        { QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane.doe@example.com") },
        { QStringLiteral("Omar"), QStringLiteral("Haddad"), QStringLiteral("omar.haddad@example.org") },
        { QStringLiteral("Zoë"), QStringLiteral("Müller"), QStringLiteral("zoe.mueller@example.de") },
        { QStringLiteral("李"), QStringLiteral("小龍"), QStringLiteral("li.xiaolong@example.cn") },
        { QStringLiteral("Aaliyah"), QStringLiteral("Johnson"), QStringLiteral("aaliyah.j@example.com") },
        { QStringLiteral("محمد"), QStringLiteral("العلي"), QStringLiteral("m.alali@example.ae") },
        { QStringLiteral("Santiago"), QStringLiteral("García López"), QStringLiteral("sgarcia@example.es") },
        { QStringLiteral("Priya"), QStringLiteral("Raman"), QStringLiteral("priya.raman@example.in") },
        { QStringLiteral("Ngozi"), QStringLiteral("Okafor"), QStringLiteral("ngozi@example.ng") },
        { QStringLiteral("Lukas"), QStringLiteral("Nowak"), QStringLiteral("lukas.nowak@example.pl") },
    };
    for (const QStringList& lead : leads) {
        const IntakeService::Outcome outcome = intake.submit({ lead.at(0), lead.at(1), lead.at(2), pdf },
                                                             QStringLiteral("cli"), IntakeService::Duplicates::SaveAnyway);
        if (!outcome.saved()) {
            QTextStream(stderr) << "cannot add a lead\n";
            return 1;
        }
    }
    for (const qint64 id : { 2, 5 })
        repository.setStatus(id, LeadStatus::ReachedOut, QStringLiteral("cli"), 1);
    const Result<qint64> admin = accounts.addUser({ QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), {}, Role::Admin },
                                                  "screenshot-password-1", Actor { std::nullopt, QStringLiteral("cli") });
    if (!admin) {
        QTextStream(stderr) << admin.error().message << '\n';
        return 1;
    }

    Session session(QStringLiteral("Front desk"));
    ScriptedDialogs dialogs;
    MainWindow window(repository, intake, accounts, session, dialogs, fixture.db->path());
    window.setMail(fixture.mail.get());
    window.resize(1180, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    // The intake form with an email still being typed (its error shown), as in intake.png.
    auto* page = window.findChild<IntakePage*>(QStringLiteral("intakePage"));
    QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("firstNameEdit")), QStringLiteral("Ana"));
    QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("lastNameEdit")), QStringLiteral("Ruiz"));
    auto* email = page->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    QTest::keyClicks(email, QStringLiteral("ana.ruiz@"));
    QTest::keyClick(email, Qt::Key_Tab);
    QTest::qWait(300);
    const QString suffix = variant == QLatin1String("light") ? QStringLiteral("-light") : QStringLiteral("-dark");
    const bool intakeSaved = window.grab().save(QDir(outDir).filePath(QStringLiteral("intake%1.png").arg(suffix)));

    // Signed in, the Leads page with a lead selected, and the email status an administrator sees.
    session.signIn(accountRepository.user(*admin).value());
    fixture.mail->start();
    window.showPage(MainWindow::Page::Leads);
    auto* table = window.findChild<QTableView*>(QStringLiteral("leadsTable"));
    QTest::qWait(500);
    table->selectRow(1);
    QTest::qWait(500);
    const bool leadsSaved = window.grab().save(QDir(outDir).filePath(QStringLiteral("leads%1.png").arg(suffix)));
    if (!intakeSaved || !leadsSaved) {
        QTextStream(stderr) << "cannot write the screenshots to " << outDir << '\n';
        return 1;
    }
    QTextStream(stdout) << "wrote " << QDir(outDir).filePath(QStringLiteral("intake%1.png").arg(suffix)) << " and "
                        << QDir(outDir).filePath(QStringLiteral("leads%1.png").arg(suffix)) << '\n';
    return 0;
}
