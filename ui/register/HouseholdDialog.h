#pragma once

#include "core/auth/Account.h"
#include "core/register/Household.h"
#include "core/register/Person.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lianxin {

class Database;
class HouseholdChanges;
namespace documents {
class PageLayout;
}

// One household's file (一户一档): address, head of household, grid, tags, members; its visits and requests, the
// cases its members are parties to and its points entries (each opens in its area); the history of its records with
// who changed them. ID numbers and phones are masked; roles allowed to may reveal one member's at a time, which the
// audit log records. Special-group tags appear only to roles that work with them. Roles that keep the register edit
// the household and add, edit and remove members from here. The file prints, or saves as a PDF, on one A4 page as a
// rule, masked as the screen shows it.
class HouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    HouseholdDialog(Database &database, const Account &account, const QString &householdId, QWidget *parent = nullptr);

    // Whether the household exists in the store (it may have been removed meanwhile).
    bool isValid() const { return m_household.has_value(); }
    // Whether anything was saved while the dialog was open.
    bool changedRegister() const { return m_changed; }
    // Whether the user asked for the household's points account (the dialog closed to show it).
    bool wantsPointsAccount() const { return m_wantsPointsAccount; }
    // The case the user chose to open in the disputes area (the dialog closed to show it), or empty.
    QString caseToOpen() const { return m_caseToOpen; }

    void editHousehold();
    void addMember();
    void editMember();
    void removeMember();
    // The file as printed, masked as the screen shows it.
    documents::PageLayout fileDocument() const;

private:
    void reload();
    void revealSelected();
    const Person *selectedMember() const;
    QString personTags(const Person &person) const;
    void updateActions();
    void previewFile();
    void saveFileAsPdf();
    QString printTitle() const;

    Database &m_database;
    Account m_account;
    QString m_householdId;
    std::optional<Household> m_household;
    QList<Person> m_members;
    QSet<QString> m_revealed;
    QLabel *m_address;
    QLabel *m_head;
    QLabel *m_place;
    QLabel *m_tags;
    QLabel *m_notes;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_points;
    QLabel *m_memberCount;
    QTableWidget *m_table;
    QPushButton *m_reveal;
    QList<QPushButton *> m_memberActions;
    HouseholdChanges *m_changes = nullptr;
    bool m_changed = false;
    bool m_wantsPointsAccount = false;
    QString m_caseToOpen;
};

} // namespace lianxin
