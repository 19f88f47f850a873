#pragma once

#include "core/mediation/DisputeCase.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

namespace lianxin {

class Database;

// Settles a case whose outcome two devices recorded differently (core/mediation/CaseOutcome.h): lists the
// outcomes recorded, each with its day, who recorded it and what it says, and records the mediator's
// choice of the one that stands, with the reason, as a step of the case.
class OutcomeChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    OutcomeChoiceDialog(Database &database, const QString &disputeId, const QList<DisputeStep> &steps,
                        QWidget *parent = nullptr);

    // Chooses the outcome of the given step (as the radio button would) and gives the reason.
    void choose(const QString &stepId, const QString &reason);
    void accept() override;

private:
    Database &m_database;
    QString m_disputeId;
    QList<DisputeStep> m_outcomes;
    QButtonGroup *m_choices;
    QPlainTextEdit *m_reason;
    QLabel *m_error; // why the choice was not recorded
};

// One line naming a decisive step: "Agreement of 2026年10月28日 (written, 500.00 yuan), recorded by 张明".
QString outcomeLine(Database &database, const DisputeStep &step);

} // namespace lianxin
