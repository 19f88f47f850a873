#include "ui/mediation/OutcomeChoiceDialog.h"

#include "core/auth/AccountRepository.h"
#include "core/common/ChinaTime.h"
#include "core/mediation/CaseOutcome.h"
#include "core/mediation/CaseSteps.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/mediation/StepFields.h"
#include "core/storage/Database.h"
#include "ui/Format.h"
#include "ui/forms/ScreenFit.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lianxin {

QString outcomeLine(Database &database, const DisputeStep &step)
{
    QStringList about;
    if (step.kind == QLatin1String("agreement")) {
        about.append(
            vocabulary::label(vocabulary::agreementForms(), step.data.value(QStringLiteral("form")).toString()));
        if (const qint64 fen = step.data.value(QStringLiteral("amount")).toLongLong(); fen > 0)
            about.append(OutcomeChoiceDialog::tr("%1 yuan").arg(QLocale().toString(double(fen) / 100.0, 'f', 2)));
        about.append(step.data.value(QStringLiteral("terms")).toString().simplified().left(40));
    } else {
        about.append(step.data.value(QStringLiteral("reason")).toString().simplified().left(40));
    }
    const auto author = AccountRepository(database).get(step.info.updatedBy);
    const QString who = author ? author->displayName : OutcomeChoiceDialog::tr("another device");
    return OutcomeChoiceDialog::tr("%1 of %2 (%3), recorded by %4")
        .arg(vocabulary::label(vocabulary::stepKinds(), step.kind), formatDate(stepDate(step.data)),
             about.join(OutcomeChoiceDialog::tr(", ")), who);
}

OutcomeChoiceDialog::OutcomeChoiceDialog(Database &database, const QString &disputeId, const QList<DisputeStep> &steps,
                                         QWidget *parent)
    : QDialog(parent), m_database(database), m_disputeId(disputeId), m_outcomes(outcome::decisiveSteps(steps)),
      m_choices(new QButtonGroup(this)), m_reason(new QPlainTextEdit), m_error(new QLabel)
{
    setWindowTitle(tr("Choose the outcome that stands"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation =
        new QLabel(tr("Different devices recorded different outcomes for this case while offline. Only one "
                      "can stand: the others stay in the timeline, set aside, and the case and the "
                      "statistics follow the one you choose."));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    const QString standing = outcome::standingStepId(steps);
    for (int i = 0; i < m_outcomes.size(); ++i) {
        auto *button = new QRadioButton(outcomeLine(database, m_outcomes.at(i)));
        button->setObjectName(m_outcomes.at(i).id);
        button->setChecked(m_outcomes.at(i).id == standing);
        m_choices->addButton(button, i);
        layout->addWidget(button);
    }
    layout->addWidget(new QLabel(tr("Why this one stands (required):")));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(m_reason, 1);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b3261e"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record the choice"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OutcomeChoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitToScreen(this, QSize(640, 360));
}

void OutcomeChoiceDialog::choose(const QString &stepId, const QString &reason)
{
    for (int i = 0; i < m_outcomes.size(); ++i) {
        if (m_outcomes.at(i).id == stepId)
            m_choices->button(i)->setChecked(true);
    }
    m_reason->setPlainText(reason);
}

void OutcomeChoiceDialog::accept()
{
    const int chosen = m_choices->checkedId();
    // Said in the dialog, beside what is to be put right, rather than in a box over it.
    if (chosen < 0) {
        m_error->setText(tr("Choose the outcome that stands."));
        m_error->show();
        return;
    }
    const auto recorded = CaseSteps(m_database)
                              .add(m_disputeId, QLatin1String(outcome::kChosenKind),
                                   {{QStringLiteral("date"), chinaToday(m_database.clock())},
                                    {QStringLiteral("step_id"), m_outcomes.at(chosen).id},
                                    {QStringLiteral("reason"), m_reason->toPlainText()}});
    if (!recorded) {
        m_error->setText(recorded.error().message);
        m_error->show();
        if (recorded.error().field == QLatin1String("reason"))
            m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace lianxin
