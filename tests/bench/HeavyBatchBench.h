#pragma once

#include <QJsonObject>
#include <QString>

namespace lianxin::bench {

// The worst batch a township administrator's device can send — moves of `households` households to another
// grid in one push, each taking its people and their records along — sent again for its deferred rows until
// all are applied, while `writers` other clients push small batches beside it. `base` is the server's
// http://host:port/api/v1.
QJsonObject measureHeavyBatch(const QString &base, int households, int writers);

} // namespace lianxin::bench
