#include "ui/mediation/MediationReportPage.h"

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
    // The kind or source takes what the figures leave; each figure is as wide as its two-line heading.
    widget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    widget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
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

// The figures' columns, in the order of ReportLine and of the printed form.
QStringList figureHeaders()
{
    return {MediationReportPage::tr("Received"),
            MediationReportPage::tr("Referred\nin"),
            MediationReportPage::tr("Referred\nout"),
            MediationReportPage::tr("Agreements"),
            MediationReportPage::tr("Mediation\nended"),
            MediationReportPage::tr("Withdrawn"),
            MediationReportPage::tr("Transferred"),
            MediationReportPage::tr("Disputes\nmediated"),
            MediationReportPage::tr("Success\nrate"),
            MediationReportPage::tr("Amount covered\n(yuan)"),
            MediationReportPage::tr("Kept from\nviolence (cases)"),
            MediationReportPage::tr("Kept from\nviolence (people)"),
            MediationReportPage::tr("Group disputes\n(cases)"),
            MediationReportPage::tr("Group disputes\n(people)")};
}

QStringList cells(const QString &label, const ReportLine &line)
{
    return QStringList{label} + MediationReport::figureTexts(line, QLocale());
}

void fill(QTableWidget *widget, const QList<ReportLine> &lines, const Vocabulary &vocabulary, const ReportLine &total)
{
    widget->setRowCount(int(lines.size()) + 1);
    for (int row = 0; row < lines.size(); ++row)
        setRow(widget, row, cells(vocabulary::label(vocabulary, lines.at(row).key), lines.at(row)));
    setRow(widget, int(lines.size()), cells(MediationReportPage::tr("Total"), total), true);
}
} // namespace

MediationReportPage::MediationReportPage(Database &database, const Account &account, QWidget *parent)
    : QWidget(parent), m_database(database), m_account(account), m_region(new QComboBox), m_period(new QComboBox),
      m_year(new QSpinBox), m_number(new QSpinBox),
      m_categories(table(QStringList{tr("Kind of dispute")} + figureHeaders())),
      m_sources(table(QStringList{tr("Source")} + figureHeaders())), m_notes(new QLabel)
{
    m_categories->setObjectName(QStringLiteral("categories"));
    m_sources->setObjectName(QStringLiteral("sources"));
    m_region->setObjectName(QStringLiteral("region"));
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("Month"), QStringLiteral("month"));
    m_period->addItem(tr("Quarter"), QStringLiteral("quarter"));
    m_period->addItem(tr("Year"), QStringLiteral("year"));
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
    layout->addWidget(m_sources, 2);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setWordWrap(true);
    layout->addWidget(m_notes);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const QString period = m_period->currentData().toString();
        const QSignalBlocker blocker(m_number);
        m_number->setRange(1, period == QLatin1String("quarter") ? 4 : 12);
        m_number->setValue(period == QLatin1String("quarter") ? (chinaToday(m_database.clock()).month() + 2) / 3
                                                              : chinaToday(m_database.clock()).month());
        m_number->setVisible(period != QLatin1String("year"));
        refresh();
    });
    for (QSpinBox *spin : {m_year, m_number})
        connect(spin, &QSpinBox::valueChanged, this, &MediationReportPage::refresh);
    connect(m_region, &QComboBox::currentIndexChanged, this, &MediationReportPage::refresh);
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportAs(true); });
    // The figures are read when the page is shown (showEvent), not when the window is built.
}

void MediationReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
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
    const QString period = m_period->currentData().toString();
    const auto [from, to] = period == QLatin1String("year") ? MediationReport::year(m_year->value())
                            : period == QLatin1String("quarter")
                                ? MediationReport::quarter(m_year->value(), m_number->value())
                                : MediationReport::month(m_year->value(), m_number->value());
    m_report = MediationReport(m_database).compute(from, to, m_region->currentData().toString(), m_account.scope);
    fill(m_categories, m_report.byCategory, vocabulary::disputeCategories(), m_report.total);
    fill(m_sources, m_report.bySource, vocabulary::disputeSources(), m_report.total);
    QStringList notes;
    if (m_report.unresolvedOutcomes > 0)
        notes.append(
            tr("%n case(s) have two outcomes recorded on different devices; each is counted by the earlier one "
               "until its mediator chooses the one that stands on the case page.",
               nullptr, m_report.unresolvedOutcomes));
    if (m_report.foldedIntoOther > 0)
        notes.append(tr("Some cases are of a kind or source this version of Lianxin does not know (recorded on a newer "
                        "version); they are counted under Other."));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

Status MediationReportPage::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(MediationReport::toCsv(m_report, regionName())) < 0 ||
        !file.flush())
        return Error{QStringLiteral("path"), tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

Status MediationReportPage::exportPdf(const QString &path) const
{
    return toStatus(documents::writeReportPdf(m_report, regionName(), path));
}

void MediationReportPage::exportAs(bool pdf)
{
    const QString name =
        tr("Mediation report %1 %2 to %3")
            .arg(regionName(), m_report.from.toString(Qt::ISODate), m_report.to.toString(Qt::ISODate)) +
        (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"), QDir(folder).filePath(name),
                                     pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status status = pdf ? exportPdf(path) : exportCsv(path);
    if (!status)
        QMessageBox::warning(this, windowTitle(), status.error().message);
}

} // namespace lianxin
