#include "ui/mediation/StepForm.h"

#include "core/common/ChinaTime.h"
#include "core/mediation/CaseSteps.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/mediation/StepFields.h"
#include "core/register/Vocabulary.h"
#include "core/storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace lianxin {

namespace {
// Several codes as a row of check boxes.
class CodeChecks : public QWidget
{
public:
    explicit CodeChecks(const Vocabulary &values)
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        for (const VocabularyEntry &entry : values) {
            auto *box = new QCheckBox(entry.label());
            box->setProperty("code", QLatin1String(entry.code));
            layout->addWidget(box);
            m_boxes.append(box);
        }
        layout->addStretch(1);
    }
    QStringList codes() const
    {
        QStringList list;
        for (QCheckBox *box : m_boxes) {
            if (box->isChecked())
                list.append(box->property("code").toString());
        }
        return list;
    }
    void setCodes(const QStringList &codes)
    {
        for (QCheckBox *box : m_boxes)
            box->setChecked(codes.contains(box->property("code").toString()));
    }
    const QList<QCheckBox *> &boxes() const { return m_boxes; }

private:
    QList<QCheckBox *> m_boxes;
};
} // namespace

StepForm::StepForm(Database &database, const QString &disputeId, const QString &kind, QWidget *parent)
    : FieldForm(parent), m_database(database), m_disputeId(disputeId), m_kind(kind)
{
    setWindowTitle(vocabulary::label(vocabulary::stepKinds(), kind));
    // Dates and times are China's, as the parties and the documents read them, whatever the machine's zone.
    const QDateTime now = chinaNow(database.clock());
    const QDate today = now.date();
    for (const StepField &field : stepFields(kind)) {
        const QString key = QLatin1String(field.key);
        QWidget *editor = nullptr;
        switch (field.type) {
        case StepFieldType::Text: {
            auto *edit = new QLineEdit;
            connect(edit, &QLineEdit::textEdited, this, &StepForm::markChanged);
            editor = edit;
            break;
        }
        case StepFieldType::LongText: {
            auto *edit = new QPlainTextEdit;
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(key == QLatin1String("record") || key == QLatin1String("terms") ? 140 : 70);
            connect(edit, &QPlainTextEdit::textChanged, this, &StepForm::markChanged);
            editor = edit;
            break;
        }
        case StepFieldType::Date: {
            auto *edit = new QDateEdit(today);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            if (!field.required) {
                // An optional date starts empty: the minimum shows as a blank.
                edit->setMinimumDate(QDate(2000, 1, 1));
                edit->setSpecialValueText(QStringLiteral(" "));
                edit->setDate(edit->minimumDate());
            }
            editor = edit;
            break;
        }
        case StepFieldType::DateTime: {
            auto *edit = new QDateTimeEdit(QDateTime(today, QTime(now.time().hour(), now.time().minute())));
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
            editor = edit;
            break;
        }
        case StepFieldType::Bool:
            editor = new QCheckBox(field.labelText());
            break;
        case StepFieldType::Choice: {
            auto *box = new QComboBox;
            if (!field.required)
                box->addItem(QString(), QString());
            for (const VocabularyEntry &entry : field.choices())
                box->addItem(entry.label(), QLatin1String(entry.code));
            editor = box;
            break;
        }
        case StepFieldType::Choices:
            editor = new CodeChecks(field.choices());
            break;
        case StepFieldType::Money: {
            auto *spin = new QDoubleSpinBox;
            spin->setRange(0, 1'000'000'000);
            spin->setDecimals(2);
            spin->setGroupSeparatorShown(true);
            spin->setSuffix(tr(" yuan"));
            editor = spin;
            break;
        }
        }
        m_editors.insert(key, addField(key, field.type == StepFieldType::Bool ? QString() : field.labelText(), editor));
    }
    setMinimumWidth(620);
}

void StepForm::setValue(const QString &key, const QVariant &value)
{
    QWidget *editor = m_editors.value(key);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(value.toString());
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->setPlainText(value.toString());
    else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor);
             dateTime && dateTime->displayFormat().contains(QLatin1Char('H')))
        dateTime->setDateTime(QDateTime::fromString(value.toString(), Qt::ISODate));
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        date->setDate(QDate::fromString(value.toString(), Qt::ISODate));
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        check->setChecked(value.toBool());
    else if (auto *box = qobject_cast<QComboBox *>(editor))
        box->setCurrentIndex(std::max(0, box->findData(value.toString())));
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        spin->setValue(value.toDouble() / 100.0);
    else if (auto *checks = dynamic_cast<CodeChecks *>(editor))
        checks->setCodes(value.toStringList());
    markChanged();
}

QVariantMap StepForm::values() const
{
    QVariantMap data;
    for (const StepField &field : stepFields(m_kind)) {
        const QString key = QLatin1String(field.key);
        QWidget *editor = m_editors.value(key);
        switch (field.type) {
        case StepFieldType::Text:
            data.insert(key, qobject_cast<QLineEdit *>(editor)->text());
            break;
        case StepFieldType::LongText:
            data.insert(key, qobject_cast<QPlainTextEdit *>(editor)->toPlainText());
            break;
        case StepFieldType::Date: {
            auto *edit = qobject_cast<QDateEdit *>(editor);
            if (edit->specialValueText().isEmpty() || edit->date() != edit->minimumDate())
                data.insert(key, edit->date());
            break;
        }
        case StepFieldType::DateTime:
            data.insert(key, qobject_cast<QDateTimeEdit *>(editor)->dateTime());
            break;
        case StepFieldType::Bool:
            data.insert(key, qobject_cast<QCheckBox *>(editor)->isChecked());
            break;
        case StepFieldType::Choice:
            data.insert(key, qobject_cast<QComboBox *>(editor)->currentData().toString());
            break;
        case StepFieldType::Choices:
            data.insert(key, static_cast<CodeChecks *>(editor)->codes());
            break;
        case StepFieldType::Money:
            data.insert(key, qRound64(qobject_cast<QDoubleSpinBox *>(editor)->value() * 100));
            break;
        }
    }
    return data;
}

QList<Error> StepForm::save()
{
    const auto id = CaseSteps(m_database).add(m_disputeId, m_kind, values());
    if (!id)
        return {id.error()};
    return {};
}

} // namespace lianxin
