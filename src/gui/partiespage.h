#pragma once

#include "partyrepository.h"

#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class Dialogs;
class QLabel;
class QPushButton;
class QTableWidget;

// The firm's parties for the conflict check (attorneys and admins): a table, and Add,
// Change, Remove and Import CSV. The page never runs SQL itself (PartyRepository does).
class PartiesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartiesPage)

public:
    // edit: shows the dialog and returns the changed party, or nothing when cancelled
    // (tests replace it; the default is PartyDialog).
    using Editor = std::function<std::optional<Party>(const Party&, QWidget*)>;

    PartiesPage(QSqlDatabase db, Dialogs& dialogs, const QString& actor, QWidget* parent = nullptr);
    void setActor(const QString& actor) { m_actor = actor; }
    void setEditor(Editor editor) { m_editor = std::move(editor); }

    void refresh();
    void addParty();
    void editParty();
    void removeParty();
    void importCsv();
    QTableWidget* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }

private:
    qint64 selectedId() const;
    void showMessage(const QString& text, bool error);

    PartyRepository m_parties;
    Dialogs& m_dialogs;
    QString m_actor;
    Editor m_editor;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_message = nullptr;
};
