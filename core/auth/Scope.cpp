#include "core/auth/Scope.h"

#include "core/storage/RecordWriter.h"

namespace lianxin {

QVariant scopeValue(const Scope &scope)
{
    if (!scope)
        return QVariant(QMetaType::fromType<QString>());
    // An empty list must stay an (empty) array, not turn into NULL and lift the restriction.
    return RecordWriter::storedValue(*scope);
}

} // namespace lianxin
