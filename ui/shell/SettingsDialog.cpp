#include "ui/shell/SettingsDialog.h"

#include "core/backup/DeviceBackup.h"
#include "ui/Settings.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

namespace lianxin {

SettingsDialog::SettingsDialog(Settings &settings, const QString &serverInUse, bool mayChangeServer,
                               const QString &dataDirInUse, QWidget *parent)
    : FieldForm(parent), m_settings(settings), m_language(new QComboBox), m_idleLock(new QSpinBox),
      m_server(new QLineEdit(serverInUse)), m_dataDir(new QLineEdit(settings.dataDir())),
      m_backupFolder(new QLineEdit(settings.backupFolder())), m_backupKeep(new QSpinBox),
      m_backupPassphrase(new QLineEdit), m_backupAgain(new QLineEdit)
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(tr("As the system (Chinese unless it asks for English)"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_idleLock->setRange(0, 240);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setValue(settings.idleLockMinutes());
    m_server->setPlaceholderText(tr("https://county-server:8443"));
    // Where the register's records go is the administrator's decision, not any signed-in person's.
    m_server->setReadOnly(!mayChangeServer);
    if (!mayChangeServer)
        m_server->setToolTip(tr("Only a township or county administrator changes the county server."));
    m_dataDir->setPlaceholderText(tr("The platform's app data folder"));

    addField(QStringLiteral("language"), tr("&Language (at next start):"), m_language);
    addField(QStringLiteral("idle_lock"), tr("Lock when &idle for:"), m_idleLock);
    addField(QStringLiteral("server_url"), tr("County &server:"), m_server);
    addField(QStringLiteral("data_dir"), tr("&Data folder (at next start):"), m_dataDir);
    if (!dataDirInUse.isEmpty()) {
        auto *inUse = new QLabel(QDir::toNativeSeparators(dataDirInUse));
        inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
        inUse->setWordWrap(true);
        addField(QStringLiteral("data_dir_in_use"), tr("Data folder in use:"), inUse);
    }

    // The daily backup: only the public half of the passphrase's key pair is kept here.
    m_backupFolder->setPlaceholderText(tr("Empty: no automatic backup; e.g. the USB stick's folder"));
    m_backupKeep->setRange(1, 60);
    m_backupKeep->setValue(settings.backupKeep());
    m_backupKeep->setSuffix(tr(" backups"));
    for (QLineEdit *field : {m_backupPassphrase, m_backupAgain})
        field->setEchoMode(QLineEdit::Password);
    m_backupPassphrase->setPlaceholderText(settings.backupRecipient().isEmpty()
                                               ? tr("Needed to restore; not kept on this computer")
                                               : tr("Set; type a new one to change it"));
    // The folder is typed or chosen (a USB stick's path is long to type).
    auto *folderRow = new QWidget;
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QPushButton(tr("C&hoose…"));
    folderLayout->addWidget(m_backupFolder, 1);
    folderLayout->addWidget(choose);
    addField(QStringLiteral("backup_folder"), tr("Daily &backup into:"), folderRow);
    m_backupFolder->setObjectName(QStringLiteral("backup_folder"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Daily backup into"), m_backupFolder->text());
        if (!chosen.isEmpty()) {
            m_backupFolder->setText(chosen);
            markChanged();
        }
    });
    addField(QStringLiteral("backup_keep"), tr("&Keep the last:"), m_backupKeep);
    addField(QStringLiteral("backup_passphrase"), tr("Backup &passphrase:"), m_backupPassphrase);
    addField(QStringLiteral("backup_again"), tr("Passphrase &again:"), m_backupAgain);
    for (QLineEdit *field : {m_backupFolder, m_backupPassphrase, m_backupAgain})
        connect(field, &QLineEdit::textEdited, this, &SettingsDialog::markChanged);
    connect(m_backupKeep, &QSpinBox::valueChanged, this, &SettingsDialog::markChanged);
    connect(m_language, &QComboBox::activated, this, &SettingsDialog::markChanged);
    connect(m_idleLock, &QSpinBox::valueChanged, this, &SettingsDialog::markChanged);
    connect(m_server, &QLineEdit::textEdited, this, &SettingsDialog::markChanged);
    connect(m_dataDir, &QLineEdit::textEdited, this, &SettingsDialog::markChanged);
}

QString SettingsDialog::server() const
{
    return m_server->text().trimmed();
}

QList<Error> SettingsDialog::save()
{
    QList<Error> errors;
    const QString serverText = m_server->text().trimmed();
    const QUrl server(serverText, QUrl::StrictMode);
    if (!serverText.isEmpty() && (!server.isValid() || server.host().isEmpty() ||
                                  (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))))
        errors.append({QStringLiteral("server_url"),
                       tr("Enter the server's address with http:// or https://, for example https://10.8.0.1:8443.")});
    const QString dataDir = m_dataDir->text().trimmed();
    if (!dataDir.isEmpty() && QDir::isRelativePath(dataDir))
        errors.append({QStringLiteral("data_dir"), tr("Give the data folder as a full path, such as /home/user/lianxin.")});
    const QString backupFolder = m_backupFolder->text().trimmed();
    const QString passphrase = m_backupPassphrase->text();
    if (!backupFolder.isEmpty() && QDir::isRelativePath(backupFolder))
        errors.append({QStringLiteral("backup_folder"),
                       tr("Give the backup folder as a full path, such as /media/usb/lianxin.")});
    if (!backupFolder.isEmpty() && passphrase.isEmpty() && m_settings.backupRecipient().isEmpty())
        errors.append(
            {QStringLiteral("backup_passphrase"), tr("Set a passphrase: without it no one can restore the backups.")});
    if (!passphrase.isEmpty() && passphrase.size() < device_backup::kMinPassphrase)
        errors.append({QStringLiteral("backup_passphrase"),
                       tr("At least %n character(s).", nullptr, device_backup::kMinPassphrase)});
    if (passphrase != m_backupAgain->text())
        errors.append({QStringLiteral("backup_again"), tr("The two passphrases differ.")});
    QByteArray recipient;
    if (errors.isEmpty() && !passphrase.isEmpty()) {
        const auto made = device_backup::recipientFor(passphrase);
        if (!made)
            errors.append({QStringLiteral("backup_passphrase"), made.error().message});
        else
            recipient = *made;
    }
    if (!errors.isEmpty())
        return errors;
    m_settings.setBackupFolder(backupFolder);
    m_settings.setBackupKeep(m_backupKeep->value());
    if (!recipient.isEmpty())
        m_settings.setBackupRecipient(recipient);
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setIdleLockMinutes(m_idleLock->value());
    if (!m_server->isReadOnly())
        m_settings.setServerUrl(serverText.isEmpty() ? QUrl() : server);
    m_settings.setDataDir(dataDir);
    return {};
}

} // namespace lianxin
