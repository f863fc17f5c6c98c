#include "viewexport.h"

#include "csvwriter.h"
#include "filetarget.h"
#include "leadrepository.h"
#include "leadstatus.h"
#include "leadtablemodel.h"
#include "privatefiles.h"

#include <QDir>
#include <QSaveFile>

QStringList ViewExport::header()
{
    QStringList titles { tr("Number") };
    // The model's own titles, so that the file says what the table says.
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        switch (LeadTableModel::Column(column)) {
        case LeadTableModel::FirstName:
            titles.append(LeadTableModel::tr("First name"));
            break;
        case LeadTableModel::LastName:
            titles.append(LeadTableModel::tr("Last name"));
            break;
        case LeadTableModel::Email:
            titles.append(LeadTableModel::tr("Email"));
            break;
        case LeadTableModel::Status:
            titles.append(LeadTableModel::tr("Status"));
            break;
        case LeadTableModel::CreatedAt:
            titles.append(LeadTableModel::tr("Created"));
            break;
        case LeadTableModel::Attorney:
            titles.append(LeadTableModel::tr("Attorney"));
            break;
        case LeadTableModel::ColumnCount:
            break;
        }
    }
    return titles;
}

Result<qint64> ViewExport::write(const LeadRepository& repository, const LeadQuery& query, const QString& path,
                                 const Progress& progress)
{
    if (const VoidResult writable = FileTarget::checkWritableTarget(path, true); !writable)
        return writable.error();
    const Result<int> total = repository.count(query);
    if (!total)
        return total.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Error::Code::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) };
    // Names and emails of prospects: this account only, whatever the umask.
    file.setPermissions(PrivateFiles::kFileMode);
    const auto put = [&file](const QString& record) { return file.write(record.toUtf8()) >= 0; };
    bool ok = file.write("\xEF\xBB\xBF", 3) == 3 && put(CsvWriter::record(header()));
    bool cancelled = false;
    qint64 written = 0;
    const Result<qint64> visited = repository.forEach(query, -1, [&](const Lead& lead) {
        ok = ok
            && put(CsvWriter::record({ QString::number(lead.id), lead.firstName, lead.lastName, lead.email,
                                       LeadStatusText::display(lead.status),
                                       LeadTableModel::formatTime(lead.createdAt), lead.attorneyName }));
        ++written;
        if (ok && progress && written % kProgressEvery == 0 && !progress(written, std::max<qint64>(*total, written)))
            cancelled = true;
        return ok && !cancelled;
    });
    if (!visited) {
        file.cancelWriting();
        return visited.error();
    }
    if (cancelled) {
        file.cancelWriting();
        return Error { Error::Code::Invalid, tr("The export was cancelled; no file was written.") };
    }
    if (!ok || !file.commit())
        return Error { Error::Code::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) };
    if (progress)
        progress(written, written);
    return written;
}
