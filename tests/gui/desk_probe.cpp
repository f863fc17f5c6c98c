// Test helper for tst_multidesk: one desk of an office, as a separate process.
//
//   desk_probe desk URL NAME   The real main window (offscreen), signed in as the account
//                              "attorney", on its Leads page; prints READY. From "GO" on stdin
//                              saves a lead named NAME every ~700 ms through the intake
//                              ("CREATED id" on stdout) and,
//                              whenever its table changes, prints "SEEN id delay_ms" for every
//                              lead it shows for the first time (delay: from the lead's
//                              created_at to now; one machine, one clock). Runs until stdin
//                              closes, then prints "DONE".
//   desk_probe race URL FIRST LAST
//                              Marks leads FIRST..LAST reached out, each from version 1, as
//                              a desk with a stale view would; prints "WON id" or "LOST id"
//                              (a refused stale edit), "ERROR id message" otherwise.
#include "accountrepository.h"
#include "accountservice.h"
#include "database.h"
#include "dialogs.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "leadtablemodel.h"
#include "mainwindow.h"
#include "passwordhasher.h"
#include "session.h"
#include "testsupport.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

int race(const QString& url, qint64 first, qint64 last)
{
    Result<Database> db = Database::open(url);
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    LeadRepository repository(db->connection());
    for (qint64 id = first; id <= last; ++id) {
        const Result<int> changed = repository.setStatus(id, LeadStatus::ReachedOut, QStringLiteral("racer"), 1);
        if (changed)
            out() << "WON " << id << Qt::endl;
        else if (changed.error().code == Error::Code::Conflict)
            out() << "LOST " << id << Qt::endl;
        else
            out() << "ERROR " << id << ' ' << changed.error().message << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("race"))
        return race(args.at(2), args.at(3).toLongLong(), args.at(4).toLongLong());
    if (args.size() != 4 || args.at(1) != QLatin1String("desk")) {
        QTextStream(stderr) << "usage: desk_probe desk URL NAME | desk_probe race URL FIRST LAST\n";
        return 2;
    }
    const QString name = args.at(3);
    Result<Database> db = Database::open(args.at(2));
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    LeadRepository repository(db->connection());
    IntakeService intake(repository, LeadValidator());
    AccountRepository accountRepository(db->connection());
    const PasswordHasher hasher(PasswordHasher::minimum());
    AccountService accounts(accountRepository, hasher);
    Session session(name);
    WidgetDialogs dialogs;
    MainWindow window(repository, intake, accounts, session, dialogs, db->path());
    const Result<UserAccount> attorney = accountRepository.userByName(QStringLiteral("attorney"));
    if (!attorney) {
        QTextStream(stderr) << attorney.error().message << '\n';
        return 1;
    }
    session.signIn(attorney.value());
    window.showPage(MainWindow::Page::Leads);
    window.resize(1200, 800);
    window.show();
    LeadTableModel* model = window.leadsPage()->model();

    QSet<qint64> seen;
    const auto look = [&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int rows = qMin(model->rowCount(), 200);
        for (int row = 0; row < rows; ++row) {
            const QVariant value = model->data(model->index(row, 0), LeadTableModel::LeadRole);
            if (!value.isValid())
                continue;
            const Lead lead = value.value<Lead>();
            if (lead.id <= 0 || seen.contains(lead.id))
                continue;
            seen.insert(lead.id);
            out() << "SEEN " << lead.id << ' ' << (now - lead.createdAt.toMSecsSinceEpoch()) << Qt::endl;
        }
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, &app, look);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &app, look);
    QObject::connect(model, &QAbstractItemModel::dataChanged, &app, look);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, &app, look);
    look();
    out() << "READY" << Qt::endl;

    QTemporaryDir dir;
    const QString pdf = TestSupport::writeFile(dir, QStringLiteral("cv.pdf"), TestSupport::makePdf(name));
    int sequence = 0;
    QTimer writer;
    QObject::connect(&writer, &QTimer::timeout, &app, [&] {
        const LeadDraft draft { name, QString::number(++sequence),
                                QStringLiteral("%1.%2@example.com").arg(name.toLower()).arg(sequence), pdf };
        const IntakeService::Outcome outcome = intake.submit(draft, name, IntakeService::Duplicates::SaveAnyway);
        if (outcome.saved())
            out() << "CREATED " << outcome.leadId << Qt::endl;
        else
            QTextStream(stderr) << name << ": not saved: "
                                << (outcome.error ? outcome.error->message : QStringLiteral("invalid")) << '\n';
    });
    // Writing starts on "GO" from the test (every desk is up by then).
    const auto go = [&] { writer.start(700); };

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[64];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got > 0 && QByteArray(buffer, int(got)).contains("GO"))
            go();
        if (got <= 0) {
            writer.stop();
            input.setEnabled(false);
            // The last leads of the others: one more look after a moment.
            QTimer::singleShot(1500, &app, [&] {
                look();
                out() << "DONE" << Qt::endl;
                app.quit();
            });
        }
    });
    return app.exec();
}
