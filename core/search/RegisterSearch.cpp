#include "core/search/RegisterSearch.h"

#include "core/storage/Database.h"

#include <QRegularExpression>
#include <QSet>

namespace lianxin {

namespace {
// Columns of a hit, for `search_rows r` joined to persons p and households h.
const QString kHitColumns = QStringLiteral(
    "r.kind, r.row_id, h.id, p.name, p.id_number, p.phone, h.address || coalesce(' ' || h.house_number, '')");
const QString kHitJoins = QStringLiteral(
    "LEFT JOIN persons p ON r.kind = 'person' AND p.id = r.row_id "
    "JOIN households h ON h.id = CASE r.kind WHEN 'household' THEN r.row_id ELSE p.household_id END");

constexpr int kTrigram = 3;

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A term as one FTS5 string, so that operators and punctuation in it are matched literally; without
// numbers, only in the name and address columns.
QString ftsString(const QString &term, bool numbers)
{
    const QString quoted = QLatin1Char('"') + QString(term).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return numbers ? quoted : QStringLiteral("{name address} : ") + quoted;
}

// One condition per short term, over the FTS columns of `f`; placeholders :s0, :s1, ….
QString shortTermConditions(int count, bool numbers)
{
    QStringList conditions;
    for (int i = 0; i < count; ++i)
        conditions.append((numbers ? QStringLiteral("(f.name LIKE :s%1 ESCAPE '\\' OR f.id_number LIKE :s%1 ESCAPE '\\' OR "
                                                    "f.phone LIKE :s%1 ESCAPE '\\' OR f.address LIKE :s%1 ESCAPE '\\')")
                                   : QStringLiteral("(f.name LIKE :s%1 ESCAPE '\\' OR f.address LIKE :s%1 ESCAPE '\\')"))
                              .arg(i));
    return conditions.join(QStringLiteral(" AND "));
}

void bindShortTerms(QSqlQuery &query, const QStringList &shortTerms)
{
    for (int i = 0; i < shortTerms.size(); ++i)
        query.bindValue(QStringLiteral(":s%1").arg(i), likePattern(shortTerms[i]));
}

SearchHit hitFrom(const QSqlQuery &query)
{
    SearchHit hit;
    hit.kind = query.value(0).toString() == QLatin1String("household") ? SearchHit::Kind::Household
                                                                        : SearchHit::Kind::Person;
    hit.id = query.value(1).toString();
    hit.householdId = query.value(2).toString();
    hit.name = query.value(3).toString();
    hit.idNumber = query.value(4).toString();
    hit.phone = query.value(5).toString();
    hit.address = query.value(6).toString();
    return hit;
}
} // namespace

RegisterSearch::RegisterSearch(Database &database, Scope scope, bool numbers)
    : m_database(database), m_scope(std::move(scope)), m_numbers(numbers)
{
}

QSqlQuery RegisterSearch::prepare(const QString &sql) const
{
    QSqlQuery query = m_database.prepare(sql);
    query.bindValue(QStringLiteral(":scope"), scopeValue(m_scope));
    return query;
}

QList<SearchHit> RegisterSearch::find(const QString &text, int limit) const
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList longTerms;
    QStringList shortTerms;
    for (const QString &term : text.split(spaces, Qt::SkipEmptyParts))
        (term.size() >= kTrigram ? longTerms : shortTerms).append(term);
    if (limit <= 0 || (longTerms.isEmpty() && shortTerms.isEmpty()))
        return {};
    return longTerms.isEmpty() ? findShort(shortTerms, limit) : findIndexed(longTerms, shortTerms, limit);
}

QList<SearchHit> RegisterSearch::findIndexed(const QStringList &longTerms, const QStringList &shortTerms, int limit) const
{
    QStringList match;
    for (const QString &term : longTerms)
        match.append(ftsString(term, m_numbers));
    const QString extra =
        shortTerms.isEmpty() ? QString() : QStringLiteral(" AND ") + shortTermConditions(int(shortTerms.size()), m_numbers);
    // The query text is built from constants only; the terms are bound.
    QSqlQuery query = prepare(
        QStringLiteral("SELECT %1 FROM search_fts f JOIN search_rows r ON r.docid = f.rowid %2 "
                       "WHERE search_fts MATCH :match%3 AND %4 LIMIT :limit")
            .arg(kHitColumns, kHitJoins, extra, scopeCondition()));
    query.bindValue(QStringLiteral(":match"), match.join(QStringLiteral(" AND ")));
    bindShortTerms(query, shortTerms);
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<SearchHit> hits;
    if (!m_database.exec(query))
        return hits;
    while (query.next())
        hits.append(hitFrom(query));
    return hits;
}

QList<SearchHit> RegisterSearch::findShort(const QStringList &shortTerms, int limit) const
{
    QList<SearchHit> hits;
    QSet<QString> seen;
    auto collect = [&](QSqlQuery &query) {
        if (!m_database.exec(query))
            return;
        while (query.next() && hits.size() < limit) {
            SearchHit hit = hitFrom(query);
            if (!seen.contains(hit.id)) {
                seen.insert(hit.id);
                hits.append(hit);
            }
        }
    };

    // A single short term is most often a surname, a whole two-character name or a given name: the name
    // and given-name indexes answer those at once.
    if (shortTerms.size() == 1) {
        for (const QString &key : {QStringLiteral("p0.name"), QStringLiteral("substr(p0.name, 2)")}) {
            // `key` is one of the two indexed expressions; the term is bound.
            QSqlQuery prefix = prepare(
                QStringLiteral("SELECT %1 FROM persons p0 JOIN search_rows r ON r.row_id = p0.id %2 "
                               "WHERE p0.deleted = 0 AND %3 >= :low AND %3 < :high AND %4 ORDER BY %3 LIMIT :limit")
                    .arg(kHitColumns, kHitJoins, key, scopeCondition()));
            prefix.bindValue(QStringLiteral(":low"), shortTerms.first());
            prefix.bindValue(QStringLiteral(":high"), shortTerms.first() + QChar(0xFFFF));
            prefix.bindValue(QStringLiteral(":limit"), limit);
            collect(prefix);
        }
        if (!hits.isEmpty())
            return hits;
    }

    // Otherwise a scan that stops once enough rows are found: a term found often ends it early, one found
    // nowhere reads everything it covers (docs/PERFORMANCE.md). A term with letters or Chinese characters
    // can only be in a name or an address, which are scanned in their smaller indexes; digits go through
    // the search index's ID numbers and phones as well.
    static const QRegularExpression digits(QStringLiteral("^[0-9Xx]+$"));
    if (shortTerms.size() == 1 && !digits.match(shortTerms.first()).hasMatch()) {
        const char *const scans[] = {
            "SELECT %1 FROM persons p0 INDEXED BY persons_live_name JOIN search_rows r ON r.row_id = p0.id %2 "
            "WHERE p0.deleted = 0 AND instr(p0.name, :term) > 0 AND %3 LIMIT :limit",
            "SELECT %1 FROM households h0 INDEXED BY households_live_address JOIN search_rows r ON r.row_id = h0.id %2 "
            "WHERE h0.deleted = 0 AND instr(h0.address || coalesce(h0.house_number, ''), :term) > 0 AND %3 "
            "LIMIT :limit",
        };
        for (const char *sql : scans) {
            QSqlQuery scan = prepare(QString::fromLatin1(sql).arg(kHitColumns, kHitJoins, scopeCondition()));
            scan.bindValue(QStringLiteral(":term"), shortTerms.first());
            scan.bindValue(QStringLiteral(":limit"), limit - int(hits.size()));
            collect(scan);
            if (hits.size() >= limit)
                break;
        }
        return hits;
    }
    QSqlQuery scan = prepare(
        QStringLiteral("SELECT %1 FROM search_fts f JOIN search_rows r ON r.docid = f.rowid %2 WHERE %3 AND %4 "
                       "LIMIT :limit")
            .arg(kHitColumns, kHitJoins, shortTermConditions(int(shortTerms.size()), m_numbers), scopeCondition()));
    bindShortTerms(scan, shortTerms);
    scan.bindValue(QStringLiteral(":limit"), limit);
    collect(scan);
    return hits;
}

} // namespace lianxin
