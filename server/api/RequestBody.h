#pragma once

#include "core/common/Result.h"
#include "server/api/ApiTypes.h"

#include <optional>

namespace lianxin::server {

// The answers every route gives alike (docs/API.md, "Errors"), shared by Api and AdminApi.
ApiResponse badField(const Error &error);
ApiResponse jsonAnswer(int status, const QJsonObject &body);
// 503: the reason goes to the operator's log only; the client learns that it should try again.
ApiResponse unavailableAnswer(const Error &error);
// The request's body as one JSON object, or the answer refusing it.
std::optional<ApiResponse> readJsonObject(const ApiRequest &request, QJsonObject *object);

} // namespace lianxin::server
