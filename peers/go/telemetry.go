package main

import "math"

// Reading is edgebench.Reading (Proto/telemetry.proto) as plain Go values.
type Reading struct {
	SensorID uint32
	Value    int32
	Flags    uint32
	Deltas   []int32
}

// Telemetry is edgebench.Telemetry as plain Go values: what the protowire decoder fills.
type Telemetry struct {
	DeviceID         uint32
	TemperatureCenti int32
	TimestampMicros  uint64
	Sequence         uint32
	Latitude         float64
	DriftNanos       int64
	Label            string
	Payload          []byte
	Samples          []uint32
	Readings         []Reading
}

// zigzag32 and zigzag64 map signed values to the unsigned ones protobuf's sint fields carry.
func zigzag32(v int32) uint64 { return uint64(uint32(v<<1) ^ uint32(v>>31)) }
func zigzag64(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

// digestParts is Telemetry.digest from Sources/CodecCore/Corpus/MessageCorpus.swift: a
// wrapping sum over every field, so edgebench and the peers prove they decoded the same.
func digestParts(deviceID uint32, temperature int32, timestamp uint64, sequence uint32,
	latitude float64, drift int64, label string, payload []byte, samples []uint32) uint64 {
	sum := uint64(deviceID) + zigzag32(temperature) + timestamp
	sum += uint64(sequence) + math.Float64bits(latitude) + zigzag64(drift)
	for i := 0; i < len(label); i++ {
		sum += uint64(label[i])
	}
	for _, b := range payload {
		sum += uint64(b)
	}
	for _, s := range samples {
		sum += uint64(s)
	}
	return sum
}

// readingDigest is one reading's share of the digest.
func readingDigest(sensorID uint32, value int32, flags uint32, deltas []int32) uint64 {
	sum := uint64(sensorID) + zigzag32(value) + uint64(flags)
	for _, d := range deltas {
		sum += zigzag32(d)
	}
	return sum
}

// Digest is the message's digest.
func (m *Telemetry) Digest() uint64 {
	sum := digestParts(m.DeviceID, m.TemperatureCenti, m.TimestampMicros, m.Sequence,
		m.Latitude, m.DriftNanos, m.Label, m.Payload, m.Samples)
	for i := range m.Readings {
		r := &m.Readings[i]
		sum += readingDigest(r.SensorID, r.Value, r.Flags, r.Deltas)
	}
	return sum
}
