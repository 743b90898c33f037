package main

import "fmt"

// DecodeError says where in a corpus decoding failed and why, in edgebench's words
// (truncated, varint-too-long, varint-overflow, invalid-field, invalid-utf8).
type DecodeError struct {
	Kind   string
	Offset int
}

func (e *DecodeError) Error() string {
	return fmt.Sprintf("%s at byte offset %d", e.Kind, e.Offset)
}

// varintFailure classifies a varint that a decoder rejected at offset, with edgebench's
// precedence: running out of bytes is "truncated"; a 10th byte with its continuation bit set
// is "varint-too-long"; a 10th byte above 1 is "varint-overflow".
func varintFailure(input []byte, offset int) *DecodeError {
	end := offset + 9
	if end >= len(input) {
		return &DecodeError{"truncated", offset}
	}
	for i := offset; i < end; i++ {
		if input[i] < 0x80 {
			// A stop byte before the 10th: the decoder rejected a valid varint.
			return &DecodeError{"decoder-rejected-valid-varint", offset}
		}
	}
	if input[end]&0x80 != 0 {
		return &DecodeError{"varint-too-long", offset}
	}
	return &DecodeError{"varint-overflow", offset}
}
