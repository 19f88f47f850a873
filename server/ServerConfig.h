#pragma once

#include "core/common/Result.h"
#include "server/http/HttpService.h"

#include <QCommandLineParser>

namespace lianxin::server {

// The server's settings: defaults, overridden by the config file (--config, INI keys as in
// packaging/lianxin-server.conf), overridden by flags. Every value is checked; a bad one names its key.
struct ServerConfig
{
    HttpServiceOptions http;
    QString databaseText = QStringLiteral("lianxin-server.db");
    QString tlsCertificate;
    QString tlsKey;
    bool allowPlainHttp = false;
    QString accessLog;

    // Adds the options shared by `serve` and `admin` to a parser.
    static void addOptions(QCommandLineParser &parser);
    // Reads the file and the flags of a parsed command line.
    [[nodiscard]] static Result<ServerConfig> load(const QCommandLineParser &parser);
};

} // namespace lianxin::server
