# Sourced by compare.sh and instructions.sh: finds (or builds) the three programs and the corpus
# files they share, in a temporary folder removed on exit. Sets edgebench, peers, corpora, work
# and raw from EDGEBENCH, PEERS_DIR, CORPUS_DIR and RAW (see compare.sh).
repo="$(dirname "$here")"
arch="$(uname -m)"
edgebench="${EDGEBENCH:-$repo/.build/release/edgebench}"
peers="${PEERS_DIR:-$repo/out/peers/$arch}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -x "$edgebench" ] || (cd "$repo" && swift build -c release --product edgebench >/dev/null)
[ -x "$peers/edgebench-peer-go" ] && [ -x "$peers/edgebench-peer-cpp" ] || [ -n "${PEERS_DIR:-}" ] \
  || bash "$here/build.sh" "$arch" >/dev/null
corpora="${CORPUS_DIR:-$work/corpora}"
if [ ! -f "$corpora/MANIFEST.tsv" ]; then
  "$edgebench" corpus --write "$corpora" >/dev/null 2>&1 \
    || bash "$here/testing/write-corpora-interim.sh" "$corpora" # until `corpus --write` is on main
fi
raw="${RAW:-$work/raw.tsv}"
: >"$raw"
