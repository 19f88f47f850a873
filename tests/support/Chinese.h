#pragma once

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QWidget>

#include <catch2/catch.hpp>

namespace lianxin::test {

// Saves a picture of a widget when LIANXIN_SCREENSHOTS names a folder (docs/screenshots is made so).
inline void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LIANXIN_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    // Lay out what changed since (a message shown under a field) as the event loop would before painting.
    QCoreApplication::sendPostedEvents();
    widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// zh_CN for the life of the object: the application's translation, Qt's own, and the locale.
struct Chinese
{
    QTranslator translator;
    QTranslator qtTranslator;
    Chinese()
    {
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        REQUIRE(translator.load(chinese, QStringLiteral("lianxin"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        // Qt's own strings (Close, Cancel …), as the client loads them; absent on a machine without them.
        if (qtTranslator.load(chinese, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator);
        QLocale::setDefault(chinese);
    }
    ~Chinese()
    {
        QCoreApplication::removeTranslator(&qtTranslator);
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }
};
} // namespace lianxin::test
