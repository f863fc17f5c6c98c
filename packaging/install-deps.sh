#!/bin/sh
# Installs the Debian packages listed in packaging/debian-packages.txt that are missing.
# Runs apt-get directly as root, through sudo otherwise. Does nothing when all are present.
# Arguments name the list's sections to install (build, run, test, benchmark, fuzzing,
# package); none means all of them. `make package` needs build, run, benchmark and package. `make run` needs build, run and benchmark (the default build
# compiles the benchmark tools); `make test` and CI take everything, including the test
# PostgreSQL server and the fuzzing compiler, which a desk that only runs the app never needs.
set -eu
here=$(dirname "$0")
sections=" ${*:-build run test benchmark fuzzing package} "
wanted=$(awk -v sections="$sections" '
    /^[[:space:]]*#/ {
        word = $2
        if (word == "build" || word == "run" || word == "test" || word == "benchmark" || word == "fuzzing" \
            || word == "package")
            current = word
        next
    }
    NF && index(sections, " " current " ") { for (i = 1; i <= NF; ++i) print $i }
' "$here/debian-packages.txt")

missing=""
for pkg in $wanted; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *" installed") ;;
        *) missing="$missing $pkg" ;;
    esac
done
[ -z "$missing" ] && exit 0

echo "Installing missing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "These packages are missing and neither root nor sudo is available:$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing
