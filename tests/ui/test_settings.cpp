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

#include "core/auth/Account.h"
#include "ui/shell/SettingsDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

TEST_CASE("The settings dialog checks the server address and saves typed values", "[ui][settings]")
{
    QTemporaryDir dir;
    Settings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    SettingsDialog dialog(settings, QString(), true);
    dialog.show();
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("server_url"));
    auto *idle = dialog.findChild<QSpinBox *>(QStringLiteral("idle_lock"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QTest::keyClicks(server, QStringLiteral("county server"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.errorOf(QStringLiteral("server_url")).contains(QStringLiteral("https://")));
    CHECK(settings.serverUrl().isEmpty());

    server->clear();
    QTest::keyClicks(server, QStringLiteral("https://10.8.0.1:8443"));
    idle->setValue(0);
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(settings.serverUrl() == QUrl(QStringLiteral("https://10.8.0.1:8443")));
    CHECK(settings.idleLockMinutes() == 0);
    CHECK(settings.language() == QStringLiteral("zh_CN"));
}

TEST_CASE("The settings name the data folder in use when --data-dir chose another than theirs", "[ui][settings]")
{
    QTemporaryDir dir;
    Settings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    const QString inUse = dir.filePath(QStringLiteral("township-workspace"));
    SettingsDialog dialog(settings, QString(), true, inUse);
    auto *shown = dialog.findChild<QLabel *>(QStringLiteral("data_dir_in_use"));
    REQUIRE(shown);
    CHECK(shown->text() == QDir::toNativeSeparators(inUse));
    CHECK(
        dialog.findChild<QLineEdit *>(QStringLiteral("data_dir"))->text().isEmpty()); // the next start's stays as saved
}

TEST_CASE("The daily backup's settings: a full path, a passphrase typed twice, and only its public key kept",
          "[ui][settings]")
{
    QTemporaryDir dir;
    Settings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    SettingsDialog dialog(settings, QString(), true);
    dialog.show();
    auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("backup_folder"));
    auto *passphrase = dialog.findChild<QLineEdit *>(QStringLiteral("backup_passphrase"));
    auto *again = dialog.findChild<QLineEdit *>(QStringLiteral("backup_again"));
    QTest::keyClicks(folder, QStringLiteral("usb/lianxin"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.errorOf(QStringLiteral("backup_folder")).isEmpty());
    CHECK_FALSE(dialog.errorOf(QStringLiteral("backup_passphrase")).isEmpty());

    folder->setText(dir.filePath(QStringLiteral("usb")));
    passphrase->setText(QStringLiteral("岳西县天堂镇备份"));
    again->setText(QStringLiteral("岳西县天堂镇备分"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.errorOf(QStringLiteral("backup_again")).isEmpty());

    again->setText(passphrase->text());
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(settings.backupFolder() == dir.filePath(QStringLiteral("usb")));
    CHECK(settings.backupRecipient().size() > 32);
    QCoreApplication::processEvents(); // QSettings writes its file on the next turn of the event loop
    QFile file(settings.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(QStringLiteral("岳西县天堂镇备份").toUtf8()));
}

TEST_CASE("The settings dialog shows the county server the workspace syncs with", "[ui][settings]")
{
    QTemporaryDir dir;
    Settings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    // Named by --server for the workspace, not in the settings file.
    SettingsDialog dialog(settings, QStringLiteral("http://127.0.0.1:8470"), true);
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("server_url"))->text() == QStringLiteral("http://127.0.0.1:8470"));
    dialog.show();
    dialog.accept();
    CHECK(settings.serverUrl() == QUrl(QStringLiteral("http://127.0.0.1:8470")));
}

TEST_CASE("Only an administrator changes the county server in the settings", "[ui][settings]")
{
    QTemporaryDir dir;
    Settings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    settings.setServerUrl(QUrl(QStringLiteral("https://10.8.0.1:8443")));
    SettingsDialog dialog(settings, QStringLiteral("https://10.8.0.1:8443"), permissionsOf(QStringLiteral("unit_head")).administerDevice);
    dialog.show();
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("server_url"));
    CHECK(server->isReadOnly());
    QTest::keyClicks(server, QStringLiteral("http://attacker:80"));
    dialog.accept();
    CHECK(settings.serverUrl() == QUrl(QStringLiteral("https://10.8.0.1:8443")));
    CHECK(permissionsOf(QStringLiteral("township_admin")).administerDevice);
    CHECK_FALSE(permissionsOf(QStringLiteral("grid_officer")).administerDevice);
}

TEST_CASE("The interface is Chinese unless English is chosen or the system asks for it", "[ui][settings]")
{
    // A fresh Debian's locale says nothing: Chinese, the users' first language.
    CHECK(interfaceLanguage(QString(), QLocale::c()) == QStringLiteral("zh_CN"));
    CHECK(interfaceLanguage(QString(), QLocale(QStringLiteral("C.UTF-8"))) == QStringLiteral("zh_CN"));
    CHECK(interfaceLanguage(QString(), QLocale(QStringLiteral("zh_CN"))) == QStringLiteral("zh_CN"));
    CHECK(interfaceLanguage(QString(), QLocale(QStringLiteral("de_DE"))) == QStringLiteral("zh_CN"));
    CHECK(interfaceLanguage(QString(), QLocale(QStringLiteral("en_US"))) == QStringLiteral("en"));
    // A choice in the settings or on the command line wins.
    CHECK(interfaceLanguage(QStringLiteral("en"), QLocale(QStringLiteral("zh_CN"))) == QStringLiteral("en"));
    CHECK(interfaceLanguage(QStringLiteral("zh_CN"), QLocale(QStringLiteral("en_US"))) == QStringLiteral("zh_CN"));
}
