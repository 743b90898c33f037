package main

import (
	"math"
	"sort"
)

// Stats summarizes ns/value samples as edgebench's SampleStatistics does: the median leads,
// with a distribution-free 95% confidence interval from order statistics.
type Stats struct {
	Count                                   int
	Median, Min, Max, Mean, Stddev, MAD, CV float64
	Low, High, Level                        float64
	Rank                                    int
}

// Summarize returns nil for no samples.
func Summarize(samples []float64) *Stats {
	if len(samples) == 0 {
		return nil
	}
	sorted := append([]float64(nil), samples...)
	sort.Float64s(sorted)
	n := len(sorted)
	s := &Stats{Count: n, Median: medianSorted(sorted), Min: sorted[0], Max: sorted[n-1]}
	for _, v := range sorted {
		s.Mean += v
	}
	s.Mean /= float64(n)
	if n > 1 {
		var squares float64
		for _, v := range sorted {
			squares += (v - s.Mean) * (v - s.Mean)
		}
		s.Stddev = math.Sqrt(squares / float64(n-1))
	}
	deviations := make([]float64, n)
	for i, v := range sorted {
		deviations[i] = math.Abs(v - s.Median)
	}
	sort.Float64s(deviations)
	s.MAD = medianSorted(deviations)
	if s.Mean != 0 {
		s.CV = s.Stddev / s.Mean
	}
	s.Rank, s.Level = medianRank(n, 0.95)
	s.Low, s.High = sorted[s.Rank-1], sorted[n-s.Rank]
	return s
}

func medianSorted(sorted []float64) float64 {
	n := len(sorted)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

// medianRank is the largest j with P(j <= B <= n-j) >= target for B ~ Binomial(n, 1/2), and
// that coverage; (1, coverage of [min, max]) when none reaches it (MedianConfidence.swift).
func medianRank(n int, target float64) (int, float64) {
	if n <= 1 {
		return 1, 0
	}
	pmf := make([]float64, n+1)
	pmf[0] = math.Pow(0.5, float64(n))
	for k := 0; k < n; k++ {
		pmf[k+1] = pmf[k] * float64(n-k) / float64(k+1)
	}
	bestRank, bestLevel := 1, 0.0
	for rank := 1; rank <= n-rank+1; rank++ {
		coverage := 0.0
		for k := rank; k <= n-rank; k++ {
			coverage += pmf[k]
		}
		if rank == 1 {
			bestRank, bestLevel = 1, coverage
		}
		if coverage < target {
			break
		}
		bestRank, bestLevel = rank, coverage
	}
	return bestRank, bestLevel
}
