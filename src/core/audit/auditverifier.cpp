#include "auditverifier.h"

#include "logging.h"

#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

#include <limits>

AuditVerifier::AuditVerifier(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString AuditVerifier::Report::summary() const
{
    if (!firstBreak)
        return tr("The history and the account log are intact (%n row(s) checked).", nullptr,
                  int(qMin<qint64>(rowsChecked, std::numeric_limits<int>::max())));
    return tr("The %1 is broken at row %2: %3.")
        .arg(firstBreak->table == AuditChain::Table::LeadEvents ? tr("lead history (lead_events)")
                                                                : tr("account log (account_log)"))
        .arg(firstBreak->rowId)
        .arg(firstBreak->reason);
}

Result<AuditVerifier::Report> AuditVerifier::verify(const std::function<bool()>& stop) const
{
    Report report;
    const Result<AuditChain::Encoding> encoding = AuditChain::leadEventsEncoding(m_db);
    if (!encoding)
        return encoding.error();
    const bool digests = *encoding == AuditChain::Encoding::V2;
    // The erased leads: only their rows may be blanked (a blanked row of any other lead was
    // not blanked by an erasure).
    QSet<qint64> erasedLeads;
    if (digests) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT DISTINCT lead_id FROM lead_events WHERE kind = 'erased'")))
            return Error { Error::Code::Database,
                           tr("Reading the history failed: %1").arg(query.lastError().text()) };
        while (query.next())
            erasedLeads.insert(query.value(0).toLongLong());
    }
    for (const AuditChain::Table table : AuditChain::kTables) {
        const QString name = AuditChain::tableName(table);
        const QStringList columns = AuditChain::columns(table);
        const bool blankable = digests && table == AuditChain::Table::LeadEvents;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, %1, hash%3 FROM %2 ORDER BY id")
                            .arg(columns.join(QStringLiteral(", ")), name,
                                 blankable ? QStringLiteral(", detail_sha256") : QString()))) {
            qCWarning(lcDb) << "audit verification failed:" << query.lastError().text();
            return Error { Error::Code::Database,
                           tr("Reading the history failed: %1").arg(query.lastError().text()) };
        }
        const int hashColumn = int(columns.size()) + 1;
        QByteArray previous;
        QVariantList row;
        while (query.next()) {
            if (stop && report.rowsChecked % 4096 == 0 && stop())
                return Error { Error::Code::Database, tr("The history check was stopped.") };
            ++report.rowsChecked;
            row.clear();
            for (int i = 0; i < hashColumn; ++i)
                row.append(query.value(i));
            const QString stored = query.value(hashColumn).toString();
            // An erased row: its detail is gone and its digest stands in for it.
            const QString blanked = blankable ? query.value(hashColumn + 1).toString() : QString();
            if (!blanked.isEmpty()) {
                const qint64 leadId = row.at(1).toLongLong();
                QString reason;
                if (!row.at(5).isNull() || blanked.size() != 64)
                    reason = tr("it has both a detail and an erased detail's digest");
                else if (!erasedLeads.contains(leadId))
                    reason = tr("its detail was removed, but lead %1 has no erasure record").arg(leadId);
                if (!reason.isEmpty()) {
                    report.firstBreak = Break { table, row.at(0).toLongLong(), reason };
                    qCWarning(lcDb) << "audit chain broken:" << name << "row" << report.firstBreak->rowId;
                    return report;
                }
            }
            const QByteArray expected = AuditChain::rowHash(
                table, previous, row, *encoding, QByteArray::fromHex(blanked.toLatin1()));
            if (stored.isEmpty() || QByteArray::fromHex(stored.toLatin1()) != expected
                || stored.size() != 64) {
                report.firstBreak = Break {
                    table, row.at(0).toLongLong(),
                    stored.isEmpty()
                        ? tr("the row has no hash")
                        : tr("its hash does not match its content and the row before it (the row "
                             "was changed or inserted out of turn, or the row before it was "
                             "removed)") };
                qCWarning(lcDb) << "audit chain broken:" << name << "row" << report.firstBreak->rowId;
                return report;
            }
            previous = expected;
        }
        report.heads.append(QString::fromLatin1(previous.toHex()));
    }
    return report;
}
