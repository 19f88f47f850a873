#pragma once

#include "core/common/Result.h"
#include "server/api/ApiTypes.h"
#include "server/auth/SignInThrottle.h"
#include "server/staff/AdminAnswer.h"

namespace lianxin::server {

class ServerDatabase;
struct Caller;

// The routes of docs/API.md, "Staff and accounts" and "Grids": the administrators' changes to the accounts,
// staff and grids of their scope, and a person's own new password. Api routes a request here once its
// method is one the route allows and its token is good; each handler refuses a role that does not
// administer (403) before it reads the body, then checks the body field by field, then asks the service.
class AdminApi
{
public:
    AdminApi(ServerDatabase &database, const ThrottlePolicy &throttle) : m_database(database), m_throttle(throttle) {}

    // The methods a route of this class allows ("PATCH", "GET, POST" …), empty for a route that is not one.
    static QByteArray methodsOf(const QString &route);
    // The route as the access log names it ("/api/v1/accounts/{id}"), empty when it is not one of these.
    static QString patternOf(const QString &route);

    ApiResponse handle(const QByteArray &method, const QString &route, const ApiRequest &request, const Caller &caller);

private:
    ApiResponse changeOwnPassword(const ApiRequest &request, const Caller &caller);
    ApiResponse accounts(const QByteArray &method, const QStringList &parts, const ApiRequest &request,
                         const Caller &caller);
    ApiResponse staff(const QByteArray &method, const QStringList &parts, const ApiRequest &request,
                      const Caller &caller);
    ApiResponse grids(const QStringList &parts, const ApiRequest &request, const Caller &caller);
    static ApiResponse answer(const Result<AdminAnswer> &result);

    ServerDatabase &m_database;
    ThrottlePolicy m_throttle;
};

} // namespace lianxin::server
