#pragma once

#include "core/auth/Scope.h"

#include <QList>
#include <QString>

class QSqlQuery;

namespace lianxin {

class Database;

struct SearchHit
{
    enum class Kind { Person, Household };
    Kind kind = Kind::Person;
    QString id;          // the person's or the household's id
    QString householdId; // the household itself, or the person's household
    QString name;        // persons only
    QString idNumber;    // persons only
    QString phone;       // persons only
    QString address;     // the household's address and house number
};

// Finds live persons and households by any part of a name, ID number, phone or address.
// Terms of three or more characters use the trigram index; shorter queries (a surname, two digits) fall
// back to name prefixes and then to a bounded scan. Several terms separated by spaces must all match.
class RegisterSearch
{
public:
    // Finds only records inside `scope` (nullopt: everywhere). Without `numbers`, ID numbers and phones are
    // not searched: a role that only ever sees them masked must not find a person by the hidden digits.
    explicit RegisterSearch(Database &database, Scope scope = std::nullopt, bool numbers = true);

    QList<SearchHit> find(const QString &text, int limit = 20) const;

private:
    QList<SearchHit> findIndexed(const QStringList &longTerms, const QStringList &shortTerms, int limit) const;
    QList<SearchHit> findShort(const QStringList &shortTerms, int limit) const;

    QSqlQuery prepare(const QString &sql) const;

    Database &m_database;
    Scope m_scope;
    bool m_numbers;
};

} // namespace lianxin
