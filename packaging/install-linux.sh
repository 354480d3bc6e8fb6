#!/usr/bin/env bash
# Install the built bundle of ISU Desk for the current user (no root needed).
#
# Usage: packaging/install-linux.sh [BUNDLE_DIR]     install or upgrade
#        packaging/install-linux.sh --uninstall      remove the app (data stays)
#
# BUNDLE_DIR defaults to build/dist/isu-desk (made by packaging/build.sh).
# The app goes to ~/.local/opt/isu-desk, a command to ~/.local/bin/isu-desk,
# the menu entry and icons under ~/.local/share. The user's data folder is
# never touched, so upgrading or uninstalling keeps every record.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/isu-desk"
bin="$HOME/.local/bin"
apps="$data_home/applications"
icons="$data_home/icons/hicolor"

# $1 as one double-quoted argument of a .desktop Exec key: the Exec quoting
# (\" \` \$ \\ inside quotes, %% for %) under the file's own string escaping
# (each backslash doubled again).
desktop_quote() {
    local s=$1 bs='\'
    s=${s//"$bs"/"$bs$bs$bs$bs"}
    s=${s//'"'/"$bs$bs"'"'}
    s=${s//'`'/"$bs$bs"'`'}
    s=${s//'$'/"$bs$bs"'$'}
    s=${s//'%'/'%%'}
    printf '"%s"' "$s"
}

refresh_menus() {
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$apps" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -t "$icons" || true
    fi
}

if [[ "${1:-}" == "--uninstall" ]]; then
    rm -rf "$opt"
    rm -f "$bin/isu-desk" "$apps/isu-desk.desktop" \
        "$icons/256x256/apps/isu-desk.png" "$icons/scalable/apps/isu-desk.svg"
    refresh_menus
    echo "ISU Desk removed; your data folder was left as it was."
    exit 0
fi

bundle="${1:-$here/../build/dist/isu-desk}"
if [[ ! -x "$bundle/isu-desk" ]]; then
    echo "No bundle at $bundle: run packaging/build.sh first." >&2
    exit 1
fi
bundle="$(cd "$bundle" && pwd)"

# Copy into a fresh folder, then swap, so a failed copy leaves the old version.
mkdir -p "$(dirname "$opt")" "$bin" "$apps" "$icons/256x256/apps" "$icons/scalable/apps"
rm -rf "$opt.new"
cp -a "$bundle" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"
ln -sfn "$opt/isu-desk" "$bin/isu-desk"

# The bundle carries the icons with the app's resources (the window uses them too).
icon_dir="$opt/_internal/isu_desk/resources/icons"
[[ -d "$icon_dir" ]] || icon_dir="$opt/isu_desk/resources/icons"
install -m 644 "$icon_dir/isu-desk.png" "$icons/256x256/apps/isu-desk.png"
install -m 644 "$icon_dir/isu-desk.svg" "$icons/scalable/apps/isu-desk.svg"
# The menu runs the absolute path (~/.local/bin is not on every session's PATH),
# quoted for the Exec key: a HOME with a space or a quote still starts the app.
exec_line="Exec=$(desktop_quote "$opt/isu-desk")"
while IFS= read -r line; do
    case "$line" in
        Exec=isu-desk) printf '%s\n' "$exec_line" ;;
        TryExec=isu-desk) printf 'TryExec=%s\n' "${opt//\\/\\\\}/isu-desk" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$here/isu-desk.desktop" >"$apps/isu-desk.desktop"
chmod 644 "$apps/isu-desk.desktop"
refresh_menus

echo "ISU Desk $("$opt/isu-desk" --version | cut -d' ' -f2) installed in $opt"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "Note: add $bin to PATH to run 'isu-desk' from a terminal." ;;
esac
