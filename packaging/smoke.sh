#!/usr/bin/env bash
# Smoke-test a built one-folder application as a user without Python or network would use it:
#   bash packaging/smoke.sh OUT/briefing-builder
# Runs with a scrubbed environment (no Python on PATH, no PYTHONPATH, a fresh HOME) and, where the
# machine allows it (root with unshare), with no network at all. Exits non-zero on the first failure.
set -euo pipefail
APP=$(cd "${1:?usage: bash packaging/smoke.sh OUT/briefing-builder}" && pwd)
EXE="$APP/briefing-builder"
[ -x "$EXE" ] || { echo "smoke: $EXE is missing" >&2; exit 1; }
SAMPLE="$APP/_internal/resources/samples/migration-initiatives-2017-sample.pdf"
[ -f "$SAMPLE" ] || { echo "smoke: the bundled sample is missing ($SAMPLE)" >&2; exit 1; }
for lang in en fr es; do  # Help > User Guide reads them offline
    [ -s "$APP/_internal/resources/guide/$lang.md" ] || { echo "smoke: the user guide ($lang) is missing" >&2; exit 1; }
done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bb-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

NONET=()
if [ "$(id -u)" = 0 ] && unshare -n true 2>/dev/null; then
    NONET=(unshare -n)
fi
run_exe() {  # run a bundled executable as a user would: no Python on PATH, no network
    local exe=$1; shift
    env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
        DISPLAY="${DISPLAY:-}" XDG_RUNTIME_DIR="$WORK/run" "${NONET[@]}" "$exe" "$@"
}
run() { run_exe "$EXE" "$@"; }
mkdir -p "$WORK/home" "$WORK/run" && chmod 700 "$WORK/run"
PATH_NO_PY=$(env -i PATH=/usr/bin:/bin sh -c 'command -v python3 || true')
[ -n "$PATH_NO_PY" ] && echo "smoke: note: $PATH_NO_PY exists on this machine; the bundle does not use it (PYTHONHOME/PYTHONPATH unset)"

step() { printf 'smoke: %-48s' "$1"; }
t0=$(date +%s.%N)
step "--version"; v=$(run --version); echo "ok ($v)"
t1=$(date +%s.%N)
step "export --list-formats"; formats=$(run export --list-formats "$SAMPLE")
for name in pdf xlsx; do grep -qw "$name" <<<"$formats" || { echo "FAILED: $name not listed"; echo "$formats"; exit 1; }; done
echo ok
step "plug-in from the plugins folder"
PLUG="$APP/plugins/bb_smoke_exporter"
mkdir -p "$PLUG.dist-info"
cat > "$APP/plugins/bb_smoke_exporter.py" <<'PY'
class SmokeExporter:
    name = "smoke"
    label = "Smoke test"
    extension = ".txt"
    options = []

    def export(self, pack, destination, options=None, progress=None):
        with open(destination, "w", encoding="utf-8") as f:
            f.write(pack.title)
PY
printf 'Metadata-Version: 2.1\nName: bb-smoke-exporter\nVersion: 1.0\n' > "$PLUG.dist-info/METADATA"
printf '[briefing_builder.exporters]\nsmoke = bb_smoke_exporter:SmokeExporter\n' > "$PLUG.dist-info/entry_points.txt"
found=$(run export --list-formats "$SAMPLE" || true)
rm -rf "$PLUG.dist-info" "$APP/plugins/bb_smoke_exporter.py" "$APP/plugins/__pycache__"
grep -qw smoke <<<"$found" || { echo "FAILED: the plug-in was not listed"; echo "$found"; exit 1; }
echo ok
for fmt in xlsx pdf; do
    step "export SAMPLE --country SOM -f $fmt"
    run export "$SAMPLE" --country SOM -f "$fmt" -o "$WORK/somalia.$fmt" -q
    size=$(stat -c %s "$WORK/somalia.$fmt")
    [ "$size" -gt 2000 ] || { echo "FAILED: $size bytes"; exit 1; }
    echo "ok ($size bytes)"
done
head -c 4 "$WORK/somalia.pdf" | grep -q '%PDF' || { echo "smoke: the PDF pack is not a PDF" >&2; exit 1; }
head -c 2 "$WORK/somalia.xlsx" | grep -q 'PK' || { echo "smoke: the Excel pack is not a workbook" >&2; exit 1; }
step "GUI on the sample (windowed executable)"
run_exe "$APP/briefing-builder-gui" --smoke-test "$WORK/gui.png" "$SAMPLE" | tail -1
[ -s "$WORK/gui.png" ] || { echo "smoke: no screenshot of the GUI" >&2; exit 1; }
[ -n "${SMOKE_KEEP_SCREENSHOT:-}" ] && cp "$WORK/gui.png" "$SMOKE_KEEP_SCREENSHOT"
printf 'smoke: all checks passed (cold --version %.2f s, bundle %s)\n' "$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}')" "$(du -sh "$APP" | cut -f1)"
