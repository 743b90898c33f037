#ifndef CSOURCE_REVISION_H
#define CSOURCE_REVISION_H

/// The source revision this binary was built from, or "unknown". The same declaration as in
/// CPerf's CPerfHost.h, through which EdgebenchKit calls it; this target holds the definition.
const char *_Nonnull cperf_source_revision(void);

#endif
