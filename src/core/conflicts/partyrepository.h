#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

// A person or company the firm acts for or against (the conflict check's list).
struct Party
{
    enum class Role { Adverse, Client, Related };

    qint64 id = 0;
    QString name;
    QString email;
    Role role = Role::Adverse;
    QString matter; // the firm's matter reference
    QString notes;

    static QString roleKey(Role role); // "adverse", "client", "related"
    static QString roleText(Role role); // "Adverse party", translated
    // A key, or the English or translated text, in any letter case ("existing client").
    static std::optional<Role> roleFromText(const QString& text);
};

// All SQL about parties: list, add, change, remove, import, with each change in party_log
// and the party's conflict keys (ConflictIndex) written in the same transaction.
class PartyRepository
{
    Q_DECLARE_TR_FUNCTIONS(PartyRepository)

public:
    using Clock = std::function<QDateTime()>;
    explicit PartyRepository(QSqlDatabase db, Clock clock = {});

    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxTextLength = 2000;
    // The message for a party that breaks a rule; empty when it is fine.
    static QString problem(const Party& party);

    Result<QList<Party>> list() const;
    Result<Party> party(qint64 id) const;
    Result<qint64> add(const Party& party, const QString& actor);
    VoidResult update(const Party& party, const QString& actor);
    VoidResult remove(qint64 id, const QString& actor);

    // A CSV file with a header row naming its columns (name, email, role, matter, notes; name
    // and role required, in any order and letter case). Every good row is added in one
    // transaction; each bad row is reported with its line and changes nothing.
    struct ImportReport
    {
        int added = 0;
        QStringList problems; // "line 4: the role 'x' is not one of ..."
    };
    Result<ImportReport> importCsv(const QByteArray& csv, const QString& actor);
    // RFC 4180 fields (quotes, doubled quotes, line breaks inside quotes); each record with
    // the line it starts on.
    static QList<QPair<int, QStringList>> parseCsv(const QString& text);

    // The change log of one party, newest first: "added by ana at ...: name, role, matter".
    struct LogEntry
    {
        QString action;
        QString detail;
        QString actor;
        QDateTime at;
    };
    Result<QList<LogEntry>> log(qint64 partyId) const;

private:
    qint64 nowMs() const;
    VoidResult writeLog(qint64 id, const QString& action, const Party& party, const QString& actor);
    Result<qint64> insert(const Party& party, const QString& actor);

    QSqlDatabase m_db;
    Clock m_clock;
};
