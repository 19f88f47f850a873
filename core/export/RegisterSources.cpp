#include "core/export/ListSources.h"

#include "core/register/HouseholdQuery.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/Person.h"
#include "core/register/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ListSources)
};

constexpr int kPage = 1000;

// Tags as their labels, without the special groups a role may not see.
QString tagLabels(const Vocabulary &vocabulary, const QStringList &codes, bool sensitiveToo)
{
    QStringList labels;
    for (const VocabularyEntry &entry : vocabulary) {
        if (codes.contains(QString::fromUtf8(entry.code)) && (sensitiveToo || !entry.sensitive))
            labels.append(entry.label());
    }
    return labels.join(QStringLiteral("、"));
}

// The year alone, as lists show it: the full date is part of the ID number the lists mask.
QVariant birthYear(const QString &stored)
{
    const QDate date = QDate::fromString(stored, Qt::ISODate);
    return date.isValid() ? QVariant(date.year()) : QVariant();
}

class HouseholdSource : public ListSource
{
public:
    HouseholdSource(HouseholdFilter filter, Permissions permissions)
        : m_filter(std::move(filter)), m_permissions(permissions)
    {
    }
    QString name() const override { return QStringLiteral("households"); }
    QString title() const override { return Tr::tr("Households"); }
    QStringList header() const override
    {
        return {Tr::tr("Address"), Tr::tr("House number"), Tr::tr("Head of household"),
                Tr::tr("Members"), Tr::tr("Village"),      Tr::tr("Grid"),
                Tr::tr("Tags"),    Tr::tr("Updated")};
    }
    qint64 total(Database &database) const override { return HouseholdRepository(database).count(m_filter); }
    Result<QList<QVariantList>> next(Database &database) override
    {
        if (m_done)
            return QList<QVariantList>();
        const Page<HouseholdRow> page = HouseholdRepository(database).list(m_filter, m_cursor, kPage);
        QList<QVariantList> rows;
        for (const HouseholdRow &row : page.rows)
            rows.append({row.address, row.houseNumber, row.headName, row.memberCount, row.villageName, row.gridName,
                         tagLabels(vocabulary::householdTags(), row.tags, m_permissions.seeSensitiveTags),
                         row.updatedAt.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
        m_cursor = page.next;
        m_done = !page.hasMore;
        return rows;
    }

private:
    HouseholdFilter m_filter;
    Permissions m_permissions;
    PageCursor m_cursor;
    bool m_done = false;
};

class PersonSource : public ListSource
{
public:
    PersonSource(HouseholdFilter filter, Permissions permissions)
        : m_where(householdWhere(filter)), m_permissions(permissions)
    {
    }
    QString name() const override { return QStringLiteral("persons"); }
    QString title() const override { return Tr::tr("Persons"); }
    QStringList header() const override
    {
        return {Tr::tr("Name"),
                Tr::tr("Sex"),
                Tr::tr("ID number"),
                Tr::tr("Birth year"),
                Tr::tr("Ethnicity"),
                Tr::tr("Phone"),
                Tr::tr("Relation to the head"),
                Tr::tr("Residence"),
                Tr::tr("Occupation"),
                Tr::tr("Tags"),
                Tr::tr("Address"),
                Tr::tr("Village"),
                Tr::tr("Grid")};
    }
    qint64 total(Database &database) const override
    {
        // The filter's clause is a constant of HouseholdQuery; its values are bound.
        QSqlQuery query = database.prepare(
            QStringLiteral("SELECT count(*) FROM persons p JOIN households h ON h.id = p.household_id "
                           "JOIN regions g ON g.id = h.grid_id LEFT JOIN regions v ON v.id = g.parent_id "
                           "WHERE p.deleted = 0 AND %1")
                .arg(m_where.clause));
        for (auto it = m_where.values.cbegin(); it != m_where.values.cend(); ++it)
            query.bindValue(it.key(), it.value());
        return database.exec(query) && query.next() ? query.value(0).toLongLong() : -1;
    }
    Result<QList<QVariantList>> next(Database &database) override
    {
        if (m_done)
            return QList<QVariantList>();
        // Keyset-paged by name and id; the filter's clause is a constant of HouseholdQuery.
        QSqlQuery query = database.prepare(
            QStringLiteral(
                "SELECT p.id, p.name, p.sex, p.id_number, p.birth_date, p.ethnicity, p.phone, p.relation, "
                "p.residence_status, p.occupation, p.tags, h.address || coalesce(' ' || h.house_number, ''), "
                "v.name, g.name FROM persons p JOIN households h ON h.id = p.household_id "
                "JOIN regions g ON g.id = h.grid_id LEFT JOIN regions v ON v.id = g.parent_id "
                "WHERE p.deleted = 0 AND %1 AND (p.name, p.id) > (:after_name, :after_id) "
                "ORDER BY p.name, p.id LIMIT :limit")
                .arg(m_where.clause));
        for (auto it = m_where.values.cbegin(); it != m_where.values.cend(); ++it)
            query.bindValue(it.key(), it.value());
        query.bindValue(QStringLiteral(":after_name"), m_afterName);
        query.bindValue(QStringLiteral(":after_id"), m_afterId);
        query.bindValue(QStringLiteral(":limit"), kPage);
        if (!database.exec(query))
            return Error{{}, Tr::tr("The persons could not be read.")};
        QList<QVariantList> rows;
        while (query.next()) {
            m_afterId = query.value(0).toString();
            m_afterName = query.value(1).toString();
            rows.append({m_afterName, sexLabel(sexFromCode(query.value(2).toString())),
                         maskIdNumber(query.value(3).toString()),
                         birthYear(query.value(4).toString()), query.value(5).toString(),
                         maskPhone(query.value(6).toString()),
                         vocabulary::label(vocabulary::relations(), query.value(7).toString()),
                         vocabulary::label(vocabulary::residenceStatuses(), query.value(8).toString()),
                         query.value(9).toString(),
                         tagLabels(vocabulary::personTags(), RecordWriter::storedList(query.value(10)),
                                   m_permissions.seeSensitiveTags),
                         query.value(11).toString(), query.value(12).toString(), query.value(13).toString()});
        }
        m_done = rows.size() < kPage;
        return rows;
    }

private:
    HouseholdWhere m_where;
    Permissions m_permissions;
    QString m_afterName = QStringLiteral("");
    QString m_afterId = QStringLiteral("");
    bool m_done = false;
};
} // namespace

std::unique_ptr<ListSource> householdListSource(const HouseholdFilter &filter, const Permissions &permissions)
{
    return std::make_unique<HouseholdSource>(filter, permissions);
}

std::unique_ptr<ListSource> personListSource(const HouseholdFilter &filter, const Permissions &permissions)
{
    return std::make_unique<PersonSource>(filter, permissions);
}

} // namespace lianxin
