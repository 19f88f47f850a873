#pragma once

#include "core/import/SheetReader.h"

namespace lianxin::import {

// An Excel 97–2003 workbook (.xls, BIFF in an OLE compound file), through FreeXL.
class XlsReader final : public SheetReader
{
public:
    explicit XlsReader(QString path);
    ~XlsReader() override;
    XlsReader(const XlsReader &) = delete;
    XlsReader &operator=(const XlsReader &) = delete;

    [[nodiscard]] Status open() override;
    QStringList sheetNames() const override { return m_names; }
    [[nodiscard]] Result<Sheet> read(int index, const ReadProgress &progress) override;

private:
    QString m_path;
    const void *m_handle = nullptr;
    QStringList m_names;
    bool m_date1904 = false;
};

} // namespace lianxin::import
