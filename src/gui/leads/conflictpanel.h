#pragma once

#include "conflictrepository.h"

#include <QGroupBox>
#include <QSqlDatabase>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The detail pane's conflict check (attorneys and admins only: the Leads page is theirs):
// the shown lead's possible matches among the firm's parties and the other leads, each with
// what matched and why, and the outcome an attorney records — clear, conflict or waived,
// with a reason — which goes into the lead's history.
class ConflictPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictPanel)

public:
    ConflictPanel(QSqlDatabase db, const QString& actor, QWidget* parent = nullptr);

    void setActor(const QString& actor, std::optional<qint64> actorId = std::nullopt);
    void showLead(qint64 id, const QString& firstName, const QString& lastName, const QString& email);
    void clear();
    // What is shown, for tests: one line per match.
    QStringList matchLines() const { return m_lines; }
    QPushButton* recordButton() const { return m_record; }
    QComboBox* outcomeCombo() const { return m_outcome; }
    QLineEdit* reasonEdit() const { return m_reason; }

Q_SIGNALS:
    // An outcome was recorded (the history has a new row).
    void reviewed(qint64 leadId);

private:
    void record();
    void showReview();

    ConflictRepository m_conflicts;
    QString m_actor;
    std::optional<qint64> m_actorId;
    qint64 m_leadId = 0;
    bool m_hasMatches = false;
    QStringList m_lines;
    QLabel* m_summary = nullptr;
    QLabel* m_matches = nullptr;
    QWidget* m_reviewRow = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_error = nullptr;
};
