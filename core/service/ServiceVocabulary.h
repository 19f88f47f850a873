#pragma once

#include "core/register/Vocabulary.h"

namespace lianxin::vocabulary {

// The coded values of visits and service (docs/SERVICE.md). Codes are stored and synced; labels translate.
// A revisit's satisfaction uses satisfactionLevels() and a consultation's level consultationLevels()
// (DisputeVocabulary.h).
const Vocabulary &visitKinds(); // routine, key household, revisit, 访平安, policy
const Vocabulary &problemCategories();
const Vocabulary &problemAnswers(); // solved on the spot, explained, handed on
const Vocabulary &requestTypes();   // service request, event
const Vocabulary &requestStates();  // RequestLifecycle.h
const Vocabulary &requestActions();
const Vocabulary &limitKinds();   // same day, working days, passed to the county
const Vocabulary &visitPeriods(); // month, quarter

} // namespace lianxin::vocabulary
