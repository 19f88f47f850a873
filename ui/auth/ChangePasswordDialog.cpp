#include "ui/auth/ChangePasswordDialog.h"

#include "core/auth/AccountRules.h"
#include "core/staff/StaffClient.h"
#include "ui/forms/FieldForm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lianxin {

ChangePasswordDialog::ChangePasswordDialog(const QString &serverUrl, const QString &token, QString current,
                                           QWidget *parent)
    : QDialog(parent), m_client(new StaffClient(serverUrl, token, this)), m_current(std::move(current)),
      m_password(new QLineEdit), m_repeat(new QLineEdit), m_message(makeErrorLabel())
{
    setWindowTitle(tr("Choose your own password"));
    auto *heading = new QLabel(tr("An administrator set the password you signed in with. Choose your own now: "
                                  "at least %n characters that nobody else knows.",
                                  nullptr, account_rules::kMinimumPasswordLength));
    heading->setWordWrap(true);
    for (QLineEdit *field : {m_password, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_message->setObjectName(QStringLiteral("message"));
    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Again:"), m_repeat);
    form->addRow(QString(), m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Change password"));
    m_ok->setObjectName(QStringLiteral("change"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_password->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QString ChangePasswordDialog::newPassword() const
{
    return result() == QDialog::Accepted ? m_password->text() : QString();
}

void ChangePasswordDialog::showError(const QString &message, QLineEdit *field)
{
    m_message->setText(message);
    m_message->show();
    field->selectAll();
    field->setFocus();
}

void ChangePasswordDialog::submit()
{
    if (Status status = account_rules::checkPassword(m_password->text()); !status)
        return showError(status.error().message, m_password);
    if (m_password->text() == m_current)
        return showError(tr("Choose a password other than the one the administrator set."), m_password);
    if (m_repeat->text() != m_password->text())
        return showError(tr("The two passwords differ: type the new one again."), m_repeat);
    m_message->hide();
    m_ok->setEnabled(false);
    m_client->changeOwnPassword(m_current, m_password->text(), [this](const Result<bool> &changed) {
        m_ok->setEnabled(true);
        if (!changed)
            return showError(changed.error().message, m_password);
        accept();
    });
}

} // namespace lianxin
