//! The part of edgebench's host fingerprint a peer can read from /proc and /sys with std alone:
//! same field names, core_types left empty and threads_per_core null (edgebench's own records
//! carry those), collected_by saying which program wrote it; and this binary's build facts.

use crate::json::Json;
use crate::sha256;
use std::fs;

fn read_trimmed(path: &str) -> Option<String> {
    fs::read(path).ok().map(|bytes| String::from_utf8_lossy(&bytes).replace('\0', "").trim().to_string())
}

fn read_int(path: &str) -> Option<i64> {
    read_trimmed(path)?.parse().ok()
}

/// The first "key : value" line's value for `key`.
fn field(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        (name.trim() == key).then(|| value.trim().to_string())
    })
}

fn cpu_list_count(list: &str) -> usize {
    list.split(',')
        .filter_map(|part| {
            let (low, high) = part.split_once('-').unwrap_or((part, part));
            let (a, b): (usize, usize) = (low.trim().parse().ok()?, high.trim().parse().ok()?);
            (b >= a).then(|| b - a + 1)
        })
        .sum()
}

/// The CPU the calling thread runs on, from /proc/thread-self/stat (field 39), or None.
pub fn current_cpu() -> Option<usize> {
    let stat = fs::read_to_string("/proc/thread-self/stat").ok()?;
    let after_name = &stat[stat.rfind(')')? + 1..];
    after_name.split_whitespace().nth(36)?.parse().ok()
}

/// VmHWM from /proc/self/status, in KiB.
pub fn peak_rss_kib() -> Option<i64> {
    field(&fs::read_to_string("/proc/self/status").ok()?, "VmHWM")?.trim_end_matches("kB").trim().parse().ok()
}

/// Writes the host object.
pub fn write_host(json: &mut Json) {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let online = read_trimmed("/sys/devices/system/cpu/online");
    let model = field(&cpuinfo, "model name").unwrap_or_else(|| match field(&cpuinfo, "CPU implementer") {
        Some(implementer) => format!(
            "ARM implementer {} part {}",
            implementer,
            field(&cpuinfo, "CPU part").unwrap_or_default()
        ),
        None => "unknown".to_string(),
    });
    let board = read_trimmed("/sys/firmware/devicetree/base/model")
        .or_else(|| field(&cpuinfo, "Model"))
        .or_else(|| field(&cpuinfo, "Hardware"));
    json.begin_object();
    json.strings(&[
        ("collected_by", Some("edgebench-peer-rust")),
        ("hostname", Some(&read_trimmed("/proc/sys/kernel/hostname").unwrap_or_else(|| "unknown".into()))),
    ]);
    json.key("kernel");
    json.begin_object();
    json.strings(&[
        ("sysname", read_trimmed("/proc/sys/kernel/ostype").as_deref()),
        ("release", read_trimmed("/proc/sys/kernel/osrelease").as_deref()),
        ("version", read_trimmed("/proc/sys/kernel/version").as_deref()),
        ("machine", Some(std::env::consts::ARCH)),
    ]);
    json.end_object();
    json.strings(&[("cpu_model", Some(&model)), ("board", board.as_deref())]);
    json.key("core_types");
    json.begin_array();
    json.end_array();
    json.strings(&[("online_cpus", online.as_deref())]);
    json.key("online_count");
    json.opt_int(online.as_deref().map(cpu_list_count));
    json.strings(&[
        ("possible_cpus", read_trimmed("/sys/devices/system/cpu/possible").as_deref()),
        ("smt", read_trimmed("/sys/devices/system/cpu/smt/control").as_deref()),
    ]);
    json.key("threads_per_core");
    json.raw("null");
    json.key("boost");
    write_boost(json);
    json.key("virtualization");
    json.begin_object();
    let (kind, evidence) = virtualization(&cpuinfo);
    json.strings(&[("kind", Some(&kind)), ("evidence", Some(&evidence))]);
    if kind == "wasm" {
        json.strings(&[("runtime", Some(&wasm_runtime()))]);
    }
    json.end_object();
    json.key("perf_event_paranoid");
    json.opt_int(read_int("/proc/sys/kernel/perf_event_paranoid"));
    json.key("memory_total_kib");
    let memory = fs::read_to_string("/proc/meminfo").ok().and_then(|text| field(&text, "MemTotal"));
    json.opt_int(memory.and_then(|m| m.trim_end_matches("kB").trim().parse::<i64>().ok()));
    json.end_object();
}

fn write_boost(json: &mut Json) {
    let generic = "/sys/devices/system/cpu/cpufreq/boost";
    let intel = "/sys/devices/system/cpu/intel_pstate/no_turbo";
    let found = match (read_int(generic), read_int(intel)) {
        (Some(value), _) => Some((if value == 1 { "on" } else { "off" }, generic)),
        (None, Some(value)) => Some((if value == 1 { "off" } else { "on" }, intel)),
        _ => None,
    };
    match found {
        Some((state, source)) => {
            json.begin_object();
            json.strings(&[("state", Some(state)), ("source", Some(source))]);
            json.end_object();
        }
        None => json.raw("null"),
    }
}

/// The WebAssembly runtime and its version, as the launchers in Toolchains/wasm name it.
fn wasm_runtime() -> String {
    std::env::var("EDGEBENCH_WASM_RUNTIME").unwrap_or_else(|_| "unknown".into())
}

/// Kind "wasm" for the wasm32-wasi build, as edgebench's module records it, so its runs are
/// only compared with other WebAssembly runs; natively a hypervisor, a container or none.
fn virtualization(cpuinfo: &str) -> (String, String) {
    if cfg!(target_arch = "wasm32") {
        let (host, why) = native_virtualization(cpuinfo);
        let evidence = format!(
            "WebAssembly (WASI preview 1) module under {}; host underneath: {} ({})",
            wasm_runtime(),
            host,
            why
        );
        return ("wasm".into(), evidence);
    }
    native_virtualization(cpuinfo)
}

fn native_virtualization(cpuinfo: &str) -> (String, String) {
    if let Some(kind) = read_trimmed("/sys/hypervisor/type").filter(|k| !k.is_empty()) {
        return (kind, "/sys/hypervisor/type".into());
    }
    let flags = field(cpuinfo, "flags").unwrap_or_default();
    if flags.split_whitespace().any(|flag| flag == "hypervisor") {
        return ("unknown-hypervisor".into(), "cpuinfo flag 'hypervisor'".into());
    }
    if ["/.dockerenv", "/run/.containerenv"].iter().any(|p| fs::metadata(p).is_ok()) {
        return ("container".into(), "/.dockerenv or /run/.containerenv".into());
    }
    ("none-detected".into(), "no hypervisor signature found".into())
}

/// Writes the build object: edgebench's fields (swift, c_arch and c_compiler null for a
/// peer), plus language, compiler and library.
pub fn write_build(json: &mut Json) {
    // Under WASI there is no current_exe: the launchers name the module (EDGEBENCH_WASM_MODULE).
    let path = match std::env::var("EDGEBENCH_WASM_MODULE") {
        Ok(module) if cfg!(target_arch = "wasm32") => Some(module),
        _ => std::env::current_exe().ok().map(|p| p.display().to_string()),
    };
    let binary = path.as_ref().and_then(|p| fs::read(p).ok());
    let digest = binary.as_ref().map(|bytes| sha256::hex_digest(bytes));
    let target = format!("{}-linux", std::env::consts::ARCH);
    json.begin_object();
    json.strings(&[
        ("mode", Some("peer")),
        ("swift", None),
        ("target", Some(&target)),
        ("c_arch", None),
        ("c_compiler", None),
        ("optimization", Some("release")),
        ("binary_path", path.as_deref()),
        ("binary_sha256", digest.as_deref()),
        ("source_revision", Some(option_env!("EDGEBENCH_SOURCE_REVISION").unwrap_or("unknown"))),
    ]);
    json.key("binary_bytes");
    json.opt_int(binary.as_ref().map(|b| b.len()));
    json.strings(&[
        ("language", Some("rust")),
        ("compiler", Some(option_env!("EDGEBENCH_RUSTC_VERSION").unwrap_or("unknown"))),
        ("library", Some("rust-protobuf 2.27.1 (Debian librust-protobuf-dev)")),
    ]);
    json.end_object();
}
