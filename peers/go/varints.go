package main

import (
	"encoding/binary"

	"google.golang.org/protobuf/encoding/protowire"
)

// decodeUvarint decodes every varint in input into out with the standard library's
// encoding/binary.Uvarint, stopping when either runs out; it returns the values written and
// the bytes they took.
func decodeUvarint(input []byte, out []uint64) (int, int, error) {
	offset, count := 0, 0
	for offset < len(input) && count < len(out) {
		value, length := binary.Uvarint(input[offset:])
		if length <= 0 {
			return count, offset, varintFailure(input, offset)
		}
		out[count] = value
		count++
		offset += length
	}
	return count, offset, nil
}

// decodeProtowire does the same with protowire.ConsumeVarint from google.golang.org/protobuf,
// the low-level wire reader that Go's generated protobuf code is built on.
func decodeProtowire(input []byte, out []uint64) (int, int, error) {
	offset, count := 0, 0
	for offset < len(input) && count < len(out) {
		value, length := protowire.ConsumeVarint(input[offset:])
		if length < 0 {
			return count, offset, varintFailure(input, offset)
		}
		out[count] = value
		count++
		offset += length
	}
	return count, offset, nil
}
