#include "ui/disputes/MediationReportPage.h"

#include "core/common/ChinaTime.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/register/RegionRepository.h"
#include "core/storage/Database.h"
#include "ui/documents/ReportDocument.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
QTableWidget *table(const QStringList &headers)
{
    auto *widget = new QTableWidget(0, int(headers.size()));
    widget->setHorizontalHeaderLabels(headers);
    widget->verticalHeader()->hide();
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return widget;
}

void setRow(QTableWidget *widget, int row, const QStringList &cells, bool bold = false)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        widget->setItem(row, column, item);
    }
}
} // namespace

MediationReportPage::MediationReportPage(Database &database, const Account &account, QWidget *parent)
    : QWidget(parent), m_database(database), m_account(account), m_region(new QComboBox), m_period(new QComboBox),
      m_year(new QSpinBox), m_number(new QSpinBox),
      m_categories(table({tr("Kind of dispute"), tr("Received"), tr("Agreements"), tr("Mediation ended"), tr("Success rate"),
                          tr("Amount covered (yuan)"), tr("Kept from turning violent"), tr("Group disputes settled")})),
      m_sources(table({tr("Source"), tr("Received")})), m_folded(new QLabel)
{
    m_region->setObjectName(QStringLiteral("region"));
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("Month"), QStringLiteral("month"));
    m_period->addItem(tr("Quarter"), QStringLiteral("quarter"));
    const QDate today = chinaToday(database.clock());
    m_year->setRange(2000, 2200);
    m_year->setValue(today.year());
    m_year->setObjectName(QStringLiteral("year"));
    m_number->setRange(1, 12);
    m_number->setValue(today.month());
    m_number->setObjectName(QStringLiteral("number"));
    fillRegions();

    auto *csv = new QPushButton(tr("Export CSV…"));
    auto *pdf = new QPushButton(tr("Export PDF…"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Mediation report for")));
    controls->addWidget(m_region);
    controls->addWidget(m_period);
    controls->addWidget(m_year);
    controls->addWidget(m_number);
    controls->addStretch(1);
    controls->addWidget(csv);
    controls->addWidget(pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_categories, 3);
    layout->addWidget(m_sources, 1);
    m_folded->setObjectName(QStringLiteral("folded"));
    m_folded->setWordWrap(true);
    layout->addWidget(m_folded);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool quarter = m_period->currentData().toString() == QLatin1String("quarter");
        const QSignalBlocker blocker(m_number);
        m_number->setRange(1, quarter ? 4 : 12);
        m_number->setValue(quarter ? (chinaToday(m_database.clock()).month() + 2) / 3
                                   : chinaToday(m_database.clock()).month());
        refresh();
    });
    for (QSpinBox *spin : {m_year, m_number})
        connect(spin, &QSpinBox::valueChanged, this, &MediationReportPage::refresh);
    connect(m_region, &QComboBox::currentIndexChanged, this, &MediationReportPage::refresh);
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportAs(true); });
    refresh();
}

void MediationReportPage::fillRegions()
{
    // The account's own regions, and the villages under a township.
    RegionRepository regions(m_database);
    for (const QString &id : m_account.scope) {
        const auto region = regions.get(id);
        if (!region)
            continue;
        m_region->addItem(region->name, region->id);
        if (levelOf(region->kind) < RegionLevel::Village) {
            for (const Region &child : regions.children(region->id))
                m_region->addItem(QStringLiteral("    ") + child.name, child.id);
        }
    }
}

QString MediationReportPage::regionName() const
{
    return m_region->currentText().trimmed();
}

void MediationReportPage::refresh()
{
    const bool quarter = m_period->currentData().toString() == QLatin1String("quarter");
    const auto [from, to] = quarter ? MediationReport::quarter(m_year->value(), m_number->value())
                                    : MediationReport::month(m_year->value(), m_number->value());
    m_report = MediationReport(m_database).compute(from, to, m_region->currentData().toString(), m_account.scope);
    const QLocale locale;
    const auto cells = [&locale](const QString &label, const ReportLine &line) {
        return QStringList{label, QString::number(line.received), QString::number(line.agreed), QString::number(line.failed),
                           QStringLiteral("%1%").arg(line.successRate(), 0, 'f', 1),
                           locale.toString(double(line.agreedAmountFen) / 100.0, 'f', 2),
                           QString::number(line.keptFromViolence), QString::number(line.groupCases)};
    };
    m_categories->setRowCount(int(m_report.byCategory.size()) + 1);
    for (int row = 0; row < m_report.byCategory.size(); ++row) {
        const ReportLine &line = m_report.byCategory.at(row);
        setRow(m_categories, row, cells(vocabulary::label(vocabulary::disputeCategories(), line.key), line));
    }
    setRow(m_categories, int(m_report.byCategory.size()), cells(tr("Total"), m_report.total), true);
    m_sources->setRowCount(int(m_report.bySource.size()));
    for (int row = 0; row < m_report.bySource.size(); ++row) {
        const ReportLine &line = m_report.bySource.at(row);
        setRow(m_sources, row, {vocabulary::label(vocabulary::disputeSources(), line.key), QString::number(line.received)});
    }
    m_folded->setText(m_report.foldedIntoOther > 0
                          ? tr("Some cases are of a kind or source this version of Lianxin does not know (recorded on a newer "
                               "version); they are counted under Other.")
                          : QString());
    m_folded->setVisible(m_report.foldedIntoOther > 0);
}

Status MediationReportPage::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(MediationReport::toCsv(m_report)) < 0 || !file.flush())
        return Error{QStringLiteral("path"), tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

Status MediationReportPage::exportPdf(const QString &path) const
{
    return toStatus(documents::writeReportPdf(m_report, regionName(), path));
}

void MediationReportPage::exportAs(bool pdf)
{
    const QString name = tr("Mediation report %1 %2 to %3")
                             .arg(regionName(), m_report.from.toString(Qt::ISODate), m_report.to.toString(Qt::ISODate)) +
                         (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"), QDir(folder).filePath(name),
                                                      pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status status = pdf ? exportPdf(path) : exportCsv(path);
    if (!status)
        QMessageBox::warning(this, windowTitle(), status.error().message);
}

} // namespace lianxin
