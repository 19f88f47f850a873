#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};
} // namespace

Status checkRequiredText(const QString &field, const QString &label, const QString &value, int maxLength)
{
    if (value.trimmed().isEmpty())
        return Error{field, Tr::tr("%1 is required.").arg(label)};
    return checkTextLength(field, label, value, maxLength);
}

Status checkTextLength(const QString &field, const QString &label, const QString &value, int maxLength)
{
    if (value.trimmed().size() > maxLength)
        return Error{field, Tr::tr("%1 is too long: at most %n characters.", nullptr, maxLength).arg(label)};
    return {};
}

bool isMobileNumber(const QString &number)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    return mobile.match(number).hasMatch();
}

Result<QString> normalizePhone(const QString &field, const QString &input)
{
    QString compact = input;
    compact.remove(QLatin1Char(' '));
    if (compact.isEmpty())
        return QString();
    if (compact.startsWith(QLatin1String("+86")))
        compact = compact.mid(3);
    const QString digits = QString(compact).remove(QLatin1Char('-'));
    if (isMobileNumber(digits))
        return digits;
    static const QRegularExpression landline(QStringLiteral("^(0\\d{2,3})-?(\\d{7,8})$"));
    if (const auto match = landline.match(compact); match.hasMatch())
        return match.captured(1) + QLatin1Char('-') + match.captured(2);
    if (digits.startsWith(QLatin1Char('1')) && digits.size() != 11)
        return Error{field, Tr::tr("A mobile number has 11 digits; this one has %n.", nullptr, int(digits.size()))};
    return Error{field, Tr::tr("The phone number is not valid: enter an 11-digit mobile number such as 13912345678 "
                               "or a landline with its area code such as 0556-1234567.")};
}

} // namespace lianxin
