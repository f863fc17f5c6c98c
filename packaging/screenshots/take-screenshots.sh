#!/usr/bin/env bash
# Takes the README's and the AppStream metainfo's screenshots from the real app under Xvfb,
# on a throwaway database filled through the command line.
# Usage: packaging/screenshots/take-screenshots.sh [BUILD_DIR]   (needs xvfb, imagemagick, xdotool)
# LEADINTAKE_SCREENSHOT_LANG=es_ES.UTF-8 takes the Spanish ones (intake-es.png, leads-es.png).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=$(cd "${1:-$here/../../build}" && pwd)/src/app/leadintake
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lang=${LEADINTAKE_SCREENSHOT_LANG:-C.UTF-8}
suffix=
case "$lang" in C*|en*) ;; *) suffix="-${lang%%_*}" ;; esac
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG="$lang" LC_ALL="$lang"
db="$work/leads.sqlite"

/usr/bin/python3 - "$work/cv.pdf" <<'PY'
import sys
head = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
xref = len(head)
body = head + (b"xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \n"
               b"trailer << /Root 1 0 R /Size 2 >>\nstartxref\n%d\n%%%%EOF\n" % xref)
open(sys.argv[1], "wb").write(body)
PY
# Accounts first (an administrator, two attorneys), then every command signs in as ana.
printf 'screenshot-password-1\n' | "$app" --database "$db" add-user ana --name "Ana Ruiz" \
    --email ana@firm.example --role admin >/dev/null
as_ana() { printf 'screenshot-password-1\n' | "$app" --database "$db" "$@" --user ana >/dev/null; }
as_ana config-set firm.name "Ruiz & Haddad LLP"
as_ana config-set firm.time_zone UTC
printf 'screenshot-password-1\nscreenshot-password-2\n' | "$app" --database "$db" add-user omar \
    --name "Omar Haddad" --email omar@firm.example --role attorney --user ana >/dev/null
printf 'screenshot-password-1\nscreenshot-password-3\n' | "$app" --database "$db" add-user lucia \
    --name "Lucía Ortega" --email lucia@firm.example --role attorney --user ana >/dev/null
while IFS='|' read -r first last email source attorney; do
    set -- --first-name "$first" --last-name "$last" --email "$email" --resume "$work/cv.pdf"
    [ -n "$source" ] && set -- "$@" --source "$source"
    [ -n "$attorney" ] && set -- "$@" --attorney "$attorney"
    as_ana add-lead "$@"
done <<'LEADS'
Jane|Doe|jane.doe@example.com|Web search|ana
Omar|Haddad|omar.haddad@example.org|Referral from a client|omar
Zoë|Müller|zoe.mueller@example.de||lucia
李|小龍|li.xiaolong@example.cn|Another lawyer|ana
Aaliyah|Johnson|aaliyah.j@example.com|Social media|omar
محمد|العلي|m.alali@example.ae|Web search|lucia
Santiago|García López|sgarcia@example.es|Advertisement|ana
Priya|Raman|priya.raman@example.in|Web search|
Ngozi|Okafor|ngozi@example.ng|Referral from a client|omar
Lukas|Nowak|lukas.nowak@example.pl|Social media|ana
LEADS
as_ana set-status 2 REACHED_OUT
as_ana set-status 5 REACHED_OUT
# Call-backs: one due in the past (overdue, red in the table), one ahead.
as_ana follow-up 5 2026-11-20
as_ana follow-up 1 2026-11-02
as_ana follow-up 9 2030-01-15

xvfb-run -a -s "-screen 0 1366x768x24" bash -ec '
    "$0" --database "$1" & pid=$!
    for _ in $(seq 50); do xdotool search --onlyvisible --name "^Lead Intake$" >/dev/null 2>&1 && break; sleep 0.2; done
    win=$(xdotool search --onlyvisible --name "^Lead Intake$" | head -1)
    xdotool windowsize "$win" 1180 720; xdotool windowfocus --sync "$win"; sleep 1
    xdotool type --delay 40 "Ana"; xdotool key Tab; xdotool type --delay 40 "Ruiz"; xdotool key Tab
    xdotool type --delay 40 "ana.ruiz@"; xdotool key Tab; sleep 0.5
    import -window "$win" "$2/intake$3.png"
    xdotool key ctrl+l; sleep 1
    xdotool type --delay 40 "ana"; xdotool key Tab; xdotool type --delay 20 "screenshot-password-1"
    xdotool key Return; sleep 2
    xdotool key ctrl+2; sleep 1; xdotool mousemove --window "$win" 150 281 click 1; sleep 1
    import -window "$win" "$2/leads$3.png"
    kill $pid' "$app" "$db" "$here" "$suffix"
echo "wrote $here/intake$suffix.png and $here/leads$suffix.png"
