#include "core/validation/IdNumber.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)
};

const QString kField = QStringLiteral("id_number");

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Province-level codes in use since 1999 (GB/T 2260); the county part is not checked because county
// codes change and an old card stays valid.
bool knownProvince(int code)
{
    static constexpr std::array codes{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                      43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}
} // namespace

QChar idNumberCheckChar(QStringView first17)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char map[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * weights[size_t(i)];
    return QLatin1Char(map[sum % 11]);
}

QString upgradeLegacyIdNumber(const QString &legacy15)
{
    const QString first17 = legacy15.left(6) + QLatin1String("19") + legacy15.mid(6);
    return first17 + idNumberCheckChar(first17);
}

Result<IdNumber> parseIdNumber(const QString &input, const QDate &today)
{
    QString number = input.trimmed();
    if (number.isEmpty())
        return Error{kField, Tr::tr("The ID number is empty.")};
    if (number.size() == 18 && number.endsWith(QLatin1Char('x')))
        number[17] = QLatin1Char('X');
    if (number.size() == 15) {
        if (!allDigits(number))
            return Error{kField, Tr::tr("A 15-digit ID number may contain digits only.")};
        number = upgradeLegacyIdNumber(number);
    }
    if (number.size() != 18)
        return Error{kField, Tr::tr("An ID number has 18 characters (or 15 for an old card); this one has %n.",
                                    nullptr, int(number.size()))};
    const QStringView body = QStringView(number).left(17);
    const QChar check = number.at(17);
    if (!allDigits(body) || !(check.isDigit() || check == QLatin1Char('X')))
        return Error{kField, Tr::tr("An ID number is 17 digits followed by a digit or X.")};
    if (!knownProvince(number.left(2).toInt()))
        return Error{kField, Tr::tr("The ID number starts with %1, which is not a province code.").arg(number.left(2))};

    const QDate birth = QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid())
        return Error{kField, Tr::tr("The birth date in the ID number (%1) is not a real date.").arg(number.mid(6, 8))};
    if (birth > today)
        return Error{kField, Tr::tr("The birth date in the ID number (%1) is in the future.")
                                 .arg(birth.toString(Qt::ISODate))};
    if (birth.year() < 1900)
        return Error{kField, Tr::tr("The birth date in the ID number (%1) is before 1900.")
                                 .arg(birth.toString(Qt::ISODate))};
    const QChar expected = idNumberCheckChar(body);
    if (check != expected)
        return Error{kField, Tr::tr("The check character of the ID number is wrong: the last character should be "
                                    "%1. Check the digits against the card.")
                                 .arg(expected)};

    const int sequence = number.mid(14, 3).toInt();
    return IdNumber{number, number.left(6), birth, sequence % 2 == 1 ? Sex::Male : Sex::Female};
}

} // namespace lianxin
