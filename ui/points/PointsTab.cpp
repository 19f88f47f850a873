#include "ui/points/PointsTab.h"

#include "core/points/PointsEvidence.h"
#include "ui/documents/StoredFile.h"
#include "ui/forms/Ask.h"
#include "ui/forms/ListTable.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QTableWidget>

namespace lianxin {

namespace {
constexpr char kStretch[] = "stretchColumn";
} // namespace

PointsTab::PointsTab(Database &database, const Account &account, QWidget *parent)
    : QWidget(parent), m_database(database), m_account(account)
{
}

void PointsTab::setVillage(const QString &villageId, const QString &villageName)
{
    m_villageId = villageId;
    m_villageName = villageName;
}

bool PointsTab::report(const Status &status, const QString &action)
{
    if (status)
        return true;
    QMessageBox::warning(this, action, status.error().message);
    return false;
}

void PointsTab::actOnSelected(const QTableWidget *table, const QString &action, const QString &question,
                              const std::function<Status(const QString &, const QString &)> &act)
{
    const QString id = selectedId(table);
    if (id.isEmpty())
        return;
    const auto text = ask::text(this, action, question);
    if (text && report(act(id, *text), action))
        emit changed();
}

void PointsTab::openEvidence(const QTableWidget *table)
{
    const QString id = selectedId(table);
    if (id.isEmpty())
        return;
    const QList<EvidenceFile> files = PointsEvidence(m_database).list(id);
    if (files.isEmpty())
        QMessageBox::information(this, tr("Evidence files"), tr("No file was attached to this entry."));
    for (const EvidenceFile &file : files)
        openStoredFile(this, m_database, file.sha256, file.fileName);
}

QString entryWho(const BoardEntry &row)
{
    return row.personName.isEmpty() || row.personName == row.householdName
               ? row.householdName
               : PointsTab::tr("%1 (%2)").arg(row.householdName, row.personName);
}

QString evidenceText(const BoardEntry &row)
{
    if (row.evidenceFiles == 0)
        return row.entry.evidence;
    return row.entry.evidence + QLatin1Char(' ') + PointsTab::tr("(%n file(s))", nullptr, row.evidenceFiles);
}

QString entryStateLabel(EntryState state)
{
    switch (state) {
    case EntryState::Proposed: return PointsTab::tr("Awaiting the meeting");
    case EntryState::Rejected: return PointsTab::tr("Not approved");
    case EntryState::Posted: return PointsTab::tr("Under public notice");
    case EntryState::Objected: return PointsTab::tr("Objection open");
    case EntryState::Confirmed: return PointsTab::tr("Confirmed");
    case EntryState::Revoked: return PointsTab::tr("Revoked");
    }
    return {};
}

QString signedPoints(int points)
{
    return points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points);
}

QTableWidget *makeTable(const QStringList &headers, int stretch)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setProperty(kStretch, stretch < 0 ? int(headers.size()) - 1 : stretch);
    table->setAlternatingRowColors(true);
    return table;
}

void fillTable(QTableWidget *table, const QList<QStringList> &rows, const QStringList &ids)
{
    const list_table::Refill refill(table);
    table->setRowCount(0);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (c == 0)
                item->setData(Qt::UserRole, ids.value(r));
            table->setItem(r, c, item);
        }
    }
    // Fitted to the contents the first time (Refill), then the stretching column takes what room is left, as
    // the table resizes too.
    table->horizontalHeader()->setSectionResizeMode(table->property(kStretch).toInt(), QHeaderView::Stretch);
}

QString selectedId(const QTableWidget *table)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return {};
    return table->item(row, 0)->data(Qt::UserRole).toString();
}

} // namespace lianxin
