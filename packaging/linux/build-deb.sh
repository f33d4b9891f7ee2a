#!/usr/bin/env bash
# Wrap the PyInstaller one-folder build (dist/ementor, from `make package`) in a Debian package:
#   /opt/ementor-desktop/            the frozen app
#   /usr/bin/ementor                 a link to it (the app without a command, the CLI with one)
#   /usr/share/applications/org.ementor.desktop.desktop, the AppStream metainfo, hicolor icons
# Usage: packaging/linux/build-deb.sh [DIST_DIR]   → dist/ementor-desktop_VERSION_ARCH.deb
set -euo pipefail
cd "$(dirname "$0")/../.."
dist=${1:-dist}
app="$dist/ementor"
[ -x "$app/ementor" ] || { echo "build-deb: no frozen app in $app (run: make package)" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "build-deb: dpkg-deb is missing (apt install dpkg)" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/ementor_desktop/__init__.py)
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
           "$root/usr/share/metainfo"
cp -a "$app" "$root/opt/ementor-desktop"
ln -s /opt/ementor-desktop/ementor "$root/usr/bin/ementor"
sed -e 's/^Icon=.*/Icon=org.ementor.desktop/' resources/ementor-desktop.desktop \
    > "$root/usr/share/applications/org.ementor.desktop.desktop"
cp packaging/linux/org.ementor.desktop.metainfo.xml "$root/usr/share/metainfo/"
icons=$(mktemp -d)
"${PYTHON:-.venv/bin/python}" packaging/pyinstaller/make_icons.py "$icons"
for size in 16 32 48 64 128 256 512; do
  install -D -m 644 "$icons/ementor-$size.png" \
    "$root/usr/share/icons/hicolor/${size}x${size}/apps/org.ementor.desktop.png"
done
install -D -m 644 resources/icons/ementor.svg \
  "$root/usr/share/icons/hicolor/scalable/apps/org.ementor.desktop.svg"
rm -rf "$icons"
size_kb=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: ementor-desktop
Version: $version
Section: net
Priority: optional
Architecture: $arch
Installed-Size: $size_kb
Depends: libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libglib2.0-0 | libglib2.0-0t64, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0
Maintainer: eMentor Desktop contributors <noreply@example.invalid>
Homepage: https://example.invalid/ementor-desktop
Description: Confidential e-mentoring with end-to-end encryption
 Mentors, mentees and programme coordinators keep everything in an encrypted
 vault on their own computer; messages are sealed on the device and travel
 through a relay that cannot read them.
CONTROL
out="$dist/ementor-desktop_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-gzip}" --build "$root" "$out" >/dev/null
echo "$out"
