#pragma once

#include "core/import/RosterColumns.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QSpinBox;

namespace lianxin {

// The wizard's second step: which row is the header and which column holds each field, guessed from the
// header's words and changeable field by field.
class ColumnChoices : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnChoices(QWidget *parent = nullptr);

    // Shows the mapping for a sheet: the header row's cells name the columns to choose from.
    void setSheet(const import::Sheet &sheet, const import::ColumnMapping &mapping);
    import::ColumnMapping mapping() const;
    QComboBox *choice(import::RosterField field) const { return m_choices.value(field); }

private:
    void fillColumns();

    const import::Sheet *m_sheet = nullptr;
    QSpinBox *m_headerRow;
    QHash<import::RosterField, QComboBox *> m_choices;
};

} // namespace lianxin
