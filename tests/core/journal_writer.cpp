// Test helper: a desk keeping walk-ins in its intake journal while the server is down.
// Appends COUNT leads to the journal at PATH, printing each committed entry's id on its own
// line (flushed) — the parent kills it with SIGKILL midway and checks nothing was lost.
#include "intakejournal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: journal_writer PATH COUNT\n";
        return 2;
    }
    auto journal = IntakeJournal::open(args.at(1));
    if (!journal) {
        QTextStream(stderr) << journal.error().message << '\n';
        return 1;
    }
    QTextStream out(stdout);
    const int count = args.at(2).toInt();
    for (int i = 0; i < count; ++i) {
        LeadValidator::Valid lead;
        lead.firstName = QStringLiteral("Walk%1").arg(i);
        lead.lastName = QStringLiteral("Ín");
        lead.email = QStringLiteral("walk%1@example.com").arg(i);
        lead.resume.originalName = QStringLiteral("cv.pdf");
        lead.resume.fileName = lead.resume.originalName;
        lead.resume.content = "%PDF-1.4\n% walk-in " + QByteArray::number(i) + "\n%%EOF\n";
        lead.resume.sha256Hex = QCryptographicHash::hash(lead.resume.content, QCryptographicHash::Sha256).toHex();
        const Result<qint64> id = journal.value().append(lead, QStringLiteral("es"), QStringLiteral("front"), std::nullopt);
        if (!id) {
            QTextStream(stderr) << id.error().message << '\n';
            return 1;
        }
        out << id.value() << Qt::endl;
    }
    return 0;
}
