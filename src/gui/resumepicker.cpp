#include "resumepicker.h"

#include "enterkeybuttons.h"

#include <QDir>
#include <QEvent>
#include <QFocusEvent>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

bool isPdfName(const QString& fileName)
{
    return fileName.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
}

QString canonical(const QString& path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).canonicalFilePath();
}

} // namespace

ResumePicker::ResumePicker(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resumePicker"));
    // No menu anywhere in the picker: the desktop's file menus rename and delete.
    setContextMenuPolicy(Qt::NoContextMenu);

    auto* title = new QLabel(tr("Choose your resume (a PDF file)"), this);
    title->setObjectName(QStringLiteral("pickerTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_placeList = new QListWidget(this);
    m_placeList->setObjectName(QStringLiteral("placeList"));
    m_placeList->setContextMenuPolicy(Qt::NoContextMenu);
    m_placeList->setMaximumWidth(320);
    m_placeList->setAccessibleName(tr("Places"));

    m_up = new QPushButton(tr("&Up"), this);
    m_up->setObjectName(QStringLiteral("upButton"));
    m_up->setAutoDefault(false);
    m_location = new QLabel(this);
    m_location->setObjectName(QStringLiteral("locationLabel"));

    m_model = new QFileSystemModel(this);
    // Read-only: no rename by editing, no moving files by dropping them on a folder.
    m_model->setReadOnly(true);
    // Links are not followed out of the places (a link in Documents to / shows nothing).
    m_model->setFilter(QDir::AllDirs | QDir::Files | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    m_model->setNameFilters({ QStringLiteral("*.pdf") });
    m_model->setNameFilterDisables(false); // other files are not listed at all

    m_fileList = new QListView(this);
    m_fileList->setObjectName(QStringLiteral("fileList"));
    m_fileList->setModel(m_model);
    m_fileList->setContextMenuPolicy(Qt::NoContextMenu);
    m_fileList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fileList->setDragEnabled(false);
    m_fileList->setAcceptDrops(false);
    m_fileList->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_fileList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fileList->setUniformItemSizes(true);
    m_fileList->setAccessibleName(tr("Folders and PDF files"));

    auto* cancel = new QPushButton(tr("&Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelPickButton"));
    cancel->setAutoDefault(false);
    m_use = new QPushButton(tr("Use this &file"), this);
    m_use->setObjectName(QStringLiteral("usePickButton"));

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_up);
    pathRow->addWidget(m_location, 1);
    auto* filesColumn = new QVBoxLayout;
    filesColumn->addLayout(pathRow);
    filesColumn->addWidget(m_fileList, 1);
    auto* body = new QHBoxLayout;
    body->addWidget(m_placeList);
    body->addLayout(filesColumn, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_use);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    connect(m_placeList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_places.size())
            openDirectory(m_places.at(row).path);
    });
    connect(m_fileList, &QListView::activated, this, &ResumePicker::activated);
    connect(m_fileList->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResumePicker::updateButtons);
    connect(m_up, &QPushButton::clicked, this, &ResumePicker::goUp);
    connect(cancel, &QPushButton::clicked, this, &ResumePicker::cancelled);
    connect(m_use, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_fileList->currentIndex();
        if (current.isValid())
            activated(current);
    });
    EnterKeyButtons::install(this);
    updateButtons();
}

void ResumePicker::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    m_fileList->setFocus(event->reason());
}

ResumePicker::~ResumePicker() = default;

QList<ResumePicker::Place> ResumePicker::defaultPlaces()
{
    QList<Place> places;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString home = QDir::homePath();
    // With no such folder, Qt answers the home folder itself: never offer the whole home.
    if (!documents.isEmpty() && QDir(documents) != QDir(home))
        places.append({ tr("Documents"), documents });
    if (!downloads.isEmpty() && QDir(downloads) != QDir(home))
        places.append({ tr("Downloads"), downloads });
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QDir(home).dirName();
    const QStringList mountFolders { QStringLiteral("/media/") + user, QStringLiteral("/run/media/") + user };
    for (const QString& mounts : mountFolders) {
        const QFileInfoList drives = QDir(mounts).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& drive : drives)
            places.append({ tr("USB drive %1").arg(drive.fileName()), drive.absoluteFilePath() });
    }
    return places;
}

void ResumePicker::setPlaces(const QList<Place>& places)
{
    m_places.clear();
    m_canonicalRoots.clear();
    const QSignalBlocker blocker(m_placeList);
    m_placeList->clear();
    for (const Place& place : places) {
        const QString root = canonical(place.path);
        if (root.isEmpty() || !QFileInfo(root).isDir())
            continue;
        m_places.append(place);
        m_canonicalRoots.append(root);
        m_placeList->addItem(place.name);
    }
    m_current.clear();
    if (!m_places.isEmpty()) {
        m_placeList->setCurrentRow(0);
        openDirectory(m_places.constFirst().path);
    } else {
        m_fileList->setRootIndex(QModelIndex());
        m_fileList->setEnabled(false);
        m_location->setText(tr("No documents folder, downloads folder or USB drive was found."));
        updateButtons();
    }
}

QString ResumePicker::placeRootOf(const QString& canonicalPath) const
{
    if (canonicalPath.isEmpty())
        return {};
    for (const QString& root : m_canonicalRoots) {
        if (canonicalPath == root || canonicalPath.startsWith(root + QLatin1Char('/')))
            return root;
    }
    return {};
}

bool ResumePicker::isInside(const QString& path) const
{
    return !placeRootOf(canonical(path)).isEmpty();
}

bool ResumePicker::openDirectory(const QString& path)
{
    const QString target = canonical(path);
    if (placeRootOf(target).isEmpty() || !QFileInfo(target).isDir())
        return false;
    m_current = target;
    m_fileList->setEnabled(true);
    m_model->setRootPath(target);
    m_fileList->setRootIndex(m_model->index(target));
    m_fileList->setCurrentIndex(QModelIndex());
    // The place's name and the folders below it; never the path above it.
    const int place = m_canonicalRoots.indexOf(placeRootOf(target));
    const QString below = target.mid(m_canonicalRoots.at(place).size());
    m_location->setText(m_places.at(place).name + QString(below).replace(QLatin1Char('/'), QStringLiteral(" › ")));
    {
        const QSignalBlocker blocker(m_placeList);
        m_placeList->setCurrentRow(place);
    }
    updateButtons();
    return true;
}

bool ResumePicker::choose(const QString& path)
{
    const QString target = canonical(path);
    const QFileInfo info(target);
    if (placeRootOf(target).isEmpty() || !info.isFile() || !isPdfName(info.fileName()))
        return false;
    Q_EMIT chosen(target);
    return true;
}

void ResumePicker::activated(const QModelIndex& index)
{
    const QString path = m_model->filePath(index);
    if (m_model->isDir(index))
        openDirectory(path);
    else
        choose(path);
}

void ResumePicker::goUp()
{
    if (m_current.isEmpty() || m_canonicalRoots.contains(m_current))
        return;
    openDirectory(QFileInfo(m_current).absolutePath());
}

void ResumePicker::updateButtons()
{
    m_up->setEnabled(!m_current.isEmpty() && !m_canonicalRoots.contains(m_current));
    const QModelIndex current = m_fileList->currentIndex();
    m_use->setEnabled(current.isValid());
}

void ResumePicker::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    if (auto* title = findChild<QLabel*>(QStringLiteral("pickerTitle")))
        title->setText(tr("Choose your resume (a PDF file)"));
    m_up->setText(tr("&Up"));
    if (auto* cancel = findChild<QPushButton*>(QStringLiteral("cancelPickButton")))
        cancel->setText(tr("&Cancel"));
    m_use->setText(tr("Use this &file"));
}
