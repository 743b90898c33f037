// Command edgebench-peer-go decodes the corpus files that `edgebench corpus --write DIR`
// writes, with Go's standard library and with google.golang.org/protobuf, and measures it by
// edgebench's protocol, writing edgebench's results schema, so Go's figures sit beside Swift's
// (and Rust's) from the same bytes on the same host.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

const usage = `usage: edgebench-peer-go decode --corpus-dir DIR [flags]
       edgebench-peer-go list
  decode the files of 'edgebench corpus --write DIR' by edgebench's protocol
  --corpus-dir DIR    where MANIFEST.tsv and the <name>.bin files are (required)
  --corpus NAMES      comma-separated corpus names, or 'all' (default)
  --strategy NAMES    comma-separated strategies, or 'all' (default); see 'list'
  --iters N           iterations per sample (1...1000000; default: calibrated to 10 ms)
  --samples K         timed samples per case (1...1000, default 10)
  --warmup N          untimed samples per case before timing (0...100, default 1)
  --seed N            seed of the per-round case order (default: from the clock)
  --format F          table (default) or json (edgebench's JSON Lines)
  --output FILE       write JSON Lines to FILE atomically (a table still goes to stdout)`

func main() {
	// getcpu and the timed loop must stay on one OS thread.
	runtime.LockOSThread()
	if len(os.Args) >= 2 && os.Args[1] == "list" {
		for _, s := range Strategies {
			fmt.Printf("%-14s varints=%v messages=%v\n", s.Name, s.Varints != nil, s.Messages != nil)
		}
		return
	}
	if len(os.Args) < 2 || os.Args[1] != "decode" {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	options, err := ParseOptions(os.Args[2:])
	if err != nil {
		fmt.Fprintf(os.Stderr, "edgebench-peer-go: %v\n%s\n", err, usage)
		os.Exit(2)
	}
	os.Exit(run(options))
}

func run(options Options) int {
	started := time.Now().UnixNano()
	corpora, err := LoadCorpora(options.CorpusDir, options.Corpora)
	if err != nil {
		fmt.Fprintf(os.Stderr, "edgebench-peer-go: %v\n", err)
		return 1
	}
	host, build := CollectHost(), CollectBuild()
	cases := MakeCases(corpora, options.Strategies)
	clockCost := ClockOverhead()
	clock := OpenTaskClock()
	results := Measure(cases, options.Plan, clockCost, clock)
	status := 0
	for _, r := range results {
		if r.Case.Check.Failure != "" {
			fmt.Fprintf(os.Stderr, "edgebench-peer-go: %s: %s\n", r.Case.Name, r.Case.Check.Failure)
			status = 1
		}
	}
	runFacts := &RunFacts{
		ID:            fmt.Sprintf("%016x", fnv1a64([]byte(fmt.Sprintf("%d/%d/%s", started, os.Getpid(), host.Hostname)))),
		StartedUnixNs: started, Command: "decode", Argv: os.Args[1:], Samples: options.Plan.Samples,
		WarmupSamples: options.Plan.WarmupSamples, CalibrationNs: options.Plan.TargetNs,
		Order: "shuffled-per-round", Seed: fmt.Sprint(options.Plan.Seed), ClockOverheadNs: clockCost,
	}
	if options.Plan.FixedIterations > 0 {
		runFacts.FixedIterations = &options.Plan.FixedIterations
	}
	corpusBytes := 0
	for _, c := range corpora {
		corpusBytes += len(c.Bytes)
	}
	memory := memoryJSON{peakRSS(), corpusBytes, 0}
	for _, c := range cases {
		memory.BufferBytes += c.BufferBytes
	}
	var lines []byte
	for _, r := range results {
		line, err := Record(r, runFacts, &host, &build, memory, clock)
		if err != nil {
			fmt.Fprintf(os.Stderr, "edgebench-peer-go: %v\n", err)
			return 1
		}
		lines = append(lines, line...)
	}
	if options.Format == "json" && options.Output == "" {
		os.Stdout.Write(lines)
		return status
	}
	fmt.Print(Table(results))
	if options.Output != "" {
		if err := writeAtomically(options.Output, lines); err != nil {
			fmt.Fprintf(os.Stderr, "edgebench-peer-go: %v\n", err)
			return 1
		}
	}
	return status
}

// Table is a readable summary: median ns/value and its 95% interval per case.
func Table(results []Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-34s %9s %10s %21s  %s\n", "case", "values", "ns/value", "95% CI", "check")
	for _, r := range results {
		perValue := make([]float64, len(r.Samples))
		for i, s := range r.Samples {
			perValue[i] = float64(s.Ns) / (float64(s.Iterations) * float64(maxInt(1, r.Case.Check.Count)))
		}
		check := "ok"
		median, interval := "-", "-"
		if r.Case.Check.Failure != "" {
			check = "FAILED"
		} else if s := Summarize(perValue); s != nil {
			median = fmt.Sprintf("%.3f", s.Median)
			interval = fmt.Sprintf("%.3f...%.3f", s.Low, s.High)
		}
		fmt.Fprintf(&b, "%-34s %9d %10s %21s  %s\n", r.Case.Name, r.Case.Check.Count, median, interval, check)
	}
	return b.String()
}

// writeAtomically writes a temporary file beside path and renames it over path, so a reader
// never sees a partial results file.
func writeAtomically(path string, data []byte) error {
	temporary := fmt.Sprintf("%s.tmp-%d", path, os.Getpid())
	if err := os.WriteFile(temporary, data, 0o644); err != nil {
		return err
	}
	if err := os.Rename(temporary, path); err != nil {
		os.Remove(temporary)
		return err
	}
	return nil
}
