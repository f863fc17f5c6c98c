#pragma once

#include "auditchain.h"
#include "error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// Walks the hash chains of the lead history and the account log (see AuditChain for the
// encoding) and finds the first row whose stored hash is not the hash of its content and
// the row before it: an edited row, a row inserted out of turn (a back-dated fake), or the
// row right after a removed one. An erased lead's rows have their detail blanked and its
// digest kept (encoding v2): they verify through the digest, and a blanked row whose lead has
// no tombstone ('erased' row) is a break too. Reads only; safe on a second connection in
// another thread.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    struct Break
    {
        AuditChain::Table table = AuditChain::Table::LeadEvents;
        qint64 rowId = 0;
        QString reason; // translated, for people
    };

    struct Report
    {
        std::optional<Break> firstBreak; // none: both chains are intact
        qint64 rowsChecked = 0;
        // The last row's hash (hex) of each intact chain, in kTables order: written down
        // elsewhere, it shows later that no newest row was removed or rewritten.
        QStringList heads;
        bool intact() const { return !firstBreak.has_value(); }
        // One line for people: "intact (N rows)" or "broken at lead_events row 42: ...".
        QString summary() const;
    };

    explicit AuditVerifier(QSqlDatabase db);

    // stop is asked every few thousand rows; when it returns true the walk ends with an error.
    Result<Report> verify(const std::function<bool()>& stop = {}) const;

private:
    QSqlDatabase m_db;
};
