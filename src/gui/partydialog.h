#pragma once

#include "partyrepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Adds or changes one party: name, email, role, matter reference, notes. OK stays until
// PartyRepository::problem() has nothing to say, which is shown under the fields.
class PartyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartyDialog)

public:
    explicit PartyDialog(const Party& party, QWidget* parent = nullptr);
    Party party() const;
    void accept() override;

private:
    Party m_party;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_matter = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_problem = nullptr;
};
