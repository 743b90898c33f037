# Prints the side-by-side Markdown table of peers/compare.sh and peers/instructions.sh from
# tab-separated lines "round, program, case, figure": the median figure per case over its rounds,
# one row per corpus, Swift strategies first, then Go, Rust, C and C++, each with its ratio to
# Swift's loop on that corpus (below 1: less than loop), the Rust÷Go ratios of the like-for-like
# pairs (below 1: Rust less), and the best peer with its ratio to the best Swift strategy (above
# 1: Swift's best is that many times lower).
BEGIN { FS = "\t" }
{ key = $3; n[key]++; v[key, n[key]] = $4; if (!(key in seen)) { seen[key] = 1; order[++count] = key } }
END {
  for (c = 1; c <= count; c++) {
    key = order[c]
    m = n[key]
    for (i = 1; i <= m; i++) s[i] = v[key, i]
    for (i = 2; i <= m; i++) { x = s[i]; j = i - 1; while (j > 0 && s[j] > x) { s[j + 1] = s[j]; j-- } s[j + 1] = x }
    median[key] = (m % 2) ? s[(m + 1) / 2] : (s[m / 2] + s[m / 2 + 1]) / 2
    split(key, part, "/")
    corpus = part[2]; strategy = part[3]
    if (!(corpus in corpusSeen)) { corpusSeen[corpus] = 1; corpora[++corpusCount] = corpus }
    if (!(strategy in strategySeen)) { strategySeen[strategy] = 1; found[++foundCount] = strategy }
  }
  # Columns: Swift strategies first, then Go, Rust, C and C++, each in the order first seen.
  for (pass = 1; pass <= 5; pass++)
    for (t = 1; t <= foundCount; t++) {
      if (pass == 1) language[found[t]] = (found[t] ~ /^go-/) ? 2 : (found[t] ~ /^rust-/) ? 3 : (found[t] ~ /^c-/) ? 4 : (found[t] ~ /^cpp-/) ? 5 : 1
      if (language[found[t]] == pass) strategies[++strategyCount] = found[t]
    }
  header = "| corpus |"; rule = "| --- |"
  for (t = 1; t <= strategyCount; t++) { header = header " " strategies[t] " |"; rule = rule " ---: |" }
  header = header " Rust÷Go, plain | Rust÷Go, library | best peer | best peer ÷ best Swift |"; rule = rule " ---: | ---: | --- | ---: |"
  print header; print rule
  for (c = 1; c <= corpusCount; c++) {
    corpus = corpora[c]; base = median["decode/" corpus "/loop"]
    row = "| " corpus " |"
    for (t = 1; t <= strategyCount; t++) {
      key = "decode/" corpus "/" strategies[t]
      if (!(key in median)) { row = row " – |"; continue }
      cell = sprintf("%.2f", median[key])
      if (base > 0) cell = cell sprintf(" (%.2f×)", median[key] / base)
      row = row " " cell " |"
    }
    # Plain: rust-std against Go standard library Uvarint (varints) or hand-written protowire
    # (messages); library: rust-protobuf against protowire (varints) or generated proto (messages).
    plainGo = median["decode/" corpus "/go-uvarint"]; if (plainGo == "") plainGo = median["decode/" corpus "/go-protowire"]
    libraryGo = median["decode/" corpus "/go-proto"]; if (libraryGo == "") libraryGo = median["decode/" corpus "/go-protowire"]
    rustStd = median["decode/" corpus "/rust-std"]; rustLibrary = median["decode/" corpus "/rust-protobuf"]
    row = row ((plainGo > 0 && rustStd > 0) ? sprintf(" %.2f |", rustStd / plainGo) : " – |")
    row = row ((libraryGo > 0 && rustLibrary > 0) ? sprintf(" %.2f |", rustLibrary / libraryGo) : " – |")
    # The lowest figure among Swift's strategies and among the peers' (a figure of 0 is no result).
    bestSwift = ""; bestPeer = ""; bestPeerName = ""
    for (t = 1; t <= strategyCount; t++) {
      key = "decode/" corpus "/" strategies[t]
      if (!(key in median) || median[key] <= 0) continue
      if (language[strategies[t]] == 1) { if (bestSwift == "" || median[key] < bestSwift) bestSwift = median[key] }
      else if (bestPeer == "" || median[key] < bestPeer) { bestPeer = median[key]; bestPeerName = strategies[t] }
    }
    row = row ((bestPeer != "") ? sprintf(" %s %.2f |", bestPeerName, bestPeer) : " – |")
    row = row ((bestPeer != "" && bestSwift != "") ? sprintf(" %.2f× |", bestPeer / bestSwift) : " – |")
    print row
  }
}
