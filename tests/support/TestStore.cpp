#include "tests/support/TestStore.h"

#include "core/register/RegionRepository.h"
#include "core/storage/DataDir.h"
#include "core/validation/IdNumber.h"

#include <catch2/catch.hpp>

namespace lianxin::test {

TestStore::TestStore() : m_clock(QDateTime(QDate(2026, 11, 29), QTime(2, 30), Qt::UTC))
{
    REQUIRE(m_dir.isValid());
    reopen();
}

QString TestStore::filePath() const
{
    return databasePath(m_dir.path());
}

void TestStore::reopen()
{
    m_database.reset();
    auto opened = Database::open({filePath(), QStringLiteral(":/lianxin/migrations"), &m_clock});
    if (!opened)
        FAIL(opened.error().message.toStdString());
    m_database = std::move(opened).value();
}

QString TestStore::makeGrid(const QString &codeSuffix)
{
    RegionRepository regions(*m_database);
    auto create = [&](const QString &parent, const QString &code, const QString &name, RegionKind kind) {
        auto id = regions.create({{}, parent, code, name, kind, 0});
        if (!id)
            FAIL(id.error().message.toStdString());
        return *id;
    };
    if (m_countyId.isEmpty()) {
        m_countyId = create({}, QStringLiteral("340828"), QStringLiteral("岳西县"), RegionKind::County);
        m_townshipId = create(m_countyId, QStringLiteral("340828101"), QStringLiteral("天堂镇"), RegionKind::Town);
        m_villageId = create(m_townshipId, QStringLiteral("340828101201"), QStringLiteral("菖蒲村"), RegionKind::Village);
    }
    return create(m_villageId, QStringLiteral("340828101201") + codeSuffix, QStringLiteral("第%1网格").arg(codeSuffix),
                  RegionKind::Grid);
}

QVariant scalar(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = db.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    REQUIRE(db.exec(query).ok());
    REQUIRE(query.next());
    return query.value(0);
}

QString makeIdNumber(const QString &addressCode, const QDate &birth, int sequence)
{
    const QString first17 = addressCode + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + idNumberCheckChar(first17);
}

} // namespace lianxin::test
