/// The counter parts of a results record (see ResultsSchema.swift).
enum CounterJSON {
  /// `{"cycles": {"status": "counting", ...}, ...}`: every event's status on this machine.
  static func writeStatuses(_ counters: CounterSet?, to json: inout JSONWriter) {
    json.beginObject()
    for event in CounterEvent.allCases {
      json.key(event.name)
      json.beginObject()
      guard let counters else {
        json.key("status")
        json.string("off")
        json.endObject()
        continue
      }
      let status = counters.statuses[event.rawValue]
      json.key("status")
      json.string(status.isCounting ? "counting" : "unavailable")
      if let reason = status.unavailable {
        json.key("reason")
        json.string(reason.key)
        json.key("errno")
        json.string(reason.systemError?.name)
        json.key("message")
        json.string(reason.message)
      } else {
        json.key("pmus")
        json.beginArray()
        for pmu in status.pmus { json.string(pmu) }
        json.endArray()
        json.key("excludes_kernel")
        json.bool(status.excludesKernel)
        json.key("read_cost")
        json.double(counters.readCost[event.rawValue])
      }
      json.endObject()
    }
    json.endObject()
  }

  /// One sample's counters: scaled values of counting events, and every group's raw delta.
  static func writeSample(_ sample: CounterSample, to json: inout JSONWriter) {
    json.key("counters")
    json.beginObject()
    for event in CounterEvent.allCases
    where sample.groups.contains(where: { $0.events.contains(event) }) {
      json.key(event.name)
      json.double(sample[event])
    }
    json.endObject()
    json.key("groups")
    json.beginArray()
    for group in sample.groups {
      json.beginObject()
      json.key("pmu")
      json.string(group.pmu)
      json.key("events")
      json.beginArray()
      for event in group.events { json.string(event.name) }
      json.endArray()
      json.key("enabled_ns")
      json.unsigned(group.enabled)
      json.key("running_ns")
      json.unsigned(group.running)
      json.key("raw")
      json.beginArray()
      for value in group.raw { json.unsigned(value) }
      json.endArray()
      json.endObject()
    }
    json.endArray()
  }

  /// The case's counter summary: derived metrics and the lowest running/enabled ratio seen.
  static func writeSummary(_ result: CaseResult, to json: inout JSONWriter) {
    json.beginObject()
    json.key("derived")
    json.beginObject()
    for (name, value) in DerivedMetrics(result).all {
      json.key(name)
      json.double(value)
    }
    json.endObject()
    var lowest: Double?
    for sample in result.samples {
      for group in sample.counters?.groups ?? [] {
        if let ratio = group.runningRatio { lowest = min(lowest ?? ratio, ratio) }
      }
    }
    json.key("min_running_ratio")
    json.double(lowest)
    json.endObject()
  }
}
