#pragma once

#include "core/service/Consultations.h"
#include "core/service/ServiceRequests.h"
#include "core/service/VisitPlan.h"
#include "core/service/Visits.h"
#include "ui/documents/PageLayout.h"

namespace lianxin::documents {

// The printouts of visits and service (docs/SERVICE.md), Chinese forms in every language of the interface
// like the mediation forms.

// 今日走访清单: the households to visit, with address, head, phone (masked unless `revealPhones`), the last
// visit and open problems, and a column to tick.
PageLayout visitListLayout(const QString &regionName, const QDate &day, const QList<DueHousehold> &households,
                           bool revealPhones);
// 走访记录表: one visit with the problems found and how each was answered; signature boxes.
PageLayout visitRecordLayout(const QString &householdName, const QString &address, const Visit &visit,
                             const QList<Problem> &problems);
// 受理单: the slip of a request or event with its number, kind, limit and the household's copy line.
PageLayout requestSlipLayout(const QString &townshipName, const ServiceRequest &request, const QString &kindName,
                             const QString &departmentName);
// 三级会商纪要: the meeting and each matter's decision, owner and deadline.
PageLayout consultationMinutesLayout(const QString &regionName, const Consultation &consultation);

} // namespace lianxin::documents
