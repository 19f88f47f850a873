#pragma once

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace lianxin::test {

// A store in a fresh temporary directory with a clock the test can move; removed with the object.
class TestStore
{
public:
    TestStore();

    Database &db() { return *m_database; }
    FixedClock &clock() { return m_clock; }
    QString dir() const { return m_dir.path(); }
    QString filePath() const;
    // Closes and reopens the same file.
    void reopen();

    // A county → township → village → grid chain; returns the grid's id.
    QString makeGrid(const QString &codeSuffix = QStringLiteral("01"));
    QString villageId() const { return m_villageId; }
    QString townshipId() const { return m_townshipId; }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
    QString m_countyId;
    QString m_townshipId;
    QString m_villageId;
};

// The single value a query answers, `values` bound in order; fails the test when the query does.
QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {});

// A valid 18-digit ID number for a birth date and sex, with the given sequence (odd: male).
QString makeIdNumber(const QString &addressCode, const QDate &birth, int sequence);

} // namespace lianxin::test

#include <catch2/catch.hpp>

// Readable Qt strings in Catch's failure messages.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch
