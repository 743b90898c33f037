#!/usr/bin/env bash
# The output policy, as root (boards are often run as root, where a rename goes anywhere): in a
# temporary folder with a symbolic link, a dangling link, a FIFO with a reader, character
# devices made with mknod (full, null), a block device, a directory, a socket and `-`, every
# file-writing command (decode --output, corpus --write, aggregate --output) must
#   replace regular files atomically, through links into the linked file's directory (the link
#   kept); write devices, FIFOs and standard output in place (the nodes stay nodes); fail with
#   exit 1 naming ENOSPC on `full` and EPIPE on a pipe nobody reads; and refuse directories,
#   block devices and sockets with exit 2 before anything is measured or written.
source "$(dirname "$0")/../runner/common.sh"
source Tests/lib/checks.sh
[ "$(id -u)" -eq 0 ] || die "stage 65 runs as root: it makes device nodes with mknod"
helper=(python3 Tests/support/check_output_safety.py)
decode=(decode --iters 1 --samples 1 --strategy loop)
records=6 # every built-in corpus with the loop strategy

d="$work/nodes"
mkdir -p "$d/real" "$d/dir"
mknod "$d/full" c 1 7
mknod "$d/null" c 1 3
mknod "$d/blk" b 7 0
mkfifo "$d/fifo"
ln -s real/results.jsonl "$d/link"
ln -s real/later.jsonl "$d/dangling"
"${helper[@]}" socket "$d/sock"
printf 'old results\n' >"$d/real/results.jsonl"

# run NAME STATUS COMMAND...: runs COMMAND (stdout and stderr to $work/NAME.out/.err); a
# failed check, and status 1, when its status differs. (A FIFO's reader runs under `timeout`,
# so a writer that never opens the FIFO fails the stage instead of hanging it.)
run() {
  local name="$1" want="$2" got=0
  shift 2
  "$@" >"$work/$name.out" 2>"$work/$name.err" || got=$?
  if [ "$got" -ne "$want" ]; then
    fail "$name: '$*' exited $got, expected $want: $(tail -n 3 "$work/$name.err")"
    return 1
  fi
}
# said NAME TEXT: NAME's stderr holds TEXT.
said() { grep -qF -- "$2" "$work/$1.err" || fail "$1: stderr does not say '$2'"; }
complete() { "${helper[@]}" results "$1" "$2" || fail "$3: '$1' is not $2 complete records"; }
# Every node of the folder is still what it was made as, and no temporary or probe is left.
nodes_intact() {
  [ -c "$d/full" ] && [ -c "$d/null" ] || fail "$1: a character device is no longer one"
  [ -b "$d/blk" ] || fail "$1: the block device is no longer one"
  [ -p "$d/fifo" ] || fail "$1: the FIFO is no longer a FIFO"
  [ -S "$d/sock" ] || fail "$1: the socket is no longer a socket"
  [ -L "$d/link" ] && [ "$(readlink "$d/link")" = real/results.jsonl ] \
    || fail "$1: the link was replaced or changed"
  [ -d "$d/dir" ] && [ -z "$(ls -A "$d/dir")" ] || fail "$1: the directory changed"
  local stray
  stray="$(find "$d" -name '*.tmp-*' -o -name '*.probe-*')"
  [ -z "$stray" ] || fail "$1: left behind: $stray"
}

echo "--- decode --output"
run decode-new 0 "$bin" "${decode[@]}" --output "$d/real/new.jsonl" \
  && complete "$d/real/new.jsonl" $records "a new path"
run decode-link 0 "$bin" "${decode[@]}" --output "$d/link" \
  && complete "$d/link" $records "results read back through the link"
run decode-dangling 0 "$bin" "${decode[@]}" --output "$d/dangling" \
  && complete "$d/dangling" $records "results read back through the once-dangling link"
[ -L "$d/dangling" ] || fail "the dangling link was replaced"
[ "$(ls "$d/real")" = "$(printf 'later.jsonl\nnew.jsonl\nresults.jsonl')" ] \
  || fail "real/ holds $(ls "$d/real" | tr '\n' ' ')"
timeout 60 cat "$d/fifo" >"$work/fifo-got" &
reader=$!
run decode-fifo 0 "$bin" "${decode[@]}" --output "$d/fifo" || :
wait "$reader" || fail "the FIFO's reader failed"
complete "$work/fifo-got" $records "what the FIFO's reader got"
run decode-null 0 "$bin" "${decode[@]}" --output "$d/null" || :
run decode-full 1 "$bin" "${decode[@]}" --output "$d/full" && said decode-full ENOSPC
run decode-dash 0 "$bin" "${decode[@]}" --output - \
  && complete "$work/decode-dash.out" $records "standard output with -"
grep -q "ns/value" "$work/decode-dash.err" || fail "with -, the table should go to stderr"
run decode-devstdout 0 "$bin" "${decode[@]}" --output /dev/stdout \
  && complete "$work/decode-devstdout.out" $records "standard output as /dev/stdout"
"$bin" "${decode[@]}" --output /dev/stdout 2>/dev/null | cat >"$work/piped" \
  || fail "decode --output /dev/stdout into a pipe failed"
complete "$work/piped" $records "/dev/stdout as a pipe"
run decode-epipe 1 "${helper[@]}" closed-pipe "$bin" "${decode[@]}" --output - \
  && said decode-epipe "cannot write 'standard output': EPIPE"
run decode-epipe-path 1 "${helper[@]}" closed-pipe "$bin" "${decode[@]}" --output /dev/stdout \
  && said decode-epipe-path EPIPE
# Refusals come at flag-validation time: a run that measured first would take minutes and be
# stopped by the timeout (status 124), and would have printed its table.
long=(decode --iters 1000000 --samples 1000)
for refused in "blk:a block device" "dir:a directory" "sock:a socket"; do
  name="${refused%%:*}"
  kind="${refused#*:}"
  run "decode-$name" 2 timeout 60 "$bin" "${long[@]}" --output "$d/$name" \
    && said "decode-$name" "$d/$name is $kind: refusing to write results there"
  [ ! -s "$work/decode-$name.out" ] || fail "decode-$name: printed results before refusing"
done
nodes_intact "decode"

echo "--- corpus --write"
c="$work/corpora"
mkdir -p "$c" "$work/elsewhere"
ln -s ../elsewhere/skew.bin "$c/protobuf-skew.bin"
mkfifo "$c/MANIFEST.tsv"
timeout 60 cat "$c/MANIFEST.tsv" >"$work/manifest-got" &
reader=$!
run corpus-write 0 "$bin" corpus --write "$c" || :
wait "$reader" || fail "the manifest FIFO's reader failed"
[ -L "$c/protobuf-skew.bin" ] || fail "corpus: the link was replaced"
[ -p "$c/MANIFEST.tsv" ] || fail "corpus: the manifest FIFO is no longer a FIFO"
[ -f "$work/elsewhere/skew.bin" ] || fail "corpus: the linked file was not written"
"${helper[@]}" corpus "$work/manifest-got" "$c" || fail "corpus files do not match the manifest"
c2="$work/corpora-refused"
mkdir -p "$c2"
mknod "$c2/two-byte.bin" b 7 0
run corpus-blk 2 "$bin" corpus --write "$c2" \
  && said corpus-blk "$c2/two-byte.bin is a block device: refusing to write results there"
[ -b "$c2/two-byte.bin" ] || fail "corpus: the block device is no longer one"
[ "$(ls "$c2")" = two-byte.bin ] || fail "corpus: wrote files before refusing: $(ls "$c2")"
mknod "$c2/MANIFEST.tsv" c 1 7
rm "$c2/two-byte.bin"
run corpus-full 1 "$bin" corpus --write "$c2" && said corpus-full ENOSPC
[ -c "$c2/MANIFEST.tsv" ] || fail "corpus: the full device is no longer one"
run corpus-notdir 2 "$bin" corpus --write "$d/null" \
  && said corpus-notdir "$d/null is a character device, not a directory"
nodes_intact "corpus"

echo "--- aggregate --output"
mkdir -p "$work/hosts/box"
cp "$d/real/results.jsonl" "$work/hosts/box/results.jsonl"
aggregate=("$bin" aggregate "$work/hosts")
run aggregate-plain 0 "${aggregate[@]}" || :
[ -s "$work/aggregate-plain.out" ] || fail "aggregate printed nothing"
expect_same() { cmp -s "$work/aggregate-plain.out" "$1" || fail "$2: not the report aggregate prints"; }
printf 'old results\n' >"$d/real/results.jsonl"
run aggregate-link 0 "${aggregate[@]}" --output "$d/link" \
  && expect_same "$d/real/results.jsonl" "aggregate through the link"
timeout 60 cat "$d/fifo" >"$work/aggregate-fifo-got" &
reader=$!
run aggregate-fifo 0 "${aggregate[@]}" --output "$d/fifo" || :
wait "$reader" || fail "the FIFO's reader failed"
expect_same "$work/aggregate-fifo-got" "what the FIFO's reader got from aggregate"
run aggregate-dash 0 "${aggregate[@]}" --output - && expect_same "$work/aggregate-dash.out" "-"
run aggregate-full 1 "${aggregate[@]}" --output "$d/full" && said aggregate-full ENOSPC
run aggregate-blk 2 "${aggregate[@]}" --output "$d/blk" \
  && said aggregate-blk "$d/blk is a block device: refusing to write results there"
run aggregate-dir 2 "${aggregate[@]}" --output "$d/dir" \
  && said aggregate-dir "$d/dir is a directory: refusing to write results there"
nodes_intact "aggregate"

finish_checks "output safety" \
  "files atomic (through links), devices/FIFOs/stdout in place, ENOSPC/EPIPE exit 1, refusals exit 2"
