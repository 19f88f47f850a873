#pragma once

#include "core/import/CellValues.h"
#include "core/import/SheetReader.h"
#include "core/import/ZipArchive.h"

#include <QHash>

#include <memory>

namespace lianxin::import {

// An Office Open XML workbook (.xlsx, also WPS's): a zip of XML parts, each streamed as it is read.
class XlsxReader final : public SheetReader
{
public:
    explicit XlsxReader(QString path);
    ~XlsxReader() override;

    [[nodiscard]] Status open() override;
    QStringList sheetNames() const override { return m_names; }
    [[nodiscard]] Result<Sheet> read(int index, const ReadProgress &progress) override;

private:
    struct Part;
    [[nodiscard]] Status readRelationships(const QString &part, QHash<QString, QString> &targets,
                                           QHash<QString, QString> &byType);
    [[nodiscard]] Status readWorkbook(const QString &part);
    [[nodiscard]] Status readStyles(const QString &part);
    [[nodiscard]] Status readSharedStrings(const QString &part, qint64 &done, qint64 total,
                                           const ReadProgress &progress);
    [[nodiscard]] Status readCells(const QString &part, Sheet &sheet, qint64 &done, qint64 total,
                                   const ReadProgress &progress);
    qint64 sizeOf(const QString &part) const;

    QString m_path;
    std::unique_ptr<ZipArchive> m_zip;
    QStringList m_names;
    QStringList m_sheetParts; // beside m_names
    QString m_stylesPart;
    QString m_sharedStringsPart;
    bool m_date1904 = false;
    QList<FormatKind> m_styleKinds; // by cell style index (cellXfs)
    QStringList m_sharedStrings;
};

} // namespace lianxin::import
