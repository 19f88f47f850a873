#pragma once

#include "server/api/ApiTypes.h"
#include "server/auth/SignInThrottle.h"
#include "server/sync/BlobService.h"

namespace lianxin::server {

class ServerDatabase;
struct Caller;

struct ApiOptions
{
    qint64 tokenLifetimeSeconds = 12 * 3600;
    ThrottlePolicy throttle;
    BlobPolicy blobs;
    QString backendName;
};

// The JSON API of docs/API.md. One object per request thread, with that thread's database connection.
// Every answer to bad input is a 4xx naming the field and the reason; a database that cannot be reached
// is a 503; nothing a client sends can make it fail otherwise.
class Api
{
public:
    Api(ServerDatabase &database, ApiOptions options);

    ApiResponse handle(const ApiRequest &request);
    // The route a path names, as a pattern ("/api/v1/blobs/{sha256}"), or "(unknown path)": what the
    // access log records, since a path is whatever a client typed.
    static QString routeOf(const QString &path);

private:
    ApiResponse health();
    ApiResponse signIn(const ApiRequest &request);
    ApiResponse signOut(const Caller &caller);
    ApiResponse pull(const ApiRequest &request, const Caller &caller);
    ApiResponse push(const ApiRequest &request, const Caller &caller);
    ApiResponse reserveCaseNumbers(const ApiRequest &request, const Caller &caller);
    ApiResponse putBlob(const ApiRequest &request, const Caller &caller);
    ApiResponse getBlob(const QString &sha256, const Caller &caller);
    ApiResponse regions(const Caller &caller);
    ApiResponse accounts(const Caller &caller);

    std::optional<ApiResponse> checkProtocol(const ApiRequest &request) const;
    // The caller of a good token; `beforePasswordChange`: the route is one a person whose password an
    // administrator set may use (choosing a new one, signing out).
    std::optional<ApiResponse> authenticate(const ApiRequest &request, Caller *caller,
                                            bool beforePasswordChange = false);
    ApiResponse unavailable(const Error &error) const;

    ServerDatabase &m_database;
    ApiOptions m_options;
};

} // namespace lianxin::server
