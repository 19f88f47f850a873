#include "core/import/RosterColumns.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace lianxin::import {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RosterColumns)
};

struct FieldWords
{
    RosterField field;
    const char *key;
    const char *label;
    // Header words naming the field: a header equal to one, or else containing one (the longest contained
    // wins, so that 户主姓名 is the head's name and not the member's).
    QList<const char *> words;
    // Words that name the field only when they are the whole header (户主 alone is the head's name, but
    // 与户主关系 is the relation).
    QList<const char *> wholeWords = {};
};

const QList<FieldWords> &fieldWords()
{
    static const QList<FieldWords> list{
        {RosterField::HouseholdKey, "household_key", QT_TRANSLATE_NOOP("RosterColumns", "Household number"),
         {"户编号", "户号", "家庭编号", "户籍编号", "户代码", "户码"}},
        {RosterField::HeadName, "head_name", QT_TRANSLATE_NOOP("RosterColumns", "Head's name"),
         {"户主姓名", "户主名字", "户主名"}, {"户主"}},
        {RosterField::Name, "name", QT_TRANSLATE_NOOP("RosterColumns", "Name"),
         {"姓名", "成员姓名", "人员姓名", "家庭成员姓名", "名字"}},
        {RosterField::IdNumber, "id_number", QT_TRANSLATE_NOOP("RosterColumns", "ID number"),
         {"公民身份号码", "身份证号码", "身份证号", "身份证", "身份号码", "证件号码", "证件号"}},
        {RosterField::Relation, "relation", QT_TRANSLATE_NOOP("RosterColumns", "Relation to the head"),
         {"与户主关系", "与户主的关系", "家庭关系", "成员关系"}, {"关系"}},
        {RosterField::Sex, "sex", QT_TRANSLATE_NOOP("RosterColumns", "Sex"), {"性别"}},
        {RosterField::Ethnicity, "ethnicity", QT_TRANSLATE_NOOP("RosterColumns", "Ethnicity"), {"民族"}},
        {RosterField::BirthDate, "birth_date", QT_TRANSLATE_NOOP("RosterColumns", "Birth date"),
         {"出生日期", "出生年月日", "出生年月", "生日"}},
        {RosterField::Phone, "phone", QT_TRANSLATE_NOOP("RosterColumns", "Phone"),
         {"联系电话", "联系方式", "手机号码", "手机号", "电话号码", "手机", "电话"}},
        {RosterField::Address, "address", QT_TRANSLATE_NOOP("RosterColumns", "Address"),
         {"家庭住址", "现住址", "居住地址", "现居住地址", "住址", "地址"}},
        {RosterField::HouseNumber, "house_number", QT_TRANSLATE_NOOP("RosterColumns", "House number"),
         {"门牌号", "门牌号码"}, {"门牌"}},
        {RosterField::ResidenceStatus, "residence_status", QT_TRANSLATE_NOOP("RosterColumns", "Residence status"),
         {"人口类型", "居住状态", "户籍状态", "居住情况", "人员类型"}},
        {RosterField::Occupation, "occupation", QT_TRANSLATE_NOOP("RosterColumns", "Occupation"),
         {"职业", "工作单位"}},
        {RosterField::Notes, "notes", QT_TRANSLATE_NOOP("RosterColumns", "Notes"), {"备注", "说明"}},
    };
    return list;
}

const FieldWords &wordsOf(RosterField field)
{
    for (const FieldWords &words : fieldWords()) {
        if (words.field == field)
            return words;
    }
    Q_UNREACHABLE();
}

// A header as compared: half-width, without blanks, marks (* required, ：) or a bracketed remark (（18位）).
QString headerWords(const QString &header)
{
    QString text = halfWidth(header);
    static const QRegularExpression remark(QStringLiteral("[\\(\\[【（][^\\)\\]】）]*[\\)\\]】）]"));
    static const QRegularExpression marks(QStringLiteral("[\\s*:：]"));
    text.remove(remark);
    text.remove(marks);
    return text;
}

constexpr int kHeaderSearchRows = 30;
} // namespace

const QList<RosterField> &rosterFields()
{
    static const QList<RosterField> list = [] {
        QList<RosterField> fields;
        for (const FieldWords &words : fieldWords())
            fields.append(words.field);
        return fields;
    }();
    return list;
}

QString fieldKey(RosterField field)
{
    return QString::fromLatin1(wordsOf(field).key);
}

std::optional<RosterField> fieldFromKey(const QString &key)
{
    for (const FieldWords &words : fieldWords()) {
        if (key == QLatin1String(words.key))
            return words.field;
    }
    return std::nullopt;
}

QString fieldLabel(RosterField field)
{
    return QCoreApplication::translate("RosterColumns", wordsOf(field).label);
}

std::optional<RosterField> fieldOfHeader(const QString &header)
{
    const QString text = headerWords(header);
    if (text.isEmpty())
        return std::nullopt;
    for (const FieldWords &words : fieldWords()) {
        for (const char *word : words.words + words.wholeWords) {
            if (text == QString::fromUtf8(word))
                return words.field;
        }
    }
    std::optional<RosterField> best;
    qsizetype bestLength = 0;
    for (const FieldWords &words : fieldWords()) {
        for (const char *word : words.words) {
            const QString w = QString::fromUtf8(word);
            if (w.size() > bestLength && text.contains(w)) {
                best = words.field;
                bestLength = w.size();
            }
        }
    }
    return best;
}

ColumnMapping guessColumns(const Sheet &sheet)
{
    ColumnMapping best;
    const int rows = std::min<int>(int(sheet.rows.size()), kHeaderSearchRows);
    for (int row = 0; row < rows; ++row) {
        ColumnMapping mapping;
        mapping.headerRow = row;
        const QList<Cell> &cells = sheet.rows.at(row);
        for (int column = 0; column < cells.size(); ++column) {
            const auto field = fieldOfHeader(cells.at(column).text);
            if (field && !mapping.columns.contains(*field))
                mapping.columns.insert(*field, column);
        }
        const bool named = mapping.has(RosterField::Name) || mapping.has(RosterField::HeadName);
        if (named && mapping.columns.size() >= 2 && mapping.columns.size() > best.columns.size())
            best = mapping;
    }
    // A roster of heads only (户主姓名 and no member column) lists each household's head by that name.
    if (best.has(RosterField::HeadName) && !best.has(RosterField::Name))
        best.columns.insert(RosterField::Name, best.columns.take(RosterField::HeadName));
    return best;
}

QString columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString halfWidth(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            result.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000 || c.isSpace())
            result.append(QLatin1Char(' '));
        else
            result.append(c);
    }
    return result.simplified();
}

} // namespace lianxin::import
