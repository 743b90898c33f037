package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// The results schema of edgebench (EdgebenchKit/Results/ResultRecord.swift): one JSON object
// per case per line, with the same names, so `edgebench aggregate` reads peers' files too.
const schemaName = "edgebench.result"
const schemaVersion = 1

// RunFacts are shared by every record of one invocation.
type RunFacts struct {
	ID              string   `json:"id"`
	StartedUnixNs   int64    `json:"started_unix_ns"`
	Command         string   `json:"command"`
	Argv            []string `json:"argv"`
	Samples         int      `json:"samples"`
	WarmupSamples   int      `json:"warmup_samples"`
	FixedIterations *int     `json:"fixed_iterations"`
	CalibrationNs   uint64   `json:"calibration_target_ns"`
	Order           string   `json:"order"`
	Seed            string   `json:"seed"`
	PinnedCPU       *int     `json:"pinned_cpu"`
	ClockOverheadNs uint64   `json:"clock_overhead_ns"`
}

type caseJSON struct {
	Name              string  `json:"name"`
	Kind              string  `json:"kind"`
	Strategy          string  `json:"strategy"`
	ISAPath           string  `json:"isa_path"`
	Corpus            string  `json:"corpus"`
	Format            string  `json:"format"`
	Source            string  `json:"source"`
	Path              string  `json:"path"`
	FNV1a64           string  `json:"fnv1a64"`
	ValueSum          string  `json:"value_sum"`
	ExpectedValueSum  string  `json:"expected_value_sum"`
	ExpectationSource string  `json:"expectation_source"`
	OutputFNV1a64     *string `json:"output_fnv1a64"`
	Check             string  `json:"check"`
	CheckFailure      *string `json:"check_failure"`
	Bytes             int     `json:"bytes"`
	Values            int     `json:"values"`
	ExpectedValues    int     `json:"expected_values"`
	OutputBytes       *int    `json:"output_bytes"`
}

type sampleJSON struct {
	Round      int    `json:"round"`
	Position   int    `json:"position"`
	Iterations int    `json:"iterations"`
	Ns         uint64 `json:"ns"`
	CPUStart   *int   `json:"cpu_start"`
	CPUEnd     *int   `json:"cpu_end"`
	Migrated   bool   `json:"migrated"`
	// task-clock only, as edgebench writes it: the count less the read cost, and the raw group.
	Counters map[string]float64 `json:"counters,omitempty"`
	Groups   []groupJSON        `json:"groups,omitempty"`
}

type groupJSON struct {
	PMU       string   `json:"pmu"`
	Events    []string `json:"events"`
	EnabledNs uint64   `json:"enabled_ns"`
	RunningNs uint64   `json:"running_ns"`
	Raw       []uint64 `json:"raw"`
}

type statsJSON struct {
	Unit          string  `json:"unit"`
	Count         int     `json:"count"`
	Median        float64 `json:"median"`
	Min           float64 `json:"min"`
	Max           float64 `json:"max"`
	Mean          float64 `json:"mean"`
	Stddev        float64 `json:"stddev"`
	MAD           float64 `json:"mad"`
	CV            float64 `json:"cv"`
	NsPerOpMedian float64 `json:"ns_per_op_median"`
	CI95          ciJSON  `json:"ci95"`
}

type ciJSON struct {
	Low   float64 `json:"low"`
	High  float64 `json:"high"`
	Level float64 `json:"level"`
	Rank  int     `json:"rank"`
}

type recordJSON struct {
	Schema        string       `json:"schema"`
	SchemaVersion int          `json:"schema_version"`
	Run           *RunFacts    `json:"run"`
	Host          *HostFacts   `json:"host"`
	Build         *BuildFacts  `json:"build"`
	Case          caseJSON     `json:"case"`
	Iterations    int          `json:"iterations"`
	Calibrated    bool         `json:"iterations_calibrated"`
	Samples       []sampleJSON `json:"samples"`
	Stats         *statsJSON   `json:"stats"`
	Counters      countersJSON `json:"counters"`
	Memory        memoryJSON   `json:"memory"`
}

// countersJSON says no counters were opened: a peer reads none ("off", as edgebench with
// --no-counters).
type countersJSON struct {
	Events  map[string]statusJSON `json:"events"`
	Summary summaryJSON           `json:"summary"`
}

// statusJSON is one event's status: "off", "counting" (task-clock, with where and its read
// cost) or "unavailable" with edgebench's reason key.
type statusJSON struct {
	Status         string   `json:"status"`
	PMUs           []string `json:"pmus,omitempty"`
	ExcludesKernel *bool    `json:"excludes_kernel,omitempty"`
	ReadCost       *float64 `json:"read_cost,omitempty"`
	Reason         string   `json:"reason,omitempty"`
	Errno          string   `json:"errno,omitempty"`
	Message        string   `json:"message,omitempty"`
}

type summaryJSON struct {
	Derived         derivedJSON `json:"derived"`
	MinRunningRatio *float64    `json:"min_running_ratio"`
}

// derivedJSON is edgebench's derived counter metrics, all null without counters.
type derivedJSON struct {
	IPC                   *float64 `json:"ipc"`
	CyclesPerValue        *float64 `json:"cycles_per_value"`
	InstructionsPerValue  *float64 `json:"instructions_per_value"`
	BranchesPerValue      *float64 `json:"branches_per_value"`
	BranchMissesPer1000   *float64 `json:"branch_misses_per_1000_values"`
	L1DReadMissesPerValue *float64 `json:"l1d_read_misses_per_value"`
	CacheMissesPerValue   *float64 `json:"cache_misses_per_value"`
	EffectiveGHz          *float64 `json:"effective_ghz"`
}

type memoryJSON struct {
	PeakRSSKiB  *int `json:"peak_rss_kib"`
	CorpusBytes int  `json:"corpus_bytes"`
	BufferBytes int  `json:"buffer_bytes"` // decoded-value buffers sized by the corpora
}

// counterEvents are edgebench's counter names (CounterEvent.swift).
var counterEvents = []string{"cycles", "instructions", "branches", "branch-misses",
	"l1d-read-misses", "cache-misses", "task-clock", "context-switches", "cpu-migrations",
	"page-faults"}

// Record is one case's line.
func Record(result Result, run *RunFacts, host *HostFacts, build *BuildFacts, memory memoryJSON,
	clock *TaskClock) ([]byte, error) {
	c := result.Case
	record := recordJSON{
		Schema: schemaName, SchemaVersion: schemaVersion, Run: run, Host: host, Build: build,
		Case: caseJSON{
			Name: c.Name, Kind: "decode", Strategy: c.Strategy, ISAPath: "scalar", Corpus: c.Corpus.Name,
			Format: c.Corpus.Format, Source: "file", Path: c.Corpus.Path,
			FNV1a64: fmt.Sprintf("%016x", c.Corpus.Checksum), ValueSum: strconv.FormatUint(c.Check.Sum, 10),
			ExpectedValueSum: strconv.FormatUint(c.Corpus.ExpectedSum, 10), ExpectationSource: "manifest",
			Check: "ok", Bytes: len(c.Corpus.Bytes), Values: c.Check.Count, ExpectedValues: c.Corpus.ExpectedCount,
		},
		Iterations: result.Iterations, Calibrated: run.FixedIterations == nil,
		Samples:  []sampleJSON{},
		Counters: countersJSON{Events: map[string]statusJSON{}},
		Memory:   memory,
	}
	if c.Check.Failure != "" {
		record.Case.Check = "failed"
		record.Case.CheckFailure = &c.Check.Failure
	}
	for _, event := range counterEvents {
		record.Counters.Events[event] = statusJSON{Status: "off"}
	}
	record.Counters.Events["task-clock"] = clock.Status
	perValue := make([]float64, len(result.Samples))
	for i, s := range result.Samples {
		line := sampleJSON{Round: s.Round, Position: s.Position, Iterations: s.Iterations, Ns: s.Ns,
			CPUStart: optionalCPU(s.CPUStart), CPUEnd: optionalCPU(s.CPUEnd), Migrated: s.Migrated}
		if t := s.TaskClock; t != nil {
			line.Counters = map[string]float64{"task-clock": maxFloat(0, t.Value-clock.ReadCost)}
			line.Groups = []groupJSON{{PMU: "software", Events: []string{"task-clock"},
				EnabledNs: uint64(t.Enabled), RunningNs: uint64(t.Running), Raw: []uint64{uint64(t.Value)}}}
		}
		record.Samples = append(record.Samples, line)
		perValue[i] = float64(s.Ns) / (float64(s.Iterations) * float64(maxInt(1, c.Check.Count)))
	}
	if s := Summarize(perValue); s != nil {
		record.Stats = &statsJSON{"ns/value", s.Count, s.Median, s.Min, s.Max, s.Mean, s.Stddev, s.MAD,
			s.CV, s.Median * float64(maxInt(1, c.Check.Count)), ciJSON{s.Low, s.High, s.Level, s.Rank}}
	}
	var text strings.Builder
	encoder := json.NewEncoder(&text)
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(record); err != nil {
		return nil, err
	}
	return []byte(text.String()), nil
}

func optionalCPU(cpu int) *int {
	if cpu < 0 {
		return nil
	}
	return &cpu
}
