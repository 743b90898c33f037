// cperf_source_revision(), declared in CPerf's CPerfHost.h, defined in a target of its own that
// only the executables link.
//
// Toolchains/toolchain.sh writes edgebench_revision.h into the build folder and adds that folder
// to the include path; a plain `swift build` has none and reports "unknown". Kept apart from
// CPerf because SwiftPM recompiles every Swift module that imports a C target when any of that
// target's files changes: here a new commit recompiles this file and main.swift, and relinks.
#include "CSourceRevision.h"

#if __has_include(<edgebench_revision.h>)
#include <edgebench_revision.h>
#endif

const char *cperf_source_revision(void) {
#ifdef EDGEBENCH_SOURCE_REVISION
  return EDGEBENCH_SOURCE_REVISION;
#else
  return "unknown";
#endif
}
