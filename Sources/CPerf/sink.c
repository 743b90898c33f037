// Optimizer barriers for timed work: a call the compiler cannot see through.
#include "CPerfSink.h"

// Written through a volatile so that neither the call nor the store can be proven dead.
static volatile uint64_t sunk_value;
static const void *volatile escaped_pointer;

void cperf_sink(uint64_t value) { sunk_value ^= value; }

void cperf_escape(const void *pointer) { escaped_pointer = pointer; }
