#include "core/auth/PasswordHash.h"

#include <sodium.h>

namespace lianxin::password_hash {

namespace {
bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}
} // namespace

QString make(const QString &password)
{
    if (!ready())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &verifier, const QString &password)
{
    if (!ready() || verifier.isEmpty())
        return false;
    const QByteArray stored = verifier.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace lianxin::password_hash
