package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Options are the parsed flags of `decode`; names and ranges follow edgebench's.
type Options struct {
	CorpusDir  string
	Corpora    []string // empty: every corpus in the manifest
	Strategies []Strategy
	Plan       Plan
	Format     string
	Output     string
}

// ParseOptions reads the flags after `decode`, in "--flag value" or "--flag=value" form.
func ParseOptions(arguments []string) (Options, error) {
	options := Options{
		Strategies: Strategies, Format: "table",
		Plan: Plan{Samples: 10, WarmupSamples: 1, TargetNs: 10_000_000, Seed: uint64(time.Now().UnixNano())},
	}
	for i := 0; i < len(arguments); i++ {
		flag, value, inline := strings.Cut(arguments[i], "=")
		if !inline {
			if i+1 >= len(arguments) {
				return options, fmt.Errorf("%s needs a value", flag)
			}
			i++
			value = arguments[i]
		}
		var err error
		switch flag {
		case "--corpus-dir":
			options.CorpusDir = value
		case "--corpus":
			if value != "all" {
				options.Corpora = strings.Split(value, ",")
			}
		case "--strategy":
			options.Strategies, err = pickStrategies(value)
		case "--iters":
			options.Plan.FixedIterations, err = integer(flag, value, 1, 1_000_000)
		case "--samples":
			options.Plan.Samples, err = integer(flag, value, 1, 1000)
		case "--warmup":
			options.Plan.WarmupSamples, err = integer(flag, value, 0, 100)
		case "--seed":
			options.Plan.Seed, err = strconv.ParseUint(value, 10, 64)
		case "--format":
			if value != "table" && value != "json" {
				err = fmt.Errorf("--format must be table or json, not '%s'", value)
			}
			options.Format = value
		case "--output":
			options.Output = value
		default:
			err = fmt.Errorf("unknown flag '%s'", flag)
		}
		if err != nil {
			return options, err
		}
	}
	if options.CorpusDir == "" {
		return options, fmt.Errorf("--corpus-dir is required")
	}
	return options, nil
}

func integer(flag, text string, low, high int) (int, error) {
	value, err := strconv.Atoi(text)
	if err != nil || value < low || value > high {
		return 0, fmt.Errorf("%s must be a whole number in %d...%d, not '%s'", flag, low, high, text)
	}
	return value, nil
}

func pickStrategies(text string) ([]Strategy, error) {
	if text == "all" {
		return Strategies, nil
	}
	var picked []Strategy
	for _, name := range strings.Split(text, ",") {
		found := false
		for _, s := range Strategies {
			if s.Name == name {
				picked, found = append(picked, s), true
			}
		}
		if !found {
			return nil, fmt.Errorf("no strategy '%s'; see 'edgebench-peer-go list'", name)
		}
	}
	return picked, nil
}
