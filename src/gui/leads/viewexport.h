#pragma once

#include "error.h"
#include "leadquery.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class LeadRepository;

// File → Export View…: the Leads table's current view (its search, status filter and order:
// the model's LeadQuery) as CSV, the columns the table shows with their texts, plus the lead
// number. UTF-8 with a BOM (spreadsheets then read accents), formula-safe (CsvWriter). The
// rows come from one forward-only statement (LeadRepository::forEach), so the file is one
// snapshot, whatever the table has paged in. Written to a temporary file and renamed: a
// cancelled or failed export leaves nothing.
class ViewExport
{
    Q_DECLARE_TR_FUNCTIONS(ViewExport)

public:
    ViewExport() = delete;

    // Asked every kProgressEvery rows with (rows written, rows expected); false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr int kProgressEvery = 200;

    // The rows written; an Error::Code::Invalid "cancelled" when progress said stop.
    static Result<qint64> write(const LeadRepository& repository, const LeadQuery& query, const QString& path,
                                const Progress& progress = {});
    // The header row (the table's column titles, after the number).
    static QStringList header();
};
