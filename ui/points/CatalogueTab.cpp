#include "ui/points/CatalogueTab.h"

#include "core/points/PointsCatalogue.h"
#include "core/register/RegionRepository.h"
#include "ui/forms/Ask.h"
#include "ui/points/IndicatorDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
constexpr int kNoThreshold = -10000; // the spin box's lowest value stands for "none"

QString pointsRange(const Indicator &i)
{
    return i.minPoints == i.maxPoints ? signedPoints(i.minPoints)
                                      : QStringLiteral("%1 ~ %2").arg(signedPoints(i.minPoints), signedPoints(i.maxPoints));
}
} // namespace

CatalogueTab::CatalogueTab(Database &database, const Account &account, QWidget *parent)
    : PointsTab(database, account, parent), m_period(new QComboBox), m_noticeDays(new QSpinBox), m_threshold(new QSpinBox),
      m_table(makeTable({tr("Category"), tr("Code"), tr("Indicator"), tr("Points"), tr("Evidence"), tr("Cap per period"),
                         tr("Version")}, 2)),
      m_install(new QPushButton(tr("Install the default catalogue"))),
      m_copy(new QPushButton(tr("Copy the township's template")))
{
    m_period->addItem(tr("Month"), QStringLiteral("month"));
    m_period->addItem(tr("Quarter"), QStringLiteral("quarter"));
    m_period->addItem(tr("Year"), QStringLiteral("year"));
    m_noticeDays->setRange(1, 60);
    m_noticeDays->setSuffix(tr(" days"));
    m_threshold->setRange(kNoThreshold, 100000);
    m_threshold->setSpecialValueText(tr("None"));
    m_period->setObjectName(QStringLiteral("period"));
    m_noticeDays->setObjectName(QStringLiteral("notice_days"));
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_table->setObjectName(QStringLiteral("indicators"));
    m_install->setObjectName(QStringLiteral("installDefault"));

    auto *settings = new QHBoxLayout;
    settings->addWidget(new QLabel(tr("Points are capped, ranked and listed per")));
    settings->addWidget(m_period);
    settings->addWidget(new QLabel(tr("Public notice")));
    settings->addWidget(m_noticeDays);
    settings->addWidget(new QLabel(tr("Flag households under")));
    settings->addWidget(m_threshold);
    auto *saveSettings = new QPushButton(tr("Save settings"));
    settings->addWidget(saveSettings);
    settings->addStretch();

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New indicator…"));
    auto *change = new QPushButton(tr("Change…"));
    auto *retire = new QPushButton(tr("Retire…"));
    m_editButtons = {saveSettings, add, change, retire, m_install, m_copy};
    for (QPushButton *button : {add, change, retire, m_install, m_copy})
        buttons->addWidget(button);
    buttons->addStretch();
    connect(saveSettings, &QPushButton::clicked, this, &CatalogueTab::saveSettings);
    connect(add, &QPushButton::clicked, this, &CatalogueTab::addIndicator);
    connect(change, &QPushButton::clicked, this, &CatalogueTab::changeIndicator);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CatalogueTab::changeIndicator);
    connect(retire, &QPushButton::clicked, this, &CatalogueTab::retireIndicator);
    connect(m_install, &QPushButton::clicked, this, &CatalogueTab::installDefault);
    connect(m_copy, &QPushButton::clicked, this, &CatalogueTab::copyTemplate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("A change makes a new version of the indicator: entries already made keep the version "
                                    "they were made with.")));
}

void CatalogueTab::reload()
{
    const PointsSettings s = PointsLedger(m_database).settings(m_villageId);
    m_period->setCurrentIndex(m_period->findData(s.period));
    m_noticeDays->setValue(s.noticeDays);
    m_threshold->setValue(s.threshold.value_or(kNoThreshold));
    const QList<Indicator> indicators = PointsCatalogue(m_database).current(m_villageId);
    QList<QStringList> rows;
    QStringList ids;
    for (const Indicator &i : indicators) {
        rows.append({i.category, i.code, i.name, pointsRange(i), i.evidenceRequired ? tr("Required") : QString(),
                     i.capPerPeriod ? QString::number(*i.capPerPeriod) : QString(), QString::number(i.version)});
        ids.append(i.id);
    }
    fillTable(m_table, rows, ids);
    for (QPushButton *button : std::as_const(m_editButtons))
        button->setEnabled(canEdit() && !m_villageId.isEmpty());
    m_install->setEnabled(m_install->isEnabled() && indicators.isEmpty());
    m_copy->setEnabled(m_copy->isEnabled() && indicators.isEmpty());
}

void CatalogueTab::saveSettings()
{
    PointsSettings s = PointsLedger(m_database).settings(m_villageId);
    s.period = m_period->currentData().toString();
    s.noticeDays = m_noticeDays->value();
    s.threshold = m_threshold->value() == kNoThreshold ? std::nullopt : std::optional<int>(m_threshold->value());
    if (report(PointsLedger(m_database).saveSettings(s), tr("Save settings")))
        emit changed();
}

void CatalogueTab::addIndicator()
{
    Indicator fresh;
    fresh.villageId = m_villageId;
    fresh.key.clear();
    IndicatorDialog dialog(m_database, fresh, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed();
}

void CatalogueTab::changeIndicator()
{
    const auto indicator = PointsCatalogue(m_database).get(selectedId(m_table));
    if (!indicator || !canEdit())
        return;
    IndicatorDialog dialog(m_database, *indicator, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed();
}

void CatalogueTab::retireIndicator()
{
    const auto indicator = PointsCatalogue(m_database).get(selectedId(m_table));
    if (!indicator)
        return;
    if (ask::question(this, tr("Retire"),
                      tr("Retire %1 %2? It can no longer be proposed; entries already made keep it.").arg(indicator->code, indicator->name),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (report(toStatus(PointsCatalogue(m_database).retire(indicator->key)), tr("Retire")))
        emit changed();
}

void CatalogueTab::installDefault()
{
    const auto made = PointsCatalogue(m_database).installDefault(m_villageId);
    if (report(toStatus(made), tr("Install the default catalogue")))
        emit changed();
}

void CatalogueTab::copyTemplate()
{
    const auto village = RegionRepository(m_database).get(m_villageId);
    if (!village)
        return;
    const auto made = PointsCatalogue(m_database).copyFrom(village->parentId, m_villageId);
    if (!report(toStatus(made), tr("Copy the township's template")))
        return;
    if (*made == 0)
        QMessageBox::information(this, tr("Copy the township's template"), tr("The township has published no template."));
    emit changed();
}

} // namespace lianxin
