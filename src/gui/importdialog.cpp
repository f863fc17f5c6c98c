#include "importdialog.h"

#include "dialogs.h"
#include "importworker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kPreviewRows = 8;

// The mnemonics of the field rows, unique in the dialog with the others (fi&le, &browse,
// encodi&ng, se&parator, d&uplicates, dr&y run, &import).
QString fieldLabelText(CsvImporter::Field field)
{
    using Field = CsvImporter::Field;
    switch (field) {
    case Field::FirstName:
        return ImportDialog::tr("&First name:");
    case Field::LastName:
        return ImportDialog::tr("L&ast name:");
    case Field::Email:
        return ImportDialog::tr("&Email:");
    case Field::Created:
        return ImportDialog::tr("Created &on:");
    case Field::Status:
        return ImportDialog::tr("&Status:");
    case Field::Resume:
        return ImportDialog::tr("&Resume (PDF file):");
    case Field::Language:
        return ImportDialog::tr("Lan&guage:");
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(QSqlDatabase db, Dialogs& dialogs, const QString& actor,
                           std::optional<qint64> actorId, QWidget* parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_actor(actor)
    , m_actorId(actorId)
    , m_worker(new ImportWorker(std::move(db), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import leads"));

    // Made in reading order, so that Tab follows what the eye reads.
    auto* fileLabel = new QLabel(tr("CSV fi&le:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPathField"));
    m_path->setAccessibleName(tr("CSV file"));
    m_path->setPlaceholderText(tr("A CSV file saved from a spreadsheet"));
    fileLabel->setBuddy(m_path);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    m_browse->setAutoDefault(false);

    auto* encodingLabel = new QLabel(tr("Encodi&ng:"), this);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncodingCombo"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->addItem(tr("Automatic"), -1);
    for (const CsvReader::Encoding encoding : { CsvReader::Encoding::Utf8, CsvReader::Encoding::Utf16LE,
                                                CsvReader::Encoding::Utf16BE, CsvReader::Encoding::Windows1252 })
        m_encoding->addItem(CsvReader::encodingName(encoding), int(encoding));
    encodingLabel->setBuddy(m_encoding);
    auto* separatorLabel = new QLabel(tr("Se&parator:"), this);
    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("importSeparatorCombo"));
    m_separator->setAccessibleName(tr("Separator"));
    m_separator->addItem(tr("Automatic"), QString());
    m_separator->addItem(tr("Comma"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    separatorLabel->setBuddy(m_separator);

    auto* fileGrid = new QGridLayout;
    fileGrid->addWidget(fileLabel, 0, 0);
    fileGrid->addWidget(m_path, 0, 1, 1, 3);
    fileGrid->addWidget(m_browse, 0, 4);
    fileGrid->addWidget(encodingLabel, 1, 0);
    fileGrid->addWidget(m_encoding, 1, 1);
    fileGrid->addWidget(separatorLabel, 1, 2);
    fileGrid->addWidget(m_separator, 1, 3);
    fileGrid->setColumnStretch(1, 1);
    fileGrid->setColumnStretch(3, 1);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreviewTable"));
    m_preview->setAccessibleName(tr("The file's first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setMinimumHeight(160);

    auto* columns = new QGroupBox(tr("Which column holds which field"), this);
    auto* form = new QFormLayout(columns);
    for (const CsvImporter::Field field : CsvImporter::fields()) {
        auto* combo = new QComboBox(columns);
        combo->setObjectName(QStringLiteral("importColumn_") + CsvImporter::fieldKey(field));
        combo->setAccessibleName(CsvImporter::fieldLabel(field));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingChanged);
        auto* label = new QLabel(fieldLabelText(field), columns);
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_columns.append(combo);
    }

    auto* duplicatesLabel = new QLabel(tr("D&uplicates:"), this);
    m_duplicates = new QComboBox(this);
    m_duplicates->setObjectName(QStringLiteral("importDuplicatesCombo"));
    m_duplicates->setAccessibleName(tr("When a row's email already belongs to a lead"));
    m_duplicates->addItem(tr("Skip rows whose email is already a lead's"), int(CsvImporter::Duplicates::Skip));
    m_duplicates->addItem(tr("Import them anyway"), int(CsvImporter::Duplicates::Keep));
    m_duplicates->addItem(tr("Give the existing lead what it lacks (its resume)"),
                          int(CsvImporter::Duplicates::Update));
    duplicatesLabel->setBuddy(m_duplicates);
    auto* duplicatesRow = new QHBoxLayout;
    duplicatesRow->addWidget(duplicatesLabel);
    duplicatesRow->addWidget(m_duplicates, 1);

    auto* noEmail = new QLabel(tr("Imported leads get no email: no confirmation to the prospect, no "
                                  "notification to the firm. Each gets one history entry naming the file and row."),
                               this);
    noEmail->setWordWrap(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 100);
    m_progress->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_dryRun = buttons->addButton(tr("Dr&y Run"), QDialogButtonBox::ActionRole);
    m_dryRun->setObjectName(QStringLiteral("importDryRunButton"));
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importStartButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("importCloseButton"));
    for (QPushButton* button : { m_dryRun, m_import, m_close })
        button->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileGrid);
    layout->addWidget(m_preview, 1);
    layout->addWidget(columns);
    layout->addLayout(duplicatesRow);
    layout->addWidget(noEmail);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (!isRunning())
            reload();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::reload);
    connect(m_separator, &QComboBox::currentIndexChanged, this, &ImportDialog::reload);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_worker, &ImportWorker::progress, this, [this](qint64 rows, int percent) {
        m_progress->setValue(percent);
        m_message->setText(tr("%n row(s) read…", nullptr, int(rows)));
    });
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::finished);

    resize(760, 720);
    reload();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isRunning() const
{
    return m_worker->isRunning();
}

void ImportDialog::setFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    reload();
}

void ImportDialog::browse()
{
    const QString path = m_dialogs.openFile(this, tr("Import leads"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

QString ImportDialog::settingsKey(const QStringList& header)
{
    return QStringLiteral("import/mapping/") + CsvImporter::headerSignature(header);
}

std::optional<CsvReader::Encoding> ImportDialog::encoding() const
{
    const int value = m_encoding->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<CsvReader::Encoding>(CsvReader::Encoding(value));
}

std::optional<QChar> ImportDialog::separator() const
{
    const QString value = m_separator->currentData().toString();
    return value.isEmpty() ? std::nullopt : std::optional<QChar>(value.front());
}

void ImportDialog::reload()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_header.clear();
    m_lastReport.reset();
    for (QComboBox* combo : std::as_const(m_columns)) {
        const QSignalBlocker quiet(combo);
        combo->clear();
        combo->addItem(tr("(none)"), -1);
    }
    if (path.isEmpty()) {
        m_message->setText(tr("Choose a CSV file: one row per lead, with a header row."));
        mappingChanged();
        return;
    }
    const Result<CsvImporter::Preview> preview = CsvImporter::preview(path, kPreviewRows, encoding(), separator());
    if (!preview) {
        m_message->setText(preview.error().message);
        mappingChanged();
        return;
    }
    m_header = preview->header;
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    m_preview->setRowCount(int(preview->rows.size()));
    for (int row = 0; row < preview->rows.size(); ++row) {
        const QStringList& fields = preview->rows.at(row);
        for (int column = 0; column < fields.size() && column < m_header.size(); ++column) {
            QString shown = fields.at(column);
            shown.replace(QLatin1Char('\n'), QChar(0x21B5)); // a line break, on one line
            m_preview->setItem(row, column, new QTableWidgetItem(shown));
        }
    }
    m_preview->resizeColumnsToContents();

    CsvImporter::Mapping guessed = CsvImporter::guessMapping(m_header);
    const QString remembered = QSettings().value(settingsKey(m_header)).toString();
    if (!remembered.isEmpty()) {
        if (const Result<CsvImporter::Mapping> recalled
            = CsvImporter::applyMappingText(remembered, m_header, guessed))
            guessed = *recalled;
    }
    const QList<CsvImporter::Field> fields = CsvImporter::fields();
    for (int i = 0; i < fields.size(); ++i) {
        QComboBox* combo = m_columns.at(i);
        const QSignalBlocker quiet(combo);
        for (int column = 0; column < m_header.size(); ++column)
            combo->addItem(m_header.at(column).isEmpty() ? tr("Column %1").arg(column + 1) : m_header.at(column),
                           column);
        combo->setCurrentIndex(qMax(0, combo->findData(guessed.column(fields.at(i)))));
    }
    m_message->setText(tr("%1, %2, separator “%3”. Check the columns, then try a dry run.")
                           .arg(QFileInfo(path).fileName(), CsvReader::encodingName(preview->encoding),
                                preview->separator == QLatin1Char('\t') ? tr("tab") : QString(preview->separator)));
    mappingChanged();
}

CsvImporter::Mapping ImportDialog::mapping() const
{
    CsvImporter::Mapping mapping;
    const QList<CsvImporter::Field> fields = CsvImporter::fields();
    for (int i = 0; i < fields.size(); ++i)
        mapping.set(fields.at(i), m_columns.at(i)->currentData().toInt());
    return mapping;
}

void ImportDialog::mappingChanged()
{
    const bool ready = !m_header.isEmpty() && CsvImporter::missingFields(mapping()).isEmpty() && !isRunning();
    m_dryRun->setEnabled(ready);
    m_import->setEnabled(ready);
    if (!m_header.isEmpty()) {
        if (const QString missing = CsvImporter::missingFields(mapping()); !missing.isEmpty())
            m_message->setText(missing);
    }
}

void ImportDialog::setRunning(bool running)
{
    for (QWidget* widget : std::initializer_list<QWidget*> { m_path, m_browse, m_encoding, m_separator, m_duplicates })
        widget->setEnabled(!running);
    for (QComboBox* combo : std::as_const(m_columns))
        combo->setEnabled(!running);
    m_progress->setVisible(running);
    m_close->setText(running ? tr("Cancel") : tr("Close"));
    m_close->setAccessibleName(running ? tr("Cancel the import") : tr("Close"));
    if (running) {
        m_dryRun->setEnabled(false);
        m_import->setEnabled(false);
        m_progress->setValue(0);
        m_close->setFocus(Qt::OtherFocusReason);
    } else {
        mappingChanged();
    }
}

void ImportDialog::start(bool dryRun)
{
    if (isRunning() || m_header.isEmpty())
        return;
    const CsvImporter::Mapping chosen = mapping();
    if (const QString missing = CsvImporter::missingFields(chosen); !missing.isEmpty()) {
        m_message->setText(missing);
        return;
    }
    QSettings().setValue(settingsKey(m_header), CsvImporter::mappingText(chosen, m_header));
    CsvImporter::Options options;
    options.dryRun = dryRun;
    options.duplicates = CsvImporter::Duplicates(m_duplicates->currentData().toInt());
    options.encoding = encoding();
    options.separator = separator();
    options.mapping = chosen;
    options.actor = m_actor;
    options.actorId = m_actorId;
    m_lastRunWasDry = dryRun;
    m_lastReport.reset();
    m_rejectsPath.clear();
    m_message->setText(dryRun ? tr("Checking every row…") : tr("Importing…"));
    setRunning(true);
    m_worker->start(QDir::fromNativeSeparators(m_path->text().trimmed()), options);
}

void ImportDialog::finished(const CsvImporter::Report& report)
{
    m_lastReport = report;
    QStringList lines;
    lines.append(CsvImporter::summary(report));
    if (report.cancelled)
        lines.append(tr("Cancelled: the rows imported so far stay. Import the same file again to add the rest; "
                        "no row is imported twice."));
    if (report.error)
        lines.append(report.error->message);
    if (!report.rejects.isEmpty()) {
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        const QFileInfo info(path);
        const QString rejects = info.dir().filePath(info.completeBaseName() + QStringLiteral("-rejects.csv"));
        if (const VoidResult written = CsvImporter::writeRejects(rejects, report.rejects); written) {
            m_rejectsPath = rejects;
            lines.append(tr("Rejected rows (row, field, reason): %1").arg(QDir::toNativeSeparators(rejects)));
        } else {
            lines.append(written.error().message);
        }
        const CsvImporter::Reject& first = report.rejects.constFirst();
        lines.append(tr("First: row %1, %2: %3").arg(first.row).arg(first.field, first.reason));
    }
    m_message->setText(lines.join(QLatin1Char('\n')));
    setRunning(false);
    if (!m_lastRunWasDry && report.added + report.updated > 0)
        Q_EMIT imported(report.added, report.updated);
}

void ImportDialog::reject()
{
    if (isRunning()) {
        m_worker->cancel();
        m_message->setText(tr("Cancelling after the batch under way…"));
        return;
    }
    QDialog::reject();
}
