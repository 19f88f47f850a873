#include "core/mediation/CaseNumbers.h"

#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/Transaction.h"

#include <QRegularExpression>

namespace lianxin {

namespace {
const QString kProvisionalKey = QStringLiteral("case_number_provisional_seq");
}

CaseNumbers::CaseNumbers(Database &database) : m_database(database) {}

QString CaseNumbers::committeeOf(const QString &regionId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT kind, parent_id FROM regions WHERE id = ?"));
    query.addBindValue(regionId);
    if (!m_database.exec(query) || !query.next())
        return {};
    return query.value(0).toString() == QLatin1String("grid") ? query.value(1).toString() : regionId;
}

QString CaseNumbers::shortName(const QString &committeeName)
{
    static const QRegularExpression suffix(
        QStringLiteral("(村民委员会|居民委员会|村委会|居委会|社区|街道|村|镇|乡)$"));
    QString name = committeeName.trimmed();
    const QString stripped = name.remove(suffix);
    return stripped.isEmpty() ? committeeName.trimmed() : stripped;
}

QString CaseNumbers::format(int year, const QString &committeeName, int seq)
{
    return QStringLiteral("（%1）%2人调字第 %3 号").arg(year).arg(shortName(committeeName)).arg(seq);
}

QString CaseNumbers::committeeName(const QString &committeeId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT name FROM regions WHERE id = ?"));
    query.addBindValue(committeeId);
    if (!m_database.exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

Result<CaseNumbers::Issued> CaseNumbers::issue(const QString &committeeId, int year, const QString &disputeId)
{
    QSqlQuery block = m_database.prepare(
        QStringLiteral("SELECT first, next FROM case_number_blocks WHERE committee_id = ? AND year = ? AND next <= last "
                       "ORDER BY first LIMIT 1"));
    block.addBindValue(committeeId);
    block.addBindValue(year);
    if (Status status = m_database.exec(block); !status)
        return status.error();
    if (block.next()) {
        const int first = block.value(0).toInt();
        const int seq = block.value(1).toInt();
        block.finish();
        QSqlQuery take = m_database.prepare(
            QStringLiteral("UPDATE case_number_blocks SET next = next + 1 WHERE committee_id = ? AND year = ? AND first = ?"));
        take.addBindValue(committeeId);
        take.addBindValue(year);
        take.addBindValue(first);
        if (Status status = m_database.exec(take); !status)
            return status.error();
        return Issued{format(year, committeeName(committeeId), seq), seq};
    }
    // No block: a provisional number that names this device, so that two devices never issue the same.
    const int local = m_database.metaValue(kProvisionalKey).toInt() + 1;
    if (Status status = m_database.setMetaValue(kProvisionalKey, QString::number(local)); !status)
        return status.error();
    QSqlQuery pending = m_database.prepare(QStringLiteral("INSERT INTO case_number_pending (dispute_id) VALUES (?)"));
    pending.addBindValue(disputeId);
    if (Status status = m_database.exec(pending); !status)
        return status.error();
    const QString device = m_database.deviceTag();
    return Issued{QStringLiteral("（%1）%2人调字第 临%3-%4 号")
                      .arg(year)
                      .arg(shortName(committeeName(committeeId)), device)
                      .arg(local),
                  std::nullopt};
}

Status CaseNumbers::addBlock(const QString &committeeId, int year, int first, int last)
{
    QSqlQuery insert = m_database.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO case_number_blocks (committee_id, year, first, next, last) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(committeeId);
    insert.addBindValue(year);
    insert.addBindValue(first);
    insert.addBindValue(first);
    insert.addBindValue(last);
    return m_database.exec(insert);
}

int CaseNumbers::remaining(const QString &committeeId, int year) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT coalesce(sum(last - next + 1), 0) FROM case_number_blocks WHERE committee_id = ? AND year = ? AND next <= last"));
    query.addBindValue(committeeId);
    query.addBindValue(year);
    if (!m_database.exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<CaseNumbers::Need> CaseNumbers::needed(const QStringList &homeCommittees, int year) const
{
    QStringList committees = homeCommittees;
    QSqlQuery used = m_database.prepare(QStringLiteral("SELECT DISTINCT committee_id FROM case_number_blocks WHERE year = ? "
                                                       "UNION SELECT DISTINCT d.committee_id FROM case_number_pending p "
                                                       "JOIN disputes d ON d.id = p.dispute_id"));
    used.addBindValue(year);
    if (m_database.exec(used)) {
        while (used.next())
            committees.append(used.value(0).toString());
    }
    committees.removeDuplicates();
    QList<Need> needs;
    for (const QString &committee : std::as_const(committees)) {
        if (!committee.isEmpty() && remaining(committee, year) < kLowWater)
            needs.append({committee, year});
    }
    return needs;
}

QStringList CaseNumbers::homeCommittees(const QStringList &scopeRegionIds) const
{
    QStringList committees;
    for (const QString &regionId : scopeRegionIds) {
        const QString committee = committeeOf(regionId);
        if (!committee.isEmpty() && !committees.contains(committee))
            committees.append(committee);
    }
    return committees;
}

QStringList CaseNumbers::reservableCommittees(const QStringList &scopeRegionIds) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM regions WHERE id IN (SELECT value FROM json_each(?)) "
        "UNION SELECT r.id, r.parent_id FROM regions r JOIN up ON r.id = up.parent_id) SELECT id FROM up"));
    query.addBindValue(RecordWriter::storedValue(scopeRegionIds));
    QStringList committees;
    if (m_database.exec(query)) {
        while (query.next())
            committees.append(query.value(0).toString());
    }
    return committees;
}

Result<int> CaseNumbers::renumberPending()
{
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    QSqlQuery pending = m_database.prepare(
        QStringLiteral("SELECT d.id, d.committee_id, d.case_year FROM case_number_pending p JOIN disputes d ON d.id = p.dispute_id "
                       "ORDER BY d.created_at, d.id"));
    if (Status status = m_database.exec(pending); !status)
        return status.error();
    struct Case
    {
        QString id, committee;
        int year;
    };
    QList<Case> cases;
    while (pending.next())
        cases.append({pending.value(0).toString(), pending.value(1).toString(), pending.value(2).toInt()});
    RecordWriter writer(m_database);
    int renumbered = 0;
    for (const Case &c : std::as_const(cases)) {
        if (remaining(c.committee, c.year) == 0)
            continue;
        // issue() from a block never touches case_number_pending.
        const auto issued = issue(c.committee, c.year, c.id);
        if (!issued)
            return issued.error();
        const auto written = writer.update(tables::disputes(), c.id,
                                           {{QStringLiteral("case_number"), issued->number},
                                            {QStringLiteral("case_seq"), *issued->seq}});
        if (!written)
            return written.error();
        QSqlQuery done = m_database.prepare(QStringLiteral("DELETE FROM case_number_pending WHERE dispute_id = ?"));
        done.addBindValue(c.id);
        if (Status status = m_database.exec(done); !status)
            return status.error();
        ++renumbered;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return renumbered;
}

} // namespace lianxin
