package main

import "fmt"

// Strategy is one way this peer decodes; nil functions mean it does not handle that format.
type Strategy struct {
	Name     string
	Varints  func(input []byte, out []uint64) (count int, consumed int, err error)
	Messages func(input []byte) (count int, digestSum uint64, err error)
}

// Strategies are the Go peer's decoders, named as results record them.
var Strategies = []Strategy{
	{Name: "go-uvarint", Varints: decodeUvarint},
	{Name: "go-protowire", Varints: decodeProtowire, Messages: summarizeProtowire},
	{Name: "go-proto", Messages: summarizeProto},
}

// Check is what a case produced before timing, against what the manifest says it must.
type Check struct {
	Count   int
	Sum     uint64
	Failure string // empty when the check passed
}

// Case is one thing to time: a corpus decoded by a strategy, edgebench's "decode/CORPUS/STRATEGY".
type Case struct {
	Name     string
	Strategy string
	Corpus   *Corpus
	Check    Check
	// BufferBytes is the decoded-value buffer the case holds.
	BufferBytes int
	// Run does iterations decodes and returns a token folding every result, so the compiler
	// cannot drop the work, and false if any decode failed.
	Run func(iterations int) (uint64, bool)
}

// MakeCases pairs every corpus with every strategy that handles its format.
func MakeCases(corpora []Corpus, strategies []Strategy) []Case {
	var cases []Case
	for index := range corpora {
		corpus := &corpora[index]
		for _, strategy := range strategies {
			var c Case
			switch {
			case corpus.Format == "varints" && strategy.Varints != nil:
				c = varintCase(corpus, strategy.Varints)
			case corpus.Format == "messages" && strategy.Messages != nil:
				c = messageCase(corpus, strategy.Messages)
			default:
				continue
			}
			c.Name = "decode/" + corpus.Name + "/" + strategy.Name
			c.Strategy = strategy.Name
			c.Corpus = corpus
			cases = append(cases, c)
		}
	}
	return cases
}

func varintCase(corpus *Corpus, decode func([]byte, []uint64) (int, int, error)) Case {
	// A varint takes at least one byte, so len(bytes) values always suffice.
	out := make([]uint64, len(corpus.Bytes)+1)
	input := corpus.Bytes
	check := Check{}
	count, consumed, err := decode(input, out)
	for _, v := range out[:count] {
		check.Sum += v
	}
	check.Count = count
	switch {
	case err != nil:
		check.Failure = "decode failed: " + err.Error()
	case consumed != len(input):
		check.Failure = fmt.Sprintf("stopped after %d of %d bytes", consumed, len(input))
	}
	run := func(iterations int) (uint64, bool) {
		var token uint64
		ok := true
		for i := 0; i < iterations; i++ {
			n, _, err := decode(input, out)
			if err != nil || n == 0 {
				ok = false
				continue
			}
			token += uint64(n) + out[n-1]
		}
		return token, ok
	}
	return Case{Check: finish(check, corpus), Run: run, BufferBytes: 8 * len(out)}
}

func messageCase(corpus *Corpus, summarize func([]byte) (int, uint64, error)) Case {
	input := corpus.Bytes
	count, sum, err := summarize(input)
	check := Check{Count: count, Sum: sum}
	if err != nil {
		check.Failure = "decode failed: " + err.Error()
	}
	run := func(iterations int) (uint64, bool) {
		var token uint64
		ok := true
		for i := 0; i < iterations; i++ {
			n, s, err := summarize(input)
			if err != nil {
				ok = false
			}
			token += uint64(n) + s
		}
		return token, ok
	}
	return Case{Check: finish(check, corpus), Run: run}
}

// finish compares a check's count and sum with the manifest.
func finish(check Check, corpus *Corpus) Check {
	if check.Failure == "" && (check.Count != corpus.ExpectedCount || check.Sum != corpus.ExpectedSum) {
		check.Failure = fmt.Sprintf("decoded %d values summing to %d; expected %d summing to %d",
			check.Count, check.Sum, corpus.ExpectedCount, corpus.ExpectedSum)
	}
	return check
}
