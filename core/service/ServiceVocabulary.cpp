#include "core/service/ServiceVocabulary.h"

namespace lianxin::vocabulary {

const Vocabulary &visitKinds()
{
    static const Vocabulary list{
        {"routine", QT_TRANSLATE_NOOP("Vocabulary", "Routine visit")},
        {"key", QT_TRANSLATE_NOOP("Vocabulary", "Key-household visit")},
        {"revisit", QT_TRANSLATE_NOOP("Vocabulary", "Revisit")},
        {"safety", QT_TRANSLATE_NOOP("Vocabulary", "Safety visit")},
        {"policy", QT_TRANSLATE_NOOP("Vocabulary", "Policy explanation")},
    };
    return list;
}

const Vocabulary &problemCategories()
{
    static const Vocabulary list{
        {"livelihood", QT_TRANSLATE_NOOP("Vocabulary", "Hardship")},
        {"policy", QT_TRANSLATE_NOOP("Vocabulary", "Policy question")},
        {"social_security", QT_TRANSLATE_NOOP("Vocabulary", "Pension or medical insurance")},
        {"health", QT_TRANSLATE_NOOP("Vocabulary", "Health")},
        {"housing", QT_TRANSLATE_NOOP("Vocabulary", "Housing")},
        {"land", QT_TRANSLATE_NOOP("Vocabulary", "Land and forest")},
        {"paperwork", QT_TRANSLATE_NOOP("Vocabulary", "Papers and certificates")},
        {"dispute", QT_TRANSLATE_NOOP("Vocabulary", "Dispute")},
        {"safety", QT_TRANSLATE_NOOP("Vocabulary", "Safety hazard")},
        {"infrastructure", QT_TRANSLATE_NOOP("Vocabulary", "Roads, water and power")},
        {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
    };
    return list;
}

const Vocabulary &problemAnswers()
{
    static const Vocabulary list{
        {"solved", QT_TRANSLATE_NOOP("Vocabulary", "Solved on the spot")},
        {"explained", QT_TRANSLATE_NOOP("Vocabulary", "Explained")},
        {"handed_on", QT_TRANSLATE_NOOP("Vocabulary", "Handed on as a request")},
    };
    return list;
}

const Vocabulary &requestTypes()
{
    static const Vocabulary list{
        {"request", QT_TRANSLATE_NOOP("Vocabulary", "Service request")},
        {"event", QT_TRANSLATE_NOOP("Vocabulary", "Event report")},
    };
    return list;
}

const Vocabulary &requestStates()
{
    static const Vocabulary list{
        {"taken", QT_TRANSLATE_NOOP("Vocabulary", "Taken")},
        {"returned", QT_TRANSLATE_NOOP("Vocabulary", "Returned")},
        {"accepted", QT_TRANSLATE_NOOP("Vocabulary", "Accepted")},
        {"assigned", QT_TRANSLATE_NOOP("Vocabulary", "Assigned")},
        {"claimed", QT_TRANSLATE_NOOP("Vocabulary", "Claimed")},
        {"done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
        {"told", QT_TRANSLATE_NOOP("Vocabulary", "Household told")},
        {"settled", QT_TRANSLATE_NOOP("Vocabulary", "Settled")},
        {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
        {"escalated", QT_TRANSLATE_NOOP("Vocabulary", "Escalated to consultation")},
    };
    return list;
}

const Vocabulary &requestActions()
{
    static const Vocabulary list{
        {"take", QT_TRANSLATE_NOOP("Vocabulary", "Take")},
        {"accept", QT_TRANSLATE_NOOP("Vocabulary", "Accept")},
        {"return", QT_TRANSLATE_NOOP("Vocabulary", "Return")},
        {"resubmit", QT_TRANSLATE_NOOP("Vocabulary", "Resubmit")},
        {"assign", QT_TRANSLATE_NOOP("Vocabulary", "Assign to a department")},
        {"claim", QT_TRANSLATE_NOOP("Vocabulary", "Claim")},
        {"done", QT_TRANSLATE_NOOP("Vocabulary", "Report the result")},
        {"tell", QT_TRANSLATE_NOOP("Vocabulary", "Tell the household")},
        {"revisit", QT_TRANSLATE_NOOP("Vocabulary", "Record the revisit")},
        {"cancel", QT_TRANSLATE_NOOP("Vocabulary", "Cancel")},
        {"escalate", QT_TRANSLATE_NOOP("Vocabulary", "Escalate to consultation")},
    };
    return list;
}

const Vocabulary &limitKinds()
{
    static const Vocabulary list{
        {"same_day", QT_TRANSLATE_NOOP("Vocabulary", "Same day")},
        {"working_days", QT_TRANSLATE_NOOP("Vocabulary", "Working days")},
        {"county", QT_TRANSLATE_NOOP("Vocabulary", "Passed to the county")},
    };
    return list;
}

const Vocabulary &visitPeriods()
{
    static const Vocabulary list{
        {"month", QT_TRANSLATE_NOOP("Vocabulary", "Monthly")},
        {"quarter", QT_TRANSLATE_NOOP("Vocabulary", "Quarterly")},
    };
    return list;
}

} // namespace lianxin::vocabulary
