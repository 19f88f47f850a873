#pragma once

#include <QJsonObject>
#include <QString>

namespace lianxin::server {

// What a request of the administrators (staff, accounts, grids) came to: a JSON answer with its status, or
// a refusal in the API's error shape (docs/API.md). A failure of the database is the Error of the Result
// that carries this, answered 503.
struct AdminAnswer
{
    int status = 200;
    QJsonObject body;
    QString code; // a refusal's code ("forbidden", "not_found", …); empty for an answer
    QString field;
    QString message;

    bool refused() const { return !code.isEmpty(); }

    static AdminAnswer answer(int status, QJsonObject body) { return {status, std::move(body), {}, {}, {}}; }
    static AdminAnswer refusal(int status, QString code, QString message, QString field = {})
    {
        return {status, {}, std::move(code), std::move(field), std::move(message)};
    }
    static AdminAnswer invalid(QString field, QString message)
    {
        return refusal(400, QStringLiteral("invalid_field"), std::move(message), std::move(field));
    }
    // The one answer to a record that is missing and to one outside the caller's scope.
    static AdminAnswer notFound()
    {
        return refusal(404, QStringLiteral("not_found"), QStringLiteral("No such record within this account's scope."));
    }
    static AdminAnswer forbidden(QString message, QString field = {})
    {
        return refusal(403, QStringLiteral("forbidden"), std::move(message), std::move(field));
    }
};

} // namespace lianxin::server
