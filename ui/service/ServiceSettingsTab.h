#pragma once

#include "core/auth/Account.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace lianxin {

class Database;
class TagBoxes;

// The township's service data, kept by the sub-centre: the visit plan (period, key households and their
// interval), the departments, the kinds of request with their department and time limit, and the holiday
// calendar every working-day limit counts with (county-wide). Each change syncs to the township's devices.
class ServiceSettingsTab : public QWidget
{
    Q_OBJECT

public:
    ServiceSettingsTab(Database &database, const Account &account, QWidget *parent = nullptr);

    void reload();

private:
    QString township() const;
    void saveVisitPlan();
    void addDepartment();
    void editKind(bool add);
    void addDay();
    void removeDay();

    Database &m_database;
    Account m_account;
    QComboBox *m_townships;
    QComboBox *m_period;
    QSpinBox *m_keyDays;
    QVBoxLayout *m_tagsHolder;
    TagBoxes *m_keyTags = nullptr;
    QTableWidget *m_departments;
    QTableWidget *m_kinds;
    QTableWidget *m_days;
    QLabel *m_message;
};

} // namespace lianxin
