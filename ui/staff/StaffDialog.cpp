#include "ui/staff/StaffDialog.h"

#include "core/auth/AccountRules.h"
#include "core/register/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/sync/SyncSessions.h"
#include "ui/forms/Ask.h"
#include "ui/forms/ListTable.h"
#include "ui/forms/ScreenFit.h"
#include "ui/staff/AccountForm.h"
#include "ui/staff/MemberForm.h"
#include "ui/staff/SplitGridDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {

QString rolesText(const QStringList &roles)
{
    QStringList labels;
    for (const QString &role : roles)
        labels.append(vocabulary::label(vocabulary::memberRoles(), role));
    return labels.join(QStringLiteral("、"));
}

QWidget *page(QTableWidget *table, QWidget *bar)
{
    auto *widget = new QWidget;
    auto *layout = new QVBoxLayout(widget);
    layout->addWidget(table, 1);
    layout->addWidget(bar);
    return widget;
}

} // namespace

StaffDialog::StaffDialog(Database &database, const Account &admin, const QString &serverUrl, QWidget *parent)
    : QDialog(parent), m_database(database), m_admin(admin), m_status(new QLabel), m_tabs(new QTabWidget),
      m_accountsTable(list_table::make({tr("User name"), tr("Name"), tr("Role"), tr("Area"), tr("State")},
                                       QStringLiteral("accounts"))),
      m_staffTable(list_table::make({tr("Name"), tr("Roles"), tr("Employment"), tr("Serves"), tr("Phone")},
                                    QStringLiteral("staff"))),
      m_gridsTable(list_table::make({tr("Grid"), tr("Village"), tr("Code"), tr("Staff serving it"), tr("Accounts")},
                                    QStringLiteral("grids")))
{
    setWindowTitle(tr("Staff and accounts"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *reloadButton = new QPushButton(tr("&Reload"));
    reloadButton->setObjectName(QStringLiteral("reload"));
    reloadButton->setAutoDefault(false);
    connect(reloadButton, &QPushButton::clicked, this, &StaffDialog::reload);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(reloadButton);

    auto *accountBar = new QWidget;
    new QHBoxLayout(accountBar);
    addAction(accountBar, tr("&New account…"), QStringLiteral("newAccount"), &StaffDialog::newAccount);
    addAction(accountBar, tr("&Edit…"), QStringLiteral("editAccount"), &StaffDialog::editAccount);
    addAction(accountBar, tr("&Disable or enable"), QStringLiteral("toggleAccount"), &StaffDialog::toggleAccount);
    addAction(accountBar, tr("Reset &password…"), QStringLiteral("resetPassword"), &StaffDialog::resetPassword);
    auto *staffBar = new QWidget;
    new QHBoxLayout(staffBar);
    addAction(staffBar, tr("&New staff member…"), QStringLiteral("newMember"), &StaffDialog::newMember);
    addAction(staffBar, tr("&Edit…"), QStringLiteral("editMember"), &StaffDialog::editMember);
    addAction(staffBar, tr("Re&move"), QStringLiteral("removeMember"), &StaffDialog::removeMember);
    auto *gridBar = new QWidget;
    new QHBoxLayout(gridBar);
    addAction(gridBar, tr("&Add a grid…"), QStringLiteral("addGrid"), &StaffDialog::addGrid);
    addAction(gridBar, tr("Re&name…"), QStringLiteral("renameGrid"), &StaffDialog::renameGrid);
    addAction(gridBar, tr("&Split…"), QStringLiteral("splitGrid"), &StaffDialog::splitGrid);
    addAction(gridBar, tr("&Merge into another grid…"), QStringLiteral("mergeGrid"), &StaffDialog::mergeGrid);
    for (QWidget *bar : {accountBar, staffBar, gridBar})
        static_cast<QHBoxLayout *>(bar->layout())->addStretch();

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(page(m_accountsTable, accountBar), tr("Accounts"));
    m_tabs->addTab(page(m_staffTable, staffBar), tr("Staff"));
    m_tabs->addTab(page(m_gridsTable, gridBar), tr("Grids"));
    connect(m_accountsTable, &QTableWidget::cellDoubleClicked, this, &StaffDialog::editAccount);
    connect(m_staffTable, &QTableWidget::cellDoubleClicked, this, &StaffDialog::editMember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(1000, 640));

    const QString token = SyncSessions(database).token(admin.username);
    if (serverUrl.isEmpty())
        setOnline(false, tr("No county server is set on this computer. Staff and accounts are managed online, on the "
                            "county server: enter its address in Settings."));
    else if (token.isEmpty())
        setOnline(false, tr("This computer is not signed in to the county server as you yet. Sync (Ctrl+S) with a "
                            "network connection, then open Staff and accounts again."));
    else
        m_client = new StaffClient(serverUrl, token, this);
    reload();
}

QPushButton *StaffDialog::addAction(QWidget *bar, const QString &text, const QString &name, void (StaffDialog::*slot)())
{
    auto *button = new QPushButton(text);
    button->setObjectName(name);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, slot);
    bar->layout()->addWidget(button);
    m_actions.append(button);
    return button;
}

void StaffDialog::setOnline(bool online, const QString &message)
{
    m_online = online;
    m_status->setText(message);
    m_status->setStyleSheet(online ? QString() : QStringLiteral("color: #b3261e;"));
    for (QPushButton *button : std::as_const(m_actions))
        button->setEnabled(online);
}

void StaffDialog::failed(const Error &error)
{
    m_loading = false;
    const bool connection =
        error.field == QLatin1String(staff_failure::kOffline) || error.field == QLatin1String(staff_failure::kSignIn);
    if (connection) {
        m_accounts.clear();
        m_staff.clear();
        m_regions = {};
        fill();
        setOnline(false, error.message + QLatin1Char(' ') +
                             tr("Nothing can be changed here until the county server can be reached."));
    } else {
        m_status->setText(error.message);
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    emit loaded();
}

void StaffDialog::reload()
{
    if (!m_client) {
        emit loaded();
        return;
    }
    m_loading = true;
    setOnline(false, tr("Reading your area from the county server…"));
    m_status->setStyleSheet(QString());
    m_client->regions([this](const Result<QList<ServerRegion>> &regions) {
        if (!regions)
            return failed(regions.error());
        m_regions = StaffRegions(*regions, m_admin.scope);
        m_client->accounts([this](const Result<QList<StaffAccount>> &accounts) {
            if (!accounts)
                return failed(accounts.error());
            m_accounts = *accounts;
            m_client->staff([this](const Result<QList<StaffMember>> &staff) {
                if (!staff)
                    return failed(staff.error());
                m_staff = *staff;
                m_loading = false;
                fill();
                setOnline(true, tr("Online: %1 accounts and %2 staff members of your area, as the county server "
                                   "holds them now.")
                                    .arg(m_accounts.size())
                                    .arg(m_staff.size()));
                emit loaded();
            });
        });
    });
}

void StaffDialog::fill()
{
    m_accountsTable->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const StaffAccount &account = m_accounts.at(row);
        const QString state = account.disabled             ? tr("Disabled")
                              : account.mustChangePassword ? tr("Must choose a password")
                                                           : tr("Active");
        list_table::setRow(m_accountsTable, row,
                           {account.username, account.displayName,
                            vocabulary::label(vocabulary::memberRoles(), account.role), m_regions.labels(account.scope),
                            state},
                           account.id, account.disabled ? QColor(0xee, 0xee, 0xee) : QColor());
    }
    m_staffTable->setRowCount(int(m_staff.size()));
    for (int row = 0; row < m_staff.size(); ++row) {
        const StaffMember &member = m_staff.at(row);
        list_table::setRow(
            m_staffTable, row,
            {member.name, rolesText(member.roles),
             member.employment.isEmpty() ? QString() : vocabulary::label(vocabulary::employments(), member.employment),
             m_regions.labels(member.regions), member.phone},
            member.id);
    }
    const QList<ServerRegion> grids = m_regions.ofKind({QStringLiteral("grid")});
    m_gridsTable->setRowCount(int(grids.size()));
    for (int row = 0; row < grids.size(); ++row) {
        const ServerRegion &grid = grids.at(row);
        QStringList staff;
        for (const StaffMember &member : std::as_const(m_staff)) {
            if (member.regions.contains(grid.id))
                staff.append(member.name);
        }
        QStringList accounts;
        for (const StaffAccount &account : std::as_const(m_accounts)) {
            if (account.scope.contains(grid.id))
                accounts.append(account.username);
        }
        const ServerRegion *village = m_regions.find(grid.parentId);
        list_table::setRow(m_gridsTable, row,
                           {grid.name, village ? village->name : QString(), grid.code, staff.join(QStringLiteral("、")),
                            accounts.join(QStringLiteral(", "))},
                           grid.id);
    }
    for (QTableWidget *table : {m_accountsTable, m_staffTable, m_gridsTable})
        table->resizeColumnsToContents();
}

const StaffAccount *StaffDialog::selectedAccount() const
{
    const QString id = list_table::selectedId(m_accountsTable);
    for (const StaffAccount &account : m_accounts) {
        if (account.id == id)
            return &account;
    }
    return nullptr;
}

const StaffMember *StaffDialog::selectedMember() const
{
    const QString id = list_table::selectedId(m_staffTable);
    for (const StaffMember &member : m_staff) {
        if (member.id == id)
            return &member;
    }
    return nullptr;
}

const ServerRegion *StaffDialog::selectedGrid() const
{
    return m_regions.find(list_table::selectedId(m_gridsTable));
}

void StaffDialog::changed(const QString &message)
{
    emit changedOnServer();
    reload();
    // The reload says what the server holds once it has read it; until then, what was done.
    m_status->setText(message);
}

void StaffDialog::newAccount()
{
    if (!m_online)
        return;
    AccountForm form(m_database, *m_client, m_regions, m_admin, {}, this);
    if (form.exec() == QDialog::Accepted)
        changed(tr("Account %1 made. Tell its owner the first password.").arg(form.account().username));
}

void StaffDialog::editAccount()
{
    const StaffAccount *account = selectedAccount();
    if (!m_online || !account)
        return;
    AccountForm form(m_database, *m_client, m_regions, m_admin, *account, this);
    if (form.exec() == QDialog::Accepted)
        changed(tr("Account %1 saved.").arg(form.account().username));
}

void StaffDialog::toggleAccount()
{
    const StaffAccount *account = selectedAccount();
    if (!m_online || !account)
        return;
    const bool disable = !account->disabled;
    const QString question =
        disable ? tr("Disable the account %1? Its owner is signed out everywhere and can no longer sign in, not even "
                     "offline once the computers have synced.")
                      .arg(account->username)
                : tr("Enable the account %1 again?").arg(account->username);
    if (ask::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) !=
        QMessageBox::Yes)
        return;
    m_client->setDisabled(account->id, disable, [this, disable](const Result<StaffAccount> &done) {
        if (!done)
            return failed(done.error());
        changed(disable ? tr("Account %1 disabled.").arg(done->username)
                        : tr("Account %1 enabled.").arg(done->username));
    });
}

void StaffDialog::resetPassword()
{
    const StaffAccount *account = selectedAccount();
    if (!m_online || !account)
        return;
    const auto password = ask::text(this, tr("Reset password"),
                                    tr("A new first password for %1 (at least %2 characters). Tell it to its owner, "
                                       "who chooses their own at the next sign-in:")
                                        .arg(account->username)
                                        .arg(account_rules::kMinimumPasswordLength));
    if (!password)
        return;
    if (Status status = account_rules::checkPassword(*password); !status)
        return failed(status.error());
    m_client->resetPassword(account->id, *password, [this](const Result<StaffAccount> &done) {
        if (!done)
            return failed(done.error());
        changed(
            tr("The password of %1 was reset; its owner chooses a new one at the next sign-in.").arg(done->username));
    });
}

void StaffDialog::newMember()
{
    if (!m_online)
        return;
    MemberForm form(*m_client, m_regions, m_admin, {}, this);
    if (form.exec() == QDialog::Accepted)
        changed(tr("%1 added to the staff.").arg(form.member().name));
}

void StaffDialog::editMember()
{
    const StaffMember *member = selectedMember();
    if (!m_online || !member)
        return;
    MemberForm form(*m_client, m_regions, m_admin, *member, this);
    if (form.exec() == QDialog::Accepted)
        changed(tr("%1 saved.").arg(form.member().name));
}

void StaffDialog::removeMember()
{
    const StaffMember *member = selectedMember();
    if (!m_online || !member)
        return;
    if (ask::question(this, windowTitle(), tr("Remove %1 from the staff?").arg(member->name),
                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_client->removeMember(member->id, [this, name = member->name](const Result<bool> &done) {
        if (!done)
            return failed(done.error());
        changed(tr("%1 removed from the staff.").arg(name));
    });
}

void StaffDialog::addGrid()
{
    if (!m_online)
        return;
    const QList<ServerRegion> villages = m_regions.ofKind({QStringLiteral("village"), QStringLiteral("community")});
    if (villages.isEmpty())
        return failed({QString(), tr("Your area has no village to add a grid to.")});
    QStringList names;
    for (const ServerRegion &village : villages)
        names.append(m_regions.label(village.id));
    const auto chosen = villages.size() == 1
                            ? std::optional<int>(0)
                            : ask::choice(this, tr("Add a grid"), tr("The village of the new grid:"), names);
    if (!chosen)
        return;
    const auto name = ask::text(this, tr("Add a grid"), tr("Name of the new grid in %1:").arg(names.at(*chosen)));
    if (!name || name->trimmed().isEmpty())
        return;
    m_client->addGrid(villages.at(*chosen).id, name->trimmed(), [this](const Result<ServerRegion> &done) {
        if (!done)
            return failed(done.error());
        changed(tr("Grid %1 added (code %2).").arg(done->name, done->code));
    });
}

void StaffDialog::renameGrid()
{
    const ServerRegion *grid = selectedGrid();
    if (!m_online || !grid)
        return;
    const auto name = ask::text(this, tr("Rename the grid"), tr("New name of %1:").arg(m_regions.label(grid->id)));
    if (!name || name->trimmed().isEmpty())
        return;
    m_client->renameGrid(grid->id, name->trimmed(), [this](const Result<ServerRegion> &done) {
        if (!done)
            return failed(done.error());
        changed(tr("Grid renamed %1.").arg(done->name));
    });
}

void StaffDialog::splitGrid()
{
    const ServerRegion *grid = selectedGrid();
    if (!m_online || !grid)
        return;
    SplitGridDialog dialog(m_database, *m_client, *grid, this);
    if (dialog.exec() == QDialog::Accepted)
        changed(tr("Grid %1 made; the households ticked moved to it.").arg(dialog.made().name));
}

void StaffDialog::mergeGrid()
{
    const ServerRegion *grid = selectedGrid();
    if (!m_online || !grid)
        return;
    QList<ServerRegion> others;
    for (const ServerRegion &other : m_regions.gridsOf(grid->parentId)) {
        if (other.id != grid->id)
            others.append(other);
    }
    if (others.isEmpty())
        return failed(
            {QString(), tr("%1 is the only grid of its village: there is none to merge it into.").arg(grid->name)});
    QStringList names;
    for (const ServerRegion &other : std::as_const(others))
        names.append(other.name);
    const auto chosen = ask::choice(this, tr("Merge grids"), tr("Merge %1 into:").arg(grid->name), names);
    if (!chosen)
        return;
    const ServerRegion into = others.at(*chosen);
    const QString from = grid->name;
    if (ask::question(this, tr("Merge grids"),
                      tr("Merge %1 into %2? Its households, staff and accounts go to %2, and %1 is removed.")
                          .arg(from, into.name),
                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_client->mergeGrid(grid->id, into.id, [this, from](const Result<ServerRegion> &done) {
        if (!done)
            return failed(done.error());
        changed(tr("%1 merged into %2.").arg(from, done->name));
    });
}

} // namespace lianxin
