#pragma once

#include "ui/points/PointsTab.h"

#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lianxin {

class HouseholdPicker;

// Proposing entries, made for the keyboard at a meeting: household (type, Enter), indicator (type, Enter),
// points, evidence, Enter adds it and goes back to the household. Below, the entries awaiting the meeting,
// which "Evaluation meeting…" decides with their votes.
class ProposalsTab : public PointsTab
{
    Q_OBJECT

public:
    ProposalsTab(Database &database, const Account &account, QWidget *parent = nullptr);

    void reload() override;
    // Starts an entry for a household (from its account, or a dispute case's party) and an optional case.
    void proposeFor(const QString &householdId, const QString &disputeId);
    // A photo or scan to record with the next entry as its evidence (empty: none).
    void attachEvidence(const QString &path);

private:
    void indicatorChosen();
    void fillPersons();
    void add();
    void withdraw();
    void holdMeeting();

    HouseholdPicker *m_household;
    QComboBox *m_person;
    QComboBox *m_indicator;
    QSpinBox *m_points;
    QDateEdit *m_deedOn;
    QLineEdit *m_evidence;
    QLabel *m_error;
    QLabel *m_fromCase;
    QLabel *m_evidenceFileName;
    QString m_evidenceFile;
    QString m_disputeId;
    QTableWidget *m_table;
    QList<QWidget *> m_editors;
    QHash<QString, QString> m_fieldLabels; // by field name, for the messages that name one
};

} // namespace lianxin
