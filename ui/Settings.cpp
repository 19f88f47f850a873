#include "ui/Settings.h"

namespace lianxin {

namespace {
// Keys and defaults, listed once.
const QString kDataDir = QStringLiteral("storage/dataDir");
const QString kServerUrl = QStringLiteral("sync/serverUrl");
const QString kLanguage = QStringLiteral("ui/language");
const QString kIdleLockMinutes = QStringLiteral("security/idleLockMinutes");
constexpr int kDefaultIdleLockMinutes = 10;
const QString kLastUsername = QStringLiteral("security/lastUsername");
const QString kBackupFolder = QStringLiteral("backup/folder");
const QString kBackupKeep = QStringLiteral("backup/keep");
constexpr int kDefaultBackupKeep = 7;
const QString kBackupRecipient = QStringLiteral("backup/recipient");
const QString kLastAutomaticBackup = QStringLiteral("backup/lastAutomatic");
const QString kWindowGeometry = QStringLiteral("ui/windowGeometry");
const QString kTableStatePrefix = QStringLiteral("ui/tables/");
} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(std::unique_ptr<QSettings> backing) : m_settings(std::move(backing)) {}

Settings::~Settings() = default;

QString Settings::dataDir() const
{
    return m_settings->value(kDataDir).toString();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::setDataDir(const QString &dir)
{
    m_settings->setValue(kDataDir, dir);
}

QUrl Settings::serverUrl() const
{
    return m_settings->value(kServerUrl).toUrl();
}

void Settings::setServerUrl(const QUrl &url)
{
    m_settings->setValue(kServerUrl, url);
}

QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

int Settings::idleLockMinutes() const
{
    return qMax(0, m_settings->value(kIdleLockMinutes, kDefaultIdleLockMinutes).toInt());
}

void Settings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(kIdleLockMinutes, qMax(0, minutes));
}

QString Settings::backupFolder() const
{
    return m_settings->value(kBackupFolder).toString();
}

void Settings::setBackupFolder(const QString &folder)
{
    m_settings->setValue(kBackupFolder, folder);
}

int Settings::backupKeep() const
{
    return qBound(1, m_settings->value(kBackupKeep, kDefaultBackupKeep).toInt(), 60);
}

void Settings::setBackupKeep(int count)
{
    m_settings->setValue(kBackupKeep, qBound(1, count, 60));
}

QByteArray Settings::backupRecipient() const
{
    return QByteArray::fromBase64(m_settings->value(kBackupRecipient).toByteArray());
}

void Settings::setBackupRecipient(const QByteArray &recipient)
{
    m_settings->setValue(kBackupRecipient, recipient.toBase64());
}

QDateTime Settings::lastAutomaticBackup() const
{
    return QDateTime::fromString(m_settings->value(kLastAutomaticBackup).toString(), Qt::ISODate);
}

void Settings::setLastAutomaticBackup(const QDateTime &at)
{
    m_settings->setValue(kLastAutomaticBackup, at.toUTC().toString(Qt::ISODate));
}

QString Settings::lastUsername() const
{
    return m_settings->value(kLastUsername).toString();
}

void Settings::setLastUsername(const QString &username)
{
    m_settings->setValue(kLastUsername, username);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kWindowGeometry, geometry);
}

QByteArray Settings::tableState(const QString &table) const
{
    return m_settings->value(kTableStatePrefix + table).toByteArray();
}

void Settings::setTableState(const QString &table, const QByteArray &state)
{
    m_settings->setValue(kTableStatePrefix + table, state);
}

QString interfaceLanguage(const QString &chosen, const QLocale &system)
{
    if (chosen == QLatin1String("zh_CN") || chosen == QLatin1String("en"))
        return chosen;
    return system.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

} // namespace lianxin
