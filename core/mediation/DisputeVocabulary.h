#pragma once

#include "core/register/Vocabulary.h"

namespace lianxin::vocabulary {

// The coded values of a dispute case (docs/MEDIATION.md). Codes are stored and synced; labels translate.
const Vocabulary &disputeCategories();  // the statistics categories: 婚姻家庭, 邻里, … 其他
const Vocabulary &disputeSources();     // 当事人申请, 主动调解, 委托移送, 走访发现, 背包服务
const Vocabulary &riskGrades();         // red, orange, yellow
const Vocabulary &caseLevels();         // 组, 村, 镇
const Vocabulary &consultationLevels(); // 三级会商: 村, 镇, 县
const Vocabulary &partyRoles();         // applicant, respondent
const Vocabulary &caseStatuses();       // the lifecycle states (CaseLifecycle.h)
const Vocabulary &stepKinds();          // the steps that move a case along
const Vocabulary &closureKinds();
const Vocabulary &performanceResults();
const Vocabulary &agreementForms();     // written, oral
const Vocabulary &sessionOutcomes();
const Vocabulary &satisfactionLevels();
const Vocabulary &confirmationResults(); // 司法确认
const Vocabulary &noticeMethods();
const Vocabulary &adviceRoutes();        // litigation, arbitration, administrative
const Vocabulary &escalationLevels();    // township, county

} // namespace lianxin::vocabulary
