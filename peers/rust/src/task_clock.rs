//! The kernel's task-clock software counter on the measuring thread: the CPU time each sample
//! actually got, recorded as edgebench records it, so `edgebench aggregate --time cpu` compares
//! Rust with Swift on a busy machine too. perf_event_open through glibc's syscall(2): std has
//! no wrapper and this peer uses no crate but rust-protobuf. The WebAssembly (wasm32-wasi)
//! build has no perf_event_open: it reports the reason "wasm", as edgebench does.
#![cfg_attr(target_os = "wasi", allow(dead_code))]

use crate::json::Json;
use std::fs::File;
#[cfg(not(target_os = "wasi"))]
use std::io::Error;
use std::io::Read;
use std::os::raw::c_long;
#[cfg(not(target_os = "wasi"))]
use std::os::unix::io::FromRawFd;

#[cfg(not(target_os = "wasi"))]
extern "C" {
    fn syscall(number: c_long, ...) -> c_long;
}

/// The errno-like code a WebAssembly (WASI) build reports: WASI has no perf_event_open.
const WASM_NO_COUNTERS: i32 = -1;

#[cfg(target_arch = "x86_64")]
const SYS_PERF_EVENT_OPEN: c_long = 298;
#[cfg(target_arch = "aarch64")]
const SYS_PERF_EVENT_OPEN: c_long = 241;

/// The first 64 bytes of struct perf_event_attr (PERF_ATTR_SIZE_VER0).
#[repr(C)]
struct PerfEventAttr {
    kind: u32,
    size: u32,
    config: u64,
    sample_period: u64,
    sample_type: u64,
    read_format: u64,
    flags: u64,
    wakeup_events: u32,
    breakpoint_type: u32,
    config1: u64,
}

const PERF_TYPE_SOFTWARE: u32 = 1;
const PERF_COUNT_SW_TASK_CLOCK: u64 = 1;
const PERF_FORMAT_TIME_ENABLED_RUNNING: u64 = 0b11;
const FLAG_EXCLUDE_KERNEL: u64 = 1 << 5;
const FLAG_EXCLUDE_HV: u64 = 1 << 6;
const PERF_FLAG_FD_CLOEXEC: c_long = 1 << 3;
const READ_COST_ROUNDS: usize = 31;

/// One read, or the difference of two: ns on a CPU, and the time enabled and running.
#[derive(Clone, Copy, Default)]
pub struct Reading {
    pub value: f64,
    pub enabled: f64,
    pub running: f64,
}

/// The counter, or why it is unavailable.
pub struct TaskClock {
    file: Option<File>,
    excludes_kernel: bool,
    errno: i32,
    pub read_cost: f64,
}

impl TaskClock {
    /// Opens with kernel time first, user time only where perf_event_paranoid forbids that
    /// (as edgebench's software group); measures the read cost.
    pub fn open() -> TaskClock {
        let mut clock = match open_counter(0) {
            Err(errno) if errno == 1 || errno == 13 => match open_counter(FLAG_EXCLUDE_KERNEL) {
                Ok(file) => TaskClock { file: Some(file), excludes_kernel: true, errno: 0, read_cost: 0.0 },
                Err(errno) => TaskClock { file: None, excludes_kernel: true, errno, read_cost: 0.0 },
            },
            Ok(file) => TaskClock { file: Some(file), excludes_kernel: false, errno: 0, read_cost: 0.0 },
            Err(errno) => TaskClock { file: None, excludes_kernel: false, errno, read_cost: 0.0 },
        };
        if clock.file.is_some() {
            let mut costs = Vec::new();
            for _ in 0..READ_COST_ROUNDS {
                if let (Some(before), Some(after)) = (clock.read(), clock.read()) {
                    costs.push(after.value - before.value);
                }
            }
            costs.sort_by(|a, b| a.total_cmp(b));
            clock.read_cost = costs.get(costs.len() / 2).copied().unwrap_or(0.0);
        }
        clock
    }

    /// Reads the counter; None when it is not counting or the read failed.
    pub fn read(&mut self) -> Option<Reading> {
        let mut bytes = [0u8; 24];
        self.file.as_mut()?.read_exact(&mut bytes).ok()?;
        let word = |i: usize| {
            let mut w = [0u8; 8];
            w.copy_from_slice(&bytes[i * 8..i * 8 + 8]);
            u64::from_ne_bytes(w) as f64
        };
        Some(Reading { value: word(0), enabled: word(1), running: word(2) })
    }

    /// The event's status object in edgebench's schema.
    pub fn write_status(&self, json: &mut Json) {
        json.begin_object();
        if self.file.is_some() {
            json.strings(&[("status", Some("counting"))]);
            json.key("pmus");
            json.begin_array();
            json.string("software");
            json.end_array();
            json.key("excludes_kernel");
            json.raw(if self.excludes_kernel { "true" } else { "false" });
            json.key("read_cost");
            json.double(self.read_cost);
        } else {
            let (reason, name, message) = match self.errno {
                WASM_NO_COUNTERS => ("wasm", "", "a WebAssembly module: WASI has no perf_event_open (the runtime's host may count; this module cannot)".to_string()),
                38 => ("no-syscall", "ENOSYS", "perf_event_open is not implemented (ENOSYS): user-mode emulation such as qemu-user, or a kernel built without perf events".to_string()),
                1 | 13 => ("blocked", if self.errno == 1 { "EPERM" } else { "EACCES" }, "perf_event_open was refused: perf_event_paranoid, a seccomp filter or a security module".to_string()),
                _ => ("failed", "", format!("perf_event_open failed (errno {})", self.errno)),
            };
            let errno = if self.errno == WASM_NO_COUNTERS {
                "-".to_string()
            } else if name.is_empty() {
                self.errno.to_string()
            } else {
                name.to_string()
            };
            json.strings(&[
                ("status", Some("unavailable")),
                ("reason", Some(reason)),
                ("errno", Some(&errno)),
                ("message", Some(&message)),
            ]);
        }
        json.end_object();
    }
}

#[cfg(target_os = "wasi")]
fn open_counter(_flags: u64) -> Result<File, i32> {
    Err(WASM_NO_COUNTERS)
}

#[cfg(not(target_os = "wasi"))]
fn open_counter(flags: u64) -> Result<File, i32> {
    let attr = PerfEventAttr {
        kind: PERF_TYPE_SOFTWARE,
        size: std::mem::size_of::<PerfEventAttr>() as u32,
        config: PERF_COUNT_SW_TASK_CLOCK,
        sample_period: 0,
        sample_type: 0,
        read_format: PERF_FORMAT_TIME_ENABLED_RUNNING,
        flags: FLAG_EXCLUDE_HV | flags,
        wakeup_events: 0,
        breakpoint_type: 0,
        config1: 0,
    };
    loop {
        // pid 0, cpu -1: this thread on any CPU; no group.
        let fd = unsafe {
            syscall(
                SYS_PERF_EVENT_OPEN,
                &attr as *const PerfEventAttr,
                0 as c_long,
                -1 as c_long,
                -1 as c_long,
                PERF_FLAG_FD_CLOEXEC,
            )
        };
        if fd >= 0 {
            return Ok(unsafe { File::from_raw_fd(fd as i32) });
        }
        let errno = Error::last_os_error().raw_os_error().unwrap_or(0);
        if errno != 4 {
            return Err(errno);
        }
    }
}
