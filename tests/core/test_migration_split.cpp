#include "core/storage/Migration.h"

#include <catch2/catch.hpp>

using namespace lianxin;

TEST_CASE("SQL scripts split into statements, keeping trigger bodies whole", "[storage]")
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x INTEGER,\n"
        "    y TEXT);\n"
        "\n"
        "CREATE TRIGGER t AFTER INSERT ON a\n"
        "BEGIN\n"
        "    INSERT INTO b VALUES (NEW.x);\n"
        "    DELETE FROM c;\n"
        "END;\n"
        "CREATE INDEX a_x ON a(x);\n");
    const QStringList statements = splitSqlStatements(script);
    REQUIRE(statements.size() == 3);
    CHECK(statements[0].startsWith(QStringLiteral("CREATE TABLE a")));
    CHECK(statements[1].startsWith(QStringLiteral("CREATE TRIGGER t")));
    CHECK(statements[1].endsWith(QStringLiteral("END;")));
    CHECK(statements[1].contains(QStringLiteral("DELETE FROM c;")));
    CHECK(statements[2] == QStringLiteral("CREATE INDEX a_x ON a(x);"));
}

TEST_CASE("Shipped migrations are numbered without gaps", "[storage]")
{
    const auto migrations = loadMigrations(QStringLiteral(":/lianxin/migrations"));
    REQUIRE(migrations.ok());
    REQUIRE_FALSE(migrations->isEmpty());
    for (qsizetype i = 0; i < migrations->size(); ++i)
        CHECK(migrations->at(i).version == i + 1);
}
