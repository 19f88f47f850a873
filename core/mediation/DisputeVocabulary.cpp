#include "core/mediation/DisputeVocabulary.h"

#include <QCoreApplication>

namespace lianxin::vocabulary {

const Vocabulary &disputeCategories()
{
    static const Vocabulary list{
        {"marriage_family", QT_TRANSLATE_NOOP("Vocabulary", "Marriage and family")},
        {"neighbours", QT_TRANSLATE_NOOP("Vocabulary", "Neighbours")},
        {"housing_land", QT_TRANSLATE_NOOP("Vocabulary", "Houses and homesteads")},
        {"contract", QT_TRANSLATE_NOOP("Vocabulary", "Contracts")},
        {"business", QT_TRANSLATE_NOOP("Vocabulary", "Production and business")},
        {"damages", QT_TRANSLATE_NOOP("Vocabulary", "Compensation for damage")},
        {"forest_land", QT_TRANSLATE_NOOP("Vocabulary", "Forests and land")},
        {"land_acquisition", QT_TRANSLATE_NOOP("Vocabulary", "Land acquisition and demolition")},
        {"pollution", QT_TRANSLATE_NOOP("Vocabulary", "Environmental pollution")},
        {"labour", QT_TRANSLATE_NOOP("Vocabulary", "Labour")},
        {"consumer", QT_TRANSLATE_NOOP("Vocabulary", "Consumer")},
        {"medical", QT_TRANSLATE_NOOP("Vocabulary", "Medical")},
        {"traffic", QT_TRANSLATE_NOOP("Vocabulary", "Road traffic accidents")},
        {"property_management", QT_TRANSLATE_NOOP("Vocabulary", "Property management")},
        {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
    };
    return list;
}

const Vocabulary &disputeSources()
{
    static const Vocabulary list{
        {"applied", QT_TRANSLATE_NOOP("Vocabulary", "Applied for by a party")},
        {"initiated", QT_TRANSLATE_NOOP("Vocabulary", "Initiated by the committee")},
        {"referred_court", QT_TRANSLATE_NOOP("Vocabulary", "Referred by a court")},
        {"referred_police", QT_TRANSLATE_NOOP("Vocabulary", "Referred by the police")},
        {"referred_government", QT_TRANSLATE_NOOP("Vocabulary", "Referred by a government body")},
        {"visit", QT_TRANSLATE_NOOP("Vocabulary", "Found on a household visit")},
        {"backpack", QT_TRANSLATE_NOOP("Vocabulary", "Backpack service")},
        {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
    };
    return list;
}

const Vocabulary &riskGrades()
{
    static const Vocabulary list{
        {"red", QT_TRANSLATE_NOOP("Vocabulary", "Red (report at once)")},
        {"orange", QT_TRANSLATE_NOOP("Vocabulary", "Orange (same day)")},
        {"yellow", QT_TRANSLATE_NOOP("Vocabulary", "Yellow (settle on the spot)")},
    };
    return list;
}

const Vocabulary &caseLevels()
{
    static const Vocabulary list{
        {"group", QT_TRANSLATE_NOOP("Vocabulary", "Village group")},
        {"village", QT_TRANSLATE_NOOP("Vocabulary", "Village")},
        {"township", QT_TRANSLATE_NOOP("Vocabulary", "Township")},
    };
    return list;
}

const Vocabulary &consultationLevels()
{
    static const Vocabulary list{
        {"village", QT_TRANSLATE_NOOP("Vocabulary", "Village consultation")},
        {"township", QT_TRANSLATE_NOOP("Vocabulary", "Township consultation")},
        {"county", QT_TRANSLATE_NOOP("Vocabulary", "County consultation")},
    };
    return list;
}

const Vocabulary &partyRoles()
{
    static const Vocabulary list{
        {"applicant", QT_TRANSLATE_NOOP("Vocabulary", "Applicant")},
        {"respondent", QT_TRANSLATE_NOOP("Vocabulary", "Respondent")},
    };
    return list;
}

const Vocabulary &caseStatuses()
{
    static const Vocabulary list{
        {"registered", QT_TRANSLATE_NOOP("Vocabulary", "Registered")},
        {"notified", QT_TRANSLATE_NOOP("Vocabulary", "Rights notice given")},
        {"investigating", QT_TRANSLATE_NOOP("Vocabulary", "Under investigation")},
        {"mediating", QT_TRANSLATE_NOOP("Vocabulary", "In mediation")},
        {"agreed", QT_TRANSLATE_NOOP("Vocabulary", "Agreement reached")},
        {"performed", QT_TRANSLATE_NOOP("Vocabulary", "Agreement performed")},
        {"ended", QT_TRANSLATE_NOOP("Vocabulary", "Mediation ended")},
        {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")},
        {"filed", QT_TRANSLATE_NOOP("Vocabulary", "Filed")},
        {"declined", QT_TRANSLATE_NOOP("Vocabulary", "Declined")},
    };
    return list;
}

const Vocabulary &stepKinds()
{
    static const Vocabulary list{
        {"rights_notice", QT_TRANSLATE_NOOP("Vocabulary", "Rights notice")},
        {"investigation", QT_TRANSLATE_NOOP("Vocabulary", "Investigation")},
        {"session", QT_TRANSLATE_NOOP("Vocabulary", "Mediation session")},
        {"agreement", QT_TRANSLATE_NOOP("Vocabulary", "Agreement")},
        {"agreement_signed", QT_TRANSLATE_NOOP("Vocabulary", "Agreement signed")},
        {"mediation_ended", QT_TRANSLATE_NOOP("Vocabulary", "Mediation ended")},
        {"performance", QT_TRANSLATE_NOOP("Vocabulary", "Performance")},
        {"follow_up", QT_TRANSLATE_NOOP("Vocabulary", "Follow-up visit")},
        {"judicial_confirmation", QT_TRANSLATE_NOOP("Vocabulary", "Judicial confirmation")},
        {"escalation", QT_TRANSLATE_NOOP("Vocabulary", "Escalation or consultation")},
        {"extension", QT_TRANSLATE_NOOP("Vocabulary", "Extension of the time limit")},
        {"closure", QT_TRANSLATE_NOOP("Vocabulary", "Closure")},
        {"filing", QT_TRANSLATE_NOOP("Vocabulary", "Filing")},
        {"decline", QT_TRANSLATE_NOOP("Vocabulary", "Declined")},
        {"outcome_chosen", QT_TRANSLATE_NOOP("Vocabulary", "Outcome chosen")},
    };
    return list;
}

const Vocabulary &closureKinds()
{
    static const Vocabulary list{
        {"performed", QT_TRANSLATE_NOOP("Vocabulary", "Agreement performed")},
        {"ended", QT_TRANSLATE_NOOP("Vocabulary", "Mediation ended, other routes advised")},
        {"withdrawn", QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn")},
        {"transferred", QT_TRANSLATE_NOOP("Vocabulary", "Transferred")},
    };
    return list;
}

const Vocabulary &performanceResults()
{
    static const Vocabulary list{
        {"done", QT_TRANSLATE_NOOP("Vocabulary", "Performed")},
        {"partly", QT_TRANSLATE_NOOP("Vocabulary", "Partly performed")},
        {"not_done", QT_TRANSLATE_NOOP("Vocabulary", "Not performed")},
    };
    return list;
}

const Vocabulary &agreementForms()
{
    static const Vocabulary list{
        {"written", QT_TRANSLATE_NOOP("Vocabulary", "Written")},
        {"oral", QT_TRANSLATE_NOOP("Vocabulary", "Oral")},
    };
    return list;
}

const Vocabulary &sessionOutcomes()
{
    static const Vocabulary list{
        {"continue", QT_TRANSLATE_NOOP("Vocabulary", "To be continued")},
        {"agreed", QT_TRANSLATE_NOOP("Vocabulary", "Agreement reached")},
        {"failed", QT_TRANSLATE_NOOP("Vocabulary", "No agreement")},
    };
    return list;
}

const Vocabulary &satisfactionLevels()
{
    static const Vocabulary list{
        {"satisfied", QT_TRANSLATE_NOOP("Vocabulary", "Satisfied")},
        {"fair", QT_TRANSLATE_NOOP("Vocabulary", "Fairly satisfied")},
        {"dissatisfied", QT_TRANSLATE_NOOP("Vocabulary", "Dissatisfied")},
    };
    return list;
}

const Vocabulary &confirmationResults()
{
    static const Vocabulary list{
        {"pending", QT_TRANSLATE_NOOP("Vocabulary", "Awaiting the court")},
        {"confirmed", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed valid")},
        {"refused", QT_TRANSLATE_NOOP("Vocabulary", "Not confirmed")},
    };
    return list;
}

const Vocabulary &noticeMethods()
{
    static const Vocabulary list{
        {"written", QT_TRANSLATE_NOOP("Vocabulary", "In writing")},
        {"oral", QT_TRANSLATE_NOOP("Vocabulary", "Orally")},
    };
    return list;
}

const Vocabulary &adviceRoutes()
{
    static const Vocabulary list{
        {"litigation", QT_TRANSLATE_NOOP("Vocabulary", "Litigation")},
        {"arbitration", QT_TRANSLATE_NOOP("Vocabulary", "Arbitration")},
        {"administrative", QT_TRANSLATE_NOOP("Vocabulary", "Administrative handling")},
    };
    return list;
}

const Vocabulary &escalationLevels()
{
    static const Vocabulary list{
        {"township", QT_TRANSLATE_NOOP("Vocabulary", "Township")},
        {"county", QT_TRANSLATE_NOOP("Vocabulary", "County")},
    };
    return list;
}

} // namespace lianxin::vocabulary
