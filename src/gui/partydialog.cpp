#include "partydialog.h"

#include "palettecolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

PartyDialog::PartyDialog(const Party& party, QWidget* parent)
    : QDialog(parent)
    , m_party(party)
{
    setObjectName(QStringLiteral("partyDialog"));
    setWindowTitle(party.id > 0 ? tr("Change party") : tr("Add party"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(party.name, this);
    m_name->setObjectName(QStringLiteral("partyName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(PartyRepository::kMaxNameLength);
    m_email = new QLineEdit(party.email, this);
    m_email->setObjectName(QStringLiteral("partyEmail"));
    m_email->setAccessibleName(tr("Email"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("partyRole"));
    m_role->setAccessibleName(tr("Role"));
    for (const Party::Role role : { Party::Role::Adverse, Party::Role::Client, Party::Role::Related })
        m_role->addItem(Party::roleText(role), Party::roleKey(role));
    m_role->setCurrentIndex(m_role->findData(Party::roleKey(party.role)));
    m_matter = new QLineEdit(party.matter, this);
    m_matter->setObjectName(QStringLiteral("partyMatter"));
    m_matter->setAccessibleName(tr("Matter reference"));
    m_matter->setMaxLength(PartyRepository::kMaxNameLength);
    m_notes = new QPlainTextEdit(party.notes, this);
    m_notes->setObjectName(QStringLiteral("partyNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email (optional):"), m_email);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Matter:"), m_matter);
    form->addRow(tr("N&otes:"), m_notes);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("partyProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_problem->setStyleSheet(PaletteColors::textStyleSheet(PaletteColors::Tone::Error, palette()));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_name->setFocus();
}

Party PartyDialog::party() const
{
    Party result = m_party;
    result.name = m_name->text().trimmed();
    result.email = m_email->text().trimmed();
    result.role = Party::roleFromText(m_role->currentData().toString()).value_or(Party::Role::Adverse);
    result.matter = m_matter->text().trimmed();
    result.notes = m_notes->toPlainText().trimmed();
    return result;
}

void PartyDialog::accept()
{
    const QString problem = PartyRepository::problem(party());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_name->setAccessibleDescription(problem);
    if (problem.isEmpty())
        QDialog::accept();
}
