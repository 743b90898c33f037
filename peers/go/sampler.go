package main

import (
	"sort"
	"time"
)

// Plan is edgebench's measurement protocol (EdgebenchKit/Measure/MeasurementPlan.swift):
// check every case, calibrate iterations to a target sample time (or take --iters), run
// untimed warm-up samples, then rounds in which every case takes one sample, in an order
// shuffled afresh each round by a seeded SplitMix64 Fisher-Yates.
type Plan struct {
	Samples         int
	WarmupSamples   int
	FixedIterations int // 0: calibrate
	TargetNs        uint64
	Seed            uint64
}

// Sample is one timed sample of one case.
type Sample struct {
	Round, Position, Iterations int
	Ns                          uint64 // clock overhead taken off
	CPUStart, CPUEnd            int    // -1 when unknown
	Migrated                    bool
	TaskClock                   *TaskClockReading // the sample's task-clock delta; nil when not counted
}

// Result is everything measured for one case.
type Result struct {
	Case       *Case
	Iterations int
	Samples    []Sample
}

// maximumIterations caps calibration, as edgebench's Sampler does.
const maximumIterations = 1_000_000

var sink uint64 // every sample's token lands here so no decode can be optimized away

var epoch = time.Now()

// now reads the monotonic clock (CLOCK_MONOTONIC through the vDSO, as edgebench's CPerf).
func now() uint64 { return uint64(time.Since(epoch)) }

// Measure runs the protocol over cases; failed checks get no samples.
func Measure(cases []Case, plan Plan, clockCost uint64, clock *TaskClock) []Result {
	results := make([]Result, len(cases))
	var runnable []int
	for i := range cases {
		results[i].Case = &cases[i]
		if cases[i].Check.Failure == "" {
			runnable = append(runnable, i)
		}
	}
	for _, i := range runnable {
		if plan.FixedIterations > 0 {
			results[i].Iterations = plan.FixedIterations
		} else {
			results[i].Iterations = calibrate(cases[i].Run, plan.TargetNs)
		}
		for w := 0; w < plan.WarmupSamples; w++ {
			token, _ := cases[i].Run(results[i].Iterations)
			sink += token
		}
	}
	order := SplitMix64{plan.Seed}
	for round := 0; round < plan.Samples; round++ {
		for position, pick := range order.Shuffle(len(runnable)) {
			r := &results[runnable[pick]]
			r.Samples = append(r.Samples, sample(r.Case, r.Iterations, round, position, clockCost, clock))
		}
	}
	return results
}

func sample(c *Case, iterations, round, position int, clockCost uint64, clock *TaskClock) Sample {
	cpuStart := currentCPU()
	before, counted := clock.Read()
	start := now()
	token, _ := c.Run(iterations)
	end := now()
	after, countedAfter := clock.Read()
	cpuEnd := currentCPU()
	sink += token
	elapsed := end - start
	ns := uint64(0)
	if elapsed > clockCost {
		ns = elapsed - clockCost
	}
	result := Sample{round, position, iterations, ns, cpuStart, cpuEnd, cpuStart != cpuEnd, nil}
	if counted && countedAfter {
		result.TaskClock = &TaskClockReading{after.Value - before.Value,
			after.Enabled - before.Enabled, after.Running - before.Running}
	}
	return result
}

// calibrate finds iterations that make one sample last about targetNs (edgebench's rule).
func calibrate(run func(int) (uint64, bool), targetNs uint64) int {
	target := float64(targetNs)
	iterations := 1
	for {
		start := now()
		token, _ := run(iterations)
		elapsed := float64(now() - start)
		sink += token
		if elapsed >= target || iterations >= maximumIterations {
			return iterations
		}
		predicted := float64(iterations) * 10
		if elapsed > 0 {
			predicted = float64(iterations) * target / elapsed
		}
		if elapsed >= target/4 {
			return clamp(int(ceil(predicted)), 1, maximumIterations)
		}
		iterations = clamp(maxInt(iterations*2, minInt(iterations*10, int(predicted))), 1, maximumIterations)
	}
}

// ClockOverhead is the median gap between two consecutive clock reads, over 31 tries.
func ClockOverhead() uint64 {
	gaps := make([]float64, 31)
	for i := range gaps {
		first := now()
		gaps[i] = float64(now() - first)
	}
	sort.Float64s(gaps)
	return uint64(gaps[15])
}

// SplitMix64 is edgebench's generator; the same seed gives the same case order as Swift's.
type SplitMix64 struct{ state uint64 }

// Next returns the next 64 random bits.
func (s *SplitMix64) Next() uint64 {
	s.state += 0x9E3779B97F4A7C15
	z := s.state
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// Below returns a value in 0..<bound by multiply-shift.
func (s *SplitMix64) Below(bound uint64) uint64 {
	hi, _ := mul64(s.Next(), bound)
	return hi
}

// Shuffle is one round's order of count cases (Fisher-Yates from the end).
func (s *SplitMix64) Shuffle(count int) []int {
	order := make([]int, count)
	for i := range order {
		order[i] = i
	}
	for i := count - 1; i > 0; i-- {
		j := int(s.Below(uint64(i + 1)))
		order[i], order[j] = order[j], order[i]
	}
	return order
}
