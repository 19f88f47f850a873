#include "ui/Settings.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace lianxin;

TEST_CASE("Settings keep typed values with defaults", "[ui][settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
        CHECK(settings.dataDir().isEmpty());
        CHECK(settings.language().isEmpty());
        CHECK(settings.idleLockMinutes() == 10);
        CHECK(settings.serverUrl().isEmpty());
        settings.setDataDir(QStringLiteral("/srv/lianxin"));
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.setIdleLockMinutes(-5);
        settings.setServerUrl(QUrl(QStringLiteral("https://county.example:8443")));
        settings.setTableState(QStringLiteral("households"), QByteArray("state"));
    }
    Settings reread(std::make_unique<QSettings>(file, QSettings::IniFormat));
    CHECK(reread.dataDir() == QStringLiteral("/srv/lianxin"));
    CHECK(reread.language() == QStringLiteral("zh_CN"));
    CHECK(reread.idleLockMinutes() == 0);
    CHECK(reread.serverUrl() == QUrl(QStringLiteral("https://county.example:8443")));
    CHECK(reread.tableState(QStringLiteral("households")) == QByteArray("state"));
    CHECK(reread.tableState(QStringLiteral("persons")).isEmpty());
}
