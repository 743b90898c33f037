#!/usr/bin/env bash
# Does the renames a WebAssembly module handed to its launcher because the runtime has no
# path_rename (wasmkit 0.1.6; Sources/CPerf/wasi_rename.c). FILE holds pairs of absolute paths,
# each ended by a NUL byte: a finished, flushed temporary file and the target it replaces. Each
# pair, in the order the module finished them, gets the mode a native run gives its files and is
# renamed with rename(2) (`mv -f -T` within the target's directory, which is then flushed), so the target is only ever the old file or the
# whole new one, as natively. The output policy still holds: a target that is now anything but
# a regular file or nothing (a device such as /dev/full, a FIFO, a directory, a symbolic link)
# is never renamed over, and its temporary file is removed; so is one whose rename fails. A
# pair whose first path is not the target's temporary file (<target>.tmp-*) is refused.
#
# usage: publish-renames.sh FILE    exit 0 when every pair was renamed, 1 otherwise
set -uo pipefail
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: publish-renames.sh FILE" >&2; exit 2; }
# WASI has no file modes (wasmkit creates 0600): the file gets the mode a native run's
# open(..., 0644) would give it under this umask.
mode="$(printf '%o' $((0644 & ~$(umask))))"
status=0
refuse() { # message: the pair is not renamed
  echo "edgebench: not renaming '$from' to '$to': $1" >&2
  status=1
}
while IFS= read -r -d '' from && IFS= read -r -d '' to; do
  folder="$(dirname -- "$to")"
  if [ "$(dirname -- "$from")" != "$folder" ] || [[ "$(basename -- "$from")" != "$(basename -- "$to").tmp-"* ]]; then
    refuse "not the target's temporary file" # and not removed: it is not the module's
  elif [ -L "$from" ] || [ ! -f "$from" ]; then
    refuse "the temporary file is gone or not a regular file"
  elif [ -L "$to" ] || { [ -e "$to" ] && [ ! -f "$to" ]; }; then
    refuse "the target is no longer a regular file"
    rm -f -- "$from"
  elif chmod "$mode" -- "$from" && mv -f -T -- "$from" "$to"; then
    sync -- "$folder" 2>/dev/null || true
  else
    refuse "chmod or mv failed"
    rm -f -- "$from"
  fi
done <"$1"
exit "$status"
