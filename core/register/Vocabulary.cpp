#include "core/register/Vocabulary.h"

#include <QCoreApplication>

namespace lianxin {

QString VocabularyEntry::label() const
{
    return QCoreApplication::translate("Vocabulary", source);
}

namespace vocabulary {

const Vocabulary &relations()
{
    static const Vocabulary list{
        {"head", QT_TRANSLATE_NOOP("Vocabulary", "Head of household")},
        {"spouse", QT_TRANSLATE_NOOP("Vocabulary", "Spouse")},
        {"son", QT_TRANSLATE_NOOP("Vocabulary", "Son")},
        {"daughter", QT_TRANSLATE_NOOP("Vocabulary", "Daughter")},
        {"father", QT_TRANSLATE_NOOP("Vocabulary", "Father")},
        {"mother", QT_TRANSLATE_NOOP("Vocabulary", "Mother")},
        {"son_in_law", QT_TRANSLATE_NOOP("Vocabulary", "Son-in-law")},
        {"daughter_in_law", QT_TRANSLATE_NOOP("Vocabulary", "Daughter-in-law")},
        {"grandson", QT_TRANSLATE_NOOP("Vocabulary", "Grandson")},
        {"granddaughter", QT_TRANSLATE_NOOP("Vocabulary", "Granddaughter")},
        {"grandparent", QT_TRANSLATE_NOOP("Vocabulary", "Grandparent")},
        {"sibling", QT_TRANSLATE_NOOP("Vocabulary", "Brother or sister")},
        {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
    };
    return list;
}

const Vocabulary &residenceStatuses()
{
    static const Vocabulary list{
        {"registered", QT_TRANSLATE_NOOP("Vocabulary", "Registered resident")},
        {"migrant", QT_TRANSLATE_NOOP("Vocabulary", "Migrant (living here)")},
        {"away", QT_TRANSLATE_NOOP("Vocabulary", "Working away")},
    };
    return list;
}

const Vocabulary &memberRoles()
{
    static const Vocabulary list{
        {"grid_officer", QT_TRANSLATE_NOOP("Vocabulary", "Grid officer")},
        {"grid_head", QT_TRANSLATE_NOOP("Vocabulary", "Grid head")},
        {"unit_head", QT_TRANSLATE_NOOP("Vocabulary", "Unit head")},
        {"defence_head", QT_TRANSLATE_NOOP("Vocabulary", "Joint-defence head")},
        {"mediator", QT_TRANSLATE_NOOP("Vocabulary", "People's mediator")},
        {"legal_adviser", QT_TRANSLATE_NOOP("Vocabulary", "Legal adviser")},
        {"township_admin", QT_TRANSLATE_NOOP("Vocabulary", "Township administrator")},
        {"county_admin", QT_TRANSLATE_NOOP("Vocabulary", "County administrator")},
        {"department", QT_TRANSLATE_NOOP("Vocabulary", "Department staff")},
    };
    return list;
}

const Vocabulary &employments()
{
    static const Vocabulary list{
        {"full_time", QT_TRANSLATE_NOOP("Vocabulary", "Full-time")},
        {"part_time", QT_TRANSLATE_NOOP("Vocabulary", "Part-time")},
    };
    return list;
}

const Vocabulary &householdTags()
{
    static const Vocabulary list{
        {"minimum_income", QT_TRANSLATE_NOOP("Vocabulary", "Minimum income (dibao)")},
        {"five_guarantees", QT_TRANSLATE_NOOP("Vocabulary", "Five guarantees (wubao)")},
        {"lifted_from_poverty", QT_TRANSLATE_NOOP("Vocabulary", "Lifted from poverty")},
        {"poverty_monitoring", QT_TRANSLATE_NOOP("Vocabulary", "Poverty monitoring")},
        {"left_behind", QT_TRANSLATE_NOOP("Vocabulary", "Left-behind")},
        {"empty_nest", QT_TRANSLATE_NOOP("Vocabulary", "Empty nest")},
        {"elderly_alone", QT_TRANSLATE_NOOP("Vocabulary", "Elderly living alone")},
    };
    return list;
}

const Vocabulary &personTags()
{
    static const Vocabulary list{
        {"disabled", QT_TRANSLATE_NOOP("Vocabulary", "Disability")},
        {"veteran", QT_TRANSLATE_NOOP("Vocabulary", "Veteran")},
        {"party_member", QT_TRANSLATE_NOOP("Vocabulary", "Party member")},
        {"left_behind_child", QT_TRANSLATE_NOOP("Vocabulary", "Left-behind child")},
        {"community_correction", QT_TRANSLATE_NOOP("Vocabulary", "Community correction"), true},
        {"released_prisoner", QT_TRANSLATE_NOOP("Vocabulary", "Released from prison"), true},
        {"severe_mental_illness", QT_TRANSLATE_NOOP("Vocabulary", "Severe mental illness"), true},
        {"drug_user", QT_TRANSLATE_NOOP("Vocabulary", "Drug user"), true},
        {"key_youth", QT_TRANSLATE_NOOP("Vocabulary", "Key youth"), true},
    };
    return list;
}

const Vocabulary &ethnicities()
{
    // Stored as the official Chinese names (GB 3304), which are what cards and forms carry.
    static const Vocabulary list = [] {
        static const char *names[] = {
            "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族",
            "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族",
            "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族",
            "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族",
            "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族"};
        Vocabulary entries;
        for (const char *name : names)
            entries.append(VocabularyEntry{name, name, false});
        return entries;
    }();
    return list;
}

bool contains(const Vocabulary &vocabulary, const QString &code)
{
    for (const VocabularyEntry &entry : vocabulary) {
        if (code == QString::fromUtf8(entry.code))
            return true;
    }
    return false;
}

QString label(const Vocabulary &vocabulary, const QString &code)
{
    for (const VocabularyEntry &entry : vocabulary) {
        if (code == QString::fromUtf8(entry.code))
            return entry.label();
    }
    return code;
}

QString firstUnknown(const Vocabulary &vocabulary, const QStringList &codes)
{
    for (const QString &code : codes) {
        if (!contains(vocabulary, code))
            return code;
    }
    return {};
}

QStringList shownPersonTags(const QStringList &codes, bool seeSensitive)
{
    QStringList shown;
    for (const QString &code : codes) {
        bool sensitive = false;
        for (const VocabularyEntry &entry : personTags()) {
            if (code == QString::fromUtf8(entry.code))
                sensitive = entry.sensitive;
        }
        if (!sensitive || seeSensitive)
            shown.append(code);
    }
    return shown;
}

} // namespace vocabulary
} // namespace lianxin
