#pragma once

#include <QString>
#include <QStringList>

namespace lianxin::documents {

// The family the printed documents are set in: Noto Sans CJK SC as the build derives it
// (ui/documents/fonts/derive-document-font.py), whose PDFs copy and search as the characters printed
// (人, not the Kangxi radical ⼈). Its files are registered with Qt on first use; when they cannot be found
// the system's Noto Sans CJK SC is used and a warning logged.
QString documentFontFamily();

// Where the derived font's files are looked for, in order: beside the program as installed
// (bin/../share/lianxin/fonts), then the build tree's copy.
QStringList documentFontFolders();

} // namespace lianxin::documents
