#include "ui/documents/DocumentFont.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDocuments, "lianxin.documents")

namespace lianxin::documents {

namespace {
const QString kDerivedFamily = QStringLiteral(LIANXIN_DOCUMENT_FONT_FAMILY);
const QString kSystemFamily = QStringLiteral("Noto Sans CJK SC");
const QStringList kFiles{QStringLiteral(LIANXIN_DOCUMENT_FONT_STEM "-Regular.otf"),
                         QStringLiteral(LIANXIN_DOCUMENT_FONT_STEM "-Bold.otf")};

QString registerFonts()
{
    for (const QString &folder : documentFontFolders()) {
        const QDir dir(folder);
        if (!dir.exists(kFiles.first()))
            continue;
        bool all = true;
        for (const QString &file : kFiles) {
            const int id = QFontDatabase::addApplicationFont(dir.filePath(file));
            all = all && id >= 0 && QFontDatabase::applicationFontFamilies(id).contains(kDerivedFamily);
        }
        if (all)
            return kDerivedFamily;
        qCWarning(lcDocuments) << "The document font in" << folder << "cannot be loaded";
    }
    qCWarning(lcDocuments) << "No document font in" << documentFontFolders() << ": the documents use" << kSystemFamily
                           << "and copy some ideographs as radicals";
    return kSystemFamily;
}
} // namespace

QStringList documentFontFolders()
{
    QStringList folders{QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                        QStringLiteral("/" LIANXIN_DOCUMENT_FONT_DIR_FROM_BIN)),
                        QStringLiteral(LIANXIN_DOCUMENT_FONT_BUILD_DIR)};
    folders.removeDuplicates(); // the build tree's programs are one folder below it, like bin/
    return folders;
}

QString documentFontFamily()
{
    static const QString family = registerFonts();
    return family;
}

} // namespace lianxin::documents
