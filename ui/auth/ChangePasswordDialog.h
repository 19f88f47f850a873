#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lianxin {

class StaffClient;

// Choosing one's own password with the county server, when an administrator set the present one (a new
// account's first password, or a reset): the new password twice, checked here and then by the server; the
// dialog closes once the server took it. Works online only, with the session just signed in.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // `current`: the password the person just signed in with.
    ChangePasswordDialog(const QString &serverUrl, const QString &token, QString current, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    QString newPassword() const;

private:
    void submit();
    void showError(const QString &message, QLineEdit *field);

    StaffClient *m_client;
    QString m_current;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace lianxin
