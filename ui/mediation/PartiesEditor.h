#pragma once

#include "core/auth/Account.h"
#include "core/mediation/DisputeCase.h"

#include <QWidget>

class QLineEdit;
class QStandardItemModel;
class QTableWidget;

namespace lianxin {

class Database;
class RegisterSearch;

// The parties of a case as an editable table: role, name, sex, ID number, phone, address, agent. A party
// can be typed in, or found in the register by name, ID number or phone (which fills the empty row, or
// adds one, and links it). ID numbers and phones are masked for roles that may not reveal them.
class PartiesEditor : public QWidget
{
    Q_OBJECT

public:
    PartiesEditor(Database &database, const Account &account, QWidget *parent = nullptr);
    ~PartiesEditor() override;

    void setParties(const QList<DisputeParty> &parties);
    QList<DisputeParty> parties() const;
    // Adds a row for a party typed in by hand.
    void addParty(const QString &role);
    // Puts a person of the register in the first row that is still empty, or in a new row.
    void addPerson(const QString &personId);

signals:
    void changed();

protected:
    // Enter in the register lookup takes the first match rather than saving the form.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void appendRow(const DisputeParty &party);
    void fillRow(int row, const DisputeParty &party);
    bool isEmptyRow(int row) const;
    // The ID number or phone of a row: what the cell says, or the value behind its unchanged mask.
    QString held(int row, int column, QString (*mask)(const QString &)) const;
    void refreshMatches(const QString &text);

    Database &m_database;
    std::unique_ptr<RegisterSearch> m_search;
    bool m_reveal;
    QTableWidget *m_table;
    QLineEdit *m_find;
    QStandardItemModel *m_matches;
};

} // namespace lianxin
