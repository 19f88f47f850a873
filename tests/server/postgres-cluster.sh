#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port for the server tests (a CTest fixture):
#   postgres-cluster.sh start STATE_FILE   initdb into a temporary directory, start, write the URL
#   postgres-cluster.sh stop STATE_FILE    stop it and remove the directory
# As root, the cluster runs as the unprivileged 'postgres' user that Debian's package creates.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 start|stop STATE_FILE" >&2; exit 2; }
action=$1
state=$2

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed: run ./packaging/dev.sh test" >&2; exit 1; }
as=()
if [ "$(id -u)" -eq 0 ]; then
    as=(runuser -u postgres --)
fi

stop_cluster() {
    [ -f "$state" ] || return 0
    local dir
    dir=$(sed -n 's/^dir=//p' "$state")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    rm -f "$state"
}

case "$action" in
start)
    stop_cluster
    dir=$(mktemp -d /tmp/lianxin-pg.XXXXXX)
    chmod 755 "$dir"
    [ ${#as[@]} -eq 0 ] || chown postgres "$dir"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U lianxin --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 30000))
        if "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" \
            start >/dev/null; then
            printf 'dir=%s\nurl=postgresql://lianxin@127.0.0.1:%s/postgres\n' "$dir" "$port" >"$state"
            echo "PostgreSQL for the tests on 127.0.0.1:$port ($dir)"
            exit 0
        fi
        echo "port $port taken (attempt $attempt), trying another" >&2
    done
    cat "$dir/server.log" >&2
    exit 1
    ;;
stop) stop_cluster ;;
*) echo "usage: $0 start|stop STATE_FILE" >&2; exit 2 ;;
esac
