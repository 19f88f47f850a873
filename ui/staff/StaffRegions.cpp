#include "ui/staff/StaffRegions.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace lianxin {

StaffRegions::StaffRegions(const QList<ServerRegion> &regions, const QStringList &adminScope)
{
    QHash<QString, QList<ServerRegion>> children;
    for (const ServerRegion &region : regions) {
        m_byId.insert(region.id, region);
        children[region.parentId].append(region);
    }
    for (auto &list : children) {
        std::sort(list.begin(), list.end(), [](const ServerRegion &a, const ServerRegion &b) {
            return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.code < b.code;
        });
    }
    QSet<QString> seen;
    const std::function<void(const ServerRegion &)> walk = [&](const ServerRegion &region) {
        if (seen.contains(region.id))
            return;
        seen.insert(region.id);
        m_choosable.append(region);
        for (const ServerRegion &child : children.value(region.id))
            walk(child);
    };
    for (const ServerRegion &region : regions) {
        if (adminScope.contains(region.id))
            walk(region);
    }
}

int StaffRegions::levelOf(const QString &kind)
{
    if (kind == QLatin1String("county"))
        return 0;
    if (kind == QLatin1String("village") || kind == QLatin1String("community"))
        return 2;
    if (kind == QLatin1String("grid"))
        return 3;
    return 1;
}

QList<ServerRegion> StaffRegions::ofKind(const QStringList &kinds) const
{
    QList<ServerRegion> found;
    for (const ServerRegion &region : m_choosable) {
        if (kinds.contains(region.kind))
            found.append(region);
    }
    return found;
}

QList<ServerRegion> StaffRegions::gridsOf(const QString &villageId) const
{
    QList<ServerRegion> found;
    for (const ServerRegion &region : m_choosable) {
        if (region.kind == QLatin1String("grid") && region.parentId == villageId)
            found.append(region);
    }
    return found;
}

const ServerRegion *StaffRegions::find(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &*it;
}

QString StaffRegions::label(const QString &id) const
{
    const ServerRegion *region = find(id);
    if (!region)
        return QStringLiteral("—");
    if (region->kind == QLatin1String("grid")) {
        if (const ServerRegion *village = find(region->parentId))
            return village->name + QLatin1Char(' ') + region->name;
    }
    return region->name;
}

QString StaffRegions::labels(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids)
        names.append(label(id));
    return names.join(QStringLiteral("、"));
}

RegionChecklist::RegionChecklist(const StaffRegions &regions, const QStringList &kinds, QWidget *parent)
    : QListWidget(parent)
{
    const int top = regions.choosable().isEmpty() ? 0 : StaffRegions::levelOf(regions.choosable().first().kind);
    for (const ServerRegion &region : regions.choosable()) {
        if (!kinds.isEmpty() && !kinds.contains(region.kind))
            continue;
        const int indent = qMax(0, StaffRegions::levelOf(region.kind) - top);
        auto *item = new QListWidgetItem(
            QString(indent * 4, QLatin1Char(' ')) + region.name + QStringLiteral("  ") + region.code, this);
        item->setData(Qt::UserRole, region.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    setMinimumHeight(160);
    connect(this, &QListWidget::itemChanged, this, &RegionChecklist::changed);
}

QStringList RegionChecklist::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            ids.append(item(row)->data(Qt::UserRole).toString());
    }
    return ids;
}

void RegionChecklist::setCheckedIds(const QStringList &ids)
{
    for (int row = 0; row < count(); ++row)
        item(row)->setCheckState(ids.contains(item(row)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

void RegionChecklist::check(const QString &id, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toString() == id)
            item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace lianxin
