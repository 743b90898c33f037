package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Corpus is one file written by `edgebench corpus --write DIR`, with what its manifest line
// says a correct decode yields.
type Corpus struct {
	Name          string
	Path          string
	Format        string // "varints" or "messages"
	Bytes         []byte
	ExpectedCount int
	ExpectedSum   uint64
	Checksum      uint64
}

// LoadCorpora reads DIR/MANIFEST.tsv and the DIR/<name>.bin files it names, keeping those in
// wanted (all when wanted is empty), and refuses files whose size or FNV-1a 64 differ from the
// manifest: a peer must never time other bytes than edgebench did.
func LoadCorpora(dir string, wanted []string) ([]Corpus, error) {
	manifestPath := filepath.Join(dir, "MANIFEST.tsv")
	text, err := os.ReadFile(manifestPath)
	if err != nil {
		return nil, fmt.Errorf("cannot read the manifest (write it with 'edgebench corpus --write %s'): %w", dir, err)
	}
	var corpora []Corpus
	for number, line := range strings.Split(string(text), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		corpus, size, err := parseManifestLine(line)
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", manifestPath, number+1, err)
		}
		if len(wanted) > 0 && !contains(wanted, corpus.Name) {
			continue
		}
		corpus.Path = filepath.Join(dir, corpus.Name+".bin")
		if corpus.Bytes, err = os.ReadFile(corpus.Path); err != nil {
			return nil, err
		}
		if len(corpus.Bytes) != size || fnv1a64(corpus.Bytes) != corpus.Checksum {
			return nil, fmt.Errorf("%s: %d bytes with FNV-1a %016x, but the manifest says %d bytes with %016x",
				corpus.Path, len(corpus.Bytes), fnv1a64(corpus.Bytes), size, corpus.Checksum)
		}
		corpora = append(corpora, corpus)
	}
	for _, name := range wanted {
		if !hasCorpus(corpora, name) {
			return nil, fmt.Errorf("no corpus '%s' in %s", name, manifestPath)
		}
	}
	return corpora, nil
}

// parseManifestLine reads "name, format, values, bytes, fnv1a64 (hex), value sum", tab-separated.
func parseManifestLine(line string) (Corpus, int, error) {
	fields := strings.Split(line, "\t")
	if len(fields) != 6 {
		return Corpus{}, 0, fmt.Errorf("expected 6 tab-separated fields, found %d", len(fields))
	}
	if fields[1] != "varints" && fields[1] != "messages" {
		return Corpus{}, 0, fmt.Errorf("unknown format '%s'", fields[1])
	}
	count, err1 := strconv.Atoi(fields[2])
	size, err2 := strconv.Atoi(fields[3])
	checksum, err3 := strconv.ParseUint(fields[4], 16, 64)
	sum, err4 := strconv.ParseUint(fields[5], 10, 64)
	for _, err := range []error{err1, err2, err3, err4} {
		if err != nil {
			return Corpus{}, 0, err
		}
	}
	corpus := Corpus{Name: fields[0], Format: fields[1], ExpectedCount: count, ExpectedSum: sum, Checksum: checksum}
	return corpus, size, nil
}

// fnv1a64 is FNV-1a 64, the checksum `edgebench list` prints.
func fnv1a64(bytes []byte) uint64 {
	hash := uint64(0xCBF29CE484222325)
	for _, b := range bytes {
		hash = (hash ^ uint64(b)) * 0x00000100000001B3
	}
	return hash
}

func contains(names []string, name string) bool {
	for _, candidate := range names {
		if candidate == name {
			return true
		}
	}
	return false
}

func hasCorpus(corpora []Corpus, name string) bool {
	for _, corpus := range corpora {
		if corpus.Name == name {
			return true
		}
	}
	return false
}
