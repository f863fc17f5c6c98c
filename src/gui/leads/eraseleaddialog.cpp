#include "eraseleaddialog.h"

#include "leaderaser.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

EraseLeadDialog::EraseLeadDialog(const QStringList& leads, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("eraseLeadDialog"));
    setWindowTitle(leads.size() == 1 ? tr("Erase lead") : tr("Erase %n leads", nullptr, int(leads.size())));
    auto* layout = new QVBoxLayout(this);

    auto* who = new QLabel(this);
    who->setObjectName(QStringLiteral("eraseWhoLabel"));
    who->setWordWrap(true);
    who->setTextFormat(Qt::PlainText);
    const QStringList shown = leads.mid(0, 12);
    QString list = shown.join(QLatin1Char('\n'));
    if (leads.size() > shown.size())
        list += QLatin1Char('\n') + tr("…and %n more", nullptr, int(leads.size() - shown.size()));
    who->setText(list);
    layout->addWidget(who);

    // What goes and what stays, in plain words: the decision cannot be taken back.
    auto* what = new QLabel(this);
    what->setObjectName(QStringLiteral("eraseWhatLabel"));
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    what->setText(tr("Removed for good: the names, the email address, the resume (and this computer's copies "
                     "of it), the notes and every other detail in the history, and the addresses of the "
                     "lead's emails. Emails not yet sent are cancelled.\n"
                     "Kept: the lead's number, its dates and status, who did what and when, and a record "
                     "of this erasure with its reason. This cannot be undone."));
    layout->addWidget(what);

    auto* form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("eraseReasonEdit"));
    m_reason->setMaxLength(LeadEraser::kMaxReasonLength);
    m_reason->setPlaceholderText(tr("such as: the prospect asked to be forgotten"));
    m_reason->setAccessibleName(tr("Reason for erasing"));
    m_reason->setAccessibleDescription(tr("Required; kept in the lead's history"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);

    m_confirm = new QCheckBox(tr("I understand that this &cannot be undone"), this);
    m_confirm->setObjectName(QStringLiteral("eraseConfirmBox"));
    layout->addWidget(m_confirm);

    auto* buttons = new QDialogButtonBox(this);
    m_erase = buttons->addButton(tr("&Erase"), QDialogButtonBox::AcceptRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setAutoDefault(false);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true); // Enter alone never erases
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_erase->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &EraseLeadDialog::updateButton);
    connect(m_confirm, &QCheckBox::toggled, this, &EraseLeadDialog::updateButton);
    setTabOrder(m_reason, m_confirm);
    setTabOrder(m_confirm, m_erase);
    setTabOrder(m_erase, cancel);
    updateButton();
    m_reason->setFocus();
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
}

QString EraseLeadDialog::reason() const
{
    return m_reason->text().simplified();
}

void EraseLeadDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

void EraseLeadDialog::updateButton()
{
    const bool ready = !reason().isEmpty() && m_confirm->isChecked();
    m_erase->setEnabled(ready);
    m_erase->setToolTip(ready ? QString()
                              : tr("Write the reason and tick that it cannot be undone first"));
}
