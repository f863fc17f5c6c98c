#include "partyrepository.h"

#include "conflictindex.h"
#include "database.h"
#include "logging.h"
#include "namematcher.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcDb) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

Party partyFrom(const QSqlQuery& query)
{
    Party party;
    party.id = query.value(0).toLongLong();
    party.name = query.value(1).toString();
    party.email = query.value(2).toString();
    party.role = Party::roleFromText(query.value(3).toString()).value_or(Party::Role::Adverse);
    party.matter = query.value(4).toString();
    party.notes = query.value(5).toString();
    return party;
}

// Never NULL: the columns are NOT NULL DEFAULT '' (an empty QString may be a null one).
QString text(const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

const char* const kColumns = "id, name, email, role, matter, notes";

} // namespace

QString Party::roleKey(Role role)
{
    switch (role) {
    case Role::Adverse:
        return QStringLiteral("adverse");
    case Role::Client:
        return QStringLiteral("client");
    case Role::Related:
        return QStringLiteral("related");
    }
    return {};
}

QString Party::roleText(Role role)
{
    switch (role) {
    case Role::Adverse:
        return PartyRepository::tr("Adverse party");
    case Role::Client:
        return PartyRepository::tr("Existing client");
    case Role::Related:
        return PartyRepository::tr("Related person");
    }
    return {};
}

std::optional<Party::Role> Party::roleFromText(const QString& text)
{
    const QString wanted = text.trimmed();
    for (const Role role : { Role::Adverse, Role::Client, Role::Related }) {
        if (wanted.compare(roleKey(role), Qt::CaseInsensitive) == 0
            || wanted.compare(roleText(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    if (wanted.compare(QLatin1String("adverse party"), Qt::CaseInsensitive) == 0)
        return Role::Adverse;
    if (wanted.compare(QLatin1String("existing client"), Qt::CaseInsensitive) == 0)
        return Role::Client;
    if (wanted.compare(QLatin1String("related person"), Qt::CaseInsensitive) == 0)
        return Role::Related;
    return std::nullopt;
}

PartyRepository::PartyRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

qint64 PartyRepository::nowMs() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

QString PartyRepository::problem(const Party& party)
{
    const QString name = party.name.trimmed();
    if (name.isEmpty())
        return tr("The party's name is empty.");
    if (name.size() > kMaxNameLength)
        return tr("The party's name is longer than %1 characters.").arg(kMaxNameLength);
    if (NameMatcher::tokenize(name, NameMatcher::Field::Name).isEmpty())
        return tr("The party's name '%1' has no letters or digits to check against.").arg(name);
    const QString email = party.email.trimmed();
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.size() > 254 || email.contains(QLatin1Char(' '))))
        return tr("The email '%1' is not an email address.").arg(email);
    if (party.matter.size() > kMaxNameLength)
        return tr("The matter reference is longer than %1 characters.").arg(kMaxNameLength);
    if (party.notes.size() > kMaxTextLength)
        return tr("The notes are longer than %1 characters.").arg(kMaxTextLength);
    return {};
}

Result<QList<Party>> PartyRepository::list() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM parties ORDER BY name, id").arg(QLatin1String(kColumns))))
        return sqlError(tr("Reading the parties failed"), query);
    QList<Party> parties;
    while (query.next())
        parties.append(partyFrom(query));
    return parties;
}

Result<Party> PartyRepository::party(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM parties WHERE id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the party failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("There is no party %1.").arg(id) };
    return partyFrom(query);
}

VoidResult PartyRepository::writeLog(qint64 id, const QString& action, const Party& party, const QString& actor)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO party_log (party_id, action, detail, actor, at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(action);
    query.addBindValue(QStringLiteral("%1 | %2 | %3 | %4").arg(party.name.trimmed(), party.email.trimmed(),
                                                              Party::roleKey(party.role), party.matter.trimmed()));
    query.addBindValue(actor);
    query.addBindValue(nowMs());
    if (!query.exec())
        return sqlError(tr("Recording the party's change failed; nothing was saved"), query);
    return Done {};
}

Result<qint64> PartyRepository::insert(const Party& party, const QString& actor)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO parties (name, email, role, matter, notes, created_at, updated_at, "
                                 "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const qint64 now = nowMs();
    query.addBindValue(text(party.name));
    query.addBindValue(text(party.email));
    query.addBindValue(Party::roleKey(party.role));
    query.addBindValue(text(party.matter));
    query.addBindValue(text(party.notes));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(actor);
    if (!query.exec() || !query.next())
        return sqlError(tr("Saving the party failed; nothing was saved"), query);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (const VoidResult indexed = ConflictIndex::write(m_db, ConflictIndex::Owner::Party, id,
                                                        NameMatcher::party(party.name, party.email));
        !indexed)
        return indexed.error();
    return id;
}

Result<qint64> PartyRepository::add(const Party& party, const QString& actor)
{
    if (const QString wrong = problem(party); !wrong.isEmpty())
        return Error { Error::Code::Invalid, wrong };
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    const Result<qint64> id = insert(party, actor);
    if (!id)
        return id;
    if (const VoidResult logged = writeLog(*id, QStringLiteral("added"), party, actor); !logged)
        return logged.error();
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

VoidResult PartyRepository::update(const Party& party, const QString& actor)
{
    if (const QString wrong = problem(party); !wrong.isEmpty())
        return Error { Error::Code::Invalid, wrong };
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE parties SET name = ?, email = ?, role = ?, matter = ?, notes = ?, "
                                 "updated_at = ? WHERE id = ?"));
    query.addBindValue(text(party.name));
    query.addBindValue(text(party.email));
    query.addBindValue(Party::roleKey(party.role));
    query.addBindValue(text(party.matter));
    query.addBindValue(text(party.notes));
    query.addBindValue(nowMs());
    query.addBindValue(party.id);
    if (!query.exec())
        return sqlError(tr("Saving the party failed; nothing was saved"), query);
    if (query.numRowsAffected() != 1)
        return Error { Error::Code::NotFound, tr("There is no party %1.").arg(party.id) };
    if (const VoidResult indexed = ConflictIndex::write(m_db, ConflictIndex::Owner::Party, party.id,
                                                        NameMatcher::party(party.name, party.email));
        !indexed)
        return indexed;
    if (const VoidResult logged = writeLog(party.id, QStringLiteral("changed"), party, actor); !logged)
        return logged;
    return transaction.commit();
}

VoidResult PartyRepository::remove(qint64 id, const QString& actor)
{
    const Result<Party> existing = party(id);
    if (!existing)
        return existing.error();
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM parties WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Removing the party failed"), query);
    if (const VoidResult removed = ConflictIndex::remove(m_db, ConflictIndex::Owner::Party, id); !removed)
        return removed;
    if (const VoidResult logged = writeLog(id, QStringLiteral("removed"), *existing, actor); !logged)
        return logged;
    return transaction.commit();
}

QList<QPair<int, QStringList>> PartyRepository::parseCsv(const QString& text)
{
    QList<QPair<int, QStringList>> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    const auto endRecord = [&] {
        if (fieldStarted || !fields.isEmpty() || !field.isEmpty()) {
            fields.append(field);
            records.append({ recordLine, fields });
        }
        fields.clear();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            if (!fieldStarted && field.isEmpty() && fields.isEmpty())
                recordLine = line;
            field.append(c);
            fieldStarted = true;
        }
    }
    endRecord();
    return records;
}

Result<PartyRepository::ImportReport> PartyRepository::importCsv(const QByteArray& csv, const QString& actor)
{
    ImportReport report;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QPair<int, QStringList>> records = parseCsv(text);
    if (records.isEmpty())
        return Error { Error::Code::Invalid, tr("The file is empty: it needs a header row (name,email,role,matter,notes) "
                                                "and a row per party.") };
    QHash<QString, int> column;
    const QStringList header = records.first().second;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    for (const char* required : { "name", "role" }) {
        if (!column.contains(QLatin1String(required)))
            return Error { Error::Code::Invalid,
                           tr("The header row has no '%1' column (it names the columns: name,email,role,matter,notes).")
                               .arg(QLatin1String(required)) };
    }
    const auto cell = [&column](const QStringList& fields, const char* name) {
        const int at = column.value(QLatin1String(name), -1);
        return at >= 0 && at < fields.size() ? fields.at(at).trimmed() : QString();
    };
    QList<Party> good;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const auto& [line, fields] = records.at(r);
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // a blank line
        Party party;
        party.name = cell(fields, "name");
        party.email = cell(fields, "email");
        party.matter = cell(fields, "matter");
        party.notes = cell(fields, "notes");
        const QString role = cell(fields, "role");
        const std::optional<Party::Role> parsed = Party::roleFromText(role);
        QString wrong;
        if (fields.size() > header.size())
            wrong = tr("%1 fields, the header has %2.").arg(fields.size()).arg(header.size());
        else if (!parsed)
            wrong = tr("the role '%1' is not one of adverse, client, related.").arg(role);
        else
            party.role = *parsed;
        if (wrong.isEmpty())
            wrong = problem(party);
        if (!wrong.isEmpty()) {
            report.problems.append(tr("line %1: %2").arg(line).arg(wrong));
            continue;
        }
        good.append(party);
    }
    if (good.isEmpty())
        return report;
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    for (const Party& party : std::as_const(good)) {
        const Result<qint64> id = insert(party, actor);
        if (!id)
            return id.error();
        if (const VoidResult logged = writeLog(*id, QStringLiteral("imported"), party, actor); !logged)
            return logged.error();
    }
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    report.added = int(good.size());
    return report;
}

Result<QList<PartyRepository::LogEntry>> PartyRepository::log(qint64 partyId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT action, detail, actor, at FROM party_log WHERE party_id = ? ORDER BY id DESC"));
    query.addBindValue(partyId);
    if (!query.exec())
        return sqlError(tr("Reading the party's changes failed"), query);
    QList<LogEntry> entries;
    while (query.next())
        entries.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC) });
    return entries;
}
