#include "server/api/JsonInput.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace lianxin::server {

Result<QJsonObject> JsonInput::parseObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{QStringLiteral("body"),
                     QStringLiteral("The body is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset)};
    if (!document.isObject())
        return Error{QStringLiteral("body"), QStringLiteral("The body must be a JSON object.")};
    return document.object();
}

const QString JsonInput::kNulMessage = QStringLiteral("Must not contain the NUL character (\\u0000).");

namespace {
bool hasNul(const QString &text)
{
    return text.contains(QChar(0));
}

std::optional<QString> nulPath(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return hasNul(value.toString()) ? std::optional(path) : std::nullopt;
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (auto found = nulPath(items.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)))
                return found;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            // A name with NUL is named as written in JSON, so the path itself holds none.
            const QString key = QString(it.key()).replace(QChar(0), QStringLiteral("\\u0000"));
            const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (hasNul(it.key()))
                return child;
            if (auto found = nulPath(it.value(), child))
                return found;
        }
    }
    return std::nullopt;
}
} // namespace

std::optional<Error> JsonInput::findNul(const QJsonObject &object)
{
    if (const auto path = nulPath(object, {}))
        return Error{*path, kNulMessage};
    return std::nullopt;
}

QString JsonInput::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonInput::fail(const QString &key, const QString &message)
{
    if (!m_error)
        m_error = Error{pathOf(key), message};
}

void JsonInput::adopt(const JsonInput &nested)
{
    if (!m_error && nested.m_error)
        m_error = nested.m_error;
}

QJsonValue JsonInput::take(const QString &key, bool required)
{
    m_read.append(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && required)
        fail(key, QStringLiteral("Required."));
    return value;
}

QString JsonInput::string(const QString &key, int maxLength, bool required)
{
    const QJsonValue value = take(key, required);
    if (value.isUndefined() || (value.isNull() && !required))
        return {};
    if (!value.isString()) {
        fail(key, QStringLiteral("Must be a string."));
        return {};
    }
    const QString text = value.toString();
    if (required && text.isEmpty())
        fail(key, QStringLiteral("Must not be empty."));
    else if (text.size() > maxLength)
        fail(key, QStringLiteral("Longer than %1 characters.").arg(maxLength));
    return text;
}

std::optional<qint64> JsonInput::integer(const QString &key, qint64 minimum, qint64 maximum, bool required)
{
    const QJsonValue value = take(key, required);
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number) {
        fail(key, QStringLiteral("Must be a whole number."));
        return std::nullopt;
    }
    if (number < double(minimum) || number > double(maximum)) {
        fail(key, QStringLiteral("Must be between %1 and %2.").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return qint64(number);
}

QJsonArray JsonInput::array(const QString &key, int minSize, int maxSize)
{
    const QJsonValue value = take(key, true);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("Must be an array."));
        return {};
    }
    const QJsonArray items = value.toArray();
    if (items.size() < minSize || items.size() > maxSize) {
        fail(key, QStringLiteral("Must hold %1 to %2 items.").arg(minSize).arg(maxSize));
        return {};
    }
    return items;
}

QJsonObject JsonInput::object(const QString &key, bool required)
{
    const QJsonValue value = take(key, required);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        fail(key, QStringLiteral("Must be an object."));
        return {};
    }
    return value.toObject();
}

QString JsonInput::choice(const QString &key, const QStringList &choices)
{
    const QString value = string(key, 64);
    if (ok() && !choices.contains(value))
        fail(key, QStringLiteral("Must be one of %1.").arg(choices.join(QStringLiteral(", "))));
    return value;
}

std::optional<QString> JsonInput::optionalString(const QString &key, int maxLength)
{
    if (!m_object.contains(key)) {
        m_read.append(key);
        return std::nullopt;
    }
    return string(key, maxLength, false);
}

std::optional<bool> JsonInput::optionalBoolean(const QString &key)
{
    const QJsonValue value = take(key, false);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool()) {
        fail(key, QStringLiteral("Must be true or false."));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QStringList> JsonInput::strings(const QString &key, int minSize, int maxSize, int maxLength,
                                              bool required)
{
    if (!required && !m_object.contains(key)) {
        m_read.append(key);
        return std::nullopt;
    }
    const QJsonArray items = array(key, minSize, maxSize);
    if (!ok())
        return std::nullopt;
    QStringList list;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i).toString();
        if (!items.at(i).isString() || item.isEmpty() || item.size() > maxLength) {
            fail(QStringLiteral("%1[%2]").arg(key).arg(i),
                 QStringLiteral("Must be a non-empty string of at most %1 characters.").arg(maxLength));
            return std::nullopt;
        }
        list.append(item);
    }
    return list;
}

void JsonInput::noOtherFields()
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_read.contains(it.key())) {
            fail(it.key(), QStringLiteral("Unknown field."));
            return;
        }
    }
}

} // namespace lianxin::server
