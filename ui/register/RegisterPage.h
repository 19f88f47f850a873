#pragma once

#include "core/auth/Account.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lianxin {

class Database;
class HouseholdTableModel;
class PagedTableView;
class Settings;
namespace documents {
class PageLayout;
}

// 户籍: the households of the signed-in person's scope, filterable by village, grid, tag and words of an
// address or a member's name (Clear filters resets them all), sortable by every column, paged from the
// store. Enter or a double click opens a household; the list as filtered prints or saves as a PDF.
class RegisterPage : public QWidget
{
    Q_OBJECT

public:
    RegisterPage(Database &database, const Account &account, Settings &settings, QWidget *parent = nullptr);
    ~RegisterPage() override;

    void reload();
    // Opens the form for a new household in the first grid of the filter; opens its file once saved.
    void addHousehold();
    // Tombstones the selected household and its members, after asking once.
    void removeSelected();
    // Every filter back to all, the search text emptied.
    void clearFilters();
    // The printed list of what the filter shows, in the list's order (read page by page from the store).
    documents::PageLayout listDocument() const;

signals:
    void householdActivated(const QString &householdId);

private:
    void fillVillages();
    void fillGrids();
    void applyFilter();
    void showCount(int total);
    bool filtered() const;
    // What the filter shows, in words, for the printout's heading.
    QString filterDescription() const;
    void previewList();
    void saveListAsPdf();

    Database &m_database;
    Account m_account;
    Settings &m_settings;
    HouseholdTableModel *m_model;
    QComboBox *m_village;
    QComboBox *m_grid;
    QComboBox *m_tag;
    QLineEdit *m_text;
    QPushButton *m_clear;
    PagedTableView *m_table;
    QLabel *m_count;
    QLabel *m_empty; // says that nothing matches, in place of an empty table
};

} // namespace lianxin
