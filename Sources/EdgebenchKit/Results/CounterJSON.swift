/// The counter parts of a results record (README "Results files").
enum CounterJSON {
  /// `{"cycles": {"status": "counting", ...}, ...}`: every event's status on this machine.
  static func writeStatuses(_ counters: CounterSet?, to json: inout JSONWriter) {
    json.beginObject()
    for event in CounterEvent.allCases {
      json.object(event.name) { json in
        guard let counters else {
          json.field("status", "off")
          return
        }
        let status = counters.statuses[event.rawValue]
        json.field("status", status.isCounting ? "counting" : "unavailable")
        if let reason = status.unavailable {
          json.field("reason", reason.key)
          json.field("errno", reason.systemError?.name)
          json.field("message", reason.message)
        } else {
          json.field("pmus", strings: status.pmus)
          json.field("excludes_kernel", status.excludesKernel)
          json.field("read_cost", counters.readCost[event.rawValue])
        }
      }
    }
    json.endObject()
  }

  /// One sample's counters: scaled values of counting events, and every group's raw delta.
  static func writeSample(_ sample: CounterSample, to json: inout JSONWriter) {
    json.object("counters") { json in
      for event in CounterEvent.allCases
      where sample.groups.contains(where: { $0.events.contains(event) }) {
        json.field(event.name, sample[event])
      }
    }
    json.key("groups")
    json.beginArray()
    for group in sample.groups {
      json.beginObject()
      json.field("pmu", group.pmu)
      json.field("events", strings: group.events.map { $0.name })
      json.field("enabled_ns", unsigned: group.enabled)
      json.field("running_ns", unsigned: group.running)
      json.key("raw")
      json.beginArray()
      for value in group.raw { json.unsigned(value) }
      json.endArray()
      json.endObject()
    }
    json.endArray()
  }

  /// The case's counter summary: derived metrics, whether cycles come from a hardware or an
  /// emulator's virtual clock (then IPC, cycles per value and GHz are null), and the lowest
  /// running/enabled ratio seen.
  static func writeSummary(_ result: CaseResult, virtualClock: Bool, to json: inout JSONWriter) {
    json.beginObject()
    json.object("derived") { json in
      for (name, value) in DerivedMetrics(result, virtualClock: virtualClock).all {
        json.field(name, value)
      }
    }
    json.field("cycles_clock", virtualClock ? "virtual" : "hardware")
    var lowest: Double?
    for sample in result.samples {
      for group in sample.counters?.groups ?? [] {
        if let ratio = group.runningRatio { lowest = min(lowest ?? ratio, ratio) }
      }
    }
    json.field("min_running_ratio", lowest)
    json.endObject()
  }
}
