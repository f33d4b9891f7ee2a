#!/usr/bin/env bash
# Wrap the PyInstaller build (dist/eMentor Desktop.app, from packaging/pyinstaller/ementor.spec
# on macOS) in a compressed disk image with a link to /Applications.
# Usage (on macOS): packaging/macos/build-dmg.sh   → dist/ementor-desktop-VERSION.dmg
# Signing and notarisation need the organisation's Apple Developer ID: set CODESIGN_IDENTITY to
# sign the .app first (`codesign --deep --options runtime`); unsigned images open after the
# user allows them in System Settings › Privacy & Security.
set -euo pipefail
cd "$(dirname "$0")/../.."
app="dist/eMentor Desktop.app"
[ -d "$app" ] || { echo "build-dmg: $app is missing (run pyinstaller on macOS)" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/ementor_desktop/__init__.py)
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --sign "$CODESIGN_IDENTITY" "$app"
fi
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
out="dist/ementor-desktop-$version.dmg"
rm -f "$out"
hdiutil create -volname "eMentor Desktop" -srcfolder "$stage" -ov -format UDZO "$out" >/dev/null
echo "$out"
