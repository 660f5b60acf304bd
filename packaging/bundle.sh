#!/usr/bin/env bash
# Build the one-folder application OUT/briefing-builder/ (executable OUT/briefing-builder/briefing-builder)
# with PyInstaller, in a private virtual environment, then smoke-test it (packaging/smoke.sh).
#
#   bash packaging/bundle.sh OUT            build + smoke test
#   bash packaging/bundle.sh OUT --no-test  build only
#
# Needs Python 3.11+ with pip and venv, and a package index (or PIP_FIND_LINKS to a wheelhouse) for
# the build. The result runs without Python and without network.
set -euo pipefail
usage="usage: bash packaging/bundle.sh OUT [--no-test]"
OUT=${1:?$usage}
TEST=1
[ "${2:-}" = "--no-test" ] && TEST=0
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
PY=${PYTHON:-python3}
BUILD=$(mktemp -d "${TMPDIR:-/tmp}/bb-bundle.XXXXXX")
trap 'rm -rf "$BUILD"' EXIT

echo "bundle: build environment in $BUILD"
"$PY" -m venv "$BUILD/venv"
"$BUILD/venv/bin/python" -m pip install -q --upgrade pip
# A regular (not editable) install: the frozen program needs the distribution's metadata, where the
# built-in exporters are registered as entry points.
"$BUILD/venv/bin/python" -m pip install -q "$ROOT" "pyinstaller>=6.10,<7"
start=$(date +%s)
"$BUILD/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$OUT" --workpath "$BUILD/work" "$ROOT/packaging/briefing-builder.spec"
mkdir -p "$OUT/briefing-builder/plugins"
cp "$ROOT/packaging/PLUGINS.txt" "$OUT/briefing-builder/plugins/README.txt"
echo "bundle: built $OUT/briefing-builder in $(( $(date +%s) - start )) s, $(du -sh "$OUT/briefing-builder" | cut -f1)"

if [ "$TEST" = 1 ]; then
    bash "$ROOT/packaging/smoke.sh" "$OUT/briefing-builder"
fi
