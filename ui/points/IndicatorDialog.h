#pragma once

#include "core/points/PointsCatalogue.h"
#include "ui/forms/FieldForm.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lianxin {

// Enters a new indicator or the values of an indicator's next version; the catalogue's reasons for a
// refusal show under the fields they name.
class IndicatorDialog : public FieldForm
{
    Q_OBJECT

public:
    IndicatorDialog(Database &database, Indicator indicator, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }

protected:
    QList<Error> save() override;

private:
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
};

} // namespace lianxin
