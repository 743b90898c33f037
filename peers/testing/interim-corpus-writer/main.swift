// INTERIM, to be deleted: writes the built-in corpora as DIR/<name>.bin plus DIR/MANIFEST.tsv in
// the layout `edgebench corpus --write DIR` uses (branch `runner`), until that command is on main.
// Compiled together with Sources/CodecCore by peers/testing/write-corpora.sh, so the bytes come
// from edgebench's own generator.
#if canImport(Glibc)
  import Glibc
#endif

func hex64(_ value: UInt64) -> String {
  let digits = String(value, radix: 16)
  return String(repeating: "0", count: 16 - digits.count) + digits
}

func write(_ bytes: [UInt8], to path: String) {
  guard let file = fopen(path, "wb"), fwrite(bytes, 1, bytes.count, file) == bytes.count,
    fclose(file) == 0
  else {
    print("interim-corpus-writer: cannot write \(path)")
    exit(1)
  }
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
  print("usage: interim-corpus-writer DIR")
  exit(2)
}
let directory = arguments[1]
var manifest = "# name\tformat\tvalues\tbytes\tfnv1a64\tvalue_sum\n"
for distribution in VarintDistribution.allCases {
  let corpus = VarintCorpus.builtIn(distribution)
  write(corpus.bytes, to: directory + "/" + corpus.name + ".bin")
  manifest +=
    "\(corpus.name)\tvarints\t\(corpus.valueCount)\t\(corpus.bytes.count)\t\(hex64(corpus.checksum))\t\(corpus.valueSum)\n"
}
let messages = MessageCorpus.builtIn()
write(messages.bytes, to: directory + "/" + MessageCorpus.name + ".bin")
manifest +=
  "\(MessageCorpus.name)\tmessages\t\(messages.messageCount)\t\(messages.bytes.count)\t\(hex64(messages.checksum))\t\(messages.valueSum)\n"
write(Array(manifest.utf8), to: directory + "/MANIFEST.tsv")
