#pragma once

#include "core/auth/Account.h"

#include <QDialog>

namespace lianxin {

class Database;
class ProposalsTab;

// Proposing points from a dispute case's facts: the proposals tab of the household's village, with the
// household chosen and the case named. It is only a proposal: the evaluation meeting decides it.
class ProposeDialog : public QDialog
{
    Q_OBJECT

public:
    ProposeDialog(Database &database, const Account &account, const QString &householdId, const QString &disputeId,
                  QWidget *parent = nullptr);

    bool isValid() const { return m_valid; }

private:
    ProposalsTab *m_tab;
    bool m_valid = false;
};

} // namespace lianxin
