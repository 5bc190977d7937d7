#!/bin/sh
# Build the one-folder bundle on Linux or macOS, check it, and optionally package it.
#
#   packaging/build.sh                 bundle in dist/spinemet-desktop/, then its self-test
#   packaging/build.sh --tarball --deb also dist/spinemet-desktop-<version>-linux-<arch>.tar.gz
#                                      and dist/spinemet-desktop_<version>_<arch>.deb (Linux)
#   packaging/build.sh --dmg           also dist/spinemet-desktop-<version>.dmg (macOS)
#
# PYTHON=/path/to/python   build with that environment (the package and pyinstaller installed)
#                          instead of a fresh build/venv
# WHEELHOUSE=/path/to/dir  install into build/venv from that folder only (offline build; see
#                          packaging/README.md, "Offline wheelhouse")
set -eu
cd "$(dirname "$0")/.."
tarball=0 deb=0 dmg=0
for arg in "$@"; do
  case "$arg" in
    --tarball) tarball=1 ;; --deb) deb=1 ;; --dmg) dmg=1 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

if [ -z "${PYTHON:-}" ]; then
  python3 -m venv build/venv
  PYTHON=build/venv/bin/python
  if [ -n "${WHEELHOUSE:-}" ]; then
    "$PYTHON" -m pip install --no-index --find-links "$WHEELHOUSE" '.[bundle]'
  else
    "$PYTHON" -m pip install '.[bundle]'
  fi
fi
version=$("$PYTHON" -c 'import spinemet_desktop; print(spinemet_desktop.__version__)')

"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/spinemet-desktop.spec

# The bundle must start and work without a display, a network or a Python installation.
if [ "$(uname)" = Darwin ] && [ -d dist/spinemet-desktop.app ]; then
  exe=dist/spinemet-desktop.app/Contents/MacOS/spinemet-desktop
else
  exe=dist/spinemet-desktop/spinemet-desktop
fi
check_data=$(mktemp -d)
QT_QPA_PLATFORM=offscreen SPINEMET_DATA_DIR="$check_data" "$exe" --self-test
rm -rf "$check_data"
echo "bundle: dist/spinemet-desktop ($(du -sh dist/spinemet-desktop | cut -f1))"

arch=$(uname -m)
if [ "$tarball" = 1 ]; then
  tar -C dist -czf "dist/spinemet-desktop-$version-linux-$arch.tar.gz" spinemet-desktop
  echo "tarball: dist/spinemet-desktop-$version-linux-$arch.tar.gz"
fi
if [ "$deb" = 1 ]; then
  sh packaging/linux/make-deb.sh "$version" dist/spinemet-desktop dist
fi
if [ "$dmg" = 1 ]; then
  hdiutil create -volname "spinemet-desktop $version" -srcfolder dist/spinemet-desktop.app \
      -ov -format UDZO "dist/spinemet-desktop-$version.dmg"
fi
