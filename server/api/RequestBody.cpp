#include "server/api/RequestBody.h"

#include "server/api/JsonInput.h"

#include <cstdio>

namespace lianxin::server {

ApiResponse badField(const Error &error)
{
    return ApiResponse::error(400, QStringLiteral("invalid_field"), error.message, error.field);
}

ApiResponse jsonAnswer(int status, const QJsonObject &body)
{
    return {status, body, {}, false, {}, {}};
}

ApiResponse unavailableAnswer(const Error &error)
{
    std::fprintf(stderr, "lianxin-server: %s\n", qPrintable(error.message));
    std::fflush(stderr);
    ApiResponse response =
        ApiResponse::error(503, QStringLiteral("unavailable"),
                           QStringLiteral("The county server cannot use its database just now; try again later."));
    response.addHeader("Retry-After", "10");
    return response;
}

std::optional<ApiResponse> readJsonObject(const ApiRequest &request, QJsonObject *object)
{
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    if (type != "application/json")
        return ApiResponse::error(415, QStringLiteral("unsupported_media_type"),
                                  QStringLiteral("Send the body as application/json."), QStringLiteral("Content-Type"));
    const auto parsed = JsonInput::parseObject(request.body);
    if (!parsed)
        return ApiResponse::error(400, QStringLiteral("invalid_json"), parsed.error().message, parsed.error().field);
    if (const auto nul = JsonInput::findNul(*parsed))
        return badField(*nul);
    *object = *parsed;
    return std::nullopt;
}

} // namespace lianxin::server
