/* The C and C++ peers' harness: options, corpus files, checks, edgebench's measurement protocol,
 * the results schema and the host fingerprint, ported from peers/go (options.go, corpus.go,
 * cases.go, sampler.go, stats.go, record.go, host.go, taskclock.go) so that a C or C++ record
 * is indistinguishable in shape from a Go one. Plain C11 with glibc; no allocation is left to
 * the timed loop. */
#define _GNU_SOURCE
#include "peer.h"

#include <errno.h>
#include <inttypes.h>
#include <linux/perf_event.h>
#include <math.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#ifndef PEER_SOURCE_REVISION
#define PEER_SOURCE_REVISION "unknown"
#endif

static const peer_identity *me;

/* ---- small utilities ---- */

static void die_oom(void) {
  fprintf(stderr, "%s: out of memory\n", me ? me->program : "edgebench-peer");
  exit(1);
}

static void *allocate(size_t size) {
  void *p = calloc(1, size ? size : 1);
  if (!p) die_oom();
  return p;
}

static char *duplicate(const char *text) {
  char *copy = strdup(text);
  if (!copy) die_oom();
  return copy;
}

/* A growable string. */
typedef struct {
  char *data;
  size_t length, capacity;
} text;

static void text_reserve(text *t, size_t more) {
  if (t->length + more + 1 <= t->capacity) return;
  size_t capacity = t->capacity ? t->capacity : 256;
  while (capacity < t->length + more + 1) capacity *= 2;
  char *data = realloc(t->data, capacity);
  if (!data) die_oom();
  t->data = data;
  t->capacity = capacity;
}

static void text_add(text *t, const char *s, size_t n) {
  text_reserve(t, n);
  memcpy(t->data + t->length, s, n);
  t->length += n;
  t->data[t->length] = 0;
}

static void text_printf(text *t, const char *format, ...) {
  va_list args;
  va_start(args, format);
  va_list copy;
  va_copy(copy, args);
  int n = vsnprintf(NULL, 0, format, copy);
  va_end(copy);
  text_reserve(t, (size_t)n);
  vsnprintf(t->data + t->length, (size_t)n + 1, format, args);
  t->length += (size_t)n;
  va_end(args);
}

static void text_str(text *t, const char *s) { text_add(t, s, strlen(s)); }

/* A JSON string literal. */
static void json_string(text *t, const char *s) {
  text_str(t, "\"");
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    switch (*p) {
      case '"': text_str(t, "\\\""); break;
      case '\\': text_str(t, "\\\\"); break;
      case '\n': text_str(t, "\\n"); break;
      case '\r': text_str(t, "\\r"); break;
      case '\t': text_str(t, "\\t"); break;
      default:
        if (*p < 0x20) text_printf(t, "\\u%04x", *p);
        else text_add(t, (const char *)p, 1);
    }
  }
  text_str(t, "\"");
}

static void json_string_or_null(text *t, const char *s) {
  if (s) json_string(t, s);
  else text_str(t, "null");
}

/* The shortest of %.15g, %.16g, %.17g that reads back as the same double (JSON has no NaN or
 * infinity: those become null). */
static void json_double(text *t, double value) {
  if (!isfinite(value)) {
    text_str(t, "null");
    return;
  }
  char buffer[40];
  for (int digits = 15; digits <= 17; digits++) {
    snprintf(buffer, sizeof buffer, "%.*g", digits, value);
    if (strtod(buffer, NULL) == value) break;
  }
  text_str(t, buffer);
}

static uint64_t fnv1a64(const uint8_t *bytes, size_t length) {
  uint64_t hash = 0xCBF29CE484222325ull;
  for (size_t i = 0; i < length; i++) hash = (hash ^ bytes[i]) * 0x00000100000001B3ull;
  return hash;
}

/* Reads a whole file; NULL with errno set when it cannot. *length excludes the 0 appended. */
static uint8_t *read_file(const char *path, size_t *length) {
  FILE *file = fopen(path, "rb");
  if (!file) return NULL;
  size_t capacity = 65536, used = 0;
  uint8_t *data = allocate(capacity);
  for (;;) {
    if (used + 1 >= capacity) {
      capacity *= 2;
      uint8_t *grown = realloc(data, capacity);
      if (!grown) die_oom();
      data = grown;
    }
    size_t n = fread(data + used, 1, capacity - used - 1, file);
    used += n;
    if (n == 0) break;
  }
  int failed = ferror(file);
  fclose(file);
  if (failed) {
    free(data);
    errno = EIO;
    return NULL;
  }
  data[used] = 0;
  if (length) *length = used;
  return data;
}

/* A file's text with NULs removed and surrounding white space trimmed; NULL when unreadable. */
static char *read_trimmed(const char *path) {
  size_t length;
  char *data = (char *)read_file(path, &length);
  if (!data) return NULL;
  size_t kept = 0;
  for (size_t i = 0; i < length; i++)
    if (data[i]) data[kept++] = data[i];
  data[kept] = 0;
  char *start = data;
  while (*start == ' ' || *start == '\t' || *start == '\n' || *start == '\r') start++;
  char *end = start + strlen(start);
  while (end > start && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r')) end--;
  *end = 0;
  char *result = duplicate(start);
  free(data);
  return result;
}

/* A whole number from a file; 0 when unreadable or not a number. */
static int read_int(const char *path, long *value) {
  char *s = read_trimmed(path);
  if (!s) return 0;
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  int ok = *s && !*end && !errno;
  free(s);
  if (ok) *value = v;
  return ok;
}

/* The value of the first "key : value" line of /proc-style text, trimmed, or NULL. */
static char *field_of(const char *content, const char *key) {
  if (!content) return NULL;
  for (const char *line = content; *line;) {
    const char *end = strchr(line, '\n');
    if (!end) end = line + strlen(line);
    const char *colon = memchr(line, ':', (size_t)(end - line));
    if (colon) {
      const char *a = line, *b = colon;
      while (a < b && (*a == ' ' || *a == '\t')) a++;
      while (b > a && (b[-1] == ' ' || b[-1] == '\t')) b--;
      if ((size_t)(b - a) == strlen(key) && !memcmp(a, key, (size_t)(b - a))) {
        const char *v = colon + 1, *w = end;
        while (v < w && (*v == ' ' || *v == '\t')) v++;
        while (w > v && (w[-1] == ' ' || w[-1] == '\t' || w[-1] == '\r')) w--;
        char *value = allocate((size_t)(w - v) + 1);
        memcpy(value, v, (size_t)(w - v));
        return value;
      }
    }
    line = *end ? end + 1 : end;
  }
  return NULL;
}

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* ---- errors ---- */

void peer_fail(peer_error *error, const char *kind, size_t offset) {
  snprintf(error->kind, sizeof error->kind, "%s", kind);
  error->offset = offset;
}

void peer_varint_failure(const uint8_t *input, size_t length, size_t offset, peer_error *error) {
  size_t end = offset + 9;
  if (end >= length) {
    peer_fail(error, "truncated", offset);
    return;
  }
  for (size_t i = offset; i < end; i++)
    if (input[i] < 0x80) {
      /* A stop byte before the 10th: the decoder rejected a valid varint. */
      peer_fail(error, "decoder-rejected-valid-varint", offset);
      return;
    }
  peer_fail(error, (input[end] & 0x80) ? "varint-too-long" : "varint-overflow", offset);
}

/* ---- options (options.go) ---- */

typedef struct {
  int samples, warmup_samples, fixed_iterations; /* fixed 0: calibrate */
  uint64_t target_ns, seed;
} plan;

typedef struct {
  const char *corpus_dir;
  char **corpora; /* NULL: every corpus in the manifest */
  size_t corpus_count;
  const peer_strategy **strategies;
  size_t strategy_count;
  plan plan;
  const char *format, *output;
} options;

static char usage_text[2048];

static const char *usage(void) {
  snprintf(usage_text, sizeof usage_text,
           "usage: %s decode --corpus-dir DIR [flags]\n"
           "       %s list\n"
           "  decode the files of 'edgebench corpus --write DIR' by edgebench's protocol\n"
           "  --corpus-dir DIR    where MANIFEST.tsv and the <name>.bin files are (required)\n"
           "  --corpus NAMES      comma-separated corpus names, or 'all' (default)\n"
           "  --strategy NAMES    comma-separated strategies, or 'all' (default); see 'list'\n"
           "  --iters N           iterations per sample (1...1000000; default: calibrated to 10 ms)\n"
           "  --samples K         timed samples per case (1...1000, default 10)\n"
           "  --warmup N          untimed samples per case before timing (0...100, default 1)\n"
           "  --seed N            seed of the per-round case order (default: from the clock)\n"
           "  --format F          table (default) or json (edgebench's JSON Lines)\n"
           "  --output FILE       write JSON Lines to FILE atomically (a table still goes to stdout)",
           me->program, me->program);
  return usage_text;
}

/* Splits a comma-separated list into a fresh array of strings. */
static char **split_commas(const char *value, size_t *count) {
  size_t n = 1;
  for (const char *p = value; *p; p++) n += *p == ',';
  char **parts = allocate(n * sizeof *parts);
  char *copy = duplicate(value), *save = NULL;
  size_t i = 0;
  for (char *start = copy;; start = NULL) {
    char *part = strtok_r(start, ",", &save);
    if (!part) break;
    parts[i++] = part;
  }
  *count = i;
  return parts;
}

static int integer_option(const char *flag, const char *value, long low, long high, int *out,
                          char *message, size_t size) {
  char *end;
  errno = 0;
  long v = strtol(value, &end, 10);
  if (!*value || *end || errno || v < low || v > high) {
    snprintf(message, size, "%s must be a whole number in %ld...%ld, not '%s'", flag, low, high, value);
    return 0;
  }
  *out = (int)v;
  return 1;
}

static int parse_options(int argc, char **argv, options *o, char *message, size_t size) {
  memset(o, 0, sizeof *o);
  o->format = "table";
  o->plan.samples = 10;
  o->plan.warmup_samples = 1;
  o->plan.target_ns = 10000000;
  o->plan.seed = now_ns() ^ ((uint64_t)time(NULL) << 20);
  o->strategy_count = me->strategy_count;
  o->strategies = allocate(me->strategy_count * sizeof *o->strategies);
  for (size_t i = 0; i < me->strategy_count; i++) o->strategies[i] = &me->strategies[i];
  for (int i = 0; i < argc; i++) {
    char *flag = duplicate(argv[i]);
    const char *value;
    char *equals = strchr(flag, '=');
    if (equals) {
      *equals = 0;
      value = equals + 1;
    } else {
      if (i + 1 >= argc) {
        snprintf(message, size, "%s needs a value", flag);
        return 0;
      }
      value = argv[++i];
    }
    int ok = 1;
    if (!strcmp(flag, "--corpus-dir")) {
      o->corpus_dir = value;
    } else if (!strcmp(flag, "--corpus")) {
      if (strcmp(value, "all")) o->corpora = split_commas(value, &o->corpus_count);
      else o->corpora = NULL, o->corpus_count = 0;
    } else if (!strcmp(flag, "--strategy")) {
      if (!strcmp(value, "all")) {
        o->strategy_count = me->strategy_count;
        for (size_t s = 0; s < me->strategy_count; s++) o->strategies[s] = &me->strategies[s];
      } else {
        size_t count;
        char **names = split_commas(value, &count);
        free(o->strategies);
        o->strategies = allocate((count ? count : 1) * sizeof *o->strategies);
        o->strategy_count = 0;
        for (size_t n = 0; n < count && ok; n++) {
          int found = 0;
          for (size_t s = 0; s < me->strategy_count; s++)
            if (!strcmp(names[n], me->strategies[s].name)) {
              o->strategies[o->strategy_count++] = &me->strategies[s];
              found = 1;
            }
          if (!found) {
            snprintf(message, size, "no strategy '%s'; see '%s list'", names[n], me->program);
            ok = 0;
          }
        }
      }
    } else if (!strcmp(flag, "--iters")) {
      ok = integer_option(flag, value, 1, 1000000, &o->plan.fixed_iterations, message, size);
    } else if (!strcmp(flag, "--samples")) {
      ok = integer_option(flag, value, 1, 1000, &o->plan.samples, message, size);
    } else if (!strcmp(flag, "--warmup")) {
      ok = integer_option(flag, value, 0, 100, &o->plan.warmup_samples, message, size);
    } else if (!strcmp(flag, "--seed")) {
      char *end;
      errno = 0;
      unsigned long long seed = strtoull(value, &end, 10);
      if (!*value || *end || errno || *value == '-') {
        snprintf(message, size, "--seed must be a whole number, not '%s'", value);
        ok = 0;
      }
      o->plan.seed = seed;
    } else if (!strcmp(flag, "--format")) {
      if (strcmp(value, "table") && strcmp(value, "json")) {
        snprintf(message, size, "--format must be table or json, not '%s'", value);
        ok = 0;
      }
      o->format = value;
    } else if (!strcmp(flag, "--output")) {
      o->output = value;
    } else {
      snprintf(message, size, "unknown flag '%s'", flag);
      ok = 0;
    }
    free(flag);
    if (!ok) return 0;
  }
  if (!o->corpus_dir) {
    snprintf(message, size, "--corpus-dir is required");
    return 0;
  }
  return 1;
}

/* ---- corpus files (corpus.go) ---- */

typedef struct {
  char *name, *path;
  const char *format; /* "varints" or "messages" */
  uint8_t *bytes;
  size_t length;
  size_t expected_count;
  uint64_t expected_sum, checksum;
} corpus;

static int wanted(const options *o, const char *name) {
  if (!o->corpora) return 1;
  for (size_t i = 0; i < o->corpus_count; i++)
    if (!strcmp(o->corpora[i], name)) return 1;
  return 0;
}

/* Parses "name, format, values, bytes, fnv1a64 (hex), value sum", tab-separated. */
static int parse_manifest_line(char *line, corpus *c, size_t *size, char *message, size_t length) {
  char *fields[7];
  size_t n = 0;
  for (char *p = line;; ) {
    if (n < 7) fields[n] = p;
    n++;
    char *tab = strchr(p, '\t');
    if (!tab) break;
    *tab = 0;
    p = tab + 1;
  }
  if (n != 6) {
    snprintf(message, length, "expected 6 tab-separated fields, found %zu", n);
    return 0;
  }
  if (strcmp(fields[1], "varints") && strcmp(fields[1], "messages")) {
    snprintf(message, length, "unknown format '%s'", fields[1]);
    return 0;
  }
  const int bases[4] = {10, 10, 16, 10};
  unsigned long long numbers[4];
  for (int i = 0; i < 4; i++) {
    const char *s = fields[2 + i];
    char *end;
    errno = 0;
    numbers[i] = strtoull(s, &end, bases[i]);
    if (!*s || *end || errno || *s == '-' || *s == '+' || *s == ' ') {
      snprintf(message, length, "field %d is not a number: '%s'", 3 + i, s);
      return 0;
    }
  }
  c->name = duplicate(fields[0]);
  c->format = strcmp(fields[1], "varints") ? "messages" : "varints";
  c->expected_count = (size_t)numbers[0];
  *size = (size_t)numbers[1];
  c->checksum = numbers[2];
  c->expected_sum = numbers[3];
  return 1;
}

/* Reads DIR/MANIFEST.tsv and the DIR/<name>.bin files it names, keeping the wanted ones, and
 * refuses files whose size or FNV-1a 64 differ from the manifest: a peer must never time other
 * bytes than edgebench did. Returns the number loaded, or -1 with message set. */
static long load_corpora(const options *o, corpus **out, char *message, size_t size) {
  char *manifest_path = allocate(strlen(o->corpus_dir) + 16);
  sprintf(manifest_path, "%s/MANIFEST.tsv", o->corpus_dir);
  size_t manifest_length;
  char *manifest = (char *)read_file(manifest_path, &manifest_length);
  if (!manifest) {
    snprintf(message, size, "cannot read the manifest (write it with 'edgebench corpus --write %s'): open %s: %s",
             o->corpus_dir, manifest_path, strerror(errno));
    return -1;
  }
  corpus *corpora = NULL;
  size_t count = 0;
  int number = 0;
  for (char *line = manifest, *next; line; line = next) {
    number++;
    next = strchr(line, '\n');
    if (next) *next++ = 0;
    if (!*line || *line == '#') continue;
    corpus c = {0};
    size_t expected_bytes;
    char reason[512];
    if (!parse_manifest_line(line, &c, &expected_bytes, reason, sizeof reason)) {
      snprintf(message, size, "%s line %d: %s", manifest_path, number, reason);
      return -1;
    }
    if (!wanted(o, c.name)) continue;
    c.path = allocate(strlen(o->corpus_dir) + strlen(c.name) + 8);
    sprintf(c.path, "%s/%s.bin", o->corpus_dir, c.name);
    c.bytes = read_file(c.path, &c.length);
    if (!c.bytes) {
      snprintf(message, size, "open %s: %s", c.path, strerror(errno));
      return -1;
    }
    uint64_t hash = fnv1a64(c.bytes, c.length);
    if (c.length != expected_bytes || hash != c.checksum) {
      snprintf(message, size, "%s: %zu bytes with FNV-1a %016" PRIx64 ", but the manifest says %zu bytes with %016" PRIx64,
               c.path, c.length, hash, expected_bytes, c.checksum);
      return -1;
    }
    corpora = realloc(corpora, (count + 1) * sizeof *corpora);
    if (!corpora) die_oom();
    corpora[count++] = c;
  }
  for (size_t i = 0; i < o->corpus_count; i++) {
    int found = 0;
    for (size_t j = 0; j < count; j++) found |= !strcmp(corpora[j].name, o->corpora[i]);
    if (!found) {
      snprintf(message, size, "no corpus '%s' in %s", o->corpora[i], manifest_path);
      return -1;
    }
  }
  free(manifest);
  free(manifest_path);
  *out = corpora;
  return (long)count;
}

/* ---- cases (cases.go) ---- */

typedef struct {
  size_t count;
  uint64_t sum;
  char failure[512]; /* empty when the check passed */
} check;

typedef struct {
  char name[256];
  const peer_strategy *strategy;
  const char *isa_path;
  corpus *corpus;
  check check;
  uint64_t *out; /* varints: the decoded-value buffer */
  size_t capacity;
  size_t buffer_bytes;
} test_case;

/* Does iterations decodes and returns a token folding every result, so no decode can be
 * dropped. */
static uint64_t run_case(const test_case *c, int iterations) {
  uint64_t token = 0;
  const corpus *k = c->corpus;
  for (int i = 0; i < iterations; i++) {
    const uint8_t *input = k->bytes;
    /* The input is unknown to the compiler at every iteration. */
    __asm__ volatile("" : "+r"(input));
    peer_error error;
    if (c->strategy->varints) {
      size_t n = 0, consumed = 0;
      c->strategy->varints(input, k->length, c->out, c->capacity, &n, &consumed, &error);
      if (n) token += n + c->out[n - 1];
    } else {
      size_t n = 0;
      uint64_t sum = 0;
      c->strategy->messages(input, k->length, &n, &sum, &error);
      token += n + sum;
    }
  }
  return token;
}

static void finish_check(check *ck, const corpus *k) {
  if (!ck->failure[0] && (ck->count != k->expected_count || ck->sum != k->expected_sum))
    snprintf(ck->failure, sizeof ck->failure, "decoded %zu values summing to %" PRIu64 "; expected %zu summing to %" PRIu64,
             ck->count, ck->sum, k->expected_count, k->expected_sum);
}

/* Pairs every corpus with every strategy that handles its format, and checks each once. */
static test_case *make_cases(corpus *corpora, size_t corpus_count, const options *o, size_t *count) {
  test_case *cases = allocate((corpus_count * o->strategy_count + 1) * sizeof *cases);
  size_t n = 0;
  for (size_t i = 0; i < corpus_count; i++) {
    corpus *k = &corpora[i];
    for (size_t s = 0; s < o->strategy_count; s++) {
      const peer_strategy *st = o->strategies[s];
      int varints = !strcmp(k->format, "varints");
      if ((varints && !st->varints) || (!varints && !st->messages)) continue;
      test_case *c = &cases[n++];
      snprintf(c->name, sizeof c->name, "decode/%s/%s", k->name, st->name);
      c->strategy = st;
      c->isa_path = st->isa_path ? st->isa_path() : "scalar";
      c->corpus = k;
      peer_error error = {{0}, 0};
      if (varints) {
        /* A varint takes at least one byte, so length values always suffice. */
        c->capacity = k->length + 1;
        c->out = allocate(c->capacity * sizeof *c->out);
        c->buffer_bytes = 8 * c->capacity;
        size_t consumed = 0;
        int failed = st->varints(k->bytes, k->length, c->out, c->capacity, &c->check.count, &consumed, &error);
        for (size_t v = 0; v < c->check.count; v++) c->check.sum += c->out[v];
        if (failed)
          snprintf(c->check.failure, sizeof c->check.failure, "decode failed: %s at byte offset %zu", error.kind, error.offset);
        else if (consumed != k->length)
          snprintf(c->check.failure, sizeof c->check.failure, "stopped after %zu of %zu bytes", consumed, k->length);
      } else {
        if (st->messages(k->bytes, k->length, &c->check.count, &c->check.sum, &error))
          snprintf(c->check.failure, sizeof c->check.failure, "decode failed: %s at byte offset %zu", error.kind, error.offset);
      }
      finish_check(&c->check, k);
    }
  }
  *count = n;
  return cases;
}

/* ---- task-clock (taskclock.go) ---- */

typedef struct {
  int fd; /* -1 when not counting */
  double read_cost;
  int excludes_kernel;
  const char *status; /* "counting" or "unavailable" */
  const char *reason, *errno_name;
  char message[256];
} task_clock;

typedef struct {
  double value, enabled, running;
} clock_reading;

static int task_clock_read(const task_clock *t, clock_reading *r) {
  if (t->fd < 0) return 0;
  uint64_t words[3];
  for (;;) {
    ssize_t n = read(t->fd, words, sizeof words);
    if (n < 0 && errno == EINTR) continue;
    if (n != (ssize_t)sizeof words) return 0;
    r->value = (double)words[0];
    r->enabled = (double)words[1];
    r->running = (double)words[2];
    return 1;
  }
}

static int open_task_clock(int exclude_kernel) {
  struct perf_event_attr attr;
  memset(&attr, 0, sizeof attr);
  attr.type = PERF_TYPE_SOFTWARE;
  attr.size = PERF_ATTR_SIZE_VER0;
  attr.config = PERF_COUNT_SW_TASK_CLOCK;
  attr.read_format = PERF_FORMAT_TOTAL_TIME_ENABLED | PERF_FORMAT_TOTAL_TIME_RUNNING;
  attr.exclude_hv = 1;
  attr.exclude_kernel = exclude_kernel ? 1 : 0;
  for (;;) {
    long fd = syscall(SYS_perf_event_open, &attr, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);
    if (fd >= 0 || errno != EINTR) return fd >= 0 ? (int)fd : -errno;
  }
}

static const char *errno_name(int e) {
  switch (e) {
    case ENOSYS: return "ENOSYS";
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case ENOENT: return "ENOENT";
    case EINVAL: return "EINVAL";
  }
  return strerror(e);
}

static volatile uint64_t sink; /* every sample's token lands here */

static void task_clock_open(task_clock *t) {
  memset(t, 0, sizeof *t);
  /* With kernel time first; where perf_event_paranoid forbids that, user time only. */
  int fd = open_task_clock(0);
  if (fd == -EACCES || fd == -EPERM) {
    t->excludes_kernel = 1;
    fd = open_task_clock(1);
  }
  if (fd < 0) {
    int e = -fd;
    t->fd = -1;
    t->status = "unavailable";
    t->errno_name = errno_name(e);
    if (e == ENOSYS) {
      t->reason = "no-syscall";
      snprintf(t->message, sizeof t->message, "perf_event_open is not implemented (ENOSYS): user-mode emulation such as qemu-user, or a kernel built without perf events");
    } else if (e == EACCES || e == EPERM) {
      t->reason = "blocked";
      snprintf(t->message, sizeof t->message, "perf_event_open was refused (%s): perf_event_paranoid, a seccomp filter or a security module", t->errno_name);
    } else {
      t->reason = "failed";
      snprintf(t->message, sizeof t->message, "perf_event_open failed (%s)", t->errno_name);
    }
    return;
  }
  t->fd = fd;
  t->status = "counting";
  double costs[31];
  for (int i = 0; i < 31; i++) {
    clock_reading before = {0}, after = {0};
    task_clock_read(t, &before);
    sink += now_ns();
    task_clock_read(t, &after);
    costs[i] = after.value - before.value;
  }
  for (int i = 1; i < 31; i++)
    for (int j = i; j > 0 && costs[j - 1] > costs[j]; j--) {
      double x = costs[j];
      costs[j] = costs[j - 1];
      costs[j - 1] = x;
    }
  t->read_cost = costs[15];
}

/* ---- the protocol (sampler.go) ---- */

typedef struct {
  int round, position, iterations;
  uint64_t ns;
  int cpu_start, cpu_end, migrated;
  int counted;
  clock_reading task_clock; /* the sample's delta, when counted */
} sample;

typedef struct {
  test_case *c;
  int iterations;
  sample *samples;
  int sample_count;
} result;

typedef struct {
  uint64_t state;
} splitmix64;

static uint64_t splitmix_next(splitmix64 *s) {
  s->state += 0x9E3779B97F4A7C15ull;
  uint64_t z = s->state;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static uint64_t splitmix_below(splitmix64 *s, uint64_t bound) {
  return (uint64_t)(((unsigned __int128)splitmix_next(s) * bound) >> 64);
}

enum { maximum_iterations = 1000000 };

static int clamp_int(long v, long low, long high) { return (int)(v < low ? low : v > high ? high : v); }

/* Finds iterations that make one sample last about target_ns (edgebench's rule). */
static int calibrate(const test_case *c, uint64_t target_ns) {
  double target = (double)target_ns;
  int iterations = 1;
  for (;;) {
    uint64_t start = now_ns();
    sink += run_case(c, iterations);
    double elapsed = (double)(now_ns() - start);
    if (elapsed >= target || iterations >= maximum_iterations) return iterations;
    double predicted = elapsed > 0 ? iterations * target / elapsed : iterations * 10.0;
    if (elapsed >= target / 4) return clamp_int((long)ceil(predicted), 1, maximum_iterations);
    long doubled = (long)iterations * 2, tenfold = (long)iterations * 10;
    long guess = (long)predicted < tenfold ? (long)predicted : tenfold;
    iterations = clamp_int(doubled > guess ? doubled : guess, 1, maximum_iterations);
  }
}

/* The median gap between two consecutive clock reads, over 31 tries. */
static uint64_t clock_overhead(void) {
  uint64_t gaps[31];
  for (int i = 0; i < 31; i++) {
    uint64_t first = now_ns();
    gaps[i] = now_ns() - first;
  }
  for (int i = 1; i < 31; i++)
    for (int j = i; j > 0 && gaps[j - 1] > gaps[j]; j--) {
      uint64_t x = gaps[j];
      gaps[j] = gaps[j - 1];
      gaps[j - 1] = x;
    }
  return gaps[15];
}

static sample take_sample(const test_case *c, int iterations, int round, int position, uint64_t clock_cost,
                          const task_clock *clock) {
  sample s = {round, position, iterations, 0, -1, -1, 0, 0, {0, 0, 0}};
  s.cpu_start = sched_getcpu();
  clock_reading before = {0}, after = {0};
  int counted = task_clock_read(clock, &before);
  uint64_t start = now_ns();
  uint64_t token = run_case(c, iterations);
  uint64_t end = now_ns();
  int counted_after = task_clock_read(clock, &after);
  s.cpu_end = sched_getcpu();
  sink += token;
  uint64_t elapsed = end - start;
  s.ns = elapsed > clock_cost ? elapsed - clock_cost : 0;
  s.migrated = s.cpu_start != s.cpu_end;
  if (counted && counted_after) {
    s.counted = 1;
    s.task_clock.value = after.value - before.value;
    s.task_clock.enabled = after.enabled - before.enabled;
    s.task_clock.running = after.running - before.running;
  }
  return s;
}

/* Runs the protocol: check (done in make_cases), calibrate or take --iters, warm up, then
 * rounds in which every case takes one sample, in a seeded order shuffled afresh each round.
 * Failed checks get no samples. */
static result *measure(test_case *cases, size_t count, const plan *p, uint64_t clock_cost, const task_clock *clock) {
  result *results = allocate((count + 1) * sizeof *results);
  size_t *runnable = allocate((count + 1) * sizeof *runnable), runnable_count = 0;
  for (size_t i = 0; i < count; i++) {
    results[i].c = &cases[i];
    if (!cases[i].check.failure[0]) runnable[runnable_count++] = i;
  }
  for (size_t r = 0; r < runnable_count; r++) {
    result *res = &results[runnable[r]];
    res->iterations = p->fixed_iterations > 0 ? p->fixed_iterations : calibrate(res->c, p->target_ns);
    for (int w = 0; w < p->warmup_samples; w++) sink += run_case(res->c, res->iterations);
    res->samples = allocate((size_t)p->samples * sizeof *res->samples);
  }
  splitmix64 order = {p->seed};
  size_t *shuffled = allocate((runnable_count + 1) * sizeof *shuffled);
  for (int round = 0; round < p->samples; round++) {
    for (size_t i = 0; i < runnable_count; i++) shuffled[i] = i;
    for (size_t i = runnable_count; i-- > 1;) {
      size_t j = (size_t)splitmix_below(&order, i + 1);
      size_t t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    for (size_t position = 0; position < runnable_count; position++) {
      result *res = &results[runnable[shuffled[position]]];
      res->samples[res->sample_count++] =
          take_sample(res->c, res->iterations, round, (int)position, clock_cost, clock);
    }
  }
  free(shuffled);
  free(runnable);
  return results;
}

/* ---- statistics (stats.go) ---- */

typedef struct {
  int count, rank;
  double median, min, max, mean, stddev, mad, cv, low, high, level;
} stats;

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median_sorted(const double *sorted, int n) {
  if (n == 0) return 0;
  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/* The largest j with P(j <= B <= n-j) >= target for B ~ Binomial(n, 1/2), and that coverage. */
static void median_rank(int n, double target, int *rank, double *level) {
  *rank = 1;
  *level = 0;
  if (n <= 1) return;
  double *pmf = allocate((size_t)(n + 1) * sizeof *pmf);
  pmf[0] = pow(0.5, n);
  for (int k = 0; k < n; k++) pmf[k + 1] = pmf[k] * (double)(n - k) / (double)(k + 1);
  for (int r = 1; r <= n - r + 1; r++) {
    double coverage = 0;
    for (int k = r; k <= n - r; k++) coverage += pmf[k];
    if (r == 1) *rank = 1, *level = coverage;
    if (coverage < target) break;
    *rank = r;
    *level = coverage;
  }
  free(pmf);
}

static int summarize(const double *samples, int n, stats *s) {
  if (n == 0) return 0;
  double *sorted = allocate((size_t)n * sizeof *sorted), *deviations = allocate((size_t)n * sizeof *deviations);
  memcpy(sorted, samples, (size_t)n * sizeof *sorted);
  qsort(sorted, (size_t)n, sizeof *sorted, compare_doubles);
  memset(s, 0, sizeof *s);
  s->count = n;
  s->median = median_sorted(sorted, n);
  s->min = sorted[0];
  s->max = sorted[n - 1];
  for (int i = 0; i < n; i++) s->mean += sorted[i];
  s->mean /= n;
  if (n > 1) {
    double squares = 0;
    for (int i = 0; i < n; i++) squares += (sorted[i] - s->mean) * (sorted[i] - s->mean);
    s->stddev = sqrt(squares / (n - 1));
  }
  for (int i = 0; i < n; i++) deviations[i] = fabs(sorted[i] - s->median);
  qsort(deviations, (size_t)n, sizeof *deviations, compare_doubles);
  s->mad = median_sorted(deviations, n);
  if (s->mean != 0) s->cv = s->stddev / s->mean;
  median_rank(n, 0.95, &s->rank, &s->level);
  s->low = sorted[s->rank - 1];
  s->high = sorted[n - s->rank];
  free(sorted);
  free(deviations);
  return 1;
}

/* ---- SHA-256 of the binary, for build.binary_sha256 ---- */

static void sha256(const uint8_t *data, size_t length, char hex[65]) {
  static const uint32_t k[64] = {
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
      0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
      0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
      0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
  uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))
  size_t blocks = (length + 9 + 63) / 64;
  for (size_t b = 0; b < blocks; b++) {
    uint8_t block[64];
    for (size_t i = 0; i < 64; i++) {
      size_t at = b * 64 + i;
      if (at < length) block[i] = data[at];
      else if (at == length) block[i] = 0x80;
      else if (at >= blocks * 64 - 8) block[i] = (uint8_t)(((uint64_t)length * 8) >> (8 * (blocks * 64 - 1 - at)));
      else block[i] = 0;
    }
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
      w[i] = (uint32_t)block[4 * i] << 24 | (uint32_t)block[4 * i + 1] << 16 | (uint32_t)block[4 * i + 2] << 8 | block[4 * i + 3];
    for (int i = 16; i < 64; i++) {
      uint32_t s0 = ROTR(w[i - 15], 7) ^ ROTR(w[i - 15], 18) ^ (w[i - 15] >> 3);
      uint32_t s1 = ROTR(w[i - 2], 17) ^ ROTR(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
      uint32_t t1 = hh + (ROTR(e, 6) ^ ROTR(e, 11) ^ ROTR(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
      uint32_t t2 = (ROTR(a, 2) ^ ROTR(a, 13) ^ ROTR(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c));
      hh = g, g = f, f = e, e = d + t1, d = c, c = bb, bb = a, a = t1 + t2;
    }
    h[0] += a, h[1] += bb, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
  }
#undef ROTR
  for (int i = 0; i < 8; i++) sprintf(hex + 8 * i, "%08x", h[i]);
}

/* ---- host and build facts (host.go) ---- */

static int cpu_list_count(const char *list) {
  int count = 0;
  char *copy = duplicate(list), *save = NULL;
  for (char *part = strtok_r(copy, ",", &save); part; part = strtok_r(NULL, ",", &save)) {
    long a, b;
    char *end;
    a = strtol(part, &end, 10);
    if (end == part) continue;
    b = a;
    if (*end == '-') {
      char *high = end + 1;
      b = strtol(high, &end, 10);
      if (end == high) continue;
    }
    if (*end == 0 && b >= a) count += (int)(b - a + 1);
  }
  free(copy);
  return count;
}

static void add_file_or_null(text *t, const char *key, const char *path) {
  char *value = read_trimmed(path);
  text_printf(t, "\"%s\":", key);
  json_string_or_null(t, value);
  free(value);
}

static void write_host(text *t) {
  struct utsname uts;
  memset(&uts, 0, sizeof uts);
  uname(&uts);
  char *cpuinfo = (char *)read_file("/proc/cpuinfo", NULL);
  text_str(t, "{\"collected_by\":");
  json_string(t, me->program);
  text_str(t, ",\"hostname\":");
  json_string(t, uts.nodename);
  text_str(t, ",\"kernel\":{\"sysname\":");
  json_string(t, uts.sysname);
  text_str(t, ",\"release\":");
  json_string(t, uts.release);
  text_str(t, ",\"version\":");
  json_string(t, uts.version);
  text_str(t, ",\"machine\":");
  json_string(t, uts.machine);
  /* cpu_model: the x86 model name, or the ARM implementer and part numbers. */
  text_str(t, "},\"cpu_model\":");
  char *model = field_of(cpuinfo, "model name");
  if (model && *model) {
    json_string(t, model);
  } else {
    char *implementer = field_of(cpuinfo, "CPU implementer"), *part = field_of(cpuinfo, "CPU part");
    if (implementer && *implementer) {
      text line = {0};
      text_printf(&line, "ARM implementer %s part %s", implementer, part ? part : "");
      json_string(t, line.data);
      free(line.data);
    } else {
      json_string(t, "unknown");
    }
    free(implementer);
    free(part);
  }
  free(model);
  text_str(t, ",\"board\":");
  char *board = read_trimmed("/sys/firmware/devicetree/base/model");
  if (!board) board = field_of(cpuinfo, "Model");
  if (board && !*board) free(board), board = NULL;
  if (!board) board = field_of(cpuinfo, "Hardware");
  if (board && !*board) free(board), board = NULL;
  json_string_or_null(t, board);
  free(board);
  text_str(t, ",\"core_types\":[],");
  char *online = read_trimmed("/sys/devices/system/cpu/online");
  text_str(t, "\"online_cpus\":");
  json_string_or_null(t, online);
  text_printf(t, ",\"online_count\":%d,", online ? cpu_list_count(online) : (int)sysconf(_SC_NPROCESSORS_ONLN));
  free(online);
  add_file_or_null(t, "possible_cpus", "/sys/devices/system/cpu/possible");
  text_str(t, ",");
  add_file_or_null(t, "smt", "/sys/devices/system/cpu/smt/control");
  text_str(t, ",\"threads_per_core\":null,\"boost\":");
  long value;
  if (read_int("/sys/devices/system/cpu/cpufreq/boost", &value))
    text_printf(t, "{\"state\":\"%s\",\"source\":\"/sys/devices/system/cpu/cpufreq/boost\"}", value == 1 ? "on" : "off");
  else if (read_int("/sys/devices/system/cpu/intel_pstate/no_turbo", &value))
    text_printf(t, "{\"state\":\"%s\",\"source\":\"/sys/devices/system/cpu/intel_pstate/no_turbo\"}", value == 1 ? "off" : "on");
  else
    text_str(t, "null");
  text_str(t, ",\"virtualization\":");
  char *hypervisor = read_trimmed("/sys/hypervisor/type");
  char *flags = field_of(cpuinfo, "flags");
  text padded = {0};
  text_printf(&padded, " %s ", flags ? flags : "");
  struct stat st;
  if (hypervisor && *hypervisor) {
    text_str(t, "{\"kind\":");
    json_string(t, hypervisor);
    text_str(t, ",\"evidence\":\"/sys/hypervisor/type\"}");
  } else if (strstr(padded.data, " hypervisor ")) {
    text_str(t, "{\"kind\":\"unknown-hypervisor\",\"evidence\":\"cpuinfo flag 'hypervisor'\"}");
  } else if (!stat("/.dockerenv", &st) || !stat("/run/.containerenv", &st)) {
    text_str(t, "{\"kind\":\"container\",\"evidence\":\"/.dockerenv or /run/.containerenv\"}");
  } else {
    text_str(t, "{\"kind\":\"none-detected\",\"evidence\":\"no hypervisor signature found\"}");
  }
  free(padded.data);
  free(hypervisor);
  free(flags);
  text_str(t, ",\"perf_event_paranoid\":");
  if (read_int("/proc/sys/kernel/perf_event_paranoid", &value)) text_printf(t, "%ld", value);
  else text_str(t, "null");
  text_str(t, ",\"memory_total_kib\":");
  char *meminfo = (char *)read_file("/proc/meminfo", NULL);
  char *total = field_of(meminfo, "MemTotal");
  char *end;
  long kib = total ? strtol(total, &end, 10) : 0;
  if (total && end != total && !strcmp(end, " kB")) text_printf(t, "%ld", kib);
  else text_str(t, "null");
  free(total);
  free(meminfo);
  free(cpuinfo);
  text_str(t, "}");
}

static void write_build(text *t) {
  struct utsname uts;
  uname(&uts);
#if defined(__x86_64__)
  const char *target = "x86_64-linux";
#elif defined(__aarch64__)
  const char *target = "aarch64-linux";
#else
  const char *target = "unknown-linux";
#endif
  (void)uts;
  text_printf(t, "{\"mode\":\"peer\",\"swift\":null,\"target\":\"%s\",\"c_arch\":null,\"c_compiler\":null,"
                 "\"optimization\":\"release\",\"binary_path\":", target);
  char path[4096];
  ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
  size_t length = 0;
  uint8_t *binary = NULL;
  if (n > 0) {
    path[n] = 0;
    json_string(t, path);
    binary = read_file(path, &length);
  } else {
    text_str(t, "null");
  }
  text_str(t, ",\"binary_sha256\":");
  if (binary) {
    char hex[65];
    sha256(binary, length, hex);
    json_string(t, hex);
  } else {
    text_str(t, "null");
  }
  text_str(t, ",\"source_revision\":");
  json_string(t, PEER_SOURCE_REVISION);
  text_str(t, ",\"binary_bytes\":");
  if (binary) text_printf(t, "%zu", length);
  else text_str(t, "null");
  text_str(t, ",\"language\":");
  json_string(t, me->language);
  text_str(t, ",\"compiler\":");
  json_string(t, me->compiler);
  text_str(t, ",\"library\":");
  json_string(t, me->library);
  text_str(t, "}");
  free(binary);
}

static long peak_rss_kib(void) {
  char *status = (char *)read_file("/proc/self/status", NULL);
  char *field = field_of(status, "VmHWM");
  char *end;
  long value = field ? strtol(field, &end, 10) : -1;
  if (!field || end == field) value = -1;
  free(field);
  free(status);
  return value;
}

/* ---- records (record.go) ---- */

static const char *counter_events_sorted[] = {"branch-misses", "branches", "cache-misses", "context-switches",
                                              "cpu-migrations", "cycles", "instructions", "l1d-read-misses",
                                              "page-faults", "task-clock"};

static void write_record(text *t, const result *r, const char *run_json, const char *host_json,
                         const char *build_json, const char *memory_json, const task_clock *clock,
                         int fixed) {
  const test_case *c = r->c;
  const corpus *k = c->corpus;
  text_printf(t, "{\"schema\":\"edgebench.result\",\"schema_version\":1,\"run\":%s,\"host\":%s,\"build\":%s,",
              run_json, host_json, build_json);
  text_str(t, "\"case\":{\"name\":");
  json_string(t, c->name);
  text_str(t, ",\"kind\":\"decode\",\"strategy\":");
  json_string(t, c->strategy->name);
  text_str(t, ",\"isa_path\":");
  json_string(t, c->isa_path);
  text_str(t, ",\"corpus\":");
  json_string(t, k->name);
  text_printf(t, ",\"format\":\"%s\",\"source\":\"file\",\"path\":", k->format);
  json_string(t, k->path);
  text_printf(t, ",\"fnv1a64\":\"%016" PRIx64 "\",\"value_sum\":\"%" PRIu64 "\",\"expected_value_sum\":\"%" PRIu64
                 "\",\"expectation_source\":\"manifest\",\"output_fnv1a64\":null,",
              k->checksum, c->check.sum, k->expected_sum);
  if (c->check.failure[0]) {
    text_str(t, "\"check\":\"failed\",\"check_failure\":");
    json_string(t, c->check.failure);
  } else {
    text_str(t, "\"check\":\"ok\",\"check_failure\":null");
  }
  text_printf(t, ",\"bytes\":%zu,\"values\":%zu,\"expected_values\":%zu,\"output_bytes\":null},", k->length,
              c->check.count, k->expected_count);
  text_printf(t, "\"iterations\":%d,\"iterations_calibrated\":%s,\"samples\":[", r->iterations, fixed ? "false" : "true");
  double *per_value = allocate((size_t)(r->sample_count + 1) * sizeof *per_value);
  size_t values = c->check.count ? c->check.count : 1;
  for (int i = 0; i < r->sample_count; i++) {
    const sample *s = &r->samples[i];
    if (i) text_str(t, ",");
    text_printf(t, "{\"round\":%d,\"position\":%d,\"iterations\":%d,\"ns\":%" PRIu64 ",", s->round, s->position,
                s->iterations, s->ns);
    if (s->cpu_start >= 0) text_printf(t, "\"cpu_start\":%d,", s->cpu_start);
    else text_str(t, "\"cpu_start\":null,");
    if (s->cpu_end >= 0) text_printf(t, "\"cpu_end\":%d,", s->cpu_end);
    else text_str(t, "\"cpu_end\":null,");
    text_printf(t, "\"migrated\":%s", s->migrated ? "true" : "false");
    if (s->counted) {
      double value = s->task_clock.value - clock->read_cost;
      text_str(t, ",\"counters\":{\"task-clock\":");
      json_double(t, value > 0 ? value : 0);
      text_printf(t, "},\"groups\":[{\"pmu\":\"software\",\"events\":[\"task-clock\"],\"enabled_ns\":%" PRIu64
                     ",\"running_ns\":%" PRIu64 ",\"raw\":[%" PRIu64 "]}]",
                  (uint64_t)s->task_clock.enabled, (uint64_t)s->task_clock.running, (uint64_t)s->task_clock.value);
    }
    text_str(t, "}");
    per_value[i] = (double)s->ns / ((double)s->iterations * (double)values);
  }
  text_str(t, "],\"stats\":");
  stats st;
  if (summarize(per_value, r->sample_count, &st)) {
    text_printf(t, "{\"unit\":\"ns/value\",\"count\":%d,\"median\":", st.count);
    const double fields[] = {st.median, st.min, st.max, st.mean, st.stddev, st.mad, st.cv, st.median * (double)values};
    const char *names[] = {"median", "min", "max", "mean", "stddev", "mad", "cv", "ns_per_op_median"};
    for (int i = 0; i < 8; i++) {
      if (i) text_printf(t, ",\"%s\":", names[i]);
      json_double(t, fields[i]);
    }
    text_str(t, ",\"ci95\":{\"low\":");
    json_double(t, st.low);
    text_str(t, ",\"high\":");
    json_double(t, st.high);
    text_str(t, ",\"level\":");
    json_double(t, st.level);
    text_printf(t, ",\"rank\":%d}}", st.rank);
  } else {
    text_str(t, "null");
  }
  free(per_value);
  /* Counters: none opened but task-clock ("off", as edgebench with --no-counters); a JSON
   * object's keys in sorted order, as Go's encoder writes a map. */
  text_str(t, ",\"counters\":{\"events\":{");
  for (size_t i = 0; i < sizeof counter_events_sorted / sizeof *counter_events_sorted; i++) {
    const char *event = counter_events_sorted[i];
    text_printf(t, "%s\"%s\":", i ? "," : "", event);
    if (strcmp(event, "task-clock")) {
      text_str(t, "{\"status\":\"off\"}");
    } else if (clock->fd >= 0) {
      text_printf(t, "{\"status\":\"counting\",\"pmus\":[\"software\"],\"excludes_kernel\":%s,\"read_cost\":",
                  clock->excludes_kernel ? "true" : "false");
      json_double(t, clock->read_cost);
      text_str(t, "}");
    } else {
      text_printf(t, "{\"status\":\"unavailable\",\"reason\":\"%s\",\"errno\":", clock->reason);
      json_string(t, clock->errno_name);
      text_str(t, ",\"message\":");
      json_string(t, clock->message);
      text_str(t, "}");
    }
  }
  text_str(t, "},\"summary\":{\"derived\":{\"ipc\":null,\"cycles_per_value\":null,\"instructions_per_value\":null,"
              "\"branches_per_value\":null,\"branch_misses_per_1000_values\":null,\"l1d_read_misses_per_value\":null,"
              "\"cache_misses_per_value\":null,\"effective_ghz\":null},\"min_running_ratio\":null}},");
  text_printf(t, "\"memory\":%s}\n", memory_json);
}

/* A readable summary: median ns/value and its 95% interval per case. */
static void print_table(const result *results, size_t count) {
  printf("%-34s %9s %10s %21s  %s\n", "case", "values", "ns/value", "95% CI", "check");
  for (size_t i = 0; i < count; i++) {
    const result *r = &results[i];
    size_t values = r->c->check.count ? r->c->check.count : 1;
    double *per_value = allocate((size_t)(r->sample_count + 1) * sizeof *per_value);
    for (int s = 0; s < r->sample_count; s++)
      per_value[s] = (double)r->samples[s].ns / ((double)r->samples[s].iterations * (double)values);
    char median[32] = "-", interval[64] = "-";
    const char *verdict = "ok";
    stats st;
    if (r->c->check.failure[0]) {
      verdict = "FAILED";
    } else if (summarize(per_value, r->sample_count, &st)) {
      snprintf(median, sizeof median, "%.3f", st.median);
      snprintf(interval, sizeof interval, "%.3f...%.3f", st.low, st.high);
    }
    free(per_value);
    printf("%-34s %9zu %10s %21s  %s\n", r->c->name, r->c->check.count, median, interval, verdict);
  }
}

/* Writes a temporary file beside path and renames it over path, so a reader never sees a
 * partial results file. */
static int write_atomically(const char *path, const text *data) {
  char *temporary = allocate(strlen(path) + 32);
  sprintf(temporary, "%s.tmp-%d", path, (int)getpid());
  FILE *file = fopen(temporary, "wb");
  int ok = file && fwrite(data->data ? data->data : "", 1, data->length, file) == data->length;
  if (file && fclose(file)) ok = 0;
  if (ok && rename(temporary, path)) ok = 0;
  if (!ok) {
    fprintf(stderr, "%s: write %s: %s\n", me->program, path, strerror(errno));
    remove(temporary);
  }
  free(temporary);
  return ok;
}

static int run(const options *o, int argc, char **argv) {
  struct timespec wall;
  clock_gettime(CLOCK_REALTIME, &wall);
  int64_t started = (int64_t)wall.tv_sec * 1000000000 + wall.tv_nsec;
  char message[2048];
  corpus *corpora = NULL;
  long corpus_count = load_corpora(o, &corpora, message, sizeof message);
  if (corpus_count < 0) {
    fprintf(stderr, "%s: %s\n", me->program, message);
    return 1;
  }
  text host = {0}, build = {0}, run_facts = {0}, memory = {0}, lines = {0};
  write_host(&host);
  write_build(&build);
  size_t case_count;
  test_case *cases = make_cases(corpora, (size_t)corpus_count, o, &case_count);
  uint64_t clock_cost = clock_overhead();
  task_clock clock;
  task_clock_open(&clock);
  result *results = measure(cases, case_count, &o->plan, clock_cost, &clock);
  int status = 0;
  for (size_t i = 0; i < case_count; i++)
    if (cases[i].check.failure[0]) {
      fprintf(stderr, "%s: %s: %s\n", me->program, cases[i].name, cases[i].check.failure);
      status = 1;
    }
  struct utsname uts;
  uname(&uts);
  text id = {0};
  text_printf(&id, "%" PRId64 "/%d/%s", started, (int)getpid(), uts.nodename);
  text_printf(&run_facts, "{\"id\":\"%016" PRIx64 "\",\"started_unix_ns\":%" PRId64 ",\"command\":\"decode\",\"argv\":[",
              fnv1a64((const uint8_t *)id.data, id.length), started);
  free(id.data);
  for (int i = 1; i < argc; i++) {
    if (i > 1) text_str(&run_facts, ",");
    json_string(&run_facts, argv[i]);
  }
  text_printf(&run_facts, "],\"samples\":%d,\"warmup_samples\":%d,\"fixed_iterations\":", o->plan.samples,
              o->plan.warmup_samples);
  if (o->plan.fixed_iterations > 0) text_printf(&run_facts, "%d", o->plan.fixed_iterations);
  else text_str(&run_facts, "null");
  text_printf(&run_facts, ",\"calibration_target_ns\":%" PRIu64 ",\"order\":\"shuffled-per-round\",\"seed\":\"%" PRIu64
                          "\",\"pinned_cpu\":null,\"clock_overhead_ns\":%" PRIu64 "}",
              o->plan.target_ns, o->plan.seed, clock_cost);
  size_t corpus_bytes = 0, buffer_bytes = 0;
  for (long i = 0; i < corpus_count; i++) corpus_bytes += corpora[i].length;
  for (size_t i = 0; i < case_count; i++) buffer_bytes += cases[i].buffer_bytes;
  long rss = peak_rss_kib();
  if (rss >= 0) text_printf(&memory, "{\"peak_rss_kib\":%ld,", rss);
  else text_str(&memory, "{\"peak_rss_kib\":null,");
  text_printf(&memory, "\"corpus_bytes\":%zu,\"buffer_bytes\":%zu}", corpus_bytes, buffer_bytes);
  for (size_t i = 0; i < case_count; i++)
    write_record(&lines, &results[i], run_facts.data, host.data, build.data, memory.data, &clock,
                 o->plan.fixed_iterations > 0);
  if (!strcmp(o->format, "json") && !o->output) {
    if (lines.length && fwrite(lines.data, 1, lines.length, stdout) != lines.length) return 1;
    return fflush(stdout) ? 1 : status;
  }
  print_table(results, case_count);
  if (o->output && !write_atomically(o->output, &lines)) return 1;
  return status;
}

int peer_main(const peer_identity *identity, int argc, char **argv) {
  me = identity;
  if (argc >= 2 && !strcmp(argv[1], "list")) {
    for (size_t i = 0; i < me->strategy_count; i++) {
      const peer_strategy *s = &me->strategies[i];
      printf("%-18s varints=%s messages=%s isa_path=%s\n", s->name, s->varints ? "true" : "false",
             s->messages ? "true" : "false", s->isa_path ? s->isa_path() : "scalar");
    }
    return 0;
  }
  if (argc < 2 || strcmp(argv[1], "decode")) {
    fprintf(stderr, "%s\n", usage());
    return 2;
  }
  options o;
  char message[1024];
  if (!parse_options(argc - 2, argv + 2, &o, message, sizeof message)) {
    fprintf(stderr, "%s: %s\n%s\n", me->program, message, usage());
    return 2;
  }
  return run(&o, argc, argv);
}
