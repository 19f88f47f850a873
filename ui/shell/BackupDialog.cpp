#include "ui/shell/BackupDialog.h"

#include "core/common/ChinaTime.h"
#include "core/common/Clock.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace lianxin {

BackupDialog::BackupDialog(QString storePath, QString settingsFile, QWidget *parent)
    : QDialog(parent), m_storePath(std::move(storePath)), m_settingsFile(std::move(settingsFile)),
      m_file(new QLineEdit), m_passphrase(new QLineEdit), m_repeat(new QLineEdit), m_message(new QLabel),
      m_progress(new QProgressBar), m_start(new QPushButton(tr("&Back up"))), m_cancel(new QPushButton(tr("Cancel")))
{
    setWindowTitle(tr("Back up this computer"));
    auto *heading =
        new QLabel(tr("Everything on this computer — the register, cases, points, visits, their attachments "
                      "and the settings — goes into one file, for example on a USB stick. Only the passphrase "
                      "opens it: keep the passphrase, without it the backup cannot be restored."));
    heading->setWordWrap(true);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setText(QDir(folder).filePath(
        QStringLiteral("lianxin-%1.lxbackup").arg(chinaNow(SystemClock()).toString(QStringLiteral("yyyyMMdd-HHmm")))));
    m_file->setObjectName(QStringLiteral("file"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    for (QLineEdit *field : {m_passphrase, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();

    auto *choose = new QPushButton(tr("C&hoose…"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getSaveFileName(this, windowTitle(), m_file->text(), tr("Lianxin backups (*.lxbackup)"));
        if (!chosen.isEmpty())
            m_file->setText(chosen);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_repeat);
    form->addRow(QString(), m_message);

    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    setMinimumWidth(560);

    connect(m_start, &QPushButton::clicked, this, &BackupDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &BackupDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<device_backup::Summary>>::finished, this, &BackupDialog::finished);
    m_passphrase->setFocus();
}

BackupDialog::~BackupDialog()
{
    m_cancelled = true;
    m_watcher.waitForFinished();
}

void BackupDialog::reject()
{
    // While the backup runs, Cancel stops it; the dialog closes when it has.
    if (m_watcher.isRunning()) {
        m_cancelled = true;
        return;
    }
    QDialog::reject();
}

void BackupDialog::showError(const QString &message, QWidget *field)
{
    m_message->setText(message);
    m_message->show();
    if (field)
        field->setFocus();
}

void BackupDialog::start()
{
    if (m_watcher.isRunning())
        return;
    const QString file = m_file->text().trimmed();
    if (file.isEmpty())
        return showError(tr("File: choose where the backup goes."), m_file);
    if (!QFileInfo(file).absoluteDir().exists())
        return showError(tr("File: the folder %1 is not there (is the USB stick in?).")
                             .arg(QDir::toNativeSeparators(QFileInfo(file).absolutePath())),
                         m_file);
    if (m_passphrase->text().size() < device_backup::kMinPassphrase)
        return showError(tr("Passphrase: at least %n character(s).", nullptr, device_backup::kMinPassphrase),
                         m_passphrase);
    if (m_repeat->text() != m_passphrase->text())
        return showError(tr("Again: the two passphrases differ."), m_repeat);
    m_message->hide();
    for (QWidget *widget : {static_cast<QWidget *>(m_file), static_cast<QWidget *>(m_passphrase),
                            static_cast<QWidget *>(m_repeat), static_cast<QWidget *>(m_start)})
        widget->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelled = false;
    QPointer<QProgressBar> bar = m_progress;
    m_watcher.setFuture(QtConcurrent::run([store = m_storePath, settings = m_settingsFile, file,
                                           passphrase = m_passphrase->text(), bar, cancel = &m_cancelled] {
        const auto recipient = device_backup::recipientFor(passphrase);
        if (!recipient)
            return Result<device_backup::Summary>(recipient.error());
        return device_backup::write(
            store, {{QStringLiteral("settings.ini"), settings}}, file, *recipient,
            [bar](qint64 done, qint64 total) {
                const int value = int(1000 * done / qMax<qint64>(1, total));
                QMetaObject::invokeMethod(bar, [bar, value] {
                    if (bar)
                        bar->setValue(value);
                });
            },
            cancel);
    }));
}

void BackupDialog::finished()
{
    const auto result = m_watcher.result();
    for (QWidget *widget : {static_cast<QWidget *>(m_file), static_cast<QWidget *>(m_passphrase),
                            static_cast<QWidget *>(m_repeat), static_cast<QWidget *>(m_start)})
        widget->setEnabled(true);
    m_progress->hide();
    if (!result) {
        if (result.error().field == QLatin1String("cancelled"))
            return QDialog::reject();
        return showError(result.error().message, result.error().field == QLatin1String("passphrase")
                                                     ? static_cast<QWidget *>(m_passphrase)
                                                     : m_file);
    }
    QMessageBox::information(
        this, windowTitle(),
        tr("Backed up into %1 (%2). Keep the passphrase: without it the backup cannot be restored.")
            .arg(QDir::toNativeSeparators(m_file->text().trimmed()),
                 QLocale().formattedDataSize(result->bytes, 1, QLocale::DataSizeTraditionalFormat)));
    accept();
}

} // namespace lianxin
