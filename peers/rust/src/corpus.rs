//! The files of `edgebench corpus --write DIR`: DIR/MANIFEST.tsv and DIR/<name>.bin.

use std::fs;
use std::path::Path;

/// One corpus file and what its manifest line says a correct decode yields.
pub struct Corpus {
    pub name: String,
    pub path: String,
    /// "varints" or "messages".
    pub format: String,
    pub bytes: Vec<u8>,
    pub expected_count: usize,
    pub expected_sum: u64,
    pub checksum: u64,
}

/// FNV-1a 64, the checksum `edgebench list` prints.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xCBF2_9CE4_8422_2325;
    for &b in bytes {
        hash = (hash ^ b as u64).wrapping_mul(0x0000_0100_0000_01B3);
    }
    hash
}

/// Reads the manifest and the files it names, keeping those in `wanted` (all when empty), and
/// refuses a file whose size or FNV-1a 64 differ from the manifest: a peer must never time
/// other bytes than edgebench did.
pub fn load(dir: &str, wanted: &[String]) -> Result<Vec<Corpus>, String> {
    let manifest = Path::new(dir).join("MANIFEST.tsv");
    let text = fs::read_to_string(&manifest).map_err(|e| {
        format!(
            "cannot read {} (write it with 'edgebench corpus --write {}'): {}",
            manifest.display(),
            dir,
            e
        )
    })?;
    let mut corpora = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (mut corpus, size) =
            parse_line(line).map_err(|e| format!("{} line {}: {}", manifest.display(), number + 1, e))?;
        if !wanted.is_empty() && !wanted.contains(&corpus.name) {
            continue;
        }
        corpus.path = Path::new(dir).join(format!("{}.bin", corpus.name)).display().to_string();
        corpus.bytes = fs::read(&corpus.path).map_err(|e| format!("{}: {}", corpus.path, e))?;
        let checksum = fnv1a64(&corpus.bytes);
        if corpus.bytes.len() != size || checksum != corpus.checksum {
            return Err(format!(
                "{}: {} bytes with FNV-1a {:016x}, but the manifest says {} bytes with {:016x}",
                corpus.path,
                corpus.bytes.len(),
                checksum,
                size,
                corpus.checksum
            ));
        }
        corpora.push(corpus);
    }
    for name in wanted {
        if !corpora.iter().any(|c| &c.name == name) {
            return Err(format!("no corpus '{}' in {}", name, manifest.display()));
        }
    }
    Ok(corpora)
}

/// "name, format, values, bytes, fnv1a64 (hex), value sum", tab-separated.
fn parse_line(line: &str) -> Result<(Corpus, usize), String> {
    let fields: Vec<&str> = line.split('\t').collect();
    if fields.len() != 6 {
        return Err(format!("expected 6 tab-separated fields, found {}", fields.len()));
    }
    if fields[1] != "varints" && fields[1] != "messages" {
        return Err(format!("unknown format '{}'", fields[1]));
    }
    let bad = |what: &str, text: &str| format!("bad {} '{}'", what, text);
    let corpus = Corpus {
        name: fields[0].to_string(),
        path: String::new(),
        format: fields[1].to_string(),
        bytes: Vec::new(),
        expected_count: fields[2].parse().map_err(|_| bad("value count", fields[2]))?,
        expected_sum: fields[5].parse().map_err(|_| bad("value sum", fields[5]))?,
        checksum: u64::from_str_radix(fields[4], 16).map_err(|_| bad("checksum", fields[4]))?,
    };
    let size = fields[3].parse().map_err(|_| bad("byte count", fields[3]))?;
    Ok((corpus, size))
}
