#include "core/export/TableWriter.h"
#include "core/import/Workbook.h"
#include "core/import/ZipArchive.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace lianxin;
using import::Cell;
using Kind = Cell::Kind;
using Format = TableWriter::Format;

namespace {
QString operator""_q(const char16_t *text, size_t size)
{
    return QString::fromUtf16(text, qsizetype(size));
}

const QStringList kHeader{u"身份证号"_q, u"电话"_q,     u"姓名"_q,     u"序号"_q, u"户号"_q,
                          u"面积"_q,     u"出生日期"_q, u"走访时间"_q, u"备注"_q, u"在册"_q};

QVariantList rowFor(int i)
{
    return {QStringLiteral("1101011990%1").arg(i, 8, 10, QLatin1Char('0')),
            QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')),
            u"居民"_q + QString::number(i),
            i,
            qint64(i) * 1000003,
            i + 0.25,
            QDate(1950, 1, 1).addDays(i % 20000),
            QDateTime(QDate(2024, 1, 1).addDays(i % 365), QTime(8, 30, 15)),
            i % 2 ? QVariant(u"备注,\"引\""_q + QString::number(i)) : QVariant(),
            i % 3 == 0};
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Boolean:
        return QStringLiteral("boolean");
    case Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

// A row as "kind:text|kind:text|...", trailing empties dropped as the readers drop them.
QString describe(const QList<Cell> &row)
{
    QStringList cells;
    for (const Cell &cell : row)
        cells.append(kindName(cell.kind) + u':' + cell.text);
    return cells.join(u'|');
}

// What an .xlsx written from rowFor(i) reads back as: texts stay text, however many digits they have.
QString expectedXlsx(int i)
{
    const QVariantList values = rowFor(i);
    QStringList cells{u"text:"_q + values[0].toString(),
                      u"text:"_q + values[1].toString(),
                      u"text:"_q + values[2].toString(),
                      u"number:"_q + QString::number(i),
                      u"number:"_q + QString::number(qint64(i) * 1000003),
                      u"number:"_q + QString::number(i + 0.25, 'g', 15),
                      u"date:"_q + values[6].toDate().toString(Qt::ISODate),
                      u"date:"_q + values[7].toDateTime().date().toString(Qt::ISODate),
                      i % 2 ? u"text:"_q + values[8].toString() : u"empty:"_q,
                      i % 3 == 0 ? u"boolean:TRUE"_q : u"boolean:FALSE"_q};
    return cells.join(u'|');
}

QByteArray partOf(const QString &path, const QString &name)
{
    import::ZipArchive zip(path);
    REQUIRE(zip.open());
    const auto *entry = zip.find(name);
    REQUIRE(entry);
    auto device = zip.openEntry(*entry);
    REQUIRE(device);
    const QByteArray bytes = device->readAll();
    REQUIRE(device->verify());
    return bytes;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("70 000 rows written to .xlsx read back as they were given", "[export][xlsx]")
{
    constexpr int kRows = 70000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"导出.xlsx"_q);
    TableWriter writer;
    REQUIRE(writer.open(path, Format::Xlsx, u"花名册"_q, kHeader).ok());
    for (int i = 1; i <= kRows; ++i) {
        if (!writer.addRow(rowFor(i)).ok())
            FAIL("row " << i);
    }
    CHECK(writer.rowCount() == kRows);
    CHECK(!QFileInfo::exists(path)); // nothing at the path before the table is finished
    REQUIRE(writer.finish().ok());
    CHECK(QFileInfo::exists(path));
    CHECK(!QFileInfo::exists(path + QStringLiteral(".part")));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{u"导出.xlsx"_q});

    const auto sheet = import::readSheet(path);
    REQUIRE(sheet.ok());
    CHECK(sheet->name == u"花名册"_q);
    REQUIRE(sheet->rows.size() == kRows + 1);
    CHECK(describe(sheet->rows[0]) == u"text:"_q + kHeader.join(u"|text:"_q));
    int wrong = 0;
    for (int i = 1; i <= kRows; ++i) {
        const QString got = describe(sheet->rows[i]);
        if (got != expectedXlsx(i) && ++wrong == 1) {
            CHECK(got == expectedXlsx(i));
        }
    }
    CHECK(wrong == 0);

    // The values behind the texts: an ID number is text with all 18 digits, dates and times are serials.
    const QList<Cell> &first = sheet->rows[1];
    CHECK(first[0].text == QStringLiteral("110101199000000001"));
    CHECK(first[5].number == 1.25);
    CHECK(first[6].date == QDate(1950, 1, 2));
    CHECK(first[6].number == 18265);
    CHECK(first[7].date == QDate(2024, 1, 2));
    CHECK(first[7].number == Approx(45293 + (8 * 3600 + 30 * 60 + 15) / 86400.0).epsilon(1e-12));

    // Bold header, frozen under the header, a filter over the table, column widths.
    const QByteArray xml = partOf(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(xml.contains(R"(ySplit="1")"));
    CHECK(xml.contains(R"(state="frozen")"));
    CHECK(xml.contains(R"(<autoFilter ref="A1:J70001"/>)"));
    CHECK(xml.count("<col ") == 10);
    const QByteArray styles = partOf(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains("<b/>"));
    CHECK(styles.contains(R"(formatCode="yyyy-mm-dd")"));

    // A read cancelled part-way through a large sheet.
    int calls = 0;
    const auto cancelled = import::readSheet(path, {}, [&](qint64 done, qint64 total) {
        CHECK(done <= total);
        return ++calls < 3;
    });
    REQUIRE(!cancelled.ok());
    CHECK(cancelled.error().field == QStringLiteral("cancelled"));
    CHECK(calls == 3);
}

TEST_CASE("A sheet is named in Chinese, made fit for Excel", "[export][xlsx]")
{
    CHECK(TableWriter::sheetNameFor(u"未导入的行"_q) == u"未导入的行"_q);
    CHECK(TableWriter::sheetNameFor(u"未导入的行：2024/花名册[一]"_q) == u"未导入的行：2024_花名册_一_"_q);
    CHECK(TableWriter::sheetNameFor(u"'引号'"_q) == u"引号"_q);
    CHECK(TableWriter::sheetNameFor({}) == QStringLiteral("Sheet1"));
    const QString longName = QString(40, QChar(u'村'));
    CHECK(TableWriter::sheetNameFor(longName) == QString(31, QChar(u'村')));

    QTemporaryDir dir;
    for (const QString &name : {u"未导入的行：2024/花名册[一]"_q, longName}) {
        const QString path = dir.filePath(QStringLiteral("refused.xlsx"));
        TableWriter writer;
        REQUIRE(writer.open(path, Format::Xlsx, name, {u"行号"_q, u"原因"_q}).ok());
        REQUIRE(writer.addRow({5, u"身份证号校验位不对"_q}).ok());
        REQUIRE(writer.finish().ok());
        const auto names = import::sheetNames(path);
        REQUIRE(names.ok());
        CHECK(*names == QStringList{TableWriter::sheetNameFor(name)});
        const auto sheet = import::readSheet(path, TableWriter::sheetNameFor(name));
        REQUIRE(sheet.ok());
        REQUIRE(sheet->rows.size() == 2);
        CHECK(describe(sheet->rows[1]) == u"number:5|text:身份证号校验位不对"_q);
    }
}

TEST_CASE("CSV is written as UTF-8 with its mark, CRLF and quotes where needed", "[export][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"未导入的行.csv"_q);
    TableWriter writer;
    REQUIRE(writer.open(path, Format::Csv, u"未导入的行"_q, {u"身份证号"_q, u"备注"_q, u"数"_q, u"日期"_q}).ok());
    REQUIRE(writer.addRow({u"110101199003071234"_q, u"逗号,和\"引号\"\n换行"_q, 1.10101199003071e17, QDate(1990, 3, 7)})
                .ok());
    REQUIRE(writer.addRow({u"013912345678"_q, QVariant(), 42, QDateTime(QDate(2024, 1, 2), QTime(18, 30))}).ok());
    CHECK(!QFileInfo::exists(path));
    REQUIRE(writer.finish().ok());

    const QByteArray expected =
        "\xEF\xBB\xBF" + u"身份证号,备注,数,日期\r\n"
                         u"110101199003071234,\"逗号,和\"\"引号\"\"\n换行\",1.10101199003071E+17,1990-03-07\r\n"
                         u"013912345678,,42,2024-01-02 18:30:00\r\n"_q.toUtf8();
    CHECK(bytesOf(path) == expected);

    const auto sheet = import::readSheet(path);
    REQUIRE(sheet.ok());
    CHECK(sheet->name == u"未导入的行"_q);
    REQUIRE(sheet->rows.size() == 3);
    CHECK(describe(sheet->rows[1]) ==
          u"text:110101199003071234|text:逗号,和\"引号\"\n换行|text:1.10101199003071E+17|text:1990-03-07"_q);
    CHECK(describe(sheet->rows[2]) == u"text:013912345678|empty:|text:42|text:2024-01-02 18:30:00"_q);
}

TEST_CASE("A cancelled table leaves nothing, and an unfinished one leaves the old file", "[export]")
{
    QTemporaryDir dir;
    for (const Format format : {Format::Xlsx, Format::Csv}) {
        const QString path =
            dir.filePath(format == Format::Xlsx ? QStringLiteral("list.xlsx") : QStringLiteral("list.csv"));
        INFO(path.toStdString());
        {
            TableWriter writer;
            REQUIRE(writer.open(path, format, u"名单"_q, {u"姓名"_q}).ok());
            REQUIRE(writer.addRow({u"张三"_q}).ok());
            writer.cancel();
            CHECK(!writer.addRow({u"李四"_q}).ok());
        }
        {
            TableWriter writer; // destroyed unfinished
            REQUIRE(writer.open(path, format, u"名单"_q, {u"姓名"_q}).ok());
            REQUIRE(writer.addRow({u"张三"_q}).ok());
        }
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());

        // A finished table replaces the file at its path; an unfinished one does not touch it.
        for (const QString &name : {u"张三"_q, u"李四"_q}) {
            TableWriter writer;
            REQUIRE(writer.open(path, format, u"名单"_q, {u"姓名"_q}).ok());
            REQUIRE(writer.addRow({name}).ok());
            REQUIRE(writer.finish().ok());
        }
        {
            TableWriter writer;
            REQUIRE(writer.open(path, format, u"名单"_q, {u"姓名"_q}).ok());
            REQUIRE(writer.addRow({u"王五"_q}).ok());
        }
        const auto sheet = import::readSheet(path);
        REQUIRE(sheet.ok());
        REQUIRE(sheet->rows.size() == 2);
        CHECK(sheet->rows[1][0].text == u"李四"_q);
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QFileInfo(path).fileName()});
        QFile::remove(path);
    }
}

TEST_CASE("A table is refused where it cannot be written", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/list.xlsx"));
    for (const Format format : {Format::Xlsx, Format::Csv}) {
        TableWriter writer;
        Status status = writer.open(path, format, u"名单"_q, {u"姓名"_q});
        if (status.ok()) {
            REQUIRE(writer.addRow({u"张三"_q}).ok());
            status = writer.finish();
        }
        REQUIRE(!status.ok());
        CHECK(status.error().field == QStringLiteral("file"));
        CHECK(status.error().message.contains(QStringLiteral("list.xlsx")));
    }
}
