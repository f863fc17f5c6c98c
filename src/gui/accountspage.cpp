#include "accountspage.h"

#include "accountdialog.h"
#include "accountservice.h"
#include "displaytime.h"
#include "palettecolors.h"
#include "enterkeybuttons.h"
#include "session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString describeLog(const AccountLogEntry& entry, const QString& subject)
{
    const QString when = DisplayTime::dateTime(entry.at);
    const QString who = entry.actor;
    if (entry.kind == QLatin1String("signed_in"))
        return AccountsPage::tr("%1 signed in, %2").arg(who, when);
    if (entry.kind == QLatin1String("signed_out"))
        return AccountsPage::tr("%1 signed out, %2").arg(who, when);
    if (entry.kind == QLatin1String("locked"))
        return AccountsPage::tr("%1 was signed out after a while idle, %2").arg(who, when);
    if (entry.kind == QLatin1String("sign_in_failed"))
        return subject.isEmpty()
            ? AccountsPage::tr("Failed sign-in with an unknown user name at %1, %2").arg(who, when)
            : AccountsPage::tr("Failed sign-in as %1 at %2, %3").arg(subject, who, when);
    if (entry.kind == QLatin1String("locked_out"))
        return AccountsPage::tr("%1 locked for a while after too many wrong passwords, %2").arg(subject, when);
    if (entry.kind == QLatin1String("account_created"))
        return AccountsPage::tr("%1 added the account %2, %3").arg(who, subject, when);
    if (entry.kind == QLatin1String("role_changed"))
        return AccountsPage::tr("%1 changed the role of %2 to %3, %4")
            .arg(who, subject,
                 RoleText::display(RoleText::fromKey(entry.detail).value_or(Role::Receptionist)), when);
    if (entry.kind == QLatin1String("password_reset"))
        return AccountsPage::tr("%1 reset the password of %2, %3").arg(who, subject, when);
    if (entry.kind == QLatin1String("password_rehashed"))
        return AccountsPage::tr("The password of %1 was re-protected with stronger settings, %2").arg(subject, when);
    if (entry.kind == QLatin1String("disabled"))
        return AccountsPage::tr("%1 disabled the account %2, %3").arg(who, subject, when);
    if (entry.kind == QLatin1String("enabled"))
        return AccountsPage::tr("%1 enabled the account %2 again, %3").arg(who, subject, when);
    if (entry.kind == QLatin1String("profile_changed")) {
        // detail: the fields that changed, never their values.
        const QStringList fields = entry.detail.split(QLatin1Char(','), Qt::SkipEmptyParts);
        const bool name = fields.contains(QLatin1String("display_name"));
        const bool email = fields.contains(QLatin1String("email"));
        if (name && !email)
            return AccountsPage::tr("%1 changed the full name of %2, %3").arg(who, subject, when);
        if (email && !name)
            return AccountsPage::tr("%1 changed the email address of %2, %3").arg(who, subject, when);
        return AccountsPage::tr("%1 changed the full name and email address of %2, %3").arg(who, subject, when);
    }
    return AccountsPage::tr("%1: %2, %3").arg(entry.kind, who, when);
}

} // namespace

AccountsPage::AccountsPage(AccountService& accounts, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_session(session)
{
    auto* title = new QLabel(tr("Accounts"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse); // a one-time code is copied from it
    m_message->hide();
    // A palette switched live re-tints the message shown.
    PaletteColors::follow(this, [this] {
        if (const QVariant error = m_message->property("error"); error.isValid())
            showMessage(m_message->text(), error.toBool());
    });

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("User name"), tr("Role"), tr("Email"), tr("State") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    m_add = new QPushButton(tr("Add a&ccount…"), this);
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_edit = new QPushButton(tr("Edit na&me and email…"), this);
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_edit->setToolTip(tr("Change the selected account's full name or email address (or double-click it)"));
    m_edit->setAccessibleName(tr("Edit the account's name and email"));
    m_reset = new QPushButton(tr("Reset &password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_disable = new QPushButton(tr("&Disable"), this);
    m_disable->setObjectName(QStringLiteral("disableAccountButton"));
    // Office mode: accounts are the server's logins, which can take a one-time code.
    m_code = new QPushButton(tr("One-&time code…"), this);
    m_code->setObjectName(QStringLiteral("oneTimeCodeButton"));
    m_code->setToolTip(tr("Give the person a code to sign in with once; they then choose their "
                          "own password"));
    m_code->setVisible(m_accounts.serverLogin() != nullptr);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setToolTip(tr("The selected account's role"));
    for (const Role role : RoleText::all())
        m_role->addItem(RoleText::display(role), int(role));
    auto* roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    buttons->addWidget(roleLabel);
    buttons->addWidget(m_role);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_code);
    buttons->addWidget(m_disable);

    auto* logTitle = new QLabel(tr("Recent sign-ins and changes"), this);
    QFont bold = logTitle->font();
    bold.setBold(true);
    logTitle->setFont(bold);
    m_log = new QListWidget(this);
    m_log->setObjectName(QStringLiteral("accountLogList"));
    m_log->setAccessibleName(logTitle->text());
    m_log->setSelectionMode(QAbstractItemView::NoSelection);
    m_log->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);
    layout->addWidget(logTitle);
    layout->addWidget(m_log, 2);

    // Reading order: the role sits between "Edit…" and "Reset password…".
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_role);
    setTabOrder(m_role, m_reset);
    setTabOrder(m_reset, m_code);
    setTabOrder(m_code, m_disable);
    EnterKeyButtons::install(this);
    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsPage::editAccount);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &AccountsPage::editAccount);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPage::resetPassword);
    connect(m_code, &QPushButton::clicked, this, &AccountsPage::issueOneTimeCode);
    connect(m_disable, &QPushButton::clicked, this, &AccountsPage::toggleDisabled);
    connect(m_role, &QComboBox::activated, this, &AccountsPage::changeRole);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsPage::updateButtons);
    refresh();
}

AccountsPage::~AccountsPage() = default;

void AccountsPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(PaletteColors::bannerStyleSheet(error ? PaletteColors::Tone::Error : PaletteColors::Tone::Success,
                                                             palette(), QStringLiteral("QLabel"), 6, 0));
    m_message->setVisible(!text.isEmpty());
}

void AccountsPage::refresh()
{
    const qint64 keep = selectedId();
    const Result<QList<UserAccount>> users = m_accounts.repository().list();
    if (!users) {
        showMessage(users.error().message, true);
        return;
    }
    m_users = users.value();
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const UserAccount& user = m_users.at(row);
        const auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, user.id);
            if (user.disabled)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        };
        set(Name, user.displayName);
        set(Username, user.username);
        set(RoleColumn, RoleText::display(user.role));
        set(Email, user.email);
        set(State, user.disabled ? tr("Disabled") : user.lockedUntilMs > m_accounts.repository().nowMs()
                                                  ? tr("Locked for a while (wrong passwords)")
                                                  : tr("Active"));
    }

    m_log->clear();
    if (const Result<QList<AccountLogEntry>> entries = m_accounts.repository().logEntries(0, 200); entries) {
        for (const AccountLogEntry& entry : entries.value()) {
            QString subject;
            if (entry.userId) {
                for (const UserAccount& user : std::as_const(m_users)) {
                    if (user.id == *entry.userId)
                        subject = user.displayName;
                }
            }
            m_log->addItem(describeLog(entry, subject));
        }
    }
    if (keep > 0)
        selectAccount(keep);
    updateButtons();
}

const UserAccount* AccountsPage::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.constFirst()->row();
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

qint64 AccountsPage::selectedId() const
{
    const UserAccount* user = selected();
    return user ? user->id : 0;
}

void AccountsPage::selectAccount(qint64 id)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void AccountsPage::updateButtons()
{
    const UserAccount* user = selected();
    m_reset->setEnabled(user && !user->disabled);
    m_code->setEnabled(user && !user->disabled);
    m_disable->setEnabled(user != nullptr);
    m_edit->setEnabled(user != nullptr);
    m_role->setEnabled(user && !user->disabled);
    m_disable->setText(user && user->disabled ? tr("E&nable") : tr("&Disable"));
    if (user)
        m_role->setCurrentIndex(m_role->findData(int(user->role)));
}

void AccountsPage::addAccount()
{
    auto* dialog = new AccountDialog(m_accounts, m_session.actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->accountId();
        refresh();
        selectAccount(id);
        showMessage(tr("Account added."), false);
    });
    dialog->open();
}

void AccountsPage::editAccount()
{
    const UserAccount* user = selected();
    if (!user)
        return;
    auto* dialog = new AccountDialog(m_accounts, m_session.actor(), *user, AccountDialog::Purpose::Profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = user->id;
    connect(dialog, &QDialog::accepted, this, [this, id] {
        refresh();
        selectAccount(id);
        const UserAccount* edited = selected();
        showMessage(tr("Saved: %1.").arg(edited ? edited->displayName : QString()), false);
    });
    dialog->open();
}

void AccountsPage::resetPassword()
{
    const UserAccount* user = selected();
    if (!user)
        return;
    auto* dialog = new AccountDialog(m_accounts, m_session.actor(), *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = user->displayName;
    connect(dialog, &QDialog::accepted, this, [this, name] {
        refresh();
        showMessage(tr("New password set for %1.").arg(name), false);
    });
    dialog->open();
}

void AccountsPage::issueOneTimeCode()
{
    const UserAccount* user = selected();
    if (!user)
        return;
    const QString name = user->displayName;
    const Result<QString> code = m_accounts.issueOneTimeCode(user->id, m_session.actor());
    if (!code) {
        showMessage(code.error().message, true);
        return;
    }
    refresh();
    // Shown once, here only (never logged): the administrator hands it over.
    showMessage(tr("One-time code for %1: %2 — give it to them now; it is not shown again. "
                   "Their old password no longer works.")
                    .arg(name, *code),
                false);
}

void AccountsPage::toggleDisabled()
{
    const UserAccount* user = selected();
    if (!user)
        return;
    const bool disable = !user->disabled;
    const QString name = user->displayName;
    const VoidResult done = m_accounts.setDisabled(user->id, disable, m_session.actor());
    if (!done) {
        showMessage(done.error().message, true);
        return;
    }
    refresh();
    showMessage(disable ? tr("%1 can no longer sign in; the history keeps the name.").arg(name)
                        : tr("%1 can sign in again.").arg(name),
                false);
}

void AccountsPage::changeRole(int comboIndex)
{
    const UserAccount* user = selected();
    if (!user)
        return;
    const auto role = static_cast<Role>(m_role->itemData(comboIndex).toInt());
    if (role == user->role)
        return;
    const QString name = user->displayName;
    const VoidResult done = m_accounts.setRole(user->id, role, m_session.actor());
    if (!done) {
        showMessage(done.error().message, true);
        updateButtons();
        return;
    }
    refresh();
    showMessage(tr("%1 is now: %2.").arg(name, RoleText::display(role)), false);
}
