#include "ui/import/ColumnChoices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lianxin {

using import::RosterField;

ColumnChoices::ColumnChoices(QWidget *parent) : QWidget(parent), m_headerRow(new QSpinBox)
{
    auto *intro = new QLabel(tr("Lianxin read the header's words and chose a column for each field. Check them: a "
                                "field without a column is left as the register has it."));
    intro->setWordWrap(true);
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setMinimum(1);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ColumnChoices::fillColumns);

    auto *fields = new QWidget;
    auto *form = new QFormLayout(fields);
    form->addRow(tr("&Header row:"), m_headerRow);
    for (const RosterField field : import::rosterFields()) {
        auto *box = new QComboBox;
        box->setObjectName(import::fieldKey(field));
        m_choices.insert(field, box);
        form->addRow(tr("%1:").arg(import::fieldLabel(field)), box);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
}

void ColumnChoices::setSheet(const import::Sheet &sheet, const import::ColumnMapping &mapping)
{
    m_sheet = &sheet;
    {
        const QSignalBlocker blocker(m_headerRow);
        m_headerRow->setMaximum(std::max<int>(1, int(sheet.rows.size())));
        m_headerRow->setValue(mapping.headerRow < 0 ? 1 : mapping.headerRow + 1);
    }
    fillColumns();
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        it.value()->setCurrentIndex(std::max(0, it.value()->findData(mapping.column(it.key()))));
}

void ColumnChoices::fillColumns()
{
    if (!m_sheet)
        return;
    const QList<import::Cell> header = m_sheet->rows.value(m_headerRow->value() - 1);
    int width = 0;
    for (const QList<import::Cell> &row : m_sheet->rows)
        width = std::max(width, int(row.size()));
    for (QComboBox *box : std::as_const(m_choices)) {
        const int chosen = box->currentData().isValid() ? box->currentData().toInt() : -1;
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (int column = 0; column < width; ++column) {
            const QString words = column < header.size() ? header.at(column).text.simplified() : QString();
            box->addItem(words.isEmpty() ? import::columnLetter(column)
                                         : QStringLiteral("%1  %2").arg(import::columnLetter(column), words),
                         column);
        }
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    }
}

import::ColumnMapping ColumnChoices::mapping() const {import::ColumnMapping mapping;
mapping.headerRow = m_headerRow->value() - 1;
for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
    if (const int column = it.value()->currentData().toInt(); column >= 0)
        mapping.columns.insert(it.key(), column);
}
return mapping;
} // namespace lianxin

} // namespace lianxin
