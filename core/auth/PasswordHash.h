#pragma once

#include <QString>

namespace lianxin {

// argon2id password verifiers (libsodium crypto_pwhash_str, interactive limits). The string holds the
// algorithm, its parameters and the salt, so verifiers made with other limits still verify.
namespace password_hash {
// An empty string when libsodium cannot run (it failed to initialise or memory ran out).
QString make(const QString &password);
bool verify(const QString &verifier, const QString &password);
} // namespace password_hash

} // namespace lianxin
