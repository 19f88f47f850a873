#pragma once

#include "core/import/SheetReader.h"

namespace lianxin::import {

// Comma-separated text (RFC 4180 quoting), or tab-separated when the first line has tabs and no comma; in
// UTF-8 (with or without its byte order mark), UTF-16 with its mark (Excel's "Unicode text"), otherwise
// GB18030, which covers GBK and GB2312. One sheet named after the file; every value is Text.
class CsvReader final : public SheetReader
{
public:
    explicit CsvReader(QString path);

    [[nodiscard]] Status open() override;
    QStringList sheetNames() const override;
    [[nodiscard]] Result<Sheet> read(int index, const ReadProgress &progress) override;

private:
    QString m_path;
};

} // namespace lianxin::import
