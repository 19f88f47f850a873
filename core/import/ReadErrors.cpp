#include "core/import/ReadErrors.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lianxin::import {

Q_LOGGING_CATEGORY(lcImport, "lianxin.import")

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)
};

// The file as the user knows it: its name, without the folders.
QString nameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

Error fileError(const QString &message)
{
    return Error{QStringLiteral("file"), message};
}
} // namespace

Error cannotRead(const QString &path, const QString &reason)
{
    return fileError(Tr::tr("Cannot read %1: %2").arg(nameOf(path), reason));
}

Error emptyFile(const QString &path)
{
    return fileError(Tr::tr("%1 is empty.").arg(nameOf(path)));
}

Error notSpreadsheet(const QString &path)
{
    return fileError(Tr::tr("%1 is not a spreadsheet: choose an .xlsx or .xls file, or a .csv file in UTF-8 or GBK.")
                         .arg(nameOf(path)));
}

Error damaged(const QString &path, const QString &detail)
{
    qCWarning(lcImport) << "damaged spreadsheet:" << detail;
    return fileError(
        Tr::tr("%1 is damaged and cannot be read. Open it in Excel or WPS, save it again and choose the saved file.")
            .arg(nameOf(path)));
}

Error encrypted(const QString &path)
{
    return fileError(Tr::tr("%1 is protected by a password. Open it in Excel or WPS, remove the password, save it "
                            "and choose it again.")
                         .arg(nameOf(path)));
}

Error noSuchSheet(const QString &path, const QString &sheet)
{
    return Error{QStringLiteral("sheet"), Tr::tr("%1 has no sheet named \"%2\".").arg(nameOf(path), sheet)};
}

Error cancelled(const QString &path)
{
    return Error{QStringLiteral("cancelled"), Tr::tr("Reading %1 was cancelled.").arg(nameOf(path))};
}

} // namespace lianxin::import
