#include "core/import/CellValues.h"
#include "core/import/Workbook.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtEndian>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <catch2/catch.hpp>

#include <utility>

using namespace lianxin;
using namespace lianxin::import;
using Kind = Cell::Kind;

namespace {
using Parts = QList<std::pair<QString, QByteArray>>;

QString operator""_q(const char16_t *text, size_t size)
{
    return QString::fromUtf16(text, qsizetype(size));
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

enum class Zip { Deflated, Stored, Zip64 };

// A zip of the given parts: deflated, kept as they are, or deflated with Zip64 extensions.
void writeZip(const QString &path, const Parts &parts, Zip kind = Zip::Deflated)
{
    const bool stored = kind == Zip::Stored;
    QuaZip zip(path);
    zip.setZip64Enabled(kind == Zip::Zip64);
    REQUIRE(zip.open(QuaZip::mdCreate));
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, stored ? 0 : Z_DEFLATED,
                          stored ? 0 : Z_DEFAULT_COMPRESSION));
        REQUIRE(file.write(bytes) == bytes.size());
        file.close();
        REQUIRE(file.getZipError() == UNZ_OK);
    }
    zip.close();
    REQUIRE(zip.getZipError() == UNZ_OK);
}

template <typename T> T littleEndianAt(const QByteArray &bytes, qsizetype offset)
{
    return qFromLittleEndian<T>(bytes.constData() + offset);
}

template <typename T> void appendLittleEndian(QByteArray &bytes, T value)
{
    const T little = qToLittleEndian(value);
    bytes.append(reinterpret_cast<const char *>(&little), sizeof little);
}

// The zip as writers that always use Zip64 make it (Apache Commons Compress's Zip64Mode.Always): every
// size and offset of the central directory in a Zip64 extra field, the directory found through the Zip64
// end records.
QByteArray withZip64Directory(const QByteArray &zip)
{
    const qsizetype end = zip.size() - 22;
    REQUIRE(littleEndianAt<quint32>(zip, end) == 0x06054b50);
    const quint16 count = littleEndianAt<quint16>(zip, end + 10);
    const quint32 directoryOffset = littleEndianAt<quint32>(zip, end + 16);
    QByteArray directory;
    qsizetype at = directoryOffset;
    for (quint16 i = 0; i < count; ++i) {
        const quint16 nameSize = littleEndianAt<quint16>(zip, at + 28);
        const quint16 extraSize = littleEndianAt<quint16>(zip, at + 30);
        const quint16 commentSize = littleEndianAt<quint16>(zip, at + 32);
        QByteArray entry = zip.mid(at, 46);
        qToLittleEndian<quint16>(45, entry.data() + 6);
        qToLittleEndian<quint32>(0xFFFFFFFF, entry.data() + 20);
        qToLittleEndian<quint32>(0xFFFFFFFF, entry.data() + 24);
        qToLittleEndian<quint16>(quint16(extraSize + 28), entry.data() + 30);
        qToLittleEndian<quint32>(0xFFFFFFFF, entry.data() + 42);
        entry.append(zip.mid(at + 46, nameSize));
        appendLittleEndian<quint16>(entry, 0x0001);
        appendLittleEndian<quint16>(entry, 24);
        appendLittleEndian<quint64>(entry, littleEndianAt<quint32>(zip, at + 24));
        appendLittleEndian<quint64>(entry, littleEndianAt<quint32>(zip, at + 20));
        appendLittleEndian<quint64>(entry, littleEndianAt<quint32>(zip, at + 42));
        entry.append(zip.mid(at + 46 + nameSize, extraSize + commentSize));
        directory.append(entry);
        at += 46 + nameSize + extraSize + commentSize;
    }
    QByteArray out = zip.left(directoryOffset) + directory;
    const quint64 zip64End = quint64(out.size());
    appendLittleEndian<quint32>(out, 0x06064b50);
    appendLittleEndian<quint64>(out, 44);
    appendLittleEndian<quint16>(out, 45);
    appendLittleEndian<quint16>(out, 45);
    appendLittleEndian<quint32>(out, 0);
    appendLittleEndian<quint32>(out, 0);
    appendLittleEndian<quint64>(out, count);
    appendLittleEndian<quint64>(out, count);
    appendLittleEndian<quint64>(out, quint64(directory.size()));
    appendLittleEndian<quint64>(out, directoryOffset);
    appendLittleEndian<quint32>(out, 0x07064b50);
    appendLittleEndian<quint32>(out, 0);
    appendLittleEndian<quint64>(out, zip64End);
    appendLittleEndian<quint32>(out, 1);
    appendLittleEndian<quint32>(out, 0x06054b50);
    appendLittleEndian<quint16>(out, 0);
    appendLittleEndian<quint16>(out, 0);
    appendLittleEndian<quint16>(out, 0xFFFF);
    appendLittleEndian<quint16>(out, 0xFFFF);
    appendLittleEndian<quint32>(out, 0xFFFFFFFF);
    appendLittleEndian<quint32>(out, 0xFFFFFFFF);
    appendLittleEndian<quint16>(out, 0);
    return out;
}

const QByteArray kMain = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
const QByteArray kRelations = R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
const QByteArray kPackage = R"(xmlns="http://schemas.openxmlformats.org/package/2006/relationships")";
const QByteArray kTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

QByteArray relationship(const char *id, const char *type, const char *target)
{
    return QByteArray("<Relationship Id=\"") + id + "\" Type=\"" + kTypes + type + "\" Target=\"" + target + "\"/>";
}

// A township's roster as Excel and WPS write one: a merged title row above the header, shared strings
// with rich text and phonetic runs, inline strings, numbers, an 18-digit ID typed as a number, dates in a
// built-in and in custom Chinese formats, rows skipped, cells without references, and a second sheet
// named by an absolute relationship target.
Parts rosterParts()
{
    Parts parts;
    parts.append({QStringLiteral("[Content_Types].xml"),
                  R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/></Types>)"});
    parts.append({QStringLiteral("_rels/.rels"), "<?xml version=\"1.0\"?><Relationships " + kPackage + ">" +
                                                     relationship("rId1", "officeDocument", "xl/workbook.xml") +
                                                     "</Relationships>"});
    parts.append({QStringLiteral("xl/workbook.xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + kMain + " " + kRelations +
                      R"(><workbookPr defaultThemeVersion="124226"/><bookViews/><sheets>
<sheet name="花名册" sheetId="1" r:id="rId1"/><sheet name="第二页 说明" sheetId="3" r:id="rId3"/>
</sheets></workbook>)"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  "<?xml version=\"1.0\"?><Relationships " + kPackage + ">" +
                      relationship("rId3", "worksheet", "/xl/worksheets/sheet2.xml") +
                      relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
                      relationship("rId4", "styles", "styles.xml") +
                      relationship("rId5", "sharedStrings", "./sharedStrings.xml") + "</Relationships>"});
    // Styles: 0 General, 1 built-in 14, 2 a custom Chinese date, 3 a red negative number (its [Red] has a
    // d but is no date), 4 text, 5 the system's long date, 6 a time (20, h:mm). The cellStyleXfs entry is
    // a decoy: only cellXfs count.
    parts.append({QStringLiteral("xl/styles.xml"), "<?xml version=\"1.0\"?><styleSheet " + kMain + R"xml(>
<numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="177" formatCode="0.00_);[Red]\(0.00\)"/>
<numFmt numFmtId="178" formatCode="[$-F800]dddd, mmmm dd, yyyy"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176"/>
<xf numFmtId="177"/><xf numFmtId="49"/><xf numFmtId="178"/><xf numFmtId="20"/></cellXfs></styleSheet>)xml"});
    parts.append({QStringLiteral("xl/sharedStrings.xml"), "<?xml version=\"1.0\"?><sst " + kMain +
                                                              R"( count="8" uniqueCount="8">
<si><t>2024年花名册</t></si><si><t>姓名</t></si><si><t>身份证号</t></si><si><t>出生日期</t></si><si><t>电话</t></si>
<si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve">三 </t></r><rPh sb="0" eb="1"><t>zhang</t></rPh><phoneticPr fontId="1"/></si>
<si><t>110101199003071234</t></si><si><t>第一行_x000D_第二行</t></si></sst>)"});
    parts.append({QStringLiteral("xl/worksheets/sheet1.xml"), "<?xml version=\"1.0\"?><worksheet " + kMain + R"(>
<dimension ref="A1:G7"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>
<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" s="0"/><c r="C1" s="0"/></row>
<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>4</v></c><c r="E2" t="inlineStr"><is><t>备注</t></is></c></row>
<row r="5"><c r="A5" t="s"><v>5</v></c><c r="B5" t="s" s="4"><v>6</v></c><c r="C5" s="1"><v>32939</v></c><c r="D5"><v>13912345678</v></c><c r="E5" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c></row>
<row r="6"><c t="inlineStr"><is><t>李四</t></is></c><c><v>1.10101199003071E+17</v></c><c s="2"><v>32939</v></c><c s="3"><v>-3.5</v></c><c t="str"><f>A6&amp;"!"</f><v>李四!</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>
<row><c r="A7" s="5"><v>45292</v></c><c r="C7" s="6"><v>0.75</v></c><c r="D7" s="1"><v>60</v></c><c r="E7" t="s"><v>7</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>)"});
    parts.append(
        {QStringLiteral("xl/worksheets/sheet2.xml"),
         "<?xml version=\"1.0\"?><worksheet " + kMain +
             R"(><sheetData><row r="3"><c r="B3" t="inlineStr"><is><t>说明文字</t></is></c></row></sheetData></worksheet>)"});
    return parts;
}

// A workbook in the 1904 date system (Excel for Mac's old default), without package relationships.
Parts parts1904()
{
    Parts parts;
    parts.append({QStringLiteral("xl/workbook.xml"), "<?xml version=\"1.0\"?><workbook " + kMain + " " + kRelations +
                                                         R"(><workbookPr date1904="1"/><sheets>
<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  "<?xml version=\"1.0\"?><Relationships " + kPackage + ">" +
                      relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
                      relationship("rId2", "styles", "styles.xml") + "</Relationships>"});
    parts.append({QStringLiteral("xl/styles.xml"),
                  "<?xml version=\"1.0\"?><styleSheet " + kMain +
                      R"(><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>)"});
    parts.append(
        {QStringLiteral("xl/worksheets/sheet1.xml"), "<?xml version=\"1.0\"?><worksheet " + kMain + R"(><sheetData>
<row r="1"><c r="A1" s="1"><v>31477</v></c><c r="B1" s="1"><v>0</v></c><c r="C1"><v>31477</v></c></row>
</sheetData></worksheet>)"});
    return parts;
}

void checkText(const Cell &cell, const QString &text)
{
    CHECK(cell.kind == Kind::Text);
    CHECK(cell.text == text);
}

void checkNumber(const Cell &cell, const QString &text, double number)
{
    CHECK(cell.kind == Kind::Number);
    CHECK(cell.text == text);
    CHECK(cell.number == Approx(number));
}

void checkDate(const Cell &cell, const QDate &date, double serial)
{
    CHECK(cell.kind == Kind::Date);
    CHECK(cell.date == date);
    CHECK(cell.text == date.toString(Qt::ISODate));
    CHECK(cell.number == Approx(serial));
}

QStringList texts(const QList<Cell> &row)
{
    QStringList values;
    for (const Cell &cell : row)
        values.append(cell.text);
    return values;
}

// Runs Debian's python3 with xlwt (a declared test dependency) on `script`, which writes argv[1].
void runPython(const QTemporaryDir &dir, const QByteArray &script, const QString &output)
{
    const QString scriptPath = dir.filePath(QStringLiteral("make_xls.py"));
    writeBytes(scriptPath, script);
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral(LIANXIN_TEST_PYTHON), {scriptPath, output});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAll().toStdString());
    REQUIRE(python.exitStatus() == QProcess::NormalExit);
    REQUIRE(python.exitCode() == 0);
}

const QByteArray kXlsScript = R"(# -*- coding: utf-8 -*-
import datetime, sys, xlwt
book = xlwt.Workbook(encoding='utf-8')
roster = book.add_sheet('花名册')
for column, name in enumerate(['姓名', '身份证号', '出生日期', '人数', '面积']):
    roster.write(0, column, name)
roster.write(1, 0, '张三')
roster.write(1, 1, 110101199003071234.0)
roster.write(1, 2, datetime.date(1990, 3, 7), xlwt.easyxf(num_format_str='YYYY-MM-DD'))
roster.write(1, 3, 4)
roster.write(1, 4, 3.25)
roster.write(3, 0, '李四')
roster.write(3, 1, '110101199003071234')
roster.write(3, 5, 13912345678)
roster.write(3, 6, datetime.datetime(2024, 1, 2, 18, 30), xlwt.easyxf(num_format_str='YYYY-MM-DD HH:MM'))
other = book.add_sheet('第二页')
other.write(0, 0, '说明')
book.save(sys.argv[1])
)";

// What a cancelling progress callback saw.
struct Canceller
{
    int calls = 0;
    int allowed = 0;
    ReadProgress progress()
    {
        return [this](qint64, qint64) { return ++calls <= allowed; };
    }
};
} // namespace

TEST_CASE("An .xlsx roster reads its sheets, strings, numbers and dates as stored", "[import][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"花名册.xlsx"_q);
    writeZip(path, rosterParts());

    const auto names = sheetNames(path);
    REQUIRE(names.ok());
    CHECK(*names == QStringList{u"花名册"_q, u"第二页 说明"_q});

    QList<std::pair<qint64, qint64>> reports;
    const auto sheet = readSheet(path, {}, [&](qint64 done, qint64 total) {
        reports.append({done, total});
        return true;
    });
    REQUIRE(sheet.ok());
    CHECK(sheet->name == u"花名册"_q);
    const auto &rows = sheet->rows;
    REQUIRE(rows.size() == 7);

    // The merged title: its value in its first cell, the styled empty cells beside it dropped.
    REQUIRE(rows[0].size() == 1);
    checkText(rows[0][0], u"2024年花名册"_q);
    CHECK(texts(rows[1]) == QStringList{u"姓名"_q, u"身份证号"_q, u"出生日期"_q, u"电话"_q, u"备注"_q});
    CHECK(rows[1][4].kind == Kind::Text);
    // Rows 3 and 4 are not in the file: kept blank, so that row 5 is rows[4].
    CHECK(rows[2].isEmpty());
    CHECK(rows[3].isEmpty());

    const auto &zhang = rows[4];
    REQUIRE(zhang.size() == 5);
    checkText(zhang[0], u"张三 "_q); // rich text runs joined, the phonetic run left out
    checkText(zhang[1], u"110101199003071234"_q);
    checkDate(zhang[2], QDate(1990, 3, 7), 32939);
    checkNumber(zhang[3], u"13912345678"_q, 13912345678.0);
    checkText(zhang[4], u"富文本"_q);

    const auto &li = rows[5]; // no cell references: columns A, B, C, ... in order
    REQUIRE(li.size() == 7);
    checkText(li[0], u"李四"_q);
    // An ID number typed as a number has lost its last digits; its text says so the way Excel shows it.
    checkNumber(li[1], u"1.10101199003071E+17"_q, 1.10101199003071e17);
    checkDate(li[2], QDate(1990, 3, 7), 32939); // yyyy"年"m"月"d"日"
    checkNumber(li[3], u"-3.5"_q, -3.5);        // 0.00_);[Red]\(0.00\) is no date
    checkText(li[4], u"李四!"_q);               // a formula's last result
    CHECK(li[5].kind == Kind::Boolean);
    CHECK(li[5].text == u"TRUE"_q);
    CHECK(li[6].kind == Kind::Error);
    CHECK(li[6].text == u"#N/A"_q);

    const auto &last = rows[6]; // a row without its number follows the one before
    REQUIRE(last.size() == 5);
    checkDate(last[0], QDate(2024, 1, 1), 45292); // [$-F800]dddd, mmmm dd, yyyy
    CHECK(last[1].kind == Kind::Empty);
    checkText(last[2], u"18:00:00"_q);   // a time of day alone
    checkText(last[3], u"1900-02-29"_q); // serial 60, the day that never was
    CHECK(last[3].number == 60);
    checkText(last[4], u"第一行\r第二行"_q); // _x000D_ unescaped

    REQUIRE(!reports.isEmpty());
    CHECK(reports.constFirst().first == 0);
    CHECK(reports.constLast().first == reports.constLast().second);
    CHECK(reports.constLast().second > 0);
}

TEST_CASE("An .xlsx zipped with Zip64 extensions reads the same", "[import][xlsx]")
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.xlsx"));
    writeZip(plain, rosterParts());
    const auto expected = readSheet(plain);
    REQUIRE(expected.ok());
    REQUIRE(expected->rows.size() == 7);

    const QString localZip64 = dir.filePath(QStringLiteral("local-zip64.xlsx")); // Zip64 in the local headers
    writeZip(localZip64, rosterParts(), Zip::Zip64);
    const QString allZip64 = dir.filePath(QStringLiteral("all-zip64.xlsx"));
    writeBytes(allZip64, withZip64Directory(bytesOf(plain)));
    for (const QString &path : {localZip64, allZip64}) {
        INFO(path.toStdString());
        REQUIRE(bytesOf(path) != bytesOf(plain));
        const auto sheet = readSheet(path);
        REQUIRE(sheet.ok());
        REQUIRE(sheet->rows.size() == expected->rows.size());
        for (qsizetype i = 0; i < sheet->rows.size(); ++i)
            CHECK(texts(sheet->rows[i]) == texts(expected->rows[i]));
    }
}

TEST_CASE("An .xlsx sheet is read by its Chinese name through an absolute target", "[import][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.xlsx"));
    writeZip(path, rosterParts());
    const auto sheet = readSheet(path, u"第二页 说明"_q);
    REQUIRE(sheet.ok());
    CHECK(sheet->name == u"第二页 说明"_q);
    REQUIRE(sheet->rows.size() == 3);
    CHECK(sheet->rows[0].isEmpty());
    CHECK(sheet->rows[1].isEmpty());
    REQUIRE(sheet->rows[2].size() == 2);
    CHECK(sheet->rows[2][0].kind == Kind::Empty);
    checkText(sheet->rows[2][1], u"说明文字"_q);
}

TEST_CASE("An .xlsx in the 1904 date system counts its days from 1904", "[import][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mac.xlsx"));
    writeZip(path, parts1904());
    const auto sheet = readSheet(path);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 1);
    REQUIRE(sheet->rows[0].size() == 3);
    checkDate(sheet->rows[0][0], QDate(1990, 3, 7), 31477);
    checkDate(sheet->rows[0][1], QDate(1904, 1, 1), 0);
    checkNumber(sheet->rows[0][2], u"31477"_q, 31477); // the same serial without a date format
}

TEST_CASE("An .xls roster reads through FreeXL", "[import][xls]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"花名册.xls"_q);
    runPython(dir, kXlsScript, path);

    const auto names = sheetNames(path);
    REQUIRE(names.ok());
    CHECK(*names == QStringList{u"花名册"_q, u"第二页"_q});

    const auto sheet = readSheet(path);
    REQUIRE(sheet.ok());
    const auto &rows = sheet->rows;
    REQUIRE(rows.size() == 4);
    CHECK(texts(rows[0]) == QStringList{u"姓名"_q, u"身份证号"_q, u"出生日期"_q, u"人数"_q, u"面积"_q});
    REQUIRE(rows[1].size() == 5);
    checkText(rows[1][0], u"张三"_q);
    checkNumber(rows[1][1], u"1.10101199003071E+17"_q, 1.10101199003071e17);
    checkDate(rows[1][2], QDate(1990, 3, 7), 32939);
    checkNumber(rows[1][3], u"4"_q, 4);
    checkNumber(rows[1][4], u"3.25"_q, 3.25);
    CHECK(rows[2].isEmpty());
    REQUIRE(rows[3].size() == 7);
    checkText(rows[3][0], u"李四"_q);
    checkText(rows[3][1], u"110101199003071234"_q);
    CHECK(rows[3][2].kind == Kind::Empty);
    checkNumber(rows[3][5], u"13912345678"_q, 13912345678.0);
    checkDate(rows[3][6], QDate(2024, 1, 2), 45293 + 18.5 / 24);

    const auto other = readSheet(path, u"第二页"_q);
    REQUIRE(other.ok());
    REQUIRE(other->rows.size() == 1);
    checkText(other->rows[0][0], u"说明"_q);
}

TEST_CASE("CSV text is read in UTF-8, with or without its mark, and in GBK", "[import][csv]")
{
    QTemporaryDir dir;
    const QString text = u"姓名,身份证号,电话\r\n"
                         u"张三,110101199003071234,013912345678\r\n"
                         u"\"李,四\",\"说\"\"好\"\"的\",\"第一行\r\n第二行\"\r\n"
                         u"\r\n"
                         u"王五,,\r\n"
                         u",\"\",\r\n"
                         u"赵六 ,  空格  ,\"末行\""_q;
    QStringEncoder gb18030("GB18030");
    REQUIRE(gb18030.isValid());
    const QByteArray gbk = gb18030.encode(text);
    CHECK(gbk.startsWith(QByteArray::fromHex("d0d5c3fb2c"))); // 姓名, in GBK
    const QList<std::pair<QString, QByteArray>> files{
        {u"花名册-bom.csv"_q, "\xEF\xBB\xBF" + text.toUtf8()},
        {u"花名册-utf8.csv"_q, text.toUtf8()},
        {u"花名册-gbk.csv"_q, gbk},
    };
    for (const auto &[name, bytes] : files) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        writeBytes(path, bytes);
        const auto names = sheetNames(path);
        REQUIRE(names.ok());
        CHECK(*names == QStringList{QFileInfo(name).completeBaseName()});
        const auto sheet = readSheet(path);
        REQUIRE(sheet.ok());
        CHECK(sheet->name == QFileInfo(name).completeBaseName());
        const auto &rows = sheet->rows;
        REQUIRE(rows.size() == 7);
        CHECK(texts(rows[0]) == QStringList{u"姓名"_q, u"身份证号"_q, u"电话"_q});
        CHECK(texts(rows[1]) == QStringList{u"张三"_q, u"110101199003071234"_q, u"013912345678"_q});
        for (const Cell &cell : rows[1])
            CHECK(cell.kind == Kind::Text); // CSV values are text: the leading 0 and all 18 digits stay
        CHECK(texts(rows[2]) == QStringList{u"李,四"_q, u"说\"好\"的"_q, u"第一行\n第二行"_q});
        CHECK(rows[3].isEmpty());
        CHECK(texts(rows[4]) == QStringList{u"王五"_q});
        CHECK(rows[5].isEmpty());
        CHECK(texts(rows[6]) == QStringList{u"赵六 "_q, u"  空格  "_q, u"末行"_q});
    }
}

TEST_CASE("Tab-separated text is split on tabs", "[import][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.txt"));
    writeBytes(path, u"姓名\t备注\n张三\t有逗号,不分列\n\t只有备注\n"_q.toUtf8());
    const auto sheet = readSheet(path);
    REQUIRE(sheet.ok());
    CHECK(sheet->name == QStringLiteral("export"));
    REQUIRE(sheet->rows.size() == 3);
    CHECK(texts(sheet->rows[0]) == QStringList{u"姓名"_q, u"备注"_q});
    CHECK(texts(sheet->rows[1]) == QStringList{u"张三"_q, u"有逗号,不分列"_q});
    REQUIRE(sheet->rows[2].size() == 2);
    CHECK(sheet->rows[2][0].kind == Kind::Empty);
    checkText(sheet->rows[2][1], u"只有备注"_q);
}

TEST_CASE("Files that are no readable spreadsheet are refused, naming the file", "[import][refusals]")
{
    QTemporaryDir dir;

    SECTION("random bytes")
    {
        QByteArray garbage(4096, Qt::Uninitialized);
        QRandomGenerator random(42);
        random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        const QString path = dir.filePath(QStringLiteral("photo.xlsx"));
        writeBytes(path, garbage);
        const auto sheet = readSheet(path);
        REQUIRE(!sheet.ok());
        CHECK(sheet.error().field == QStringLiteral("file"));
        CHECK(sheet.error().message.contains(QStringLiteral("photo.xlsx is not a spreadsheet")));
        CHECK(!sheetNames(path).ok());
    }
    SECTION("text in neither UTF-8 nor GB18030")
    {
        const QString path = dir.filePath(QStringLiteral("latin.csv"));
        writeBytes(path, "name\r\n\x80\x80\x80\r\n");
        const auto sheet = readSheet(path);
        REQUIRE(!sheet.ok());
        CHECK(sheet.error().message.contains(QStringLiteral("latin.csv is not a spreadsheet")));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.csv"));
        writeBytes(path, {});
        const auto sheet = readSheet(path);
        REQUIRE(!sheet.ok());
        CHECK(sheet.error().message.contains(QStringLiteral("empty.csv is empty")));
    }
    SECTION("a zip that holds no workbook")
    {
        const QString path = dir.filePath(QStringLiteral("letter.docx"));
        writeZip(path, {{QStringLiteral("word/document.xml"), "<document/>"}});
        const auto sheet = readSheet(path);
        REQUIRE(!sheet.ok());
        CHECK(sheet.error().message.contains(QStringLiteral("letter.docx is not a spreadsheet")));
    }
    SECTION("a cut-off .xlsx")
    {
        const QString whole = dir.filePath(QStringLiteral("whole.xlsx"));
        writeZip(whole, rosterParts());
        const QByteArray bytes = bytesOf(whole);
        const QString path = dir.filePath(u"花名册（半）.xlsx"_q);
        writeBytes(path, bytes.left(bytes.size() / 2));
        const auto sheet = readSheet(path);
        REQUIRE(!sheet.ok());
        CHECK(sheet.error().field == QStringLiteral("file"));
        CHECK(sheet.error().message.contains(u"花名册（半）.xlsx is damaged"_q));
    }
    SECTION("an .xlsx whose sheet's bytes fail their checksum")
    {
        const QString path = dir.filePath(QStringLiteral("flipped.xlsx"));
        writeZip(path, rosterParts(), Zip::Stored);
        QByteArray bytes = bytesOf(path);
        const qsizetype at = bytes.indexOf("13912345678");
        REQUIRE(at > 0);
        bytes[at + 2] = '8'; // still well-formed XML, no longer the bytes the zip's CRC-32 was made of
        writeBytes(path, bytes);
        const auto sheet = readSheet(path);
        REQUIRE(!sheet.ok());
        CHECK(sheet.error().message.contains(QStringLiteral("flipped.xlsx is damaged")));
        // Its other sheet is intact.
        CHECK(readSheet(path, u"第二页 说明"_q).ok());
    }
    SECTION("an .xlsx saved with a password (an OLE file holding the encrypted package)")
    {
        QByteArray ole = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(1024, '\0');
        for (const char c : QByteArray("EncryptedPackage"))
            ole.append(c).append('\0');
        ole.append(QByteArray(1024, '\0'));
        const QString path = dir.filePath(QStringLiteral("secret.xlsx"));
        writeBytes(path, ole);
        const auto sheet = readSheet(path);
        REQUIRE(!sheet.ok());
        CHECK(sheet.error().message.contains(QStringLiteral("secret.xlsx is protected by a password")));
    }
    SECTION("an OLE file that is not a workbook")
    {
        QByteArray ole = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(2048, '\x01');
        const QString path = dir.filePath(QStringLiteral("broken.xls"));
        writeBytes(path, ole);
        const auto sheet = readSheet(path);
        REQUIRE(!sheet.ok());
        CHECK(sheet.error().message.contains(QStringLiteral("broken.xls is")));
    }
    SECTION("a missing file")
    {
        const auto sheet = readSheet(dir.filePath(QStringLiteral("gone.xlsx")));
        REQUIRE(!sheet.ok());
        CHECK(sheet.error().message.contains(QStringLiteral("Cannot read gone.xlsx")));
    }
}

TEST_CASE("A sheet name the file does not have is refused, in each format", "[import][refusals]")
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
    writeZip(xlsx, rosterParts());
    const QString xls = dir.filePath(QStringLiteral("roster.xls"));
    runPython(dir, kXlsScript, xls);
    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    writeBytes(csv, "a,b\r\n");
    for (const QString &path : {xlsx, xls, csv}) {
        INFO(path.toStdString());
        const auto sheet = readSheet(path, u"不存在的表"_q);
        REQUIRE(!sheet.ok());
        CHECK(sheet.error().field == QStringLiteral("sheet"));
        CHECK(sheet.error().message ==
              QStringLiteral("%1 has no sheet named \"%2\".").arg(QFileInfo(path).fileName(), u"不存在的表"_q));
    }
    CHECK(readSheet(csv, QStringLiteral("roster")).ok());
}

TEST_CASE("A read is cancelled when its progress says so, in each format", "[import][cancel]")
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
    writeZip(xlsx, rosterParts());
    const QString xls = dir.filePath(QStringLiteral("roster.xls"));
    runPython(dir, kXlsScript, xls);
    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    writeBytes(csv, "a,b\r\nc,d\r\n");
    for (const QString &path : {xlsx, xls, csv}) {
        INFO(path.toStdString());
        for (const int allowed : {0, 1}) {
            Canceller canceller{0, allowed};
            const auto sheet = readSheet(path, {}, canceller.progress());
            REQUIRE(!sheet.ok());
            CHECK(sheet.error().field == QStringLiteral("cancelled"));
            CHECK(sheet.error().message.contains(QFileInfo(path).fileName()));
            CHECK(canceller.calls == allowed + 1); // no progress after the refusal
        }
    }
}

TEST_CASE("Numbers read as Excel's General format shows them", "[import][values]")
{
    CHECK(numberText(13912345678.0) == u"13912345678"_q);
    CHECK(numberText(-0.0) == u"0"_q);
    CHECK(numberText(999999999999999.0) == u"999999999999999"_q);
    CHECK(numberText(1e15) == u"1E+15"_q);
    CHECK(numberText(110101199003071234.0) == u"1.10101199003071E+17"_q);
    CHECK(numberText(1e17) == u"1E+17"_q);
    CHECK(numberText(-1.5e20) == u"-1.5E+20"_q);
    CHECK(numberText(0.1 + 0.2) == u"0.3"_q);
    CHECK(numberText(3.25) == u"3.25"_q);
    CHECK(numberText(1.5e-7) == u"1.5E-07"_q);
}

TEST_CASE("Serial day numbers become dates as Excel counts them", "[import][values]")
{
    CHECK(serialCell(1, false, FormatKind::Date).date == QDate(1900, 1, 1));
    CHECK(serialCell(59, false, FormatKind::Date).date == QDate(1900, 2, 28));
    CHECK(serialCell(61, false, FormatKind::Date).date == QDate(1900, 3, 1));
    CHECK(serialCell(45292.99999999, false, FormatKind::Date).date == QDate(2024, 1, 2)); // rounds to the second
    CHECK(serialCell(0, false, FormatKind::Date).kind == Kind::Number);
    CHECK(serialCell(3e6, false, FormatKind::Date).kind == Kind::Number);
    CHECK(serialCell(0, true, FormatKind::Date).date == QDate(1904, 1, 1));
    CHECK(serialCell(45292.5, false, FormatKind::Time).text == u"12:00:00"_q);
    for (const QDate &date : {QDate(1900, 1, 1), QDate(1900, 2, 28), QDate(1900, 3, 1), QDate(1990, 3, 7)}) {
        CHECK(serialCell(serialOf(date, false), false, FormatKind::Date).date == date);
    }
    CHECK(serialCell(serialOf(QDate(1990, 3, 7), true), true, FormatKind::Date).date == QDate(1990, 3, 7));
    CHECK(serialCell(serialOf(QDate(1903, 12, 31), true), true, FormatKind::Date).kind == Kind::Number);

    CHECK(formatCodeKind(u"yyyy\"年\"m\"月\"d\"日\"") == FormatKind::Date);
    CHECK(formatCodeKind(u"[$-F800]dddd, mmmm dd, yyyy") == FormatKind::Date);
    CHECK(formatCodeKind(u"[DBNum1][$-804]yyyy\"年\"m\"月\"") == FormatKind::Date);
    CHECK(formatCodeKind(u"mmm") == FormatKind::Date);
    CHECK(formatCodeKind(u"yyyy-mm-dd hh:mm:ss") == FormatKind::Date);
    CHECK(formatCodeKind(u"h:mm AM/PM") == FormatKind::Time);
    CHECK(formatCodeKind(u"[h]:mm:ss") == FormatKind::Time);
    CHECK(formatCodeKind(u"mm:ss") == FormatKind::Time);
    CHECK(formatCodeKind(u"0.00_);[Red]\\(0.00\\)") == FormatKind::Number);
    CHECK(formatCodeKind(u"#,##0\"天\"") == FormatKind::Number);
    CHECK(formatCodeKind(u"General") == FormatKind::Number);
    CHECK(formatCodeKind(u"@") == FormatKind::Number);
    CHECK(formatCodeKind(u"0.00E+00") == FormatKind::Number);
    CHECK(builtinFormatKind(14) == FormatKind::Date);
    CHECK(builtinFormatKind(31) == FormatKind::Date); // yyyy"年"m"月"d"日"
    CHECK(builtinFormatKind(32) == FormatKind::Time); // h"时"mm"分"
    CHECK(builtinFormatKind(57) == FormatKind::Date);
    CHECK(builtinFormatKind(49) == FormatKind::Number); // @
}
