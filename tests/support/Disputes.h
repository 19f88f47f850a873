#pragma once

#include "core/mediation/DisputeCase.h"
#include "tests/support/TestStore.h"

namespace lianxin::test {

// A registered case in the store's grid: 王大山 (applicant) against 李小河 (respondent) over a boundary,
// received on `receivedOn`; both parties have valid ID numbers.
DisputeCase sampleCase(TestStore &store, const QDate &receivedOn, const QString &regionId = {});
QString registerCase(TestStore &store, const QDate &receivedOn, const QString &regionId = {});

// Records the usual steps up to and including `last` (rights_notice, session, agreement (written, signed),
// performance (done), follow_up, closure (performed), filing), counted in days from the day received;
// steps already recorded are skipped.
void walkCase(TestStore &store, const QString &disputeId, const QString &last);

// A step another device recorded, as a pull brings it: written as it came, whatever this device's state
// (two devices may each record an outcome of one case offline); the clock moves a second first.
QString recordOnAnotherDevice(TestStore &store, const QString &disputeId, const QString &kind, QVariantMap data);

} // namespace lianxin::test
