#!/bin/sh
# Install Reconnect for the current user, without root (run by `make install`):
#
#   sh packaging/install.sh install     # or: uninstall
#
# - an isolated virtual environment (pipx-style) in APP_HOME, Reconnect installed into it
#   from this source tree (not editable: the tree can be moved or deleted afterwards);
# - a launcher on PATH:           BIN_DIR/numbness-desktop -> APP_HOME/venv/bin/numbness-desktop
# - the desktop entry, its Exec an absolute path (no need for BIN_DIR on PATH):
#                                 DATA_HOME/applications/numbness-desktop.desktop
# - the icon as SVG and as hicolor PNGs 16-512, rendered from the SVG with Qt:
#                                 DATA_HOME/icons/hicolor/{scalable,NxN}/apps/numbness-desktop.*
# - the AppStream metainfo:       DATA_HOME/metainfo/io.github.reconnect.numbness_desktop.metainfo.xml
#
# Every file put outside APP_HOME is listed in APP_HOME/installed-files; `uninstall` removes
# exactly those and APP_HOME. The person's data (DATA_HOME/numbness-desktop, see README "Where
# your data lives") is never touched.
#
# Environment: PYTHON (default python3), XDG_DATA_HOME (default ~/.local/share),
# BIN_DIR (default ~/.local/bin), PIP_FLAGS (default --quiet).
set -eu

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-python3}
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
BIN_DIR=${BIN_DIR:-$HOME/.local/bin}
APP_HOME=$DATA_HOME/numbness-desktop-app
VENV=$APP_HOME/venv
MANIFEST=$APP_HOME/installed-files
SLUG=numbness-desktop
METAINFO=io.github.reconnect.numbness_desktop.metainfo.xml
PIP_FLAGS=${PIP_FLAGS:---quiet}

say() { echo "install: $*"; }

# Copy $1 to $2 (mode 0644) and record $2 in the manifest.
put() {
    mkdir -p "$(dirname "$2")"
    cp "$1" "$2"
    chmod 644 "$2"
    echo "$2" >>"$MANIFEST.new"
}

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && \
            [ -f "$DATA_HOME/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
    fi
}

do_install() {
    say "virtual environment in $VENV"
    mkdir -p "$APP_HOME"
    "$PYTHON" -m venv --clear "$VENV" || {
        echo "install: could not create a virtual environment with $PYTHON; on Debian/Ubuntu:" \
             "sudo apt-get install python3-venv" >&2
        exit 1
    }
    # shellcheck disable=SC2086 # PIP_FLAGS may hold several flags
    "$VENV/bin/python" -m pip install $PIP_FLAGS --disable-pip-version-check "$ROOT"
    : >"$MANIFEST.new"

    say "launcher $BIN_DIR/$SLUG"
    mkdir -p "$BIN_DIR"
    ln -sfn "$VENV/bin/$SLUG" "$BIN_DIR/$SLUG"
    echo "$BIN_DIR/$SLUG" >>"$MANIFEST.new"

    say "desktop entry, icons and metainfo in $DATA_HOME"
    entry=$(mktemp)
    exec_path="$VENV/bin/$SLUG"
    case $exec_path in  # the desktop entry spec: a path with spaces is quoted
        *" "*) exec_path="\"$exec_path\"" ;;
    esac
    sed -e "s|^Exec=.*|Exec=$exec_path|" packaging/$SLUG.desktop >"$entry"
    put "$entry" "$DATA_HOME/applications/$SLUG.desktop"
    rm -f "$entry"
    put resources/icons/$SLUG.svg "$DATA_HOME/icons/hicolor/scalable/apps/$SLUG.svg"
    rendered=$(mktemp -d)
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" packaging/render_icons.py \
        resources/icons/$SLUG.svg "$rendered" >/dev/null
    for png in "$rendered"/*/apps/$SLUG.png; do
        size=$(basename "$(dirname "$(dirname "$png")")")
        put "$png" "$DATA_HOME/icons/hicolor/$size/apps/$SLUG.png"
    done
    rm -rf "$rendered"
    put packaging/$METAINFO "$DATA_HOME/metainfo/$METAINFO"
    mv "$MANIFEST.new" "$MANIFEST"
    refresh_caches

    version=$("$VENV/bin/$SLUG" --version)
    say "done: $version. Reconnect is in your desktop's app menu."
    case ":$PATH:" in
        *":$BIN_DIR:"*) ;;
        *) say "note: $BIN_DIR is not on your PATH; the app menu works regardless." ;;
    esac
}

do_uninstall() {
    if [ ! -f "$MANIFEST" ]; then
        say "nothing to remove: no install found in $APP_HOME"
        return 0
    fi
    while IFS= read -r path; do
        case $path in
            "$DATA_HOME"/* | "$BIN_DIR"/*) rm -f "$path" ;;  # only what install put there
            *) echo "install: skipping unexpected manifest entry: $path" >&2 ;;
        esac
    done <"$MANIFEST"
    rm -rf "$APP_HOME"
    refresh_caches
    say "removed Reconnect from $APP_HOME, $BIN_DIR and $DATA_HOME."
    say "your own data in $DATA_HOME/$SLUG was kept."
}

case ${1:-} in
    install) do_install ;;
    uninstall) do_uninstall ;;
    *) echo "usage: sh packaging/install.sh install|uninstall" >&2; exit 2 ;;
esac
