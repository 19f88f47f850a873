#include "core/import/XlsxReader.h"

#include "core/import/ReadErrors.h"

#include <QDir>
#include <QXmlStreamReader>

#include <memory>

namespace lianxin::import {

namespace {
constexpr qint64 kMaxRows = 1048576;
constexpr qsizetype kMaxColumns = 16384;
constexpr int kRowsPerReport = 1000;

// The folder of a part, with its slash ("xl/" for "xl/workbook.xml"; "" for the root).
QString folderOf(const QString &part)
{
    return part.left(part.lastIndexOf(u'/') + 1);
}

// A relationship's target as a part name: absolute ("/xl/worksheets/sheet1.xml") from the zip's root,
// otherwise relative to the folder of the part it belongs to ("worksheets/sheet1.xml", "../sheet.xml").
QString resolveTarget(const QString &sourcePart, QStringView target)
{
    QString path = target.startsWith(u'/') ? target.mid(1).toString() : folderOf(sourcePart) + target.toString();
    path = QDir::cleanPath(path);
    return path.startsWith(u'/') ? path.mid(1) : path;
}

// OOXML's escape for characters XML cannot hold: _x000D_ is a carriage return, _x005F_ an underscore.
QString decodeEscapes(QString text)
{
    qsizetype at = text.indexOf(u"_x");
    while (at >= 0 && at + 7 <= text.size()) {
        bool hex = false;
        const ushort code = text.mid(at + 2, 4).toUShort(&hex, 16);
        if (hex && text.at(at + 6) == u'_') {
            text.replace(at, 7, QChar(code));
            at = text.indexOf(u"_x", at + 1);
        } else {
            at = text.indexOf(u"_x", at + 2);
        }
    }
    return text;
}

// The text of an <si> or <is>: its <t>, or its rich text runs' <t> joined; phonetic runs (<rPh>) are not
// part of the value.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            text += xml.readElementText();
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    text += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return decodeEscapes(text);
}

// The 0-based column and row of a reference such as "C12"; false when it is not one.
bool parseReference(QStringView reference, qsizetype &column, qint64 &row)
{
    qsizetype i = 0;
    column = 0;
    while (i < reference.size() && i < 3 && reference.at(i).isLetter() && reference.at(i).unicode() < 128) {
        column = column * 26 + (reference.at(i).toUpper().unicode() - u'A' + 1);
        ++i;
    }
    if (i == 0 || column > kMaxColumns)
        return false;
    --column;
    bool ok = false;
    row = reference.mid(i).toLongLong(&ok) - 1;
    return ok && row >= 0 && row < kMaxRows;
}

// The attribute of a relationship id, r:id, whatever prefix its namespace has.
QStringView relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}
} // namespace

// One part of the zip, open and streamed through an XML reader.
struct XlsxReader::Part
{
    std::unique_ptr<ZipEntryDevice> device;
    QXmlStreamReader xml;
    bool found = false;
    QString openError;

    Part(ZipArchive &zip, const QString &name)
    {
        const ZipArchive::Entry *entry = zip.find(name);
        found = entry != nullptr;
        if (found)
            device = zip.openEntry(*entry);
        if (device)
            xml.setDevice(device.get());
        else if (found)
            openError = zip.errorString();
    }

    bool reading() const { return device && !xml.atEnd(); }
    qint64 done() const { return device ? device->done() : 0; }

    // Damaged when the part is missing or does not open, its XML is broken, or its bytes fail their
    // checksum (known once all of it was read).
    Status finish(const QString &path, const QString &name)
    {
        if (!found)
            return damaged(path, QStringLiteral("no part %1").arg(name));
        if (!device)
            return damaged(path, openError);
        if (xml.hasError())
            return damaged(path, QStringLiteral("%1: %2").arg(name, xml.errorString()));
        if (!device->verify())
            return damaged(path, device->errorString());
        return {};
    }
};

XlsxReader::XlsxReader(QString path) : m_path(std::move(path)) {}

XlsxReader::~XlsxReader() = default;

Status XlsxReader::open()
{
    m_zip = std::make_unique<ZipArchive>(m_path);
    if (!m_zip->open())
        return damaged(m_path, m_zip->errorString());

    // The package's relationships name the workbook part; xl/workbook.xml when they are missing.
    QHash<QString, QString> rootTargets;
    QHash<QString, QString> rootByType;
    if (Status read = readRelationships({}, rootTargets, rootByType); !read)
        return read;
    const QString workbook = rootByType.value(QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml"));
    if (!m_zip->find(workbook))
        return notSpreadsheet(m_path);

    QHash<QString, QString> byType;
    QHash<QString, QString> targets;
    if (Status read = readRelationships(workbook, targets, byType); !read)
        return read;
    m_stylesPart = byType.value(QStringLiteral("styles"));
    m_sharedStringsPart = byType.value(QStringLiteral("sharedStrings"));
    if (Status read = readWorkbook(workbook); !read)
        return read;
    for (QString &part : m_sheetParts) {
        const auto target = targets.constFind(part);
        if (target == targets.constEnd())
            return damaged(m_path, QStringLiteral("no relationship %1").arg(part));
        part = *target;
    }
    if (m_names.isEmpty())
        return damaged(m_path, QStringLiteral("no sheets"));
    return {};
}

Status XlsxReader::readRelationships(const QString &part, QHash<QString, QString> &targets,
                                     QHash<QString, QString> &byType)
{
    const QString name =
        folderOf(part) + QStringLiteral("_rels/") + part.mid(folderOf(part).size()) + QStringLiteral(".rels");
    Part rels(*m_zip, name);
    if (!rels.found)
        return {};
    while (rels.reading()) {
        rels.xml.readNext();
        if (!rels.xml.isStartElement() || rels.xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = rels.xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        const QString target = resolveTarget(part, attributes.value(QLatin1String("Target")));
        targets.insert(attributes.value(QLatin1String("Id")).toString(), target);
        const QStringView type = attributes.value(QLatin1String("Type"));
        byType.insert(type.mid(type.lastIndexOf(u'/') + 1).toString(), target);
    }
    return rels.finish(m_path, name);
}

Status XlsxReader::readWorkbook(const QString &part)
{
    Part workbook(*m_zip, part);
    while (workbook.reading()) {
        workbook.xml.readNext();
        if (!workbook.xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = workbook.xml.attributes();
        if (workbook.xml.name() == u"workbookPr") {
            m_date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (workbook.xml.name() == u"sheet") {
            m_names.append(attributes.value(QLatin1String("name")).toString());
            m_sheetParts.append(relationshipId(attributes).toString());
        }
    }
    return workbook.finish(m_path, part);
}

Status XlsxReader::readStyles(const QString &part)
{
    m_styleKinds.clear();
    if (part.isEmpty())
        return {};
    QHash<int, FormatKind> custom;
    Part styles(*m_zip, part);
    while (styles.reading()) {
        styles.xml.readNext();
        if (!styles.xml.isStartElement())
            continue;
        if (styles.xml.name() == u"numFmt") {
            const QXmlStreamAttributes attributes = styles.xml.attributes();
            custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                          formatCodeKind(attributes.value(QLatin1String("formatCode"))));
        } else if (styles.xml.name() == u"cellXfs") {
            // Only these formats are the cells' (cellStyleXfs holds xf elements too).
            while (styles.xml.readNextStartElement()) {
                if (styles.xml.name() == u"xf") {
                    const int id = styles.xml.attributes().value(QLatin1String("numFmtId")).toInt();
                    m_styleKinds.append(custom.contains(id) ? custom.value(id) : builtinFormatKind(id));
                }
                styles.xml.skipCurrentElement();
            }
        }
    }
    return styles.finish(m_path, part);
}

Status XlsxReader::readSharedStrings(const QString &part, qint64 &done, qint64 total, const ReadProgress &progress)
{
    m_sharedStrings.clear();
    if (part.isEmpty())
        return {};
    Part strings(*m_zip, part);
    while (strings.reading()) {
        strings.xml.readNext();
        if (!strings.xml.isStartElement())
            continue;
        if (strings.xml.name() == u"sst") {
            m_sharedStrings.reserve(strings.xml.attributes().value(QLatin1String("uniqueCount")).toInt());
        } else if (strings.xml.name() == u"si") {
            m_sharedStrings.append(readRichText(strings.xml));
            if (progress && m_sharedStrings.size() % kRowsPerReport == 0 && !progress(done + strings.done(), total))
                return cancelled(m_path);
        }
    }
    done += strings.done();
    return strings.finish(m_path, part);
}

Status XlsxReader::readCells(const QString &part, Sheet &sheet, qint64 &done, qint64 total,
                             const ReadProgress &progress)
{
    Part cells(*m_zip, part);
    QXmlStreamReader &xml = cells.xml;
    qint64 previousRow = -1;
    int rowsRead = 0;
    // Read to the part's end, past sheetData, so that its checksum is checked.
    while (cells.reading()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"row")
            continue;
        qint64 rowIndex = previousRow + 1;
        if (const QStringView r = xml.attributes().value(QLatin1String("r")); !r.isEmpty()) {
            bool ok = false;
            rowIndex = r.toLongLong(&ok) - 1;
            if (!ok || rowIndex < 0 || rowIndex >= kMaxRows)
                return damaged(m_path, QStringLiteral("%1: row %2").arg(part, r.toString()));
        }
        previousRow = rowIndex;
        QList<Cell> row;
        qsizetype column = -1;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes attributes = xml.attributes();
            if (const QStringView reference = attributes.value(QLatin1String("r")); reference.isEmpty()) {
                ++column;
            } else if (qint64 referenceRow = 0; !parseReference(reference, column, referenceRow)) {
                return damaged(m_path, QStringLiteral("%1: cell %2").arg(part, reference.toString()));
            }
            if (column >= kMaxColumns)
                return damaged(m_path, QStringLiteral("%1: too many columns").arg(part));
            const QStringView type = attributes.value(QLatin1String("t"));
            QString value;
            QString inlineText;
            bool hasValue = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"v") {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == u"is") {
                    inlineText = readRichText(xml);
                    hasValue = true;
                } else {
                    xml.skipCurrentElement(); // <f>, the formula: the value is its last result
                }
            }
            Cell cell;
            if (!hasValue) {
                // A cell with only a style holds nothing.
            } else if (type == u"s") {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= m_sharedStrings.size())
                    return damaged(m_path, QStringLiteral("%1: shared string %2").arg(part, value));
                cell = textCell(m_sharedStrings.at(index));
            } else if (type == u"inlineStr") {
                cell = textCell(inlineText.isEmpty() ? decodeEscapes(value) : inlineText);
            } else if (type == u"str") {
                cell = textCell(decodeEscapes(value));
            } else if (type == u"b") {
                const bool truth = value.trimmed() == u"1";
                cell = Cell{Cell::Kind::Boolean,
                            truth ? QStringLiteral("TRUE") : QStringLiteral("FALSE"),
                            truth ? 1.0 : 0.0,
                            {}};
            } else if (type == u"e") {
                cell = Cell{Cell::Kind::Error, value, 0, {}};
            } else if (type == u"d") {
                const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
                cell = date.isValid()
                           ? Cell{Cell::Kind::Date, date.toString(Qt::ISODate), serialOf(date, m_date1904), date}
                           : textCell(value);
            } else {
                bool ok = false;
                const double number = value.trimmed().toDouble(&ok);
                if (!ok)
                    cell = textCell(value);
                else
                    cell = serialCell(
                        number, m_date1904,
                        m_styleKinds.value(attributes.value(QLatin1String("s")).toInt(), FormatKind::Number));
            }
            if (column >= row.size())
                row.resize(column + 1);
            row[column] = std::move(cell);
        }
        putRow(sheet.rows, rowIndex, std::move(row));
        if (progress && ++rowsRead % kRowsPerReport == 0 && !progress(done + cells.done(), total))
            return cancelled(m_path);
    }
    done += cells.done();
    return cells.finish(m_path, part);
}

qint64 XlsxReader::sizeOf(const QString &part) const
{
    const ZipArchive::Entry *entry = part.isEmpty() ? nullptr : m_zip->find(part);
    return entry ? entry->size : 0;
}

Result<Sheet> XlsxReader::read(int index, const ReadProgress &progress)
{
    const QString part = m_sheetParts.value(index);
    const qint64 total = sizeOf(m_sharedStringsPart) + sizeOf(part);
    qint64 done = 0;
    if (progress && !progress(done, total))
        return cancelled(m_path);
    if (Status read = readStyles(m_stylesPart); !read)
        return read.error();
    if (Status read = readSharedStrings(m_sharedStringsPart, done, total, progress); !read)
        return read.error();
    Sheet sheet{m_names.value(index), {}};
    if (Status read = readCells(part, sheet, done, total, progress); !read)
        return read.error();
    m_sharedStrings.clear();
    if (progress && !progress(total, total))
        return cancelled(m_path);
    return sheet;
}

} // namespace lianxin::import
