#!/bin/sh
# Make sure the Debian/Ubuntu packages named on the command line are installed.
#
#   sh packaging/system-deps.sh libegl1 libgl1 ...
#
# - Not Debian/Ubuntu (no dpkg-query): do nothing, say nothing.
# - Everything installed: do nothing, say nothing.
# - Something missing, running as root with apt-get: apt-get update + install it
#   (a failed install is an error: the app can't start without these libraries).
# - Something missing, not root (or no apt-get): print the exact command to run and
#   carry on with exit status 0; Qt will say what it can't load.
set -u

command -v dpkg-query >/dev/null 2>&1 || exit 0

installed() {
    # "ii" = wanted and installed. Debian 13 / Ubuntu 24.04 renamed some libraries in the
    # 64-bit time_t transition (libglib2.0-0 -> libglib2.0-0t64): accept either name.
    for name in "$1" "${1}t64"; do
        case $(dpkg-query -W -f='${db:Status-Abbrev}' "$name" 2>/dev/null) in
            ii*) return 0 ;;
        esac
    done
    return 1
}

missing=
for pkg in "$@"; do
    installed "$pkg" || missing="$missing $pkg"
done
[ -n "$missing" ] || exit 0
missing=${missing# }

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: installing missing Debian packages: $missing"
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086 # one word per package is intended
    if apt-get update -q && apt-get install -y -q --no-install-recommends $missing; then
        exit 0
    fi
    echo "system-deps: apt-get could not install: $missing" >&2
    exit 1
fi

{
    echo "system-deps: these Debian packages are missing: $missing"
    echo "system-deps: Qt may fail to start without them. Install them with:"
    echo "    sudo apt-get install -y --no-install-recommends $missing"
} >&2
exit 0
