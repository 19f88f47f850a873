#include "core/mediation/StepFields.h"

#include "core/mediation/DisputeVocabulary.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StepFields)
};

using T = StepFieldType;
constexpr int kTextLimit = 200;
constexpr int kLongTextLimit = 5000;
constexpr qint64 kMoneyLimitFen = qint64(100'000'000'000); // a billion yuan

const QHash<QString, QList<StepField>> &specs()
{
    static const QHash<QString, QList<StepField>> all{
        {QStringLiteral("rights_notice"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Date given"), T::Date, true},
          {"method", QT_TRANSLATE_NOOP("StepFields", "How it was given"), T::Choice, true, vocabulary::noticeMethods},
          {"notes", QT_TRANSLATE_NOOP("StepFields", "Notes"), T::LongText}}},
        {QStringLiteral("investigation"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Time"), T::DateTime, true},
          {"place", QT_TRANSLATE_NOOP("StepFields", "Place"), T::Text, true},
          {"person", QT_TRANSLATE_NOOP("StepFields", "Person questioned"), T::Text, true},
          {"investigator", QT_TRANSLATE_NOOP("StepFields", "Investigator"), T::Text, true},
          {"record", QT_TRANSLATE_NOOP("StepFields", "Record"), T::LongText, true}}},
        {QStringLiteral("session"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Time"), T::DateTime, true},
          {"place", QT_TRANSLATE_NOOP("StepFields", "Place"), T::Text, true},
          {"present", QT_TRANSLATE_NOOP("StepFields", "Those present"), T::Text, true},
          {"record", QT_TRANSLATE_NOOP("StepFields", "Record"), T::LongText, true},
          {"outcome", QT_TRANSLATE_NOOP("StepFields", "Outcome"), T::Choice, true, vocabulary::sessionOutcomes}}},
        {QStringLiteral("agreement"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Date agreed"), T::Date, true},
          {"form", QT_TRANSLATE_NOOP("StepFields", "Form"), T::Choice, true, vocabulary::agreementForms},
          {"disputed_points", QT_TRANSLATE_NOOP("StepFields", "Facts, points in dispute and responsibilities"),
           T::LongText, true},
          {"terms", QT_TRANSLATE_NOOP("StepFields", "Terms agreed"), T::LongText, true},
          {"manner", QT_TRANSLATE_NOOP("StepFields", "Manner of performance"), T::Text, true},
          {"place", QT_TRANSLATE_NOOP("StepFields", "Place of performance"), T::Text},
          {"performance_deadline", QT_TRANSLATE_NOOP("StepFields", "Performance deadline"), T::Date, true},
          {"amount", QT_TRANSLATE_NOOP("StepFields", "Amount covered (yuan)"), T::Money},
          {"signed", QT_TRANSLATE_NOOP("StepFields", "Signed by every party and the mediator, and sealed, today"),
           T::Bool}}},
        {QStringLiteral("agreement_signed"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Date of the last signature"), T::Date, true},
          {"notes", QT_TRANSLATE_NOOP("StepFields", "Notes"), T::Text}}},
        {QStringLiteral("mediation_ended"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Date ended"), T::Date, true},
          {"reason", QT_TRANSLATE_NOOP("StepFields", "Reason"), T::LongText, true},
          {"routes", QT_TRANSLATE_NOOP("StepFields", "Other routes the parties were told of"), T::Choices, true,
           vocabulary::adviceRoutes}}},
        {QStringLiteral("performance"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Date"), T::Date, true},
          {"result", QT_TRANSLATE_NOOP("StepFields", "Performance"), T::Choice, true, vocabulary::performanceResults},
          {"evidence", QT_TRANSLATE_NOOP("StepFields", "Evidence"), T::LongText}}},
        {QStringLiteral("follow_up"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Date of the visit"), T::Date, true},
          {"visitor", QT_TRANSLATE_NOOP("StepFields", "Visited by"), T::Text, true},
          {"performance", QT_TRANSLATE_NOOP("StepFields", "Performance found"), T::Choice, true,
           vocabulary::performanceResults},
          {"satisfaction", QT_TRANSLATE_NOOP("StepFields", "Satisfaction"), T::Choice, true,
           vocabulary::satisfactionLevels},
          {"flare_up", QT_TRANSLATE_NOOP("StepFields", "Signs of the dispute flaring up"), T::Bool},
          {"action", QT_TRANSLATE_NOOP("StepFields", "Action taken"), T::LongText}}},
        {QStringLiteral("judicial_confirmation"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Applied on"), T::Date, true},
          {"court", QT_TRANSLATE_NOOP("StepFields", "Court"), T::Text, true},
          {"decided_on", QT_TRANSLATE_NOOP("StepFields", "Decided on"), T::Date},
          {"result", QT_TRANSLATE_NOOP("StepFields", "Result"), T::Choice, true, vocabulary::confirmationResults}}},
        {QStringLiteral("escalation"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Date"), T::Date, true},
          {"to_level", QT_TRANSLATE_NOOP("StepFields", "Escalated to"), T::Choice, true, vocabulary::escalationLevels},
          {"consultation", QT_TRANSLATE_NOOP("StepFields", "Consultation"), T::Choice, false,
           vocabulary::consultationLevels},
          {"reason", QT_TRANSLATE_NOOP("StepFields", "Reason"), T::LongText, true},
          {"meeting", QT_TRANSLATE_NOOP("StepFields", "Meeting (time and place)"), T::Text},
          {"departments", QT_TRANSLATE_NOOP("StepFields", "Departments present"), T::Text},
          {"decision", QT_TRANSLATE_NOOP("StepFields", "Decision"), T::LongText},
          {"owner", QT_TRANSLATE_NOOP("StepFields", "Responsible for the decision"), T::Text}}},
        {QStringLiteral("extension"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Date agreed"), T::Date, true},
          {"new_deadline", QT_TRANSLATE_NOOP("StepFields", "New deadline"), T::Date, true},
          {"consent_applicant", QT_TRANSLATE_NOOP("StepFields", "The applicant consents"), T::Bool, true},
          {"consent_respondent", QT_TRANSLATE_NOOP("StepFields", "The respondent consents"), T::Bool, true},
          {"reason", QT_TRANSLATE_NOOP("StepFields", "Reason"), T::Text, true}}},
        {QStringLiteral("closure"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Date closed"), T::Date, true},
          {"kind", QT_TRANSLATE_NOOP("StepFields", "How the case ended"), T::Choice, true, vocabulary::closureKinds},
          {"summary", QT_TRANSLATE_NOOP("StepFields", "Summary"), T::LongText, true},
          {"transferred_to", QT_TRANSLATE_NOOP("StepFields", "Transferred to"), T::Text}}},
        {QStringLiteral("filing"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Date filed"), T::Date, true},
          {"keeper", QT_TRANSLATE_NOOP("StepFields", "Kept by"), T::Text, true},
          {"notes", QT_TRANSLATE_NOOP("StepFields", "Notes"), T::Text}}},
        {QStringLiteral("decline"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Date"), T::Date, true},
          {"reason", QT_TRANSLATE_NOOP("StepFields", "Reason"), T::LongText, true},
          {"routes", QT_TRANSLATE_NOOP("StepFields", "Other routes the parties were told of"), T::Choices, false,
           vocabulary::adviceRoutes}}},
        // Settles a case whose outcome two devices recorded differently (CaseOutcome.h).
        {QStringLiteral("outcome_chosen"),
         {{"date", QT_TRANSLATE_NOOP("StepFields", "Date"), T::Date, true},
          {"step_id", QT_TRANSLATE_NOOP("StepFields", "The outcome that stands"), T::Text, true},
          {"reason", QT_TRANSLATE_NOOP("StepFields", "Reason"), T::LongText, true}}},
    };
    return all;
}

bool isEmptyValue(const QVariant &value)
{
    return !value.isValid() || value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()) ||
           (value.typeId() == QMetaType::QStringList && value.toStringList().isEmpty()) ||
           (value.typeId() == QMetaType::QVariantList && value.toList().isEmpty());
}

// Checks one present value; returns the value as stored, or an error message.
std::variant<QVariant, QString> checked(const StepField &field, const QVariant &value)
{
    switch (field.type) {
    case T::Text:
    case T::LongText: {
        const QString text = value.toString().trimmed();
        const int limit = field.type == T::Text ? kTextLimit : kLongTextLimit;
        if (text.size() > limit)
            return Tr::tr("At most %n characters.", nullptr, limit);
        return QVariant(text);
    }
    case T::Date: {
        const QDate date = value.typeId() == QMetaType::QDate ? value.toDate()
                                                             : QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid())
            return Tr::tr("Not a date.");
        return QVariant(date.toString(Qt::ISODate));
    }
    case T::DateTime: {
        const QDateTime time = value.typeId() == QMetaType::QDateTime
                                   ? value.toDateTime()
                                   : QDateTime::fromString(value.toString(), Qt::ISODate);
        if (!time.isValid())
            return Tr::tr("Not a date and time.");
        return QVariant(time.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    }
    case T::Bool:
        if (value.typeId() != QMetaType::Bool)
            return Tr::tr("Must be yes or no.");
        return QVariant(value.toBool());
    case T::Choice:
        if (!vocabulary::contains(field.choices(), value.toString()))
            return Tr::tr("Choose one of the listed values.");
        return QVariant(value.toString());
    case T::Choices: {
        const QStringList codes = value.toStringList();
        if (!vocabulary::firstUnknown(field.choices(), codes).isEmpty())
            return Tr::tr("Choose among the listed values.");
        return QVariant(codes);
    }
    case T::Money: {
        bool ok = false;
        const qint64 fen = value.toLongLong(&ok);
        if (!ok || fen < 0 || fen > kMoneyLimitFen)
            return Tr::tr("Must be an amount from 0 to 1,000,000,000 yuan.");
        return QVariant(fen);
    }
    }
    return Tr::tr("Unknown kind of field.");
}
} // namespace

QString StepField::labelText() const
{
    return QCoreApplication::translate("StepFields", label);
}

const QList<StepField> &stepFields(const QString &kind)
{
    static const QList<StepField> none;
    const auto it = specs().constFind(kind);
    return it == specs().cend() ? none : *it;
}

const StepField *stepField(const QString &kind, const QString &key)
{
    for (const StepField &field : stepFields(kind)) {
        if (key == QLatin1String(field.key))
            return &field;
    }
    return nullptr;
}

QList<Error> validateStepData(const QString &kind, QVariantMap &data)
{
    if (!specs().contains(kind))
        return {{QStringLiteral("kind"), Tr::tr("Unknown kind of step \"%1\".").arg(kind)}};
    QList<Error> errors;
    for (const QString &key : data.keys()) {
        if (!stepField(kind, key))
            errors.append({key, Tr::tr("This step has no field \"%1\".").arg(key)});
    }
    QVariantMap normalised;
    for (const StepField &field : stepFields(kind)) {
        const QString key = QLatin1String(field.key);
        QVariant value = data.value(key);
        if (!isEmptyValue(value)) {
            auto result = checked(field, value);
            if (const QString *message = std::get_if<QString>(&result)) {
                errors.append({key, QStringLiteral("%1: %2").arg(field.labelText(), *message)});
                continue;
            }
            value = std::get<QVariant>(result);
        }
        const bool missing = isEmptyValue(value) || (field.type == T::Bool && !value.toBool());
        if (field.required && missing) {
            errors.append({key, field.type == T::Bool ? Tr::tr("%1: must be confirmed.").arg(field.labelText())
                                                       : Tr::tr("%1 is required.").arg(field.labelText())});
            continue;
        }
        if (!isEmptyValue(value) && !(field.type == T::Bool && !value.toBool()))
            normalised.insert(key, value);
    }
    if (errors.isEmpty())
        data = normalised;
    return errors;
}

QDate stepDate(const QVariantMap &data)
{
    return QDate::fromString(data.value(QStringLiteral("date")).toString().left(10), Qt::ISODate);
}

} // namespace lianxin
