package main

import (
	"math"
	"math/bits"
)

func mul64(a, b uint64) (uint64, uint64) { return bits.Mul64(a, b) }
func ceil(x float64) float64             { return math.Ceil(x) }

func clamp(v, low, high int) int { return minInt(maxInt(v, low), high) }

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func maxFloat(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}
