#include "core/service/ServiceCatalogue.h"

#include "core/register/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalogue)
};

// A row of SELECT id, township_id, code, name, department_id, limit_kind, limit_days, retired, type.
ServiceKind kindFrom(const QSqlQuery &query)
{
    ServiceKind kind;
    kind.id = query.value(0).toString();
    kind.townshipId = query.value(1).toString();
    kind.code = query.value(2).toString();
    kind.name = query.value(3).toString();
    kind.departmentId = query.value(4).toString();
    kind.limitKind = query.value(5).toString();
    kind.limitDays = query.value(6).toInt();
    kind.retired = query.value(7).toInt() != 0;
    kind.type = query.value(8).toString();
    return kind;
}
} // namespace

QList<Department> ServiceCatalogue::departments(const QString &townshipId, bool withRetired) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, township_id, name, retired FROM departments "
                       "WHERE township_id = ? AND deleted = 0 AND (? OR retired = 0) ORDER BY name"));
    query.addBindValue(townshipId);
    query.addBindValue(withRetired);
    QList<Department> list;
    if (m_database.exec(query)) {
        while (query.next())
            list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toInt() != 0});
    }
    return list;
}

QList<ServiceKind> ServiceCatalogue::kinds(const QString &townshipId, bool withRetired, const QString &type) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, township_id, code, name, department_id, limit_kind, limit_days, retired, type "
                       "FROM service_kinds WHERE township_id = :township AND deleted = 0 AND (:retired OR retired = 0) "
                       "AND (:type = '' OR type = :type) ORDER BY code"));
    query.bindValue(QStringLiteral(":township"), townshipId);
    query.bindValue(QStringLiteral(":retired"), withRetired);
    query.bindValue(QStringLiteral(":type"), type.isNull() ? QStringLiteral("") : type);
    QList<ServiceKind> list;
    if (m_database.exec(query)) {
        while (query.next())
            list.append(kindFrom(query));
    }
    return list;
}

std::optional<ServiceKind> ServiceCatalogue::kind(const QString &id) const
{
    QSqlQuery &query = m_database.cached(QStringLiteral(
        "SELECT id, township_id, code, name, department_id, limit_kind, limit_days, retired, type FROM service_kinds "
        "WHERE id = ? AND deleted = 0"));
    query.bindValue(0, id);
    std::optional<ServiceKind> kind;
    if (m_database.exec(query) && query.next())
        kind = kindFrom(query);
    query.finish();
    return kind;
}

QString ServiceCatalogue::departmentName(const QString &id) const
{
    QSqlQuery &query = m_database.cached(QStringLiteral("SELECT name FROM departments WHERE id = ?"));
    query.bindValue(0, id);
    QString name;
    if (m_database.exec(query) && query.next())
        name = query.value(0).toString();
    query.finish();
    return name;
}

VisitSettings ServiceCatalogue::visitSettings(const QString &townshipId) const
{
    QSqlQuery &query =
        m_database.cached(QStringLiteral("SELECT id, period, key_tags, key_days FROM visit_settings WHERE township_id "
                                         "= ? AND deleted = 0 ORDER BY updated_at DESC LIMIT 1"));
    query.bindValue(0, townshipId);
    VisitSettings settings;
    settings.townshipId = townshipId;
    settings.keyTags = {QStringLiteral("minimum_income"), QStringLiteral("five_guarantees"),
                        QStringLiteral("elderly_alone"), QStringLiteral("left_behind"),
                        QStringLiteral("poverty_monitoring")};
    if (m_database.exec(query) && query.next()) {
        settings.id = query.value(0).toString();
        settings.period = query.value(1).toString();
        settings.keyTags = RecordWriter::storedList(query.value(2));
        settings.keyDays = query.value(3).toInt();
    }
    query.finish();
    return settings;
}

Result<QString> ServiceCatalogue::saveDepartment(Department department)
{
    department.name = department.name.trimmed();
    if (Status status = checkRequiredText(QStringLiteral("name"), Tr::tr("Department"), department.name, 40); !status)
        return status.error();
    RecordWriter writer(m_database);
    const QVariantMap values{{QStringLiteral("township_id"), department.townshipId},
                             {QStringLiteral("name"), department.name},
                             {QStringLiteral("retired"), department.retired}};
    if (department.id.isEmpty())
        return writer.insert(tables::departments(), values);
    if (auto updated = writer.update(tables::departments(), department.id, values); !updated)
        return updated.error();
    return department.id;
}

Result<QString> ServiceCatalogue::saveKind(ServiceKind kind)
{
    kind.name = kind.name.trimmed();
    kind.code = kind.code.trimmed();
    if (Status status = checkRequiredText(QStringLiteral("name"), Tr::tr("Kind of request"), kind.name, 40); !status)
        return status.error();
    if (Status status = checkRequiredText(QStringLiteral("code"), Tr::tr("Code"), kind.code, 10); !status)
        return status.error();
    if (kind.type != QLatin1String("request") && kind.type != QLatin1String("event"))
        return Error{QStringLiteral("type"), Tr::tr("Choose whether it is a kind of service request or of event.")};
    if (kind.limitKind == QLatin1String("same_day"))
        kind.limitDays = 0;
    else if (kind.limitKind != QLatin1String("working_days") && kind.limitKind != QLatin1String("county"))
        return Error{QStringLiteral("limit_kind"),
                     Tr::tr("Choose the time limit: same day, working days or passed to the county.")};
    else if (kind.limitDays < 1 || kind.limitDays > 60)
        return Error{QStringLiteral("limit_days"), Tr::tr("The time limit must be 1 to 60 working days.")};
    RecordWriter writer(m_database);
    const QVariantMap values{{QStringLiteral("township_id"), kind.townshipId},
                             {QStringLiteral("type"), kind.type},
                             {QStringLiteral("code"), kind.code},
                             {QStringLiteral("name"), kind.name},
                             {QStringLiteral("department_id"), kind.departmentId},
                             {QStringLiteral("limit_kind"), kind.limitKind},
                             {QStringLiteral("limit_days"), kind.limitDays},
                             {QStringLiteral("retired"), kind.retired}};
    if (kind.id.isEmpty())
        return writer.insert(tables::serviceKinds(), values);
    if (auto updated = writer.update(tables::serviceKinds(), kind.id, values); !updated)
        return updated.error();
    return kind.id;
}

Result<QString> ServiceCatalogue::saveVisitSettings(VisitSettings settings)
{
    if (settings.period != QLatin1String("month") && settings.period != QLatin1String("quarter"))
        return Error{QStringLiteral("period"), Tr::tr("Households are visited once a month or once a quarter.")};
    if (settings.keyDays < 1 || settings.keyDays > 92)
        return Error{QStringLiteral("key_days"), Tr::tr("Key households are visited every 1 to 92 days.")};
    if (const QString unknown = vocabulary::firstUnknown(vocabulary::householdTags(), settings.keyTags);
        !unknown.isEmpty())
        return Error{QStringLiteral("key_tags"), Tr::tr("Unknown household tag \"%1\".").arg(unknown)};
    RecordWriter writer(m_database);
    const QVariantMap values{{QStringLiteral("township_id"), settings.townshipId},
                             {QStringLiteral("period"), settings.period},
                             {QStringLiteral("key_tags"), settings.keyTags},
                             {QStringLiteral("key_days"), settings.keyDays}};
    if (settings.id.isEmpty())
        return writer.insert(tables::visitSettings(), values);
    if (auto updated = writer.update(tables::visitSettings(), settings.id, values); !updated)
        return updated.error();
    return settings.id;
}

Status ServiceCatalogue::addDefaults(const QString &townshipId)
{
    if (!departments(townshipId, true).isEmpty())
        return {};
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status;
    // Chinese names: the departments and kinds are the township's data, edited there, not interface text.
    struct Default
    {
        const char *department;
        QList<std::tuple<const char *, const char *, const char *, int>> kinds;
    };
    const QList<Default> defaults{
        {"人社所", {{"S01", "养老保险业务", "working_days", 5}}},
        {"医保站", {{"S02", "医疗保险业务", "working_days", 3}}},
        {"民政办", {{"S03", "低保特困申请", "working_days", 5}, {"S04", "临时救助", "working_days", 3}}},
        {"残联", {{"S05", "残疾证办理", "county", 15}}},
        {"派出所", {{"S06", "户籍身份证业务", "working_days", 5}}},
        {"自然资源所", {{"S07", "土地林地宅基地", "county", 15}}},
        {"农业综合服务中心", {{"S08", "农业补贴", "working_days", 5}}},
        {"司法所", {{"S09", "法律援助咨询", "same_day", 0}, {"S10", "矛盾纠纷线索", "same_day", 0}}},
        {"综治办", {{"E01", "安全隐患", "same_day", 0}, {"E02", "信访苗头", "working_days", 3}}},
    };
    for (const Default &entry : defaults) {
        const auto department = saveDepartment({{}, townshipId, QString::fromUtf8(entry.department), false});
        if (!department)
            return department.error();
        for (const auto &[code, name, limit, days] : entry.kinds) {
            ServiceKind kind;
            kind.townshipId = townshipId;
            kind.type = code[0] == 'E' ? QStringLiteral("event") : QStringLiteral("request");
            kind.code = QString::fromLatin1(code);
            kind.name = QString::fromUtf8(name);
            kind.departmentId = *department;
            kind.limitKind = QString::fromLatin1(limit);
            kind.limitDays = days;
            if (const auto saved = saveKind(kind); !saved)
                return saved.error();
        }
    }
    return transaction.commit();
}

QString ServiceCatalogue::townshipOf(const QString &regionId) const
{
    QSqlQuery &query =
        m_database.cached(QStringLiteral("SELECT r.id FROM region_ancestors a JOIN regions r ON r.id = a.ancestor_id "
                                         "WHERE a.region_id = ? AND r.kind IN ('town', 'township', 'subdistrict')"));
    query.bindValue(0, regionId);
    QString id;
    if (m_database.exec(query) && query.next())
        id = query.value(0).toString();
    query.finish();
    return id;
}

} // namespace lianxin
