#include "ui/shell/SettingsDialog.h"

#include "ui/Settings.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>

namespace lianxin {

SettingsDialog::SettingsDialog(Settings &settings, const QString &serverInUse, bool mayChangeServer, QWidget *parent)
    : FieldForm(parent), m_settings(settings), m_language(new QComboBox), m_idleLock(new QSpinBox),
      m_server(new QLineEdit(serverInUse)), m_dataDir(new QLineEdit(settings.dataDir()))
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
    addField(QStringLiteral("idle_lock"), tr("&Lock when idle for:"), m_idleLock);
    addField(QStringLiteral("server_url"), tr("County &server:"), m_server);
    addField(QStringLiteral("data_dir"), tr("&Data folder (at next start):"), m_dataDir);
    connect(m_language, &QComboBox::activated, this, &SettingsDialog::markChanged);
    connect(m_idleLock, &QSpinBox::valueChanged, this, &SettingsDialog::markChanged);
    connect(m_server, &QLineEdit::textEdited, this, &SettingsDialog::markChanged);
    connect(m_dataDir, &QLineEdit::textEdited, this, &SettingsDialog::markChanged);
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
    if (!errors.isEmpty())
        return errors;
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setIdleLockMinutes(m_idleLock->value());
    if (!m_server->isReadOnly())
        m_settings.setServerUrl(serverText.isEmpty() ? QUrl() : server);
    m_settings.setDataDir(dataDir);
    return {};
}

} // namespace lianxin
