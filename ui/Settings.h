#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

namespace lianxin {

// Every setting of the client, typed, with its key and default in one place (QSettings underneath).
class Settings
{
public:
    // The user's settings file; tests pass their own QSettings (an INI file in a temporary folder).
    Settings();
    explicit Settings(std::unique_ptr<QSettings> backing);
    ~Settings();

    QString dataDir() const;           // empty: the platform's app data folder
    void setDataDir(const QString &dir);
    QUrl serverUrl() const;            // the county server; empty until configured
    void setServerUrl(const QUrl &url);
    QString language() const;          // "zh_CN", "en" or empty for the system's (interfaceLanguage)
    void setLanguage(const QString &language);
    int idleLockMinutes() const;       // 0: never lock on idle
    void setIdleLockMinutes(int minutes);
    // The daily automatic backup (AutomaticBackup): the folder (a USB stick, say; empty: off), how many to
    // keep, who can open them (device_backup::recipientFor: the passphrase itself is never kept) and when
    // the last one was made.
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);
    int backupKeep() const; // 1 … 60, 7 unless set
    void setBackupKeep(int count);
    QByteArray backupRecipient() const;
    void setBackupRecipient(const QByteArray &recipient);
    QDateTime lastAutomaticBackup() const;
    void setLastAutomaticBackup(const QDateTime &at);

    QString lastUsername() const;
    void setLastUsername(const QString &username);

    // The file the settings live in (a backup carries it).
    QString fileName() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    // The header state (widths, order, sort) of a table, by a name of the caller's choosing.
    QByteArray tableState(const QString &table) const;
    void setTableState(const QString &table, const QByteArray &state);

private:
    std::unique_ptr<QSettings> m_settings;
};

// The language of the interface: the one chosen (option or setting), else English only where the system
// asks for English explicitly, else Chinese — the users' first language, also on a machine whose locale
// says nothing (C.UTF-8 on a fresh Debian).
QString interfaceLanguage(const QString &chosen, const QLocale &system);

} // namespace lianxin
