#include "core/register/HouseholdRepository.h"
#include "core/search/RegisterSearch.h"
#include "core/search/SearchIndex.h"
#include "core/storage/BulkLoad.h"
#include "core/storage/Transaction.h"
#include "core/sync/Wire.h"
#include "tests/support/TestStore.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace lianxin;
using lianxin::test::TestStore;

namespace {
// A value through JSON text and back, as it travels between device and server.
QJsonValue overTheWire(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(text).array().at(0);
}
} // namespace

TEST_CASE("Every column of every synced table round-trips through its wire form", "[sync]")
{
    for (const SyncedTable *table : tables::all()) {
        const QStringList columns = wire::pulledColumns(*table);
        CHECK(columns.first() == QStringLiteral("id"));
        CHECK(columns.mid(wire::pulledSyncColumns().size()) == table->fields);
        for (const QString &column : columns) {
            INFO(table->name.toStdString() << "." << column.toStdString());
            const bool integer = wire::isInteger(*table, column);
            CHECK(integer == (table->isInteger(column) || column == QLatin1String("server_version") ||
                              column == QLatin1String("deleted")));
            const QVariant stored =
                integer ? QVariant(qint64(9007199254740)) : QVariant(QStringLiteral("甲乙 \"引号\" [1]"));
            const QJsonValue sent = overTheWire(wire::toWire(*table, column, stored));
            CHECK(sent.type() == (integer ? QJsonValue::Double : QJsonValue::String));
            const QVariant back = wire::fromWire(*table, column, sent);
            CHECK(back == stored);
            CHECK(back.typeId() == (integer ? QMetaType::LongLong : QMetaType::QString));
            // Null stays null, typed as the column is; a driver's text for an integer column is a number.
            const QVariant null = wire::fromWire(*table, column, overTheWire(wire::toWire(*table, column, QVariant())));
            CHECK(null.isNull());
            CHECK(null.typeId() == (integer ? QMetaType::LongLong : QMetaType::QString));
            CHECK_FALSE(wire::normalised(*table, column, QVariant()).isValid());
            CHECK(wire::normalised(*table, column, QVariant(QStringLiteral("42"))) ==
                  (integer ? QVariant(qint64(42)) : QVariant(QStringLiteral("42"))));
        }
    }
}

TEST_CASE("A pushed row carries its operation, base and typed fields, and only null, text or whole numbers are taken",
          "[sync]")
{
    const wire::PushRow update{QStringLiteral("disputes"),
                               QStringLiteral("r1"),
                               ChangeOp::Update,
                               17,
                               QStringLiteral("2026-12-07T08:00:00.000Z"),
                               {{QStringLiteral("amount"), QVariant(QStringLiteral("1200"))},
                                {QStringLiteral("title"), QVariant(QStringLiteral("宅基地"))},
                                {QStringLiteral("facts"), QVariant()}}};
    const QJsonObject json = update.toJson(tables::disputes());
    CHECK(json.value(QStringLiteral("op")).toString() == QStringLiteral("update"));
    CHECK(json.value(QStringLiteral("base_version")).toInteger() == 17);
    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    CHECK(fields.value(QStringLiteral("amount")).isDouble());
    CHECK(fields.value(QStringLiteral("amount")).toInteger() == 1200);
    CHECK(fields.value(QStringLiteral("title")).toString() == QStringLiteral("宅基地"));
    CHECK(fields.value(QStringLiteral("facts")).isNull());

    wire::PushRow insert = update;
    insert.op = ChangeOp::Insert;
    CHECK_FALSE(insert.toJson(tables::disputes()).contains(QStringLiteral("base_version")));
    wire::PushRow removal = update;
    removal.op = ChangeOp::Delete;
    CHECK_FALSE(removal.toJson(tables::disputes()).contains(QStringLiteral("fields")));

    CHECK(wire::pushedValue(QJsonValue(7)) == QVariant(qint64(7)));
    CHECK(wire::pushedValue(QJsonValue(QStringLiteral("x"))) == QVariant(QStringLiteral("x")));
    CHECK(wire::pushedValue(QJsonValue::Null)->isNull());
    CHECK_FALSE(wire::pushedValue(QJsonValue(1.5)).has_value());
    CHECK_FALSE(wire::pushedValue(QJsonValue(true)).has_value());
    CHECK_FALSE(wire::pushedValue(QJsonArray{1}).has_value());

    const auto result = wire::PushResult::fromJson(
        QJsonDocument::fromJson(
            R"({"status":"rejected","server_version":0,"reason":"invalid","field":"id_number","message":"m","conflicts":[]})")
            .object());
    CHECK(result.status == QStringLiteral("rejected"));
    CHECK(result.field == QStringLiteral("id_number"));
}

TEST_CASE(
    "A bulk load builds its indexes and search index at the end, and a store left mid-load gets them back when opened",
    "[sync]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    const auto indexCount = [&] {
        return test::scalar(
                   store.db(),
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                                  "tbl_name IN ('persons', 'households')"))
            .toInt();
    };
    const int indexes = indexCount();
    REQUIRE(indexes >= 8);
    {
        Transaction transaction = store.db().transaction();
        REQUIRE(transaction.begun().ok());
        REQUIRE(search_index::defer(store.db()).ok());
        REQUIRE(bulk_load::begin(store.db(), search_index::rebuildStatements()).ok());
        CHECK(indexCount() == 0);
        Household household;
        household.gridId = grid;
        household.address = QStringLiteral("菖蒲村批量组");
        REQUIRE(HouseholdRepository(store.db()).create(household).ok());
        REQUIRE(transaction.commit().ok());
    }
    // As if the load was killed here: the store is opened again, before any further page.
    CHECK(bulk_load::unfinished(store.db()));
    store.reopen();
    CHECK_FALSE(bulk_load::unfinished(store.db()));
    CHECK(indexCount() == indexes);
    CHECK(store.db().metaValue(QStringLiteral("search_deferred_since")).isEmpty());
    CHECK(RegisterSearch(store.db()).find(QStringLiteral("批量组")).size() == 1);
    QSqlQuery check = store.db().prepare(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(store.db().exec(check).ok());
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
}
