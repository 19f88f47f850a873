#pragma once

#include "core/common/Result.h"
#include "core/staff/StaffClient.h"

#include <QEventLoop>

#include <functional>
#include <optional>

namespace lianxin::staff_request {

// Sends a request of the staff screen's forms and waits for its answer in an event loop of its own, so
// that a form's save() can say at once what the server refused, under the field it names. The window
// stays responsive meanwhile; the form refuses to close until the answer is in.
template <typename T> Result<T> wait(const std::function<void(StaffClient::Done<T>)> &send)
{
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    send([&outcome, &loop](const Result<T> &result) {
        outcome.emplace(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace lianxin::staff_request
