package main

import (
	"google.golang.org/protobuf/proto"

	"edgebench/peers/go/telemetrypb"
)

// summarizeProto decodes every message with protoc-gen-go's generated code and
// proto.Unmarshal (a new message each time, as edgebench decodes into owned values) and sums
// the digests.
func summarizeProto(input []byte) (int, uint64, error) {
	var sum uint64
	count, err := forEachFrame(input, func(frame wireReader) error {
		m := new(telemetrypb.Telemetry)
		if err := proto.Unmarshal(frame.rest, m); err != nil {
			return &DecodeError{"proto-unmarshal: " + err.Error(), frame.base}
		}
		sum += digestProto(m)
		return nil
	})
	return count, sum, err
}

// digestProto is Telemetry.digest over the generated type.
func digestProto(m *telemetrypb.Telemetry) uint64 {
	sum := digestParts(m.DeviceId, m.TemperatureCenti, m.TimestampMicros, m.Sequence,
		m.Latitude, m.DriftNanos, m.Label, m.Payload, m.Samples)
	for _, r := range m.Readings {
		sum += readingDigest(r.SensorId, r.Value, r.Flags, r.Deltas)
	}
	return sum
}
