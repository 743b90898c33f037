# Sourced by the raw swiftc builds of CodecCore (Fuzz/run.sh, Tests/stages/31): compiles
# Sources/AVX512Kernels as its own module, as SwiftPM does with the X86Kernels trait, so those
# builds cover the `avx512` path too.
#   avx512_kernels OUT_DIR [SWIFTC_FLAGS...]
# Leaves OUT_DIR/AVX512Kernels.swiftmodule and OUT_DIR/avx512-kernels.o, and sets two arrays:
# avx512_core_flags, what compiling CodecCore then needs (-D X86Kernels, -I OUT_DIR), and
# avx512_objects, what linking it needs. On a host that is not x86_64 both stay empty.
# The instruction sets must match Package.swift's AVX512Kernels target; stage 31 checks that.
avx512_kernel_isa=(-Xcc -mavx512f -Xcc -mavx512bw -Xcc -mavx512vbmi -Xcc -mavx512vbmi2)

avx512_kernels() {
  local out="$1"
  shift
  avx512_core_flags=()
  avx512_objects=()
  [ "$(uname -m)" = x86_64 ] || return 0
  swiftc "$@" -parse-as-library -module-name AVX512Kernels -package-name edgebench -D X86Kernels \
    "${avx512_kernel_isa[@]}" -I Sources/CIntrinsics/include -emit-module \
    -emit-module-path "$out/AVX512Kernels.swiftmodule" -c Sources/AVX512Kernels/*.swift \
    -o "$out/avx512-kernels.o" || return 1
  avx512_core_flags=(-D X86Kernels -I "$out")
  avx512_objects=("$out/avx512-kernels.o")
}
