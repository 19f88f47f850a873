#pragma once

#include "core/auth/Account.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace lianxin {

class Database;
class RegisterSearch;

// Ctrl+F: type part of a name, an ID number, a phone or an address; matching persons and households of
// the account's scope appear as you type (ID numbers and phones masked), or a line saying nothing was found.
// Enter opens the household.
class GlobalSearchDialog : public QDialog
{
    Q_OBJECT

public:
    GlobalSearchDialog(Database &database, const Account &account, QWidget *parent = nullptr);
    ~GlobalSearchDialog() override;

    QString chosenHouseholdId() const { return m_chosen; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void runSearch();
    void choose();

    std::unique_ptr<RegisterSearch> m_search;
    QLineEdit *m_query;
    QListWidget *m_results;
    QLabel *m_empty;
    QTimer *m_debounce;
    QString m_chosen;
};

} // namespace lianxin
