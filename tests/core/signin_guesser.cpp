// Test helper: another desk guessing passwords. Tries COUNT wrong passwords for USERNAME
// in DATABASE, with the clock fixed at NOW_MS (every process at the same instant, so the
// throttle's delays never run out during the test), and prints how many passwords were
// really checked and how many attempts the throttle refused: "checked N refused M".
#include "accountrepository.h"
#include "accountservice.h"
#include "database.h"
#include "passwordhasher.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

class CountingHasher final : public PasswordHasher
{
public:
    using PasswordHasher::PasswordHasher;
    mutable int verifies = 0;
    bool verify(const QByteArray& storedHash, const QByteArray& password) const override
    {
        ++verifies;
        return PasswordHasher::verify(storedHash, password);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: signin_guesser DATABASE USERNAME COUNT NOW_MS\n";
        return 2;
    }
    auto db = Database::open(args.at(1));
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(args.at(4).toLongLong(), Qt::UTC);
    AccountRepository repository(db->connection(), [now] { return now; });
    const CountingHasher hasher(PasswordHasher::minimum());
    AccountService accounts(repository, hasher);
    int refused = 0;
    for (int i = 0; i < args.at(3).toInt(); ++i) {
        const Result<UserAccount> user = accounts.signIn(args.at(2), QByteArray("guess ") + QByteArray::number(i),
                                                         QStringLiteral("guesser"));
        if (user) {
            QTextStream(stderr) << "a guess was right\n";
            return 1;
        }
        if (user.error().code == Error::Code::Conflict)
            ++refused;
        else if (user.error().code != Error::Code::Invalid) {
            QTextStream(stderr) << user.error().message << '\n';
            return 1;
        }
    }
    QTextStream(stdout) << "checked " << hasher.verifies << " refused " << refused << '\n';
    return 0;
}
