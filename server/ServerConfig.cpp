#include "server/ServerConfig.h"

#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>

namespace lianxin::server {

namespace {

// Every key a config file or --set may hold.
const QStringList kKeys{QStringLiteral("database"),          QStringLiteral("listen"),
                        QStringLiteral("port"),              QStringLiteral("threads"),
                        QStringLiteral("tls_certificate"),   QStringLiteral("tls_key"),
                        QStringLiteral("allow_plain_http"),  QStringLiteral("access_log"),
                        QStringLiteral("max_body_bytes"),    QStringLiteral("max_inflated_bytes"),
                        QStringLiteral("trusted_proxies"),
                        QStringLiteral("token_lifetime_seconds"), QStringLiteral("slow_after_failures"),
                        QStringLiteral("lockout_failures"),  QStringLiteral("address_lockout_failures"),
                        QStringLiteral("lockout_minutes"),   QStringLiteral("idle_timeout_seconds"),
                        QStringLiteral("shutdown_grace_seconds"), QStringLiteral("unnamed_blob_quota_mb"),
                        QStringLiteral("unnamed_blob_days"), QStringLiteral("request_timeout_seconds"),
                        QStringLiteral("body_memory_mb"),    QStringLiteral("body_memory_per_address_mb")};

Result<qint64> number(const QString &key, const QString &text, qint64 minimum, qint64 maximum)
{
    bool numeric = false;
    const qint64 value = text.trimmed().toLongLong(&numeric);
    if (!numeric || value < minimum || value > maximum)
        return Error{key, QStringLiteral("%1 must be a whole number from %2 to %3, not \"%4\".").arg(key).arg(minimum).arg(maximum).arg(text)};
    return value;
}

Status apply(ServerConfig &config, const QString &key, const QString &value)
{
    const auto integer = [&](qint64 minimum, qint64 maximum, auto &&assign) -> Status {
        const auto parsed = number(key, value, minimum, maximum);
        if (!parsed)
            return parsed.error();
        assign(*parsed);
        return {};
    };
    if (key == QLatin1String("database")) {
        config.databaseText = value;
    } else if (key == QLatin1String("listen")) {
        QHostAddress address;
        if (!address.setAddress(value.trimmed()))
            return Error{key, QStringLiteral("listen must be an IP address such as 127.0.0.1 or 0.0.0.0, not \"%1\".").arg(value)};
        config.http.address = address;
    } else if (key == QLatin1String("port")) {
        return integer(0, 65535, [&](qint64 v) { config.http.port = quint16(v); });
    } else if (key == QLatin1String("threads")) {
        return integer(1, 64, [&](qint64 v) { config.http.threads = int(v); });
    } else if (key == QLatin1String("tls_certificate")) {
        config.tlsCertificate = value;
    } else if (key == QLatin1String("tls_key")) {
        config.tlsKey = value;
    } else if (key == QLatin1String("allow_plain_http")) {
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return Error{key, QStringLiteral("allow_plain_http must be true or false.")};
        config.allowPlainHttp = value == QLatin1String("true");
    } else if (key == QLatin1String("access_log")) {
        config.accessLog = value;
    } else if (key == QLatin1String("max_body_bytes")) {
        return integer(1024, qint64(1) << 32, [&](qint64 v) { config.http.limits.maxBodyBytes = v; });
    } else if (key == QLatin1String("max_inflated_bytes")) {
        return integer(1024, qint64(1) << 34, [&](qint64 v) { config.http.request.maxInflatedBytes = v; });
    } else if (key == QLatin1String("trusted_proxies")) {
        config.http.request.trustedProxies.clear();
        for (const QString &text : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QHostAddress address(text.trimmed());
            if (address.isNull())
                return Error{key, QStringLiteral("trusted_proxies must list IP addresses, not \"%1\".").arg(text.trimmed())};
            config.http.request.trustedProxies.append(address);
        }
    } else if (key == QLatin1String("token_lifetime_seconds")) {
        return integer(1, 365 * 86400, [&](qint64 v) { config.http.api.tokenLifetimeSeconds = v; });
    } else if (key == QLatin1String("slow_after_failures")) {
        return integer(1, 1000, [&](qint64 v) { config.http.api.throttle.freeFailures = int(v); });
    } else if (key == QLatin1String("lockout_failures")) {
        return integer(1, 1000, [&](qint64 v) { config.http.api.throttle.lockFailures = int(v); });
    } else if (key == QLatin1String("address_lockout_failures")) {
        return integer(1, 100000, [&](qint64 v) { config.http.api.throttle.addressLockFailures = int(v); });
    } else if (key == QLatin1String("lockout_minutes")) {
        return integer(1, 24 * 60, [&](qint64 v) { config.http.api.throttle.lockSeconds = int(v * 60); });
    } else if (key == QLatin1String("idle_timeout_seconds")) {
        return integer(1, 3600, [&](qint64 v) { config.http.limits.idleTimeoutSeconds = int(v); });
    } else if (key == QLatin1String("request_timeout_seconds")) {
        return integer(1, 3600, [&](qint64 v) { config.http.limits.requestTimeoutSeconds = int(v); });
    } else if (key == QLatin1String("body_memory_mb")) {
        return integer(1, 1024 * 1024, [&](qint64 v) { config.http.bodyBudget.serverBytes = v * 1024 * 1024; });
    } else if (key == QLatin1String("body_memory_per_address_mb")) {
        return integer(1, 1024 * 1024, [&](qint64 v) { config.http.bodyBudget.addressBytes = v * 1024 * 1024; });
    } else if (key == QLatin1String("shutdown_grace_seconds")) {
        return integer(0, 600, [&](qint64 v) { config.http.shutdownGraceSeconds = int(v); });
    } else if (key == QLatin1String("unnamed_blob_quota_mb")) {
        return integer(1, 1024 * 1024, [&](qint64 v) { config.http.api.blobs.unnamedQuotaBytes = v * 1024 * 1024; });
    } else if (key == QLatin1String("unnamed_blob_days")) {
        return integer(0, 3650, [&](qint64 v) { config.http.api.blobs.unnamedDays = int(v); });
    } else {
        return Error{key, QStringLiteral("Unknown setting \"%1\"; known: %2.").arg(key, kKeys.join(QStringLiteral(", ")))};
    }
    return {};
}

Status loadTls(ServerConfig &config)
{
    if (config.tlsCertificate.isEmpty() && config.tlsKey.isEmpty())
        return {};
    if (config.tlsCertificate.isEmpty() || config.tlsKey.isEmpty())
        return Error{QStringLiteral("tls_certificate"), QStringLiteral("TLS needs both tls_certificate and tls_key.")};
    const auto certificates = QSslCertificate::fromPath(config.tlsCertificate, QSsl::Pem);
    if (certificates.isEmpty())
        return Error{QStringLiteral("tls_certificate"), QStringLiteral("No PEM certificate in %1.").arg(config.tlsCertificate)};
    QFile keyFile(config.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("tls_key"), QStringLiteral("Cannot read %1.").arg(config.tlsKey)};
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error{QStringLiteral("tls_key"), QStringLiteral("No unencrypted PEM RSA or EC key in %1.").arg(config.tlsKey)};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(certificates);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    config.http.limits.tls = tls;
    return {};
}

// `key = value` lines; '#' and ';' start comments. Deliberately not QSettings, which reads commas as
// lists and only ';' as a comment.
Status readFile(ServerConfig &config, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QStringLiteral("config"), QStringLiteral("Cannot read the config file %1.").arg(path)};
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString where = QStringLiteral("%1 line %2: ").arg(path).arg(lineNumber);
        if (equals <= 0)
            return Error{QStringLiteral("config"), where + QStringLiteral("expected key = value.")};
        if (Status status = apply(config, line.left(equals).trimmed(), line.mid(equals + 1).trimmed()); !status)
            return Error{status.error().field, where + status.error().message};
    }
    return {};
}

} // namespace

void ServerConfig::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("config"), QStringLiteral("Read settings from this INI file (see packaging/lianxin-server.conf)."),
         QStringLiteral("file")},
        {QStringLiteral("database"),
         QStringLiteral("An SQLite file (default lianxin-server.db) or postgresql://user@host:port/database."),
         QStringLiteral("url")},
        {QStringLiteral("listen"), QStringLiteral("The address to listen on (default 127.0.0.1)."), QStringLiteral("address")},
        {QStringLiteral("port"), QStringLiteral("The port to listen on (default 8470; 0 picks a free one)."), QStringLiteral("port")},
        {QStringLiteral("set"), QStringLiteral("Any setting of the config file, as key=value (may repeat)."),
         QStringLiteral("key=value")},
    });
}

Result<ServerConfig> ServerConfig::load(const QCommandLineParser &parser)
{
    ServerConfig config;
    config.http.threads = qBound(2, QThread::idealThreadCount(), 8);
    if (parser.isSet(QStringLiteral("config"))) {
        if (Status status = readFile(config, parser.value(QStringLiteral("config"))); !status)
            return status.error();
    }
    for (const char *flag : {"database", "listen", "port"}) {
        if (parser.isSet(QLatin1String(flag))) {
            if (Status status = apply(config, QLatin1String(flag), parser.value(QLatin1String(flag))); !status)
                return status.error();
        }
    }
    for (const QString &setting : parser.values(QStringLiteral("set"))) {
        const qsizetype equals = setting.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error{QStringLiteral("set"), QStringLiteral("--set takes key=value, not \"%1\".").arg(setting)};
        if (Status status = apply(config, setting.left(equals).trimmed(), setting.mid(equals + 1).trimmed()); !status)
            return status.error();
    }
    // Otherwise the largest bodies allowed could never be received.
    if (qMin(config.http.bodyBudget.serverBytes, config.http.bodyBudget.addressBytes) < config.http.limits.maxBodyBytes)
        return Error{QStringLiteral("body_memory_per_address_mb"),
                     QStringLiteral("body_memory_mb and body_memory_per_address_mb must each hold at least one body of "
                                    "max_body_bytes (%1 bytes).")
                         .arg(config.http.limits.maxBodyBytes)};
    const auto url = DatabaseUrl::parse(config.databaseText);
    if (!url)
        return url.error();
    config.http.database = *url;
    config.http.api.backendName = url->backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    if (Status status = loadTls(config); !status)
        return status.error();
    return config;
}

} // namespace lianxin::server
