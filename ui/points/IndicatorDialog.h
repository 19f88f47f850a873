#pragma once

#include "core/points/PointsCatalogue.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lianxin {

// Enters a new indicator or the values of an indicator's next version; the catalogue checks them and a
// refusal is shown under the form, naming the field.
class IndicatorDialog : public QDialog
{
    Q_OBJECT

public:
    IndicatorDialog(Database &database, Indicator indicator, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }

    void accept() override;

private:
    Indicator values() const;

    Database &m_database;
    Indicator m_indicator;
    QString m_savedId;
    QLineEdit *m_category;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QSpinBox *m_min;
    QSpinBox *m_max;
    QCheckBox *m_evidence;
    QSpinBox *m_cap;
    QLabel *m_error;
};

} // namespace lianxin
