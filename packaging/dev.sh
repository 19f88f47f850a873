#!/usr/bin/env bash
# Lianxin developer set-up on Debian 12: installs what is missing, builds, then runs the client on a
# demo workspace (run) or every test (test). Safe to run again: it installs and configures only once,
# and the build is incremental.
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

# Every Debian package the project needs, listed once (the README shows the same list).
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    catch2 libsodium-dev
    xvfb xauth fonts-noto-cjk
)

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
        cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLIANXIN_WERROR=ON
    fi
    cmake --build "$build"
}

run_client() {
    if [ ! -f "$demo/lianxin.db" ]; then
        echo "Making the demo workspace ($demo_households households) in $demo"
        QT_QPA_PLATFORM=offscreen "$build/app/lianxin" --data-dir "$demo" --make-demo "$demo_households"
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting the client under xvfb-run."
        exec xvfb-run -a "$build/app/lianxin" --data-dir "$demo"
    fi
    exec "$build/app/lianxin" --data-dir "$demo"
}

install_missing
configure_and_build
case "$mode" in
run) run_client ;;
test) cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" ;;
esac
