#pragma once

#include "core/staff/StaffClient.h"

#include <QHash>
#include <QListWidget>

namespace lianxin {

// The region tree the county server gave the staff screen, and what the administrator may choose in it:
// the regions of the administrator's own scope and everything below them.
class StaffRegions
{
public:
    StaffRegions() = default;
    StaffRegions(const QList<ServerRegion> &regions, const QStringList &adminScope);

    // Within the administrator's scope, in tree order (each region followed by those below it).
    const QList<ServerRegion> &choosable() const { return m_choosable; }
    QList<ServerRegion> ofKind(const QStringList &kinds) const;
    QList<ServerRegion> gridsOf(const QString &villageId) const;
    const ServerRegion *find(const QString &id) const;
    // How a region reads in a list: a grid with its village ("新安村 第1网格"), others by name.
    QString label(const QString &id) const;
    QString labels(const QStringList &ids) const;
    // 0 county … 3 grid.
    static int levelOf(const QString &kind);

private:
    QHash<QString, ServerRegion> m_byId;
    QList<ServerRegion> m_choosable;
};

// A list of the choosable regions with a box each, indented by level: an account's scope, the regions a
// staff member serves.
class RegionChecklist : public QListWidget
{
    Q_OBJECT

public:
    explicit RegionChecklist(const StaffRegions &regions, const QStringList &kinds = {}, QWidget *parent = nullptr);

    QStringList checkedIds() const;
    void setCheckedIds(const QStringList &ids);
    // Checks the region of this id (tests, and a row clicked by name).
    void check(const QString &id, bool checked = true);

signals:
    void changed();
};

} // namespace lianxin
