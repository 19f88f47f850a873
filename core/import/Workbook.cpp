#include "core/import/Workbook.h"

#include "core/import/CsvReader.h"
#include "core/import/ReadErrors.h"
#include "core/import/XlsReader.h"
#include "core/import/XlsxReader.h"

#include <QFile>

#include <memory>

namespace lianxin::import {

namespace {
// The reader for the file's content, whatever its name ends in: a zip is an .xlsx, an OLE compound file an
// .xls (or an .xlsx saved with a password), anything else CSV text.
Result<std::unique_ptr<SheetReader>> openReader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotRead(path, file.errorString());
    if (file.size() == 0)
        return emptyFile(path);
    const QByteArray magic = file.read(8);
    file.close();
    std::unique_ptr<SheetReader> reader;
    if (magic.startsWith("PK\x03\x04"))
        reader = std::make_unique<XlsxReader>(path);
    else if (magic == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        reader = std::make_unique<XlsReader>(path);
    else
        reader = std::make_unique<CsvReader>(path);
    if (Status opened = reader->open(); !opened)
        return opened.error();
    return reader;
}
} // namespace

Result<QStringList> sheetNames(const QString &path)
{
    auto reader = openReader(path);
    if (!reader)
        return reader.error();
    return (*reader)->sheetNames();
}

Result<Sheet> readSheet(const QString &path, const QString &sheet, const ReadProgress &progress)
{
    auto reader = openReader(path);
    if (!reader)
        return reader.error();
    const QStringList names = (*reader)->sheetNames();
    const qsizetype index = sheet.isEmpty() ? 0 : names.indexOf(sheet);
    if (index < 0 || index >= names.size())
        return noSuchSheet(path, sheet);
    return (*reader)->read(int(index), progress);
}

} // namespace lianxin::import
