module edgebench/peers/go

go 1.19

require google.golang.org/protobuf v1.28.1

// Built offline from Debian's golang-google-protobuf-dev (1.28.1); no module proxy is used.
replace google.golang.org/protobuf => /usr/share/gocode/src/google.golang.org/protobuf
