#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace lianxin::server {

// Reads the fields of a JSON request object, checking each. The first problem is kept with the path of
// its field ("rows[3].base_version") and a reason; later reads then return defaults, so a handler reads
// everything and checks ok() once.
class JsonInput
{
public:
    JsonInput(const QJsonObject &object, QString path = {}) : m_object(object), m_path(std::move(path)) {}

    // Parses a request body that must be one JSON object.
    [[nodiscard]] static Result<QJsonObject> parseObject(const QByteArray &body);
    // The first string (value or name) anywhere in `object` that holds the NUL character, with its path.
    // PostgreSQL text cannot hold NUL, so it is refused on every backend before any statement runs.
    [[nodiscard]] static std::optional<Error> findNul(const QJsonObject &object);
    static const QString kNulMessage;

    QString string(const QString &key, int maxLength, bool required = true);
    std::optional<qint64> integer(const QString &key, qint64 minimum, qint64 maximum, bool required = true);
    QJsonArray array(const QString &key, int minSize, int maxSize);
    QJsonObject object(const QString &key, bool required = true);
    // A string that must be one of `choices`.
    QString choice(const QString &key, const QStringList &choices);
    // Fields a change names or leaves out (PATCH): nothing when absent; an empty string for null.
    std::optional<QString> optionalString(const QString &key, int maxLength);
    std::optional<bool> optionalBoolean(const QString &key);
    // An array of non-empty strings of at most `maxLength` characters; nothing when absent and not required.
    std::optional<QStringList> strings(const QString &key, int minSize, int maxSize, int maxLength,
                                       bool required = true);
    // Fails for any field not read so far: a misspelt field is an error, not silently ignored.
    void noOtherFields();

    void fail(const QString &key, const QString &message);
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    // Carries a nested reader's error into this one.
    void adopt(const JsonInput &nested);
    QString pathOf(const QString &key) const;

private:
    QJsonValue take(const QString &key, bool required);

    QJsonObject m_object;
    QString m_path;
    QStringList m_read;
    std::optional<Error> m_error;
};

} // namespace lianxin::server
