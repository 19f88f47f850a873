#pragma once

namespace lianxin::protocol {

// The version of the client–server API (docs/API.md). Every request to /api/v1 except health names the
// version its client speaks in this header; the server refuses versions it no longer serves with
// 426 and a message telling the user to update Lianxin.
inline constexpr int kVersion = 1;
inline constexpr int kOldestServed = 1;
inline constexpr char kVersionHeader[] = "X-Lianxin-Protocol";

} // namespace lianxin::protocol
