#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QFileSystemModel;
class QLabel;
class QListView;
class QListWidget;
class QModelIndex;
class QPushButton;

// The kiosk's resume chooser: PDFs only, read-only (no rename, delete, new folder, drag or
// context menu), and confined to a few places (the user's documents, downloads and removable
// drives). There is no path to type: a prospect can only click through folders inside those
// places, and every folder entered and file chosen is checked against them after resolving
// links, so nothing outside can be listed or picked.
class ResumePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumePicker)

public:
    struct Place
    {
        QString name; // what the prospect reads ("Documents", "USB drive KINGSTON")
        QString path;
    };

    explicit ResumePicker(QWidget* parent = nullptr);
    ~ResumePicker() override;

    // Documents, Downloads and each drive mounted under /media/$USER or /run/media/$USER
    // (asked again every time, so a stick plugged in a moment ago is there).
    static QList<Place> defaultPlaces();

    // Places that do not exist are left out; shows the first one.
    void setPlaces(const QList<Place>& places);
    QList<Place> places() const { return m_places; }
    QString currentDirectory() const { return m_current; }
    // Whether path (after resolving links) is one of the places or inside one.
    bool isInside(const QString& path) const;
    // Lists the folder; false, and nothing changes, when it is not inside a place.
    bool openDirectory(const QString& path);
    // Emits chosen() for a PDF inside a place; false (nothing emitted) otherwise.
    bool choose(const QString& path);

Q_SIGNALS:
    void chosen(const QString& path);
    void cancelled();

protected:
    // The kiosk's language switch: the fixed texts again (the places are named when shown).
    void changeEvent(QEvent* event) override;
    // Focusing the picker focuses its file list. Not a focus proxy: Qt then takes the picker
    // itself for a Tab stop, and Tab from the last button jumped to the files, not the places.
    void focusInEvent(QFocusEvent* event) override;

private:
    void activated(const QModelIndex& index);
    void goUp();
    void updateButtons();
    QString placeRootOf(const QString& canonicalPath) const;

    QList<Place> m_places;
    QStringList m_canonicalRoots; // parallel to m_places
    QString m_current;
    QFileSystemModel* m_model = nullptr;
    QListWidget* m_placeList = nullptr;
    QListView* m_fileList = nullptr;
    QLabel* m_location = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_use = nullptr;
};
