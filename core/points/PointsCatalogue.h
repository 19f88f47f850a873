#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace lianxin {

class Database;

// One version of an indicator of a village's catalogue. Points are signed: an award has 0 < min ≤ max,
// a deduction min ≤ max < 0; min = max is a fixed number of points.
struct Indicator
{
    QString id; // of this version
    QString villageId;
    QString key; // the same for every version of the indicator
    int version = 1;
    QString category;
    QString code;
    QString name;
    QString description;
    int minPoints = 1;
    int maxPoints = 1;
    bool evidenceRequired = false;
    std::optional<int> capPerPeriod; // most points (in absolute value) a household gets from it per period
    bool retired = false;
};

// A village's (or, as a template, a township's) indicator catalogue. Versioned and append-only: a change
// is a new version, retiring is a version marked retired; entries keep pointing at the version they were
// made with, so nothing already recorded ever changes.
class PointsCatalogue
{
public:
    explicit PointsCatalogue(Database &database);

    // Every problem with an indicator's values, each naming its field.
    QList<Error> validate(Indicator &indicator) const;
    // A new indicator (version 1).
    [[nodiscard]] Result<QString> add(Indicator indicator);
    // A new version of the indicator with the given values (same key, next version).
    [[nodiscard]] Result<QString> revise(const QString &key, Indicator values);
    [[nodiscard]] Result<QString> retire(const QString &key);

    std::optional<Indicator> get(const QString &versionId) const;
    // The newest version of an indicator, retired or not.
    std::optional<Indicator> latestVersion(const QString &key) const;
    // The latest version of each indicator that is not retired, by category and code.
    QList<Indicator> current(const QString &villageId) const;
    // Fills an empty catalogue with the default one (resources/seed/points-catalogue.csv) or with a copy of
    // a township's template catalogue; returns the number of indicators made.
    [[nodiscard]] Result<int> installDefault(const QString &villageId);
    [[nodiscard]] Result<int> copyFrom(const QString &templateRegionId, const QString &villageId);

private:
    [[nodiscard]] Result<QString> write(const Indicator &indicator);

    Database &m_database;
};

} // namespace lianxin
