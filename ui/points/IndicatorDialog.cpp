#include "ui/points/IndicatorDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace lianxin {

namespace {
// Wider than the catalogue allows: a value out of its range is refused with the catalogue's message under the
// field, not clamped behind the person's back.
constexpr int kPointsTyped = 99999;

QSpinBox *pointsBox(int value)
{
    auto *box = new QSpinBox;
    box->setRange(-kPointsTyped, kPointsTyped);
    box->setValue(value);
    return box;
}
} // namespace

IndicatorDialog::IndicatorDialog(Database &database, Indicator indicator, QWidget *parent)
    : FieldForm(parent), m_database(database), m_indicator(std::move(indicator)), m_category(new QLineEdit(m_indicator.category)),
      m_code(new QLineEdit(m_indicator.code)), m_name(new QLineEdit(m_indicator.name)),
      m_description(new QPlainTextEdit(m_indicator.description)), m_min(pointsBox(m_indicator.minPoints)),
      m_max(pointsBox(m_indicator.maxPoints)), m_evidence(new QCheckBox(tr("Evidence is required"))), m_cap(new QSpinBox)
{
    setWindowTitle(m_indicator.key.isEmpty() ? tr("New indicator") : tr("Change indicator %1").arg(m_indicator.code));
    m_evidence->setChecked(m_indicator.evidenceRequired);
    m_cap->setRange(0, kPointsTyped);
    m_cap->setSpecialValueText(tr("No cap"));
    m_cap->setValue(m_indicator.capPerPeriod.value_or(0));
    m_description->setMaximumHeight(80);

    addField(QStringLiteral("category"), tr("Category"), m_category);
    addField(QStringLiteral("code"), tr("Code"), m_code);
    addField(QStringLiteral("name"), tr("Name"), m_name);
    addField(QStringLiteral("description"), tr("Description"), m_description);
    addField(QStringLiteral("min_points"), tr("Fewest points"), m_min);
    addField(QStringLiteral("max_points"), tr("Most points"), m_max);
    addNote(tr("Equal for a fixed award; negative for a deduction."));
    addField(QStringLiteral("evidence_required"), QString(), m_evidence);
    addField(QStringLiteral("cap_per_period"), tr("Cap per household and period"), m_cap);
    if (!m_indicator.key.isEmpty())
        addNote(tr("Saving makes version %1; entries already made keep version %2.")
                    .arg(m_indicator.version + 1)
                    .arg(m_indicator.version));
    for (QLineEdit *edit : {m_category, m_code, m_name})
        connect(edit, &QLineEdit::textEdited, this, &IndicatorDialog::markChanged);
    for (QSpinBox *box : {m_min, m_max, m_cap})
        connect(box, &QSpinBox::valueChanged, this, &IndicatorDialog::markChanged);
    connect(m_description, &QPlainTextEdit::textChanged, this, &IndicatorDialog::markChanged);
    connect(m_evidence, &QCheckBox::toggled, this, &IndicatorDialog::markChanged);
}

QList<Error> IndicatorDialog::save()
{
    Indicator values = m_indicator;
    values.category = m_category->text();
    values.code = m_code->text();
    values.name = m_name->text();
    values.description = m_description->toPlainText();
    values.minPoints = m_min->value();
    values.maxPoints = m_max->value();
    values.evidenceRequired = m_evidence->isChecked();
    values.capPerPeriod = m_cap->value() > 0 ? std::optional<int>(m_cap->value()) : std::nullopt;
    PointsCatalogue catalogue(m_database);
    if (QList<Error> errors = catalogue.validate(values); !errors.isEmpty())
        return errors;
    const auto saved = m_indicator.key.isEmpty() ? catalogue.add(values) : catalogue.revise(m_indicator.key, values);
    if (!saved)
        return {saved.error()};
    m_savedId = *saved;
    return {};
}

} // namespace lianxin
