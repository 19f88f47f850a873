#include "server/ServerConfig.h"
#include "server/admin/AdminCommands.h"
#include "server/admin/Maintenance.h"
#include "server/http/AccessLog.h"
#include "server/storage/ServerDatabase.h"
#include "server/storage/ServerSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace lianxin::server;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

int fail(const lianxin::Error &error)
{
    std::fprintf(stderr, "lianxin-server: %s\n", qPrintable(error.message));
    return 1;
}

bool isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lianxin-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIANXIN_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("admin")) {
        arguments.removeAt(1);
        return runAdmin(arguments);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The Lianxin county server: devices sync with it over HTTP.\n"
        "Run `lianxin-server admin --help` for setting up the database and accounts."));
    parser.addHelpOption();
    parser.addVersionOption();
    ServerConfig::addOptions(parser);
    parser.process(app);

    auto config = ServerConfig::load(parser);
    if (!config)
        return fail(config.error());
    if (!config->http.limits.tls && !isLoopback(config->http.address) && !config->allowPlainHttp)
        return fail({QStringLiteral("listen"),
                     QStringLiteral("Refusing plain HTTP on %1: configure tls_certificate and tls_key, or set "
                                    "allow_plain_http = true when a TLS proxy stands in front.")
                         .arg(config->http.address.toString())});
    // Brings the schema up to date once, before any request thread opens its connection; the connection
    // then stays for the hourly clean-up of expired tokens, old batch answers and unnamed contents.
    auto maintenanceDatabase = ServerDatabase::open(config->http.database);
    if (!maintenanceDatabase)
        return fail(maintenanceDatabase.error());
    if (lianxin::Status status = schema::migrate(**maintenanceDatabase); !status)
        return fail(status.error());
    const auto prune = [database = maintenanceDatabase->get(), days = config->http.api.blobs.unnamedDays] {
        if (const auto pruned = pruneExpired(*database, days); !pruned)
            std::fprintf(stderr, "lianxin-server: clean-up failed: %s\n", qPrintable(pruned.error().message));
    };
    prune();
    QTimer maintenance;
    QObject::connect(&maintenance, &QTimer::timeout, &app, prune);
    maintenance.start(3600 * 1000);

    AccessLog accessLog(config->accessLog);
    HttpService service(config->http, accessLog);
    if (lianxin::Status status = service.start(); !status)
        return fail(status.error());

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail({QString(), QStringLiteral("Cannot set up signal handling.")});
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
        // Said once no new request is taken, so that whoever reads it knows that from here on none is.
        const int inFlight = service.stopTakingRequests();
        std::fprintf(stderr, "lianxin-server: stopping; finishing %d requests in flight\n", inFlight);
        std::fflush(stderr);
        service.stop();
        QCoreApplication::quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);

    std::printf("lianxin-server %s listening on %s://%s:%d (database: %s)\n", LIANXIN_VERSION,
                config->http.limits.tls ? "https" : "http", qPrintable(service.serverAddress().toString()),
                int(service.serverPort()), qPrintable(config->http.database.display()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
