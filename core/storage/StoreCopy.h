#pragma once

#include "core/common/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace lianxin {

// A consistent copy of a store file while it may be in use (SQLite's online backup, on a connection of its
// own, a few hundred pages at a time so that the writer is not held up). `progress` gets (pages copied,
// pages in all); `cancel` stops between steps and leaves no target behind.
[[nodiscard]] Status copyStore(const QString &source, const QString &target,
                               const std::function<void(int done, int total)> &progress = {},
                               const std::atomic_bool *cancel = nullptr);

// SQLite's own check of a store file (PRAGMA integrity_check), opened read-only: an Error says what is wrong.
[[nodiscard]] Status checkStoreIntegrity(const QString &path);

} // namespace lianxin
