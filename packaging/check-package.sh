#!/bin/sh
# The Debian package as a user gets it (run by .ci/run after `make package`, as root on a
# Debian 12 system it may change): lintian (any error fails), `apt-get install ./…deb`
# (dependencies from the archive), the installed /usr/bin/leadintake's --version, a headless
# add-lead and list-leads with a fresh HOME, then `apt-get remove`. The package is removed
# again whatever fails, if this script installed it.
# Usage: packaging/check-package.sh [BUILD_DIR]   (default: build)
set -eu
build=${1:-build}

debs=$(ls "$build"/leadintake_*.deb 2>/dev/null || true)
if [ "$(printf '%s\n' "$debs" | grep -c .)" -ne 1 ]; then
    echo "expected exactly one $build/leadintake_*.deb (run make package); found: ${debs:-none}" >&2
    exit 1
fi
deb=$(realpath "$debs")
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Depends\|Recommends\|Installed-Size\):/  \1:/p'

echo "== lintian =="
# Errors fail; warnings and notes are shown (packaging/lintian-overrides explains the ones
# that do not apply). --fail-on error is lintian's default, spelt out.
lintian --fail-on error --display-info --show-overrides "$deb"

if dpkg-query -W -f='${Status}' leadintake 2>/dev/null | grep -q " installed"; then
    echo "leadintake is already installed here; remove it first (apt-get remove leadintake)" >&2
    exit 1
fi
work=$(mktemp -d)
installed=no
cleanup() {
    if [ "$installed" = yes ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -q leadintake >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== apt-get install $deb =="
export DEBIAN_FRONTEND=noninteractive
installed=yes
apt-get install -y -q --no-install-recommends "$deb"

# The installed program, not one from the build: no display, a HOME nobody has used.
mkdir -m 0700 "$work/home"
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u XDG_CONFIG_HOME -u XDG_DATA_HOME \
        -u XDG_CACHE_HOME HOME="$work/home" LANG=C.UTF-8 LC_ALL=C.UTF-8 /usr/bin/leadintake "$@"
}
echo "== /usr/bin/leadintake --version =="
version=$(run --version)
echo "$version"
expected=$(dpkg-deb --field "$deb" Version | sed 's/-[^-]*$//')
case "$version" in
    *" $expected") ;;
    *) echo "--version says '$version', the package is $expected" >&2; exit 1 ;;
esac

# A resume the intake accepts: %PDF- with a version, and startxref, an offset inside the
# file and %%EOF at its end.
body='%PDF-1.4
1 0 obj
<< /Type /Catalog /Pages 2 0 R >>
endobj
2 0 obj
<< /Type /Pages /Kids [] /Count 0 >>
endobj
'
{
    printf '%s' "$body"
    printf 'xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n'
    printf 'trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%s\n%%%%EOF\n' "$(printf '%s' "$body" | wc -c)"
} > "$work/cv.pdf"

echo "== headless add-lead and list-leads =="
run add-lead --database "$work/x.db" --first-name Jane --last-name Doe \
    --email jane.doe@example.com --resume "$work/cv.pdf"
listed=$(run list-leads --database "$work/x.db" --csv)
echo "$listed"
if ! printf '%s\n' "$listed" | grep -q 'Jane.*Doe.*jane.doe@example.com'; then
    echo "list-leads does not show the lead just added" >&2
    exit 1
fi

echo "== apt-get remove leadintake =="
apt-get remove -y -q leadintake
installed=no
if [ -e /usr/bin/leadintake ]; then
    echo "/usr/bin/leadintake is still there after apt-get remove" >&2
    exit 1
fi
echo "the package installs, runs headless and removes cleanly"
