#!/usr/bin/env bash
# `make package`: HallDesk as one .deb for Debian, UOS and Kylin (issue #22).
#
#   packaging/build-deb.sh [--reuse-bundle]
#
# 1. PyInstaller builds the one-folder bundle (packaging/halldesk.spec): its own Python
#    and every dependency, Qt's plugins and translations, our translations, hall files,
#    migrations. --reuse-bundle skips this when build/package/dist/halldesk exists.
# 2. The bundle is laid out as a deepin/UOS application under /opt/apps/$APPID
#    (entries/ with the .desktop file and icons, files/, info) with /usr/bin/halldesk
#    and the menu entry as links into it, and wrapped by dpkg-deb. Depends is read off
#    the bundle (the system libraries it loads, packaging/deb_depends.py); nothing runs
#    at install time (no maintainer scripts).
# The architecture is this machine's (dpkg --print-architecture): build on arm64 for
# arm64. The bundle needs the build machine's C library or newer, so build on the
# oldest system it must run on (Depends says which libc6 it needs).
# Prints the .deb's path on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD        # this checkout's app/, models/, widgets/ (not an installed copy)

PY=${PY:-.venv/bin/python}
APPID=cn.gov.halldesk          # the deepin/UOS application id (and folder)
PACKAGE=${HALLDESK_DEB_NAME:-halldesk}
VERSION=$("$PY" -c 'import app; print(app.__version__)')
ARCH=$(dpkg --print-architecture)
BUILD=build/package
BUNDLE=$BUILD/dist/halldesk
OUT=${HALLDESK_DIST:-dist}

if [ "${1:-}" != "--reuse-bundle" ] || [ ! -x "$BUNDLE/halldesk" ]; then
    rm -rf "$BUILD/dist" "$BUILD/work"
    "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/halldesk.spec
fi
# Strip the shared libraries (PyInstaller's own strip is off: it breaks the wheels'
# vendored libraries in *.libs/, which patchelf rewrote; those stay as they are).
find "$BUNDLE" -type f -name '*.so*' ! -path '*.libs/*' -exec strip --strip-unneeded {} +
"$BUNDLE/halldesk" --version >/dev/null   # the bundle starts at all

ROOT=$BUILD/root
rm -rf "$ROOT"
APP=$ROOT/opt/apps/$APPID
mkdir -p "$APP/files" "$APP/entries/applications" \
    "$APP/entries/icons/hicolor/scalable/apps" "$APP/entries/icons/hicolor/256x256/apps" \
    "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
    "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/usr/share/icons/hicolor/256x256/apps" \
    "$ROOT/usr/share/doc/$PACKAGE" "$ROOT/DEBIAN"
cp -a "$BUNDLE" "$APP/files/halldesk"
install -m 644 packaging/$APPID.desktop "$APP/entries/applications/$APPID.desktop"
install -m 644 packaging/halldesk.svg "$APP/entries/icons/hicolor/scalable/apps/$APPID.svg"
install -m 644 packaging/halldesk.png "$APP/entries/icons/hicolor/256x256/apps/$APPID.png"
cat > "$APP/info" <<INFO
{
    "appid": "$APPID",
    "name": "政务大厅督查台",
    "version": "$VERSION",
    "arch": ["$ARCH"],
    "permissions": {
        "autostart": false,
        "notification": false,
        "trayicon": false,
        "clipboard": true,
        "account": false,
        "bluetooth": false,
        "camera": false,
        "audio_record": false,
        "installed_apps": false
    }
}
INFO
# On PATH and in the menu of any freedesktop system (deepin/UOS also reads entries/):
# relative links, so they resolve inside a dpkg -x tree as on the installed system.
ln -s ../../opt/apps/$APPID/files/halldesk/halldesk "$ROOT/usr/bin/halldesk"
ln -s ../../../opt/apps/$APPID/entries/applications/$APPID.desktop \
    "$ROOT/usr/share/applications/$APPID.desktop"
for size in scalable 256x256; do
    ext=svg; [ $size = scalable ] || ext=png
    ln -s ../../../../../../opt/apps/$APPID/entries/icons/hicolor/$size/apps/$APPID.$ext \
        "$ROOT/usr/share/icons/hicolor/$size/apps/$APPID.$ext"
done
cat > "$ROOT/usr/share/doc/$PACKAGE/copyright" <<'COPYRIGHT'
HallDesk (政务大厅督查台). The bundle in /opt/apps/cn.gov.halldesk/files/halldesk
contains CPython (PSF License), Qt 6 and PyQt6 (LGPLv3 / GPLv3), SQLAlchemy, Alembic,
pyqtgraph, NumPy, psycopg (LGPLv3) with libpq, ReportLab, openpyxl, argon2-cffi,
chinesecalendar, platformdirs and defusedxml under their own licences.
COPYRIGHT

DEPENDS=$("$PY" packaging/deb_depends.py "$APP/files/halldesk")   # fails on a missing library
INSTALLED=$(du -sk --apparent-size "$ROOT" | cut -f1)
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: $PACKAGE
Version: $VERSION
Architecture: $ARCH
Maintainer: HallDesk maintainers <halldesk@localhost>
Installed-Size: $INSTALLED
Depends: $DEPENDS
Recommends: fonts-wqy-microhei | fonts-noto-cjk
Section: misc
Priority: optional
Description: 政务大厅督查台 HallDesk: supervision desk for a government service hall
 The director's desk for a Chinese government service hall: live hall view,
 complaint ledger, integrity risk register, inspections, public display of
 completed cases and the quarterly briefing, on SQLite or a shared PostgreSQL.
 Self-contained: it brings its own Python and Qt and needs no network.
CONTROL

mkdir -p "$OUT"
DEB=$OUT/${PACKAGE}_${VERSION}_${ARCH}.deb
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$DEB" >/dev/null
echo "$DEB"
