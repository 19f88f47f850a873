#pragma once

#include "ui/forms/FieldForm.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace lianxin {

class Settings;

// The settings a person may change: language, idle lock, county server, data folder and the daily backup
// (folder, how many, passphrase). Language and data folder take effect at the next start, as the dialog says.
class SettingsDialog : public FieldForm
{
    Q_OBJECT

public:
    // `serverInUse`: the county server this workspace syncs with (which `--server` may have named).
    // Without `mayChangeServer` the county server's address is shown, not editable.
    // `dataDirInUse`: the workspace open now, which --data-dir may have chosen over the settings' folder.
    SettingsDialog(Settings &settings, const QString &serverInUse, bool mayChangeServer,
                   const QString &dataDirInUse = {}, QWidget *parent = nullptr);

    // The county server as the dialog shows it (what was saved, after accept()).
    QString server() const;

protected:
    QList<Error> save() override;

private:
    Settings &m_settings;
    QComboBox *m_language;
    QSpinBox *m_idleLock;
    QLineEdit *m_server;
    QLineEdit *m_dataDir;
    QLineEdit *m_backupFolder;
    QSpinBox *m_backupKeep;
    QLineEdit *m_backupPassphrase;
    QLineEdit *m_backupAgain;
};

} // namespace lianxin
