#include "ui/points/IndicatorDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lianxin {

namespace {
constexpr int kPointsLimit = 1000;

QSpinBox *pointsBox(int value)
{
    auto *box = new QSpinBox;
    box->setRange(-kPointsLimit, kPointsLimit);
    box->setValue(value);
    return box;
}
} // namespace

IndicatorDialog::IndicatorDialog(Database &database, Indicator indicator, QWidget *parent)
    : QDialog(parent), m_database(database), m_indicator(std::move(indicator)), m_category(new QLineEdit(m_indicator.category)),
      m_code(new QLineEdit(m_indicator.code)), m_name(new QLineEdit(m_indicator.name)),
      m_description(new QPlainTextEdit(m_indicator.description)), m_min(pointsBox(m_indicator.minPoints)),
      m_max(pointsBox(m_indicator.maxPoints)), m_evidence(new QCheckBox(tr("Evidence is required"))), m_cap(new QSpinBox),
      m_error(new QLabel)
{
    setWindowTitle(m_indicator.key.isEmpty() ? tr("New indicator") : tr("Change indicator %1").arg(m_indicator.code));
    m_evidence->setChecked(m_indicator.evidenceRequired);
    m_cap->setRange(0, kPointsLimit);
    m_cap->setSpecialValueText(tr("No cap"));
    m_cap->setValue(m_indicator.capPerPeriod.value_or(0));
    m_description->setMaximumHeight(80);
    m_category->setObjectName(QStringLiteral("category"));
    m_code->setObjectName(QStringLiteral("code"));
    m_name->setObjectName(QStringLiteral("name"));
    m_min->setObjectName(QStringLiteral("min_points"));
    m_max->setObjectName(QStringLiteral("max_points"));
    m_cap->setObjectName(QStringLiteral("cap_per_period"));
    m_error->setObjectName(QStringLiteral("general_error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Fewest points"), m_min);
    form->addRow(tr("Most points"), m_max);
    form->addRow(QString(), new QLabel(tr("Equal for a fixed award; negative for a deduction.")));
    form->addRow(QString(), m_evidence);
    form->addRow(tr("Cap per household and period"), m_cap);
    if (!m_indicator.key.isEmpty())
        form->addRow(QString(), new QLabel(tr("Saving makes version %1; entries already made keep version %2.")
                                               .arg(m_indicator.version + 1)
                                               .arg(m_indicator.version)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IndicatorDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Indicator IndicatorDialog::values() const
{
    Indicator v = m_indicator;
    v.category = m_category->text();
    v.code = m_code->text();
    v.name = m_name->text();
    v.description = m_description->toPlainText();
    v.minPoints = m_min->value();
    v.maxPoints = m_max->value();
    v.evidenceRequired = m_evidence->isChecked();
    v.capPerPeriod = m_cap->value() > 0 ? std::optional<int>(m_cap->value()) : std::nullopt;
    return v;
}

void IndicatorDialog::accept()
{
    PointsCatalogue catalogue(m_database);
    Indicator indicator = values();
    QList<Error> errors = catalogue.validate(indicator);
    Result<QString> saved = Error{};
    if (errors.isEmpty()) {
        saved = m_indicator.key.isEmpty() ? catalogue.add(indicator) : catalogue.revise(m_indicator.key, indicator);
        if (!saved)
            errors.append(saved.error());
    }
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const Error &error : std::as_const(errors))
            messages.append(error.message);
        m_error->setText(messages.join(QLatin1Char('\n')));
        m_error->show();
        if (auto *field = findChild<QWidget *>(errors.first().field))
            field->setFocus();
        return;
    }
    m_savedId = *saved;
    QDialog::accept();
}

} // namespace lianxin
