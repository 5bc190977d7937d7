#!/bin/sh
# Wrap a built bundle into a Debian package: make-deb.sh VERSION BUNDLE_DIR OUT_DIR
# Installs to /opt/spinemet-desktop with /usr/bin/spinemet-desktop and a desktop menu entry.
set -eu
version=$1 bundle=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
arch=$(dpkg --print-architecture)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications"
cp -a "$bundle" "$root/opt/spinemet-desktop"
ln -s /opt/spinemet-desktop/spinemet-desktop "$root/usr/bin/spinemet-desktop"
cp "$here/spinemet-desktop.desktop" "$root/usr/share/applications/"
size=$(du -sk "$root/opt" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
    "$here/control.in" > "$root/DEBIAN/control"
chmod -R u=rwX,go=rX "$root"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$out/spinemet-desktop_${version}_$arch.deb"
