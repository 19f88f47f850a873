#include "core/import/RosterPlan.h"

#include "core/register/RegisterRules.h"
#include "core/register/Vocabulary.h"
#include "core/validation/IdNumber.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace lianxin::import {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RosterPlan)
};

using Severity = RosterProblem::Severity;
const QString kHead = QStringLiteral("head");

// How rosters write the relation to the head (the register's codes are in core/register/Vocabulary).
using WordTable = QList<std::pair<const char *, QList<const char *>>>;

// Words to codes: each code stands for itself too.
QHash<QString, QString> wordsToCodes(const WordTable &table)
{
    QHash<QString, QString> map;
    for (const auto &[code, list] : table) {
        map.insert(QString::fromLatin1(code), QString::fromLatin1(code));
        for (const char *word : list)
            map.insert(QString::fromUtf8(word), QString::fromLatin1(code));
    }
    return map;
}

const QHash<QString, QString> &relationWords()
{
    static const QHash<QString, QString> words = wordsToCodes({
        {"head", {"户主", "本人", "户主本人"}},
        {"spouse", {"配偶", "妻", "妻子", "夫", "丈夫", "之妻", "之夫"}},
        {"son", {"子", "儿子", "长子", "次子", "三子", "四子", "五子", "独子", "养子", "继子", "之子"}},
        {"daughter", {"女", "女儿", "长女", "次女", "三女", "四女", "五女", "独女", "养女", "继女", "之女"}},
        {"father", {"父", "父亲"}},
        {"mother", {"母", "母亲"}},
        {"son_in_law", {"女婿", "婿"}},
        {"daughter_in_law", {"儿媳", "媳", "儿媳妇", "媳妇", "长媳", "次媳"}},
        {"grandson", {"孙", "孙子", "外孙", "外孙子", "长孙", "次孙"}},
        {"granddaughter", {"孙女", "外孙女", "长孙女", "次孙女"}},
        {"grandparent", {"祖父", "祖母", "外祖父", "外祖母", "爷爷", "奶奶", "外公", "外婆"}},
        {"sibling", {"兄", "弟", "姐", "妹", "兄弟", "姐妹", "哥哥", "弟弟", "姐姐", "妹妹", "兄弟姐妹"}},
        {"other", {"其他", "其它", "其他亲属", "其他关系"}},
    });
    return words;
}

const QHash<QString, QString> &residenceWords()
{
    static const QHash<QString, QString> words = wordsToCodes({
        {"registered", {"户籍", "户籍人口", "常住", "常住人口", "本地", "在家", "在籍"}},
        {"migrant", {"流动", "流动人口", "流入", "流入人口", "外来", "外来人口", "暂住", "寄住"}},
        {"away", {"外出", "外出务工", "流出", "流出人口", "外出人口", "在外"}},
    });
    return words;
}

bool isTotalsText(const QString &text)
{
    static const QStringList words{QStringLiteral("合计"), QStringLiteral("总计"), QStringLiteral("小计"),
                                   QStringLiteral("共计"), QStringLiteral("总数"), QStringLiteral("累计")};
    return std::any_of(words.cbegin(), words.cend(), [&text](const QString &word) { return text.startsWith(word); });
}

// A date as rosters type it: 1990-03-07, 1990/3/7, 1990.3.7, 19900307, 1990年3月7日.
QDate dateFromText(const QString &text)
{
    static const QRegularExpression parts(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    if (const auto match = parts.match(text); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto match = compact.match(text); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    return {};
}

// Which roster field a register rule's error concerns.
std::optional<RosterField> fieldOfError(const QString &field)
{
    static const QHash<QString, RosterField> fields{
        {QStringLiteral("name"), RosterField::Name},
        {QStringLiteral("id_number"), RosterField::IdNumber},
        {QStringLiteral("sex"), RosterField::Sex},
        {QStringLiteral("birth_date"), RosterField::BirthDate},
        {QStringLiteral("ethnicity"), RosterField::Ethnicity},
        {QStringLiteral("phone"), RosterField::Phone},
        {QStringLiteral("relation"), RosterField::Relation},
        {QStringLiteral("residence_status"), RosterField::ResidenceStatus},
        {QStringLiteral("occupation"), RosterField::Occupation},
        {QStringLiteral("notes"), RosterField::Notes},
        {QStringLiteral("address"), RosterField::Address},
        {QStringLiteral("house_number"), RosterField::HouseNumber},
    };
    const auto found = fields.constFind(field);
    return found == fields.cend() ? std::nullopt : std::optional(*found);
}

class Planner
{
public:
    Planner(const Sheet &sheet, const ColumnMapping &mapping, const QDate &today)
        : m_sheet(sheet), m_mapping(mapping), m_today(today)
    {
    }

    RosterPlan run()
    {
        if (m_mapping.headerRow < 0 || !m_mapping.has(RosterField::Name)) {
            m_plan.problems.append({m_mapping.headerRow + 1, -1, Severity::Error,
                                    Tr::tr("No header row names a 姓名 (name) column: choose the columns by hand.")});
            return m_plan;
        }
        int lastData = m_mapping.headerRow;
        for (int row = m_mapping.headerRow + 1; row < m_sheet.rows.size(); ++row) {
            if (!isBlank(row))
                lastData = row;
        }
        for (int row = m_mapping.headerRow + 1; row <= lastData; ++row)
            readRow(row);
        finish();
        return std::move(m_plan);
    }

private:
    const Cell &cell(int row, RosterField field) const
    {
        static const Cell empty;
        const int column = m_mapping.column(field);
        const QList<Cell> &cells = m_sheet.rows.at(row);
        return column >= 0 && column < cells.size() ? cells.at(column) : empty;
    }
    QString text(int row, RosterField field) const { return halfWidth(cell(row, field).text); }

    void problem(int row, RosterField field, Severity severity, const QString &reason)
    {
        m_plan.problems.append({row + 1, m_mapping.column(field), severity, reason});
        if (severity == Severity::Error)
            m_errorRows.insert(row + 1);
    }
    void rowProblem(int row, Severity severity, const QString &reason)
    {
        m_plan.problems.append({row + 1, -1, severity, reason});
        if (severity == Severity::Error)
            m_errorRows.insert(row + 1);
    }

    bool isBlank(int row) const
    {
        const QList<Cell> &cells = m_sheet.rows.at(row);
        return std::all_of(cells.cbegin(), cells.cend(), [](const Cell &c) {
            return c.kind == Cell::Kind::Empty || std::all_of(c.text.cbegin(), c.text.cend(), [](QChar ch) {
                       return ch.isSpace() || ch.unicode() == 0x3000;
                   });
        });
    }

    bool isRepeatedHeader(int row) const
    {
        // Cheap first: a repeated header's name cell reads as the header's does (or at least names 姓名).
        const QString &name = cell(row, RosterField::Name).text;
        if (name != cell(m_mapping.headerRow, RosterField::Name).text && !name.contains(QStringLiteral("姓名")))
            return false;
        int same = 0;
        for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it) {
            if (fieldOfHeader(cell(row, it.key()).text) == it.key())
                ++same;
        }
        return same >= 2;
    }

    bool isTotals(int row) const
    {
        const QList<Cell> &cells = m_sheet.rows.at(row);
        return std::any_of(cells.cbegin(), cells.cend(),
                           [](const Cell &c) { return c.kind == Cell::Kind::Text && isTotalsText(c.text.trimmed()); });
    }

    void readRow(int row)
    {
        if (isBlank(row))
            return rowProblem(row, Severity::Note, Tr::tr("Blank row: skipped."));
        if (isRepeatedHeader(row))
            return rowProblem(row, Severity::Note, Tr::tr("The header repeated: skipped."));
        if (isTotals(row))
            return rowProblem(row, Severity::Note, Tr::tr("A totals row: skipped."));

        RosterMember member = memberFrom(row);
        const int household = householdOf(row, member);
        if (household < 0)
            return;
        RosterHousehold &target = m_plan.households[household];
        target.rows.append(row + 1);
        if (target.household.address.isEmpty())
            target.household.address = text(row, RosterField::Address);
        if (target.household.houseNumber.isEmpty())
            target.household.houseNumber = text(row, RosterField::HouseNumber);
        if (member.person.relation == kHead) {
            const auto head = std::find_if(target.members.cbegin(), target.members.cend(),
                                           [](const RosterMember &m) { return m.person.relation == kHead; });
            if (head != target.members.cend())
                problem(row, RosterField::Relation, Severity::Error,
                        Tr::tr("A second head of the household: row %1 is its head already.").arg(head->row));
        }
        target.members.append(std::move(member));
    }

    // The household the row belongs to (an index into the plan), starting one when the row does; -1 with
    // an error when the row belongs to none.
    int householdOf(int row, RosterMember &member)
    {
        const bool byKey = m_mapping.has(RosterField::HouseholdKey);
        const bool byHeadName = m_mapping.has(RosterField::HeadName);
        const bool byRelation = m_mapping.has(RosterField::Relation);
        if (byKey) {
            QString key = text(row, RosterField::HouseholdKey);
            if (key.isEmpty())
                key = m_lastKey;
            if (key.isEmpty()) {
                problem(row, RosterField::HouseholdKey, Severity::Error,
                        Tr::tr("No household number, and no row above gives one."));
                return -1;
            }
            m_lastKey = key;
            if (const auto found = m_byKey.constFind(key); found != m_byKey.cend())
                return *found;
            return startHousehold(key);
        }
        const QString headName = text(row, RosterField::HeadName);
        bool starts = !byRelation && !byHeadName; // a list of heads: each row a household
        if (byHeadName && !headName.isEmpty() && headName != m_lastHeadName) {
            starts = true;
            m_lastHeadName = headName;
        }
        if (!byRelation && byHeadName && member.person.name == m_lastHeadName) {
            member.person.relation = kHead;
            member.give(QStringLiteral("relation"));
        }
        if (!byRelation && !byHeadName) {
            member.person.relation = kHead;
            member.give(QStringLiteral("relation"));
        }
        if (member.person.relation == kHead && (m_current < 0 || hasHead(m_current)))
            starts = true;
        if (starts)
            m_current = startHousehold({});
        if (m_current < 0) {
            rowProblem(row, Severity::Error,
                       Tr::tr("This row comes before any head of household, and the roster has no household "
                              "number column: add the head's row above it."));
        }
        return m_current;
    }

    bool hasHead(int household) const
    {
        const auto &members = m_plan.households.at(household).members;
        return std::any_of(members.cbegin(), members.cend(),
                           [](const RosterMember &m) { return m.person.relation == kHead; });
    }

    int startHousehold(const QString &key)
    {
        RosterHousehold household;
        household.key = key;
        m_plan.households.append(household);
        const int index = int(m_plan.households.size()) - 1;
        if (!key.isEmpty())
            m_byKey.insert(key, index);
        m_current = index;
        return index;
    }

    RosterMember memberFrom(int row)
    {
        RosterMember member;
        member.row = row + 1;
        Person &person = member.person;
        person.name = text(row, RosterField::Name);
        // Names are spaced out to line up in the table (张  三): the spaces are not part of a Chinese name.
        if (person.name.contains(QLatin1Char(' ')) &&
            std::none_of(person.name.cbegin(), person.name.cend(),
                         [](QChar c) { return c.isLetter() && c.unicode() < 0x80; }))
            person.name.remove(QLatin1Char(' '));
        member.give(QStringLiteral("name"));

        const std::optional<IdNumber> id = idNumberOf(row);
        if (id) {
            person.idNumber = id->number;
            person.sex = id->sex;
            person.birthDate = id->birthDate;
            member.give(QStringLiteral("id_number"));
            member.give(QStringLiteral("sex"));
            member.give(QStringLiteral("birth_date"));
        }
        readSex(row, member, id);
        readBirthDate(row, member, id);
        readEthnicity(row, member);
        readRelation(row, member);
        readPhone(row, member);
        readResidence(row, member);
        if (const QString occupation = text(row, RosterField::Occupation); !occupation.isEmpty()) {
            person.occupation = occupation;
            member.give(QStringLiteral("occupation"));
        }
        if (const QString notes = text(row, RosterField::Notes); !notes.isEmpty()) {
            person.notes = person.notes.isEmpty() ? notes : notes + QLatin1Char('\n') + person.notes;
            member.give(QStringLiteral("notes"));
        }
        for (const Error &error : register_rules::person(personFields(person), m_today)) {
            const auto field = fieldOfError(error.field);
            if (field && m_mapping.has(*field))
                problem(row, *field, Severity::Error, error.message);
            else
                rowProblem(row, Severity::Error, error.message);
        }
        return member;
    }

    std::optional<IdNumber> idNumberOf(int row)
    {
        const Cell &stored = cell(row, RosterField::IdNumber);
        const QString typed = stored.text.trimmed();
        if (typed.isEmpty())
            return std::nullopt;
        const bool lostDigits = (stored.kind == Cell::Kind::Number && std::abs(stored.number) >= 1e15) ||
                                typed.contains(QLatin1String("E+"), Qt::CaseInsensitive);
        if (lostDigits) {
            problem(row, RosterField::IdNumber, Severity::Error,
                    Tr::tr("The ID number was stored as a number, and Excel keeps only 15 digits: its last digits "
                           "are lost. Format the column as text, type the numbers again and import again."));
            return std::nullopt;
        }
        QString number = halfWidth(typed);
        number.remove(QLatin1Char(' '));
        number.replace(QLatin1Char('x'), QLatin1Char('X'));
        if (number != typed)
            problem(row, RosterField::IdNumber, Severity::Warning,
                    Tr::tr("Corrected as typed: full-width digits, spaces or a lower-case x."));
        const auto id = parseIdNumber(number, m_today);
        if (!id) {
            problem(row, RosterField::IdNumber, Severity::Error, id.error().message);
            return std::nullopt;
        }
        if (number.size() == 15)
            problem(row, RosterField::IdNumber, Severity::Warning,
                    Tr::tr("An old 15-digit number: recorded in its 18-digit form."));
        if (const auto earlier = m_idRows.constFind(id->number); earlier != m_idRows.cend()) {
            problem(row, RosterField::IdNumber, Severity::Error,
                    Tr::tr("The same ID number is on row %1 already.").arg(*earlier));
            return std::nullopt;
        }
        m_idRows.insert(id->number, row + 1);
        return *id;
    }

    void readSex(int row, RosterMember &member, const std::optional<IdNumber> &id)
    {
        const QString typed = text(row, RosterField::Sex);
        if (typed.isEmpty())
            return;
        Sex sex = Sex::Unknown;
        if (typed == QStringLiteral("男") || typed == QStringLiteral("男性") || typed.compare(QLatin1String("M"), Qt::CaseInsensitive) == 0)
            sex = Sex::Male;
        else if (typed == QStringLiteral("女") || typed == QStringLiteral("女性") || typed.compare(QLatin1String("F"), Qt::CaseInsensitive) == 0)
            sex = Sex::Female;
        if (sex == Sex::Unknown)
            return problem(row, RosterField::Sex, Severity::Warning,
                           Tr::tr("\"%1\" is not a sex (男 or 女): left out.").arg(typed));
        if (id && id->sex != Sex::Unknown && id->sex != sex)
            return problem(row, RosterField::Sex, Severity::Warning,
                           Tr::tr("The sex given (%1) contradicts the ID number, which is a %2's: the ID number's "
                                  "is recorded.")
                               .arg(typed, id->sex == Sex::Male ? Tr::tr("man") : Tr::tr("woman")));
        member.person.sex = sex;
        member.give(QStringLiteral("sex"));
    }

    void readBirthDate(int row, RosterMember &member, const std::optional<IdNumber> &id)
    {
        const Cell &stored = cell(row, RosterField::BirthDate);
        const QString typed = halfWidth(stored.text);
        if (typed.isEmpty())
            return;
        const QDate date = stored.kind == Cell::Kind::Date ? stored.date : dateFromText(typed);
        if (!date.isValid()) {
            if (!id)
                problem(row, RosterField::BirthDate, Severity::Warning,
                        Tr::tr("\"%1\" is not a date (1990-03-07): left out.").arg(typed));
            return;
        }
        if (id && id->birthDate != date)
            return problem(row, RosterField::BirthDate, Severity::Warning,
                           Tr::tr("The birth date given contradicts the ID number: the ID number's is recorded."));
        member.person.birthDate = date;
        member.give(QStringLiteral("birth_date"));
    }

    void readEthnicity(int row, RosterMember &member)
    {
        QString typed = text(row, RosterField::Ethnicity);
        if (typed.isEmpty())
            return;
        if (!typed.endsWith(QStringLiteral("族")) && vocabulary::contains(vocabulary::ethnicities(), typed + QStringLiteral("族")))
            typed += QStringLiteral("族");
        if (!vocabulary::contains(vocabulary::ethnicities(), typed))
            return problem(row, RosterField::Ethnicity, Severity::Warning,
                           Tr::tr("\"%1\" is not one of the 56 ethnicities: left out.").arg(typed));
        member.person.ethnicity = typed;
        member.give(QStringLiteral("ethnicity"));
    }

    void readRelation(int row, RosterMember &member)
    {
        if (!m_mapping.has(RosterField::Relation))
            return;
        const QString typed = text(row, RosterField::Relation);
        const QString code = relationWords().value(typed);
        member.give(QStringLiteral("relation"));
        if (!code.isEmpty()) {
            member.person.relation = code;
            return;
        }
        member.person.relation = QStringLiteral("other");
        problem(row, RosterField::Relation, Severity::Warning,
                typed.isEmpty() ? Tr::tr("No relation to the head: recorded as other.")
                                : Tr::tr("\"%1\" is not a relation the register knows: recorded as other.").arg(typed));
    }

    void readPhone(int row, RosterMember &member)
    {
        const QString typed = text(row, RosterField::Phone);
        if (typed.isEmpty())
            return;
        static const QRegularExpression separators(QStringLiteral("[/、,，;；]+|\\s{2,}"));
        QStringList numbers = typed.split(separators, Qt::SkipEmptyParts);
        for (QString &number : numbers)
            number = number.trimmed();
        const auto phone = normalizePhone(QStringLiteral("phone"), numbers.value(0));
        if (!phone)
            return problem(row, RosterField::Phone, Severity::Error, phone.error().message);
        member.person.phone = *phone;
        member.give(QStringLiteral("phone"));
        if (numbers.size() > 1) {
            const QString others = numbers.mid(1).join(QStringLiteral("、"));
            member.person.notes = Tr::tr("Other phone numbers: %1").arg(others);
            member.give(QStringLiteral("notes"));
            problem(row, RosterField::Phone, Severity::Warning,
                    Tr::tr("More than one number: the first is the phone, the others are kept in the notes."));
        }
    }

    void readResidence(int row, RosterMember &member)
    {
        const QString typed = text(row, RosterField::ResidenceStatus);
        if (typed.isEmpty())
            return;
        const QString code = residenceWords().value(typed);
        if (code.isEmpty())
            return problem(row, RosterField::ResidenceStatus, Severity::Warning,
                           Tr::tr("\"%1\" is not a residence status (户籍, 流动 or 外出): left out.").arg(typed));
        member.person.residenceStatus = code;
        member.give(QStringLiteral("residence_status"));
    }

    // Per household: its address, its key, and whether one of its rows has an error.
    void finish()
    {
        for (RosterHousehold &household : m_plan.households) {
            const int first = household.rows.value(0) - 1;
            const auto head = std::find_if(household.members.cbegin(), household.members.cend(),
                                           [](const RosterMember &m) { return m.person.relation == kHead; });
            if (head == household.members.cend())
                rowProblem(first, Severity::Warning, Tr::tr("The household has no head of household."));
            if (household.key.isEmpty() && head != household.members.cend())
                household.key = head->person.idNumber;
            QVariantMap fields{{QStringLiteral("address"), household.household.address},
                               {QStringLiteral("house_number"), household.household.houseNumber}};
            for (const Error &error : register_rules::household(fields)) {
                const auto field = fieldOfError(error.field);
                const QString reason = error.field == QLatin1String("address") && household.household.address.isEmpty()
                                           ? Tr::tr("The household has no address: fill in the address column on "
                                                    "one of its rows.")
                                           : error.message;
                if (field && m_mapping.has(*field))
                    problem(first, *field, Severity::Error, reason);
                else
                    rowProblem(first, Severity::Error, reason);
            }
            household.refused = std::any_of(household.rows.cbegin(), household.rows.cend(),
                                            [this](int row) { return m_errorRows.contains(row); });
        }
        m_plan.sortProblems();
        m_plan.errorRows = m_errorRows;
    }

    const Sheet &m_sheet;
    const ColumnMapping &m_mapping;
    const QDate m_today;
    RosterPlan m_plan;
    QHash<QString, int> m_byKey;
    QHash<QString, int> m_idRows; // ID number → 1-based row
    QSet<int> m_errorRows;
    QString m_lastKey;
    QString m_lastHeadName;
    int m_current = -1;
};
} // namespace

QString severityKey(RosterProblem::Severity severity)
{
    switch (severity) {
    case Severity::Note:
        return QStringLiteral("note");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

QList<int> RosterPlan::refusedRows() const
{
    QSet<int> rows = errorRows;
    for (const RosterHousehold &household : households) {
        if (household.refused)
            rows.unite(QSet<int>(household.rows.cbegin(), household.rows.cend()));
    }
    QList<int> sorted(rows.cbegin(), rows.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

int RosterPlan::personCount() const
{
    int count = 0;
    for (const RosterHousehold &household : households)
        count += int(household.members.size());
    return count;
}

void RosterPlan::sortProblems()
{
    std::stable_sort(problems.begin(), problems.end(), [](const RosterProblem &a, const RosterProblem &b) {
        return std::pair(a.row, a.column) < std::pair(b.row, b.column);
    });
}

int RosterPlan::errorCount() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [](const RosterProblem &p) { return p.severity == Severity::Error; }));
}

RosterPlan planRoster(const Sheet &sheet, const ColumnMapping &mapping, const QDate &today)
{
    return Planner(sheet, mapping, today).run();
}

} // namespace lianxin::import
