package main

import (
	"os"
	"strings"
	"testing"
	"time"
)

// BenchmarkDecode times the Go peer's decoders with `go test -bench`, one whole-corpus decode
// per b.N iteration, over the corpus files in $CORPUS_DIR (written by `edgebench corpus
// --write`) named in $CORPORA (comma-separated; default one-byte). Names are
// Decode/<corpus>/<decoder>, and each reports ns/value beside ns/op, so `edgebench aggregate`
// maps them to edgebench's cases and units.
func BenchmarkDecode(b *testing.B) {
	dir := os.Getenv("CORPUS_DIR")
	if dir == "" {
		b.Skip("CORPUS_DIR is not set (a folder written by edgebench corpus --write)")
	}
	wanted := strings.Split(os.Getenv("CORPORA"), ",")
	if os.Getenv("CORPORA") == "" {
		wanted = []string{"one-byte"}
	}
	corpora, err := LoadCorpora(dir, wanted)
	if err != nil {
		b.Fatal(err)
	}
	decoders := []struct {
		name   string
		decode func([]byte, []uint64) (int, int, error)
	}{{"go-uvarint", decodeUvarint}, {"go-protowire", decodeProtowire}}
	for _, corpus := range corpora {
		if corpus.Format != "varints" {
			continue
		}
		out := make([]uint64, corpus.ExpectedCount)
		b.Run(corpus.Name, func(b *testing.B) {
			for _, decoder := range decoders {
				b.Run(decoder.name, func(b *testing.B) {
					b.SetBytes(int64(len(corpus.Bytes)))
					b.ResetTimer()
					start := time.Now()
					for i := 0; i < b.N; i++ {
						if count, _, err := decoder.decode(corpus.Bytes, out); err != nil || count != corpus.ExpectedCount {
							b.Fatalf("%s: decoded %d values (want %d): %v", corpus.Name, count, corpus.ExpectedCount, err)
						}
					}
					b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(b.N)/float64(corpus.ExpectedCount), "ns/value")
				})
			}
		})
	}
}
