#include "core/mediation/CaseLifecycle.h"
#include "core/mediation/Deadlines.h"
#include "core/mediation/StepFields.h"
#include "tests/support/TestStore.h"

#include <QMap>

using namespace lianxin;

namespace {

// Step values that pass every value check, so that only the order decides.
QVariantMap probe(const QString &step, const CaseState &state)
{
    QVariantMap data{{QStringLiteral("date"), QDate(2026, 3, 5).toString(Qt::ISODate)},
                     {QStringLiteral("result"), QStringLiteral("done")},
                     {QStringLiteral("new_deadline"), state.deadline.addDays(10).toString(Qt::ISODate)}};
    if (step.startsWith(QLatin1String("closure:"))) {
        data.insert(QStringLiteral("kind"), step.mid(8));
        data.insert(QStringLiteral("transferred_to"), QStringLiteral("县人民法院"));
    }
    return data;
}

CaseState stateFor(const QString &status)
{
    CaseState state{status, {}, {}, QDate(2026, 4, 1)};
    if (status == QLatin1String("agreed") || status == QLatin1String("performed")) {
        state.agreementForm = QStringLiteral("written");
        state.agreementEffectiveOn = QDate(2026, 3, 1);
    }
    return state;
}

} // namespace

TEST_CASE("The lifecycle allows exactly the transitions of the table and refuses every other")
{
    const QStringList steps{QStringLiteral("rights_notice"), QStringLiteral("investigation"), QStringLiteral("session"),
                            QStringLiteral("agreement"), QStringLiteral("agreement_signed"),
                            QStringLiteral("mediation_ended"), QStringLiteral("performance"), QStringLiteral("follow_up"),
                            QStringLiteral("judicial_confirmation"), QStringLiteral("escalation"),
                            QStringLiteral("extension"), QStringLiteral("closure:withdrawn"),
                            QStringLiteral("closure:transferred"), QStringLiteral("closure:performed"),
                            QStringLiteral("closure:ended"), QStringLiteral("filing"), QStringLiteral("decline")};
    // status → (step → the status it leads to); every step not listed must be refused.
    const QMap<QString, QMap<QString, QString>> allowed{
        {QStringLiteral("registered"),
         {{QStringLiteral("rights_notice"), QStringLiteral("notified")}, {QStringLiteral("escalation"), QStringLiteral("registered")},
          {QStringLiteral("extension"), QStringLiteral("registered")}, {QStringLiteral("closure:withdrawn"), QStringLiteral("closed")},
          {QStringLiteral("closure:transferred"), QStringLiteral("closed")}, {QStringLiteral("decline"), QStringLiteral("declined")}}},
        {QStringLiteral("notified"),
         {{QStringLiteral("investigation"), QStringLiteral("investigating")}, {QStringLiteral("session"), QStringLiteral("mediating")},
          {QStringLiteral("escalation"), QStringLiteral("notified")}, {QStringLiteral("extension"), QStringLiteral("notified")},
          {QStringLiteral("closure:withdrawn"), QStringLiteral("closed")}, {QStringLiteral("closure:transferred"), QStringLiteral("closed")}}},
        {QStringLiteral("investigating"),
         {{QStringLiteral("investigation"), QStringLiteral("investigating")}, {QStringLiteral("session"), QStringLiteral("mediating")},
          {QStringLiteral("escalation"), QStringLiteral("investigating")}, {QStringLiteral("extension"), QStringLiteral("investigating")},
          {QStringLiteral("closure:withdrawn"), QStringLiteral("closed")}, {QStringLiteral("closure:transferred"), QStringLiteral("closed")}}},
        {QStringLiteral("mediating"),
         {{QStringLiteral("investigation"), QStringLiteral("mediating")}, {QStringLiteral("session"), QStringLiteral("mediating")},
          {QStringLiteral("agreement"), QStringLiteral("agreed")}, {QStringLiteral("mediation_ended"), QStringLiteral("ended")},
          {QStringLiteral("escalation"), QStringLiteral("mediating")}, {QStringLiteral("extension"), QStringLiteral("mediating")},
          {QStringLiteral("closure:withdrawn"), QStringLiteral("closed")}, {QStringLiteral("closure:transferred"), QStringLiteral("closed")}}},
        {QStringLiteral("agreed"),
         {{QStringLiteral("performance"), QStringLiteral("performed")}, {QStringLiteral("follow_up"), QStringLiteral("agreed")},
          {QStringLiteral("judicial_confirmation"), QStringLiteral("agreed")}, {QStringLiteral("escalation"), QStringLiteral("agreed")},
          {QStringLiteral("closure:withdrawn"), QStringLiteral("closed")}, {QStringLiteral("closure:transferred"), QStringLiteral("closed")}}},
        {QStringLiteral("performed"),
         {{QStringLiteral("follow_up"), QStringLiteral("performed")}, {QStringLiteral("judicial_confirmation"), QStringLiteral("performed")},
          {QStringLiteral("closure:performed"), QStringLiteral("closed")}}},
        {QStringLiteral("ended"),
         {{QStringLiteral("follow_up"), QStringLiteral("ended")}, {QStringLiteral("closure:ended"), QStringLiteral("closed")}}},
        {QStringLiteral("closed"), {{QStringLiteral("filing"), QStringLiteral("filed")}}},
        {QStringLiteral("filed"), {}},
        {QStringLiteral("declined"), {}},
    };
    int allowedCount = 0;
    int refusedCount = 0;
    for (auto status = allowed.cbegin(); status != allowed.cend(); ++status) {
        const CaseState state = stateFor(status.key());
        for (const QString &step : steps) {
            const QString kind = step.section(QLatin1Char(':'), 0, 0);
            const auto result = lifecycle::next(state, kind, probe(step, state));
            INFO((status.key() + QStringLiteral(" + ") + step).toStdString());
            if (status->contains(step)) {
                REQUIRE(result.ok());
                CHECK(*result == status->value(step));
                ++allowedCount;
            } else {
                REQUIRE_FALSE(result.ok());
                CHECK_FALSE(result.error().message.isEmpty());
                ++refusedCount;
            }
        }
    }
    CHECK(allowedCount == 38);
    CHECK(refusedCount == 10 * 17 - 38);
    // The choice between two outcomes is no step of the lifecycle (CaseSteps records it) and never offered.
    for (auto status = allowed.cbegin(); status != allowed.cend(); ++status) {
        CHECK_FALSE(lifecycle::next(stateFor(status.key()), QStringLiteral("outcome_chosen"), {}).ok());
        CHECK_FALSE(lifecycle::possibleSteps(stateFor(status.key())).contains(QStringLiteral("outcome_chosen")));
    }
}

TEST_CASE("A refused step says what must come first")
{
    const auto message = [](const QString &status, const QString &step) {
        const CaseState state = stateFor(status);
        return lifecycle::next(state, step, probe(step, state)).error().message;
    };
    CHECK(message(QStringLiteral("registered"), QStringLiteral("session")).contains(QStringLiteral("rights and obligations")));
    CHECK(message(QStringLiteral("notified"), QStringLiteral("agreement")).contains(QStringLiteral("mediation session")));
    CHECK(message(QStringLiteral("mediating"), QStringLiteral("follow_up")).contains(QStringLiteral("agreement")));
    CHECK(message(QStringLiteral("mediating"), QStringLiteral("filing")).contains(QStringLiteral("Close the case")));
    CHECK(message(QStringLiteral("filed"), QStringLiteral("session")).contains(QStringLiteral("filed")));

    CaseState unsigned_{QStringLiteral("agreed"), QStringLiteral("written"), {}, QDate(2026, 4, 1)};
    const auto performance = lifecycle::next(unsigned_, QStringLiteral("performance"), {{QStringLiteral("result"), QStringLiteral("done")}});
    REQUIRE_FALSE(performance.ok());
    CHECK(performance.error().message.contains(QStringLiteral("signed")));
    CHECK(lifecycle::next(unsigned_, QStringLiteral("agreement_signed"), {}).ok());
    CHECK(lifecycle::possibleSteps(unsigned_).contains(QStringLiteral("agreement_signed")));
    CHECK_FALSE(lifecycle::possibleSteps(unsigned_).contains(QStringLiteral("performance")));

    const auto closure = lifecycle::next(stateFor(QStringLiteral("agreed")), QStringLiteral("closure"),
                                         {{QStringLiteral("kind"), QStringLiteral("performed")}});
    REQUIRE_FALSE(closure.ok());
    CHECK(closure.error().message.contains(QStringLiteral("performed first")));
}

TEST_CASE("An extension must move the deadline later, and a transfer must say where to")
{
    const CaseState state = stateFor(QStringLiteral("mediating"));
    const auto same = lifecycle::next(state, QStringLiteral("extension"),
                                      {{QStringLiteral("new_deadline"), state.deadline.toString(Qt::ISODate)}});
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().field == QStringLiteral("new_deadline"));
    const auto transfer = lifecycle::next(state, QStringLiteral("closure"), {{QStringLiteral("kind"), QStringLiteral("transferred")}});
    REQUIRE_FALSE(transfer.ok());
    CHECK(transfer.error().field == QStringLiteral("transferred_to"));
}

TEST_CASE("Judicial confirmation must be applied for within 30 days of the agreement taking effect")
{
    CaseState state{QStringLiteral("agreed"), QStringLiteral("written"), QDate(2028, 2, 10), QDate(2028, 3, 1)};
    const auto applyOn = [&](const QDate &date) {
        return lifecycle::next(state, QStringLiteral("judicial_confirmation"), {{QStringLiteral("date"), date.toString(Qt::ISODate)}});
    };
    // 2028 is a leap year: 30 days after 10 February is 11 March.
    CHECK(applyOn(QDate(2028, 3, 11)).ok());
    const auto late = applyOn(QDate(2028, 3, 12));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().field == QStringLiteral("date"));
    CHECK(late.error().message.contains(QStringLiteral("2028-03-11")));
    CHECK_FALSE(applyOn(QDate(2028, 2, 9)).ok());

    state.agreementForm = QStringLiteral("oral");
    CHECK_FALSE(applyOn(QDate(2028, 2, 20)).ok());
}

TEST_CASE("Deadline arithmetic across month ends and leap years")
{
    CHECK(deadlines::defaultDeadline(QDate(2026, 1, 31)) == QDate(2026, 2, 28));
    CHECK(deadlines::defaultDeadline(QDate(2028, 1, 31)) == QDate(2028, 2, 29));
    CHECK(deadlines::defaultDeadline(QDate(2026, 12, 15)) == QDate(2027, 1, 15));
    CHECK(deadlines::defaultDeadline(QDate(2026, 3, 31)) == QDate(2026, 4, 30));
    CHECK(deadlines::confirmationWindowEnd(QDate(2026, 2, 10)) == QDate(2026, 3, 12));
    CHECK(deadlines::confirmationWindowEnd(QDate(2028, 2, 10)) == QDate(2028, 3, 11));
    CHECK(deadlines::confirmationWindowEnd(QDate(2026, 12, 20)) == QDate(2027, 1, 19));
    CHECK(deadlines::followUpDueFrom(QDate(2026, 2, 28)) == QDate(2026, 3, 1));
    CHECK(deadlines::followUpDueFrom(QDate(2028, 2, 28)) == QDate(2028, 2, 29));
    CHECK(deadlines::followUpOverdueAfter(QDate(2026, 12, 20)) == QDate(2027, 1, 4));

    // Today is China's date: 17:00 UTC on 29 November is already 30 November in Yuexi.
    FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(17, 0), Qt::UTC));
    CHECK(deadlines::today(clock) == QDate(2026, 11, 30));
    clock.set(QDateTime(QDate(2026, 11, 29), QTime(15, 59), Qt::UTC));
    CHECK(deadlines::today(clock) == QDate(2026, 11, 29));
}

TEST_CASE("Step values are checked field by field and normalised")
{
    QVariantMap data{{QStringLiteral("date"), QStringLiteral("2026-13-01")},
                     {QStringLiteral("form"), QStringLiteral("telepathic")},
                     {QStringLiteral("terms"), QStringLiteral("  拆除院墙  ")}};
    const QList<Error> errors = validateStepData(QStringLiteral("agreement"), data);
    QStringList fields;
    for (const Error &error : errors)
        fields.append(error.field);
    CHECK(fields.contains(QStringLiteral("date")));
    CHECK(fields.contains(QStringLiteral("form")));
    CHECK(fields.contains(QStringLiteral("disputed_points")));
    CHECK(fields.contains(QStringLiteral("performance_deadline")));
    CHECK_FALSE(fields.contains(QStringLiteral("terms")));

    QVariantMap consent{{QStringLiteral("date"), QStringLiteral("2026-03-01")},
                        {QStringLiteral("new_deadline"), QStringLiteral("2026-04-01")},
                        {QStringLiteral("consent_applicant"), true},
                        {QStringLiteral("consent_respondent"), false},
                        {QStringLiteral("reason"), QStringLiteral("需要补充证据")}};
    const QList<Error> noConsent = validateStepData(QStringLiteral("extension"), consent);
    REQUIRE(noConsent.size() == 1);
    CHECK(noConsent.first().field == QStringLiteral("consent_respondent"));

    QVariantMap extra{{QStringLiteral("date"), QStringLiteral("2026-03-01")}, {QStringLiteral("keeper"), QStringLiteral("张明")},
                      {QStringLiteral("secret"), QStringLiteral("x")}};
    CHECK(validateStepData(QStringLiteral("filing"), extra).first().field == QStringLiteral("secret"));
    QVariantMap fine{{QStringLiteral("date"), QStringLiteral("2026-03-01T09:05:00")}, {QStringLiteral("place"), QStringLiteral(" 村部 ")},
                     {QStringLiteral("present"), QStringLiteral("双方")}, {QStringLiteral("record"), QStringLiteral("记录")},
                     {QStringLiteral("outcome"), QStringLiteral("continue")}};
    CHECK(validateStepData(QStringLiteral("session"), fine).isEmpty());
    CHECK(fine.value(QStringLiteral("date")).toString() == QStringLiteral("2026-03-01T09:05"));
    CHECK(fine.value(QStringLiteral("place")).toString() == QStringLiteral("村部"));
    QVariantMap unknown;
    CHECK(validateStepData(QStringLiteral("dance"), unknown).first().field == QStringLiteral("kind"));
}
