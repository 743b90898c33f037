package main

import (
	"math"
	"unicode/utf8"

	"google.golang.org/protobuf/encoding/protowire"
)

// wireReader walks one message's bytes with protowire, remembering where it is in the corpus
// so an error can say at which byte it happened.
type wireReader struct {
	rest []byte
	base int // corpus offset of rest[0]
}

func (r *wireReader) fail(kind string) error { return &DecodeError{kind, r.base} }

func (r *wireReader) advance(n int) {
	r.rest = r.rest[n:]
	r.base += n
}

func (r *wireReader) varint() (uint64, error) {
	v, n := protowire.ConsumeVarint(r.rest)
	if n < 0 {
		return 0, varintFailure(r.rest, 0).at(r.base)
	}
	r.advance(n)
	return v, nil
}

func (r *wireReader) fixed32() (uint32, error) {
	v, n := protowire.ConsumeFixed32(r.rest)
	if n < 0 {
		return 0, r.fail("truncated")
	}
	r.advance(n)
	return v, nil
}

func (r *wireReader) fixed64() (uint64, error) {
	v, n := protowire.ConsumeFixed64(r.rest)
	if n < 0 {
		return 0, r.fail("truncated")
	}
	r.advance(n)
	return v, nil
}

// bytes returns a length-delimited field's contents (not copied) and a reader over them.
func (r *wireReader) bytes() ([]byte, wireReader, error) {
	v, n := protowire.ConsumeBytes(r.rest)
	if n < 0 {
		return nil, wireReader{}, r.fail("truncated")
	}
	inner := wireReader{v, r.base + n - len(v)}
	r.advance(n)
	return v, inner, nil
}

// tag reads a field's tag.
func (r *wireReader) tag() (protowire.Number, protowire.Type, error) {
	num, typ, n := protowire.ConsumeTag(r.rest)
	if n < 0 {
		return 0, 0, r.fail("invalid-tag")
	}
	r.advance(n)
	return num, typ, nil
}

// packed calls each with every varint of a packed repeated field.
func (r *wireReader) packed(each func(uint64)) error {
	_, inner, err := r.bytes()
	for err == nil && len(inner.rest) > 0 {
		var v uint64
		if v, err = inner.varint(); err == nil {
			each(v)
		}
	}
	return err
}

func (r *wireReader) skip(num protowire.Number, typ protowire.Type) error {
	n := protowire.ConsumeFieldValue(num, typ, r.rest)
	if n < 0 {
		return r.fail("invalid-field")
	}
	r.advance(n)
	return nil
}

// at rebases an error found in a sub-slice to its corpus offset.
func (e *DecodeError) at(base int) *DecodeError { return &DecodeError{e.Kind, e.Offset + base} }

// zigzag32Decode is a sint32 from its varint (upper bits dropped, as protobuf does).
func zigzag32Decode(v uint64) int32 { return int32(protowire.DecodeZigZag(v & math.MaxUint32)) }

// decodeTelemetryWire decodes one message from all of r into an owned Telemetry with
// protowire, accepting any valid encoding as CodecCore's decoder does: fields in any order,
// unknown fields skipped, repeated scalars packed or not, the last singular value winning.
func decodeTelemetryWire(r wireReader) (Telemetry, error) {
	var m Telemetry
	for len(r.rest) > 0 {
		num, typ, err := r.tag()
		if err != nil {
			return m, err
		}
		var v uint64
		switch {
		case num == 1 && typ == protowire.VarintType:
			v, err = r.varint()
			m.DeviceID = uint32(v)
		case num == 2 && typ == protowire.VarintType:
			v, err = r.varint()
			m.TemperatureCenti = zigzag32Decode(v)
		case num == 3 && typ == protowire.VarintType:
			m.TimestampMicros, err = r.varint()
		case num == 4 && typ == protowire.Fixed32Type:
			m.Sequence, err = r.fixed32()
		case num == 5 && typ == protowire.Fixed64Type:
			v, err = r.fixed64()
			m.Latitude = math.Float64frombits(v)
		case num == 6 && typ == protowire.VarintType:
			v, err = r.varint()
			m.DriftNanos = protowire.DecodeZigZag(v)
		case num == 7 && typ == protowire.BytesType:
			var b []byte
			if b, _, err = r.bytes(); err == nil {
				if !utf8.Valid(b) {
					return m, r.fail("invalid-utf8")
				}
				m.Label = string(b)
			}
		case num == 8 && typ == protowire.BytesType:
			var b []byte
			if b, _, err = r.bytes(); err == nil {
				m.Payload = append([]byte(nil), b...)
			}
		case num == 9 && typ == protowire.VarintType:
			v, err = r.varint()
			m.Samples = append(m.Samples, uint32(v))
		case num == 9 && typ == protowire.BytesType:
			err = r.packed(func(v uint64) { m.Samples = append(m.Samples, uint32(v)) })
		case num == 10 && typ == protowire.BytesType:
			var nested wireReader
			if _, nested, err = r.bytes(); err == nil {
				var reading Reading
				reading, err = decodeReadingWire(nested)
				m.Readings = append(m.Readings, reading)
			}
		default:
			err = r.skip(num, typ)
		}
		if err != nil {
			return m, err
		}
	}
	return m, nil
}

// decodeReadingWire decodes one Reading from all of r.
func decodeReadingWire(r wireReader) (Reading, error) {
	var m Reading
	for len(r.rest) > 0 {
		num, typ, err := r.tag()
		if err != nil {
			return m, err
		}
		var v uint64
		switch {
		case num == 1 && typ == protowire.VarintType:
			v, err = r.varint()
			m.SensorID = uint32(v)
		case num == 2 && typ == protowire.VarintType:
			v, err = r.varint()
			m.Value = zigzag32Decode(v)
		case num == 3 && typ == protowire.Fixed32Type:
			m.Flags, err = r.fixed32()
		case num == 4 && typ == protowire.VarintType:
			v, err = r.varint()
			m.Deltas = append(m.Deltas, zigzag32Decode(v))
		case num == 4 && typ == protowire.BytesType:
			err = r.packed(func(v uint64) { m.Deltas = append(m.Deltas, zigzag32Decode(v)) })
		default:
			err = r.skip(num, typ)
		}
		if err != nil {
			return m, err
		}
	}
	return m, nil
}

// forEachFrame calls body with a reader over each length-delimited message in input
// (protobuf's writeDelimitedTo framing) and returns how many there were.
func forEachFrame(input []byte, body func(frame wireReader) error) (int, error) {
	r := wireReader{input, 0}
	count := 0
	for len(r.rest) > 0 {
		_, frame, err := r.bytes()
		if err != nil {
			return count, err
		}
		if err := body(frame); err != nil {
			return count, err
		}
		count++
	}
	return count, nil
}

// summarizeProtowire decodes every message with the protowire decoder and sums the digests.
func summarizeProtowire(input []byte) (int, uint64, error) {
	var sum uint64
	count, err := forEachFrame(input, func(frame wireReader) error {
		m, err := decodeTelemetryWire(frame)
		sum += m.Digest()
		return err
	})
	return count, sum, err
}
