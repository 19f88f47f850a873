#pragma once

#include "ui/points/PointsTab.h"

class QComboBox;
class QPushButton;
class QSpinBox;

namespace lianxin {

// The village's indicator catalogue (add, change as a new version, retire, install the default or the
// township's template) and the village's settings of the scheme (period, notice days, threshold).
class CatalogueTab : public PointsTab
{
    Q_OBJECT

public:
    CatalogueTab(Database &database, const Account &account, QWidget *parent = nullptr);

    void reload() override;

private:
    void addIndicator();
    void changeIndicator();
    void retireIndicator();
    void installDefault();
    void copyTemplate();
    void saveSettings();

    QComboBox *m_period;
    QSpinBox *m_noticeDays;
    QSpinBox *m_threshold;
    QTableWidget *m_table;
    QList<QPushButton *> m_editButtons;
    QPushButton *m_install;
    QPushButton *m_copy;
};

} // namespace lianxin
