#pragma once

#include "core/staff/StaffClient.h"
#include "ui/forms/FieldForm.h"

class QLineEdit;
class QListWidget;

namespace lianxin {

class Database;

// Splitting a grid: the new grid's name and the households (of this grid, as the computer holds them) that
// go to it. Saved on the county server, which moves them in one transaction; devices pull the moves.
class SplitGridDialog : public FieldForm
{
    Q_OBJECT

public:
    SplitGridDialog(Database &database, StaffClient &client, const ServerRegion &grid, QWidget *parent = nullptr);

    const ServerRegion &made() const { return m_made; }
    // Checks the household of this id (tests).
    void choose(const QString &householdId);

    void reject() override;

protected:
    QList<Error> save() override;

private:
    StaffClient &m_client;
    ServerRegion m_grid;
    ServerRegion m_made;
    QLineEdit *m_name;
    QListWidget *m_households;
    bool m_busy = false;
};

} // namespace lianxin
