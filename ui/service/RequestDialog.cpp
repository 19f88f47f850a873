#include "ui/service/RequestDialog.h"

#include "core/auth/AccountRepository.h"
#include "core/auth/AuditLog.h"
#include "core/common/ChinaTime.h"
#include "core/register/RegionRepository.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/service/ServiceCatalogue.h"
#include "core/service/ServiceRequests.h"
#include "core/service/ServiceVocabulary.h"
#include "core/storage/Database.h"
#include "ui/Format.h"
#include "ui/documents/DocumentOutput.h"
#include "ui/documents/ServiceDocuments.h"
#include "ui/forms/ScreenFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

RequestDialog::RequestDialog(Database &database, const Account &account, const QString &requestId, QWidget *parent) : QDialog(parent)
{
    ServiceRequests requests(database);
    const auto request = requests.get(requestId);
    auto *layout = new QVBoxLayout(this);
    if (!request) {
        layout->addWidget(new QLabel(tr("The request is not on this device.")));
        return;
    }
    ServiceCatalogue catalogue(database);
    const auto kind = catalogue.kind(request->kindId);
    const QString department = catalogue.departmentName(request->departmentId);
    setWindowTitle(tr("Request %1").arg(request->number));
    auto *form = new QFormLayout;
    const auto add = [form](const QString &label, const QString &text, const char *name = nullptr) {
        auto *value = new QLabel(text);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (name)
            value->setObjectName(QLatin1String(name));
        form->addRow(label, value);
    };
    add(tr("Number:"), request->number, "number");
    add(tr("Type:"), vocabulary::label(vocabulary::requestTypes(), request->type));
    add(tr("Kind:"), kind ? kind->name : QString());
    add(tr("State:"),
        vocabulary::label(vocabulary::requestStates(), request->state) +
            (request->reopened > 0 ? tr(" (reopened %n time(s))", nullptr, request->reopened) : QString()),
        "state");
    const bool handling = account.role == QLatin1String("department") && request->departmentId == account.departmentId &&
                          !request->contactPhone.isEmpty();
    if (handling)
        (void)AuditLog(database).recordReveal(account, QStringLiteral("service_requests"), requestId, QStringLiteral("contact_phone"));
    add(tr("Contact:"), request->contactName + QLatin1Char(' ') + (handling ? request->contactPhone : maskPhone(request->contactPhone)));
    add(tr("Address:"), request->address);
    add(tr("Description:"), request->description);
    add(tr("Taken on:"), formatDate(request->takenOn));
    add(tr("Time limit:"), formatDate(request->dueOn));
    add(tr("Department:"), department);
    if (!request->result.isEmpty())
        add(tr("Result:"), request->result);
    if (!request->satisfaction.isEmpty())
        add(tr("Satisfaction:"), vocabulary::label(vocabulary::satisfactionLevels(), request->satisfaction));
    layout->addLayout(form);

    const QList<ServiceStep> steps = requests.steps(requestId);
    auto *timeline = new QTableWidget(int(steps.size()), 4);
    timeline->setObjectName(QStringLiteral("timeline"));
    timeline->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("Details")});
    timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    timeline->verticalHeader()->hide();
    timeline->horizontalHeader()->setStretchLastSection(true);
    AccountRepository accounts(database);
    bool anyNotApplied = false;
    for (int row = 0; row < steps.size(); ++row) {
        const ServiceStep &step = steps.at(row);
        const auto author = accounts.get(step.info.updatedBy);
        QStringList details;
        for (const char *key : {"reason", "result", "note"}) {
            if (const QString text = step.data.value(QLatin1String(key)).toString(); !text.isEmpty())
                details.append(text);
        }
        if (const QString id = step.data.value(QStringLiteral("department_id")).toString(); !id.isEmpty())
            details.append(catalogue.departmentName(id));
        if (const QString level = step.data.value(QStringLiteral("satisfaction")).toString(); !level.isEmpty())
            details.append(vocabulary::label(vocabulary::satisfactionLevels(), level));
        QString action = vocabulary::label(vocabulary::requestActions(), step.action);
        if (!step.applied) {
            action += tr(" — not applied: another device acted first");
            anyNotApplied = true;
        }
        const QStringList cells{formatDateTime(step.occurred), author ? author->displayName : step.info.updatedBy,
                                action, details.join(QStringLiteral("；"))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!step.applied)
                item->setForeground(QColor(150, 0, 0));
            timeline->setItem(row, column, item);
        }
    }
    timeline->resizeColumnsToContents();
    if (anyNotApplied) {
        auto *notice = new QLabel(
            tr("Two devices acted on this request from the same state. The earlier step stands; the "
               "later one is kept in the record but not applied. Take the step again if it is still needed."));
        notice->setObjectName(QStringLiteral("conflictNotice"));
        notice->setWordWrap(true);
        notice->setStyleSheet(QStringLiteral("color: #8a4b00"));
        layout->addWidget(notice);
    }
    layout->addWidget(timeline, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *print = buttons->addButton(tr("&Print the slip…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printSlip"));
    const QString township = catalogue.townshipOf(request->regionId);
    const auto region = RegionRepository(database).get(township);
    const QString townshipName = region ? region->name : QString();
    const ServiceRequest slip = *request;
    const QString kindName = kind ? kind->name : QString();
    connect(print, &QPushButton::clicked, this, [this, townshipName, slip, kindName, department] {
        documents::preview(this, tr("Slip %1").arg(slip.number), QPageSize::A4, [=](QPagedPaintDevice &) {
            return documents::requestSlipLayout(townshipName, slip, kindName, department);
        });
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(900, 700));
}

} // namespace lianxin
