#include "ui/staff/MemberForm.h"

#include "core/auth/AccountRules.h"
#include "core/register/Vocabulary.h"
#include "core/validation/Validators.h"
#include "ui/staff/StaffRequest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>

namespace lianxin {

MemberForm::MemberForm(StaffClient &client, const StaffRegions &regions, const Account &admin, StaffMember member,
                       QWidget *parent)
    : FieldForm(parent), m_client(client), m_member(std::move(member)), m_name(new QLineEdit(m_member.name)),
      m_phone(new QLineEdit(m_member.phone)), m_employment(new QComboBox), m_regions(new RegionChecklist(regions)),
      m_notes(new QLineEdit(m_member.notes))
{
    setWindowTitle(m_member.id.isEmpty() ? tr("New staff member") : tr("Staff member %1").arg(m_member.name));
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("phone"), tr("&Phone:"), m_phone);
    auto *roles = new QWidget;
    auto *grid = new QGridLayout(roles);
    grid->setContentsMargins(0, 0, 0, 0);
    for (const QString &role : account_rules::grantableRoles(admin.role)) {
        auto *box = new QCheckBox(vocabulary::label(vocabulary::memberRoles(), role));
        box->setObjectName(QStringLiteral("role_") + role);
        box->setProperty("role", role);
        box->setChecked(m_member.roles.contains(role));
        grid->addWidget(box, int(m_roles.size()) / 3, int(m_roles.size()) % 3);
        m_roles.append(box);
        connect(box, &QCheckBox::toggled, this, [this] { markChanged(); });
    }
    addField(QStringLiteral("roles"), tr("&Roles:"), roles);
    m_employment->addItem(tr("(not said)"), QString());
    for (const VocabularyEntry &entry : vocabulary::employments())
        m_employment->addItem(entry.label(), QString::fromLatin1(entry.code));
    m_employment->setCurrentIndex(qMax(0, m_employment->findData(m_member.employment)));
    addField(QStringLiteral("employment"), tr("&Employment:"), m_employment);
    addField(QStringLiteral("regions"), tr("&Serves:"), m_regions);
    m_regions->setCheckedIds(m_member.regions);
    addNote(tr("Grid officers and heads serve grids; a mediator serves villages or the township; the legal adviser "
               "serves the village."));
    addField(QStringLiteral("notes"), tr("N&otes:"), m_notes);
    for (QLineEdit *field : {m_name, m_phone, m_notes})
        connect(field, &QLineEdit::textEdited, this, [this] { markChanged(); });
    connect(m_regions, &RegionChecklist::changed, this, [this] { markChanged(); });
    connect(m_employment, &QComboBox::currentIndexChanged, this, [this] { markChanged(); });
}

void MemberForm::reject()
{
    if (!m_busy)
        FieldForm::reject();
}

QList<Error> MemberForm::save()
{
    if (m_busy)
        return {{QString(), tr("Saving on the county server…")}};
    StaffMember member = m_member;
    member.name = m_name->text().trimmed();
    member.notes = m_notes->text().trimmed();
    member.employment = m_employment->currentData().toString();
    member.regions = m_regions->checkedIds();
    member.roles.clear();
    for (const QCheckBox *box : std::as_const(m_roles)) {
        if (box->isChecked())
            member.roles.append(box->property("role").toString());
    }
    QList<Error> errors;
    if (Status status = checkRequiredText(QStringLiteral("name"), tr("Name"), member.name, 50); !status)
        errors.append(status.error());
    if (const auto phone = normalizePhone(QStringLiteral("phone"), m_phone->text()); !phone)
        errors.append(phone.error());
    else
        member.phone = *phone;
    if (member.roles.isEmpty())
        errors.append({QStringLiteral("roles"), tr("Choose at least one role.")});
    if (member.regions.isEmpty())
        errors.append({QStringLiteral("regions"), tr("Choose the grids or villages the member serves.")});
    if (!errors.isEmpty())
        return errors;
    m_busy = true;
    const auto saved = staff_request::wait<StaffMember>(
        [&](StaffClient::Done<StaffMember> done) { m_client.saveMember(member, done); });
    m_busy = false;
    if (!saved)
        return {saved.error()};
    m_member = *saved;
    return {};
}

} // namespace lianxin
