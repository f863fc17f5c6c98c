#pragma once

#include <QMainWindow>

class Dialogs;
class IntakePage;
class IntakeService;
class LeadRepository;
class LeadsPage;
class QTabWidget;

// The desk's window: the Intake page and the Leads page, a status bar naming the database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Intake, Leads };

    MainWindow(LeadRepository& repository, IntakeService& intake, Dialogs& dialogs,
               const QString& actor, const QString& databaseName, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    IntakePage* intakePage() const { return m_intakePage; }
    LeadsPage* leadsPage() const { return m_leadsPage; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void restoreWindowGeometry();

    Dialogs& m_dialogs;
    QTabWidget* m_tabs = nullptr;
    IntakePage* m_intakePage = nullptr;
    LeadsPage* m_leadsPage = nullptr;
};
