//! An optimization barrier that builds on rustc 1.63 (std::hint::black_box is stable from 1.66):
//! a volatile read the compiler must assume can return anything, so each iteration's input is
//! unknown to it and each result is used.

/// Returns `value` through a volatile read.
#[inline(always)]
pub fn opaque<T: Copy>(value: T) -> T {
    // SAFETY: reads a valid, initialized, aligned local of a Copy type.
    unsafe { std::ptr::read_volatile(&value) }
}
