#pragma once

#include "core/auth/Account.h"
#include "core/points/PointsBoard.h"

#include <QWidget>

#include <functional>

class QTableWidget;

namespace lianxin {

class Database;

// One tab of the points area: it works on the village chosen above the tabs and reloads when the village
// changes or another tab changed the ledger.
class PointsTab : public QWidget
{
    Q_OBJECT

public:
    PointsTab(Database &database, const Account &account, QWidget *parent = nullptr);

    // The village the tab works on; the page reloads the tab when it is shown.
    void setVillage(const QString &villageId, const QString &villageName);
    virtual void reload() = 0;

signals:
    // The ledger, catalogue or supermarket changed: the other tabs reload.
    void changed();

protected:
    bool canEdit() const { return m_account.permissions().editRegister; }
    // Reports a refused action in a message box; returns whether it went through.
    bool report(const Status &status, const QString &action);
    // Asks why, then does `action` to the entry (or redemption) selected in `table` with the text given;
    // a refusal is reported, success announced with changed().
    // Opens the evidence files of the entry selected in `table`.
    void openEvidence(const QTableWidget *table);
    void actOnSelected(const QTableWidget *table, const QString &action, const QString &question,
                       const std::function<Status(const QString &id, const QString &text)> &act);

    Database &m_database;
    Account m_account;
    QString m_villageId;
    QString m_villageName;
};

// What the screens say of an entry's state.
QString entryStateLabel(EntryState state);
// Who an entry is about as the lists show it: the household, and the member when one is named.
QString entryWho(const BoardEntry &row);
// An entry's evidence as the lists show it: the text, and how many files show the deed.
QString evidenceText(const BoardEntry &row);
// Points with their sign: +5, -3.
QString signedPoints(int points);
// A read-only table of whole rows, selected by row; the `stretch` column (the last when -1) takes the room left.
QTableWidget *makeTable(const QStringList &headers, int stretch = -1);
// Puts the rows into the table; the first cell of each row keeps `ids[i]` as its user data.
void fillTable(QTableWidget *table, const QList<QStringList> &rows, const QStringList &ids);
// The id kept on the selected row, or empty.
QString selectedId(const QTableWidget *table);

} // namespace lianxin
