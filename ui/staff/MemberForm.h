#pragma once

#include "core/auth/Account.h"
#include "core/staff/StaffClient.h"
#include "ui/forms/FieldForm.h"
#include "ui/staff/StaffRegions.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace lianxin {

class RegionChecklist;

// A staff record: a grid officer or head with the grids served, a mediator full-time or part-time, the
// legal adviser of a village. Saved on the county server when Save is pressed; what the server refuses
// shows under its field.
class MemberForm : public FieldForm
{
    Q_OBJECT

public:
    // `member` without an id: a new record.
    MemberForm(StaffClient &client, const StaffRegions &regions, const Account &admin, StaffMember member,
               QWidget *parent = nullptr);

    const StaffMember &member() const { return m_member; }

    void reject() override;

protected:
    QList<Error> save() override;

private:
    StaffClient &m_client;
    StaffMember m_member;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QList<QCheckBox *> m_roles;
    QComboBox *m_employment;
    RegionChecklist *m_regions;
    QLineEdit *m_notes;
    bool m_busy = false;
};

} // namespace lianxin
