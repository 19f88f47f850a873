#include "ui/points/HouseholdPicker.h"

#include "core/register/HouseholdRepository.h"
#include "core/search/RegisterSearch.h"
#include "core/storage/Database.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSet>
#include <QStandardItemModel>

namespace lianxin {

namespace {
constexpr int kHits = 12;
constexpr int kHouseholdRole = Qt::UserRole + 1;

// The head of household's name and the address: how a village knows a household.
QString householdLabel(Database &database, const QString &householdId)
{
    const auto heading = HouseholdRepository(database).heading(householdId);
    if (!heading)
        return {};
    return heading->headName.isEmpty() ? heading->address
                                       : heading->headName + QStringLiteral(" · ") + heading->address;
}
} // namespace

HouseholdPicker::HouseholdPicker(Database &database, bool numbers, QWidget *parent)
    : QLineEdit(parent), m_database(database), m_numbers(numbers), m_hits(new QStandardItemModel(this))
{
    setPlaceholderText(tr("Name, address or ID number of the household"));
    setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_hits, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(completer);
    connect(this, &QLineEdit::textEdited, this, &HouseholdPicker::search);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &HouseholdPicker::choose);
    connect(this, &QLineEdit::returnPressed, this, &HouseholdPicker::chooseOnly);
}

bool HouseholdPicker::setVillage(const QString &villageId)
{
    if (villageId == m_villageId)
        return false;
    m_villageId = villageId;
    clearChoice();
    return true;
}

void HouseholdPicker::clearChoice()
{
    m_householdId.clear();
    m_hits->clear();
    clear();
}

void HouseholdPicker::setHousehold(const QString &householdId)
{
    m_householdId = householdId;
    setText(householdLabel(m_database, householdId));
}

void HouseholdPicker::search(const QString &text)
{
    m_householdId.clear();
    m_hits->clear();
    if (text.trimmed().isEmpty() || m_villageId.isEmpty())
        return;
    QSet<QString> seen;
    for (const SearchHit &hit : RegisterSearch(m_database, QStringList{m_villageId}, m_numbers).find(text, kHits * 2)) {
        if (seen.contains(hit.householdId) || seen.size() >= kHits)
            continue;
        seen.insert(hit.householdId);
        auto *item = new QStandardItem(householdLabel(m_database, hit.householdId));
        item->setData(hit.householdId, kHouseholdRole);
        m_hits->appendRow(item);
    }
    completer()->complete();
}

void HouseholdPicker::choose(const QModelIndex &index)
{
    // The completer's popup shows its own proxy; the text identifies the row in the hits.
    const QList<QStandardItem *> found = m_hits->findItems(index.data().toString());
    if (found.isEmpty())
        return;
    m_householdId = found.first()->data(kHouseholdRole).toString();
    setText(found.first()->text());
    emit chosen(m_householdId);
}

void HouseholdPicker::chooseOnly()
{
    if (!m_householdId.isEmpty()) {
        emit chosen(m_householdId);
        return;
    }
    if (m_hits->rowCount() == 1)
        choose(m_hits->index(0, 0));
}

} // namespace lianxin
