#pragma once

#include "core/common/Result.h"
#include "core/register/Vocabulary.h"

#include <QList>
#include <QVariantMap>

namespace lianxin {

// The kinds of value a step records. Stored in the step's JSON `data`: text as strings, dates as
// 2026-11-29, times as 2026-11-29T14:30 (China's time, as written on the form), yes/no as booleans, money as
// whole fen, choices as codes (a list of codes for Choices).
enum class StepFieldType { Text, LongText, Date, DateTime, Bool, Choice, Choices, Money };

// One field of a step form; the same list drives the form, the validation on devices and on the server,
// and the documents.
struct StepField
{
    const char *key;
    const char *label; // English source, translated by label()
    StepFieldType type;
    bool required = false; // a required yes/no must be yes (e.g. a party's consent)
    const Vocabulary &(*choices)() = nullptr;

    QString labelText() const;
};

// Every step has a `date` field first (a Date or DateTime): when it happened, the order of the timeline.
const QList<StepField> &stepFields(const QString &kind);
const StepField *stepField(const QString &kind, const QString &key);

// Checks and normalises a step's values in place (text trimmed, empty values dropped); every error names
// the field. An unknown kind or field is an error too.
QList<Error> validateStepData(const QString &kind, QVariantMap &data);

// The date part of a step's `date` (valid for every validated step).
QDate stepDate(const QVariantMap &data);

} // namespace lianxin
