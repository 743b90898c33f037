//! The Rust peer's varint decoders (its own source files, not copies) and a reader of the
//! corpus files `edgebench corpus --write DIR` writes, for the benches.

#[path = "../../rust/src/decode_error.rs"]
#[allow(dead_code)]
pub mod decode_error;
#[path = "../../rust/src/varints.rs"]
pub mod varints;

/// One varints corpus: its name, bytes and value count (from DIR/MANIFEST.tsv).
pub struct Corpus {
    pub name: String,
    pub bytes: Vec<u8>,
    pub values: usize,
}

/// The varints corpora of $CORPUS_DIR named in $CORPORA (comma-separated; default one-byte).
pub fn corpora() -> Vec<Corpus> {
    let dir = std::env::var("CORPUS_DIR").expect("CORPUS_DIR: a folder written by edgebench corpus --write");
    let wanted = std::env::var("CORPORA").unwrap_or_else(|_| "one-byte".to_string());
    let manifest = std::fs::read_to_string(format!("{}/MANIFEST.tsv", dir)).expect("MANIFEST.tsv");
    let mut found = Vec::new();
    for name in wanted.split(',') {
        let line = manifest
            .lines()
            .find(|line| line.split('\t').next() == Some(name))
            .unwrap_or_else(|| panic!("no corpus {} in the manifest", name));
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields[1], "varints", "{} is not a varints corpus", name);
        let bytes = std::fs::read(format!("{}/{}.bin", dir, name)).expect("corpus file");
        found.push(Corpus { name: name.to_string(), bytes, values: fields[2].parse().unwrap() });
    }
    found
}
