#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace lianxin {

class Database;

struct Department
{
    QString id;
    QString townshipId;
    QString name;
    bool retired = false;
};

// A kind of request with the department that handles it and its time limit: same day (即办), a number of
// working days (承诺件), or passed to a county body (上报件, a number of working days too).
struct ServiceKind
{
    QString id;
    QString townshipId;
    QString type = QStringLiteral("request"); // request | event: which of them it is a kind of
    QString code;
    QString name;
    QString departmentId;
    QString limitKind; // same_day | working_days | county
    int limitDays = 0;
    bool retired = false;
};

// How often households are visited in a township (户户到): every household once a period, key households
// (those with one of the key tags) every `keyDays` days.
struct VisitSettings
{
    QString id;
    QString townshipId;
    QString period = QStringLiteral("month"); // month | quarter
    QStringList keyTags;
    int keyDays = 14;
};

// The township's service data: departments, the catalogue of request kinds, the visit plan. Kept by the
// township sub-centre, synced to every device of the township.
class ServiceCatalogue
{
public:
    explicit ServiceCatalogue(Database &database) : m_database(database) {}

    QList<Department> departments(const QString &townshipId, bool withRetired = false) const;
    // The township's kinds, of one type (request or event) or of both when `type` is empty.
    QList<ServiceKind> kinds(const QString &townshipId, bool withRetired = false, const QString &type = {}) const;
    std::optional<ServiceKind> kind(const QString &id) const;
    QString departmentName(const QString &id) const;
    // The township's settings, or the defaults when it has none.
    VisitSettings visitSettings(const QString &townshipId) const;

    [[nodiscard]] Result<QString> saveDepartment(Department department);
    [[nodiscard]] Result<QString> saveKind(ServiceKind kind);
    [[nodiscard]] Result<QString> saveVisitSettings(VisitSettings settings);
    // The usual departments and kinds of DOMAIN.md for a township that has none (demo, first set-up).
    [[nodiscard]] Status addDefaults(const QString &townshipId);

    // The township a region lies in (itself when it is one).
    QString townshipOf(const QString &regionId) const;

private:
    Database &m_database;
};

} // namespace lianxin
