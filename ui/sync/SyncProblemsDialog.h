#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace lianxin {

class Database;

// Sync problems a person decides: values that lost to a colleague's concurrent change (keep the value
// that stands, or use the other one), and changes the county server refused, with its reason (fix the
// record, or discard the change).
class SyncProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncProblemsDialog(Database &database, QWidget *parent = nullptr);

    void reload();

private:
    void decide(bool restore);
    void discard();
    void showError(const QString &message);

    Database &m_database;
    QTableWidget *m_conflicts;
    QTableWidget *m_refused;
    QLabel *m_message;
};

} // namespace lianxin
