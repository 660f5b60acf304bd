#!/usr/bin/env bash
# Download every wheel Briefing Builder needs, for another machine, so a laptop that has Python can
# install it from a USB stick with no network:
#
#   bash packaging/wheelhouse.sh OUT --platform win_amd64      # Windows, 64-bit
#   bash packaging/wheelhouse.sh OUT --platform macosx         # macOS, Apple silicon and Intel
#   bash packaging/wheelhouse.sh OUT --platform manylinux      # Linux x86_64 (glibc)
#   ... [--python 3.11,3.12,3.13]                              # the Pythons to cover (default: all three)
#
# Then, on the laptop:  py -m pip install --no-index --find-links X:\wheelhouse briefing-builder
# (python3 -m pip ... elsewhere). Only binary wheels are taken (nothing compiles on the laptop).
set -euo pipefail
usage="usage: bash packaging/wheelhouse.sh OUT --platform win_amd64|macosx|manylinux [--python 3.11,3.12,3.13]"
OUT=${1:?$usage}; shift
PLATFORM=""
PYTHONS="3.11,3.12,3.13"
while [ $# -gt 0 ]; do
    case "$1" in
        --platform) PLATFORM=${2:?$usage}; shift 2 ;;
        --python) PYTHONS=${2:?$usage}; shift 2 ;;
        *) echo "$usage" >&2; exit 2 ;;
    esac
done
case "$PLATFORM" in
    win_amd64|windows) TAGS=(win_amd64) ;;
    macosx|macos) TAGS=(macosx_14_0_arm64 macosx_14_0_x86_64 macosx_14_0_universal2) ;;
    manylinux|linux) TAGS=(manylinux2014_x86_64 manylinux_2_28_x86_64 manylinux_2_31_x86_64
                           manylinux_2_34_x86_64 manylinux_2_35_x86_64 manylinux_2_39_x86_64) ;;
    *) echo "$usage" >&2; exit 2 ;;
esac
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PYTHON:-python3}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

# Our own wheel (pure Python, one for every platform).
"$PY" -m pip wheel -q --no-deps --wheel-dir "$OUT" "$ROOT"
OWN=$(ls -t "$OUT"/briefing_builder-*.whl | head -1)
platform_args=()
for tag in "${TAGS[@]}"; do platform_args+=(--platform "$tag"); done
IFS=, read -ra versions <<<"$PYTHONS"
for version in "${versions[@]}"; do
    echo "wheelhouse: Python $version, ${TAGS[*]}"
    # Markers such as python_version are evaluated for the target Python; pip evaluates sys_platform
    # for this machine, which none of our dependencies' requirements depend on.
    "$PY" -m pip download -q --only-binary=:all: --implementation cp --python-version "$version" \
        "${platform_args[@]}" --dest "$OUT" "$OWN"
done
cat > "$OUT/INSTALL.txt" <<TXT
Offline installation of Briefing Builder ($(basename "$OWN"))
Wheels for: $PLATFORM, Python $PYTHONS.

Windows:        py -m pip install --no-index --find-links "%CD%" briefing-builder
macOS / Linux:  python3 -m pip install --no-index --find-links "\$PWD" briefing-builder
(run from this folder; a virtual environment is recommended: py -m venv bb && bb\\Scripts\\pip ...)
Then start it with:  briefing-builder   (or bb\\Scripts\\briefing-builder.exe)
TXT
echo "wheelhouse: $(ls "$OUT"/*.whl | wc -l) wheels, $(du -sh "$OUT" | cut -f1) in $OUT"
