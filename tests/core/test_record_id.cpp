#include "core/storage/RecordId.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {
int versionOf(const QUuid &uuid)
{
    return uuid.data3 >> 12;
}
} // namespace

TEST_CASE("Record ids are version 7 UUIDs that sort in the order they were made", "[storage]")
{
    RecordIdGenerator generator;
    const qint64 now = 1'795'000'000'000;
    QList<QUuid> ids;
    // Many ids in one millisecond, then a clock that steps back: order holds throughout.
    for (int i = 0; i < 5000; ++i)
        ids.append(generator.next(now));
    ids.append(generator.next(now - 10'000));
    ids.append(generator.next(now + 1));
    QSet<QString> texts;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        CHECK(versionOf(ids[i]) == 7);
        CHECK(ids[i].variant() == QUuid::DCE);
        texts.insert(ids[i].toString());
        if (i > 0)
            CHECK(ids[i - 1].toString(QUuid::WithoutBraces) < ids[i].toString(QUuid::WithoutBraces));
    }
    CHECK(texts.size() == ids.size());
    // The leading 48 bits are the millisecond.
    const QUuid first = ids.first();
    CHECK(((quint64(first.data1) << 16) | first.data2) == quint64(now));
}

TEST_CASE("A seeded random source repeats the same ids", "[storage]")
{
    auto seeded = [] {
        quint64 state = 42;
        return RecordIdGenerator([state]() mutable { return state = state * 6364136223846793005ULL + 1442695040888963407ULL; });
    };
    RecordIdGenerator a = seeded();
    RecordIdGenerator b = seeded();
    for (int i = 0; i < 100; ++i)
        CHECK(a.next(1000 + i / 10) == b.next(1000 + i / 10));
}
