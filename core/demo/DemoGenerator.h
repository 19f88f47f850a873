#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace lianxin {

class Database;

struct DemoOptions
{
    quint64 seed = 1;
    int households = 5000;
    // The township to fill; it must exist in the built-in region seed (340828101 is 天堂镇).
    QString townshipCode = QStringLiteral("340828101");
};

struct DemoSummary
{
    int villages = 0;
    int grids = 0;
    int members = 0;
    int households = 0;
    int persons = 0;
    int rows() const { return villages + grids + members + households + persons; }
};

// Fills a store with a plausible township: villages and communities, grids of about 100 households,
// grid members, and households with family structures (head, spouse, children working away,
// grandparents, grandchildren), valid 340828 ID numbers, phones and tags. The same seed and clock
// give the same rows, ids included. Names and addresses are Chinese data
// whatever the interface language. Runs in one transaction: a cancelled or failed run writes nothing.
class DemoGenerator
{
public:
    // Called every few hundred households with (done, total); returning false cancels the run.
    using Progress = std::function<bool(int done, int total)>;

    DemoGenerator(Database &database, DemoOptions options);

    // Further townships filled in the same run, each with the options' number of households (the county
    // bench): one bulk load for all of them.
    void alsoFill(QStringList townshipCodes) { m_moreTownships = std::move(townshipCodes); }

    [[nodiscard]] Result<DemoSummary> run(const Progress &progress = {});

private:
    Database &m_database;
    DemoOptions m_options;
    QStringList m_moreTownships;
};

} // namespace lianxin
