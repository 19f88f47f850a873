#include "core/common/NaturalSort.h"

namespace lianxin {

QString naturalSortKey(const QString &text)
{
    constexpr int kWidth = 10;
    QString key;
    key.reserve(text.size() + 16);
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isDigit() || text[i].unicode() > 0x7f) {
            key.append(text[i++]);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end].isDigit() && text[end].unicode() <= 0x7f)
            ++end;
        QStringView digits = QStringView(text).mid(i, end - i);
        while (digits.size() > 1 && digits.front() == QLatin1Char('0'))
            digits = digits.mid(1);
        if (digits.size() < kWidth)
            key.append(QString(kWidth - digits.size(), QLatin1Char('0')));
        key.append(digits);
        i = end;
    }
    return key;
}

} // namespace lianxin
