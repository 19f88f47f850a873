#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lianxin {

// A coded value of the register: the code stored and synced, the English source of its label (shown
// through label(), translated), and whether it marks a sensitive special group.
struct VocabularyEntry
{
    const char *code;
    const char *source;
    bool sensitive = false;

    QString label() const;
};

using Vocabulary = QList<VocabularyEntry>;

namespace vocabulary {
const Vocabulary &relations();         // relation to the head of household
const Vocabulary &residenceStatuses(); // 户籍 / 流动 / 外出
const Vocabulary &memberRoles();       // 网格员, 网格长, … 乡镇管理员
const Vocabulary &employments();       // 专职 full-time, 兼职 part-time (mediators above all)
const Vocabulary &householdTags();     // 低保, 五保, 脱贫户, …
const Vocabulary &personTags();        // includes the sensitive special groups
const Vocabulary &ethnicities();       // the 56 nationalities, 汉族 first

bool contains(const Vocabulary &vocabulary, const QString &code);
QString label(const Vocabulary &vocabulary, const QString &code);
// The first code of `codes` that the vocabulary does not know, or an empty string.
QString firstUnknown(const Vocabulary &vocabulary, const QStringList &codes);
// A person's tags that a role may see: the special groups only to roles that work with them.
QStringList shownPersonTags(const QStringList &codes, bool seeSensitive);
} // namespace vocabulary

} // namespace lianxin
