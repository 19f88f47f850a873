#!/usr/bin/env bash
# Lianxin developer set-up on Debian 12: installs what is missing, builds, then runs the client on a
# demo workspace beside a demo county server on loopback (run), or every test (test). Safe to run again:
# it installs and configures only once, and the build is incremental.
set -euo pipefail

usage() {
    echo "usage: $0 run|test" >&2
    exit 2
}
[ $# -eq 1 ] || usage
mode=$1
case "$mode" in run | test) ;; *) usage ;; esac

top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build"
demo="$build/demo-workspace"
demo_households=5000
demo_server="$build/demo-server"
demo_port=8470

# Every Debian package the project needs, listed once (the README shows the same list).
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    catch2 libsodium-dev zlib1g-dev
    libquazip1-qt6-dev libfreexl-dev libxlsxwriter-dev python3-xlwt
    libqt6sql6-psql postgresql openssl
    xvfb xauth fonts-noto-cjk python3-fonttools poppler-utils ccache
)
# Compiled objects are cached by content, relative to the checkout (not its folder), so a fresh clone
# builds from the cache.
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=true

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLIANXIN_WERROR=ON \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
    fi
    cmake --build "$build"
}

make_demo() {
    if [ ! -f "$demo/lianxin.db" ]; then
        echo "Making the demo workspace ($demo_households households) in $demo"
        QT_QPA_PLATFORM=offscreen "$build/app/lianxin" --data-dir "$demo" --make-demo "$demo_households"
    fi
    # The demo county server holds the same regions, households and accounts (same ids, same passwords).
    if [ ! -f "$demo_server/lianxin-server.db" ]; then
        echo "Making the demo county server's database in $demo_server"
        mkdir -p "$demo_server"
        "$build/server/lianxin-server" admin import-store "$demo/lianxin.db" --mark-synced --database "$demo_server/lianxin-server.db"
    fi
}

# Starts the demo county server in the background; it is stopped (SIGTERM) when the client exits.
start_demo_server() {
    "$build/server/lianxin-server" --database "$demo_server/lianxin-server.db" --port "$demo_port" \
        --set access_log="$demo_server/access.log" >"$demo_server/server.log" 2>&1 &
    server_pid=$!
    trap 'kill -TERM "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT
    trap 'exit 130' INT TERM
    for _ in $(seq 50); do
        grep -q "listening on" "$demo_server/server.log" 2>/dev/null && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$demo_server/server.log" >&2; echo "The demo county server did not start." >&2; exit 1; }
        sleep 0.1
    done
    echo "Demo county server: http://127.0.0.1:$demo_port (log: $demo_server/server.log)"
}

run_client() {
    make_demo
    start_demo_server
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting the client under xvfb-run."
        xvfb-run -a "$build/app/lianxin" --data-dir "$demo" --server "http://127.0.0.1:$demo_port"
    else
        "$build/app/lianxin" --data-dir "$demo" --server "http://127.0.0.1:$demo_port"
    fi
}

install_missing
configure_and_build
case "$mode" in
run) run_client ;;
test) cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" ;;
esac
