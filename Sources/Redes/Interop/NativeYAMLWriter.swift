/// Writes a network in the native YAML format (docs/file-format.md), so that reading it back gives the same
/// network: every string double-quoted (with JSON-style escapes, which YAML accepts), keys in a fixed order.
public enum NativeYAMLWriter {
    public static func text(_ network: Network) -> String {
        var out = "redes: 1\nname: \(q(network.name))\n"
        if let description = network.description { out += "description: \(q(description))\n" }
        if network.isDirected { out += "directed: true\n" }
        if !network.sources.isEmpty {
            out += "sources:\n"
            for s in network.sources {
                out += "  - id: \(q(s.id))\n    title: \(q(s.title))\n"
                for (key, value) in [("author", s.author), ("date", s.date), ("file", s.file), ("url", s.url), ("note", s.note)] {
                    if let value { out += "    \(key): \(q(value))\n" }
                }
            }
        }
        if !network.blocs.isEmpty {
            out += "blocs:\n"
            for b in network.blocs {
                out += "  - {id: \(q(b.id)), name: \(q(b.name))\(b.description.map { ", description: \(q($0))" } ?? "")}\n"
            }
        }
        if !network.territories.isEmpty {
            out += "territories:\n" + network.territories.map { territory($0, indent: "  ") }.joined()
        }
        out += network.actors.isEmpty ? "actors: []\n" : "actors:\n"
        for actor in network.actors { out += self.actor(actor, indent: "  ") }
        if !network.arrangements.isEmpty {
            out += "arrangements:\n"
            for a in network.arrangements { out += arrangement(a, indent: "  ") }
        }
        if !network.ties.isEmpty {
            out += "ties:\n"
            for t in network.ties { out += tie(t, indent: "  ") }
        }
        if !network.indicators.isEmpty {
            out += "indicators:\n" + network.indicators.map { indicator($0, indent: "  ") }.joined()
        }
        if !network.scenarios.isEmpty {
            out += "scenarios:\n"
            for s in network.scenarios {
                out += "  - id: \(q(s.id))\n    name: \(q(s.name))\n"
                if let d = s.description { out += "    description: \(q(d))\n" }
                if let e = s.evidence { out += "    evidence: \(evidence(e))\n" }
                let boardAdditions = indicatorAdditions(s.indicators, indent: "      ")
                if !s.addActors.isEmpty || !s.addArrangements.isEmpty || !s.addTies.isEmpty || !boardAdditions.isEmpty {
                    out += "    add:\n"
                    if !s.addActors.isEmpty { out += "      actors:\n" + s.addActors.map { actor($0, indent: "        ") }.joined() }
                    if !s.addArrangements.isEmpty { out += "      arrangements:\n" + s.addArrangements.map { arrangement($0, indent: "        ") }.joined() }
                    if !s.addTies.isEmpty { out += "      ties:\n" + s.addTies.map { tie($0, indent: "        ") }.joined() }
                    out += boardAdditions
                }
                let boardRemovals = indicatorRemovals(s.indicators, indent: "      ")
                if !s.removeActors.isEmpty || !s.removeArrangements.isEmpty || !s.removeTies.isEmpty || !boardRemovals.isEmpty {
                    out += "    remove:\n"
                    if !s.removeActors.isEmpty { out += "      actors: \(list(s.removeActors))\n" }
                    if !s.removeArrangements.isEmpty { out += "      arrangements: \(list(s.removeArrangements))\n" }
                    if !s.removeTies.isEmpty {
                        out += "      ties:\n" + s.removeTies.map { "        - {source: \(q($0.source)), target: \(q($0.target)), kind: \(q($0.kind))}\n" }.joined()
                    }
                    out += boardRemovals
                }
                for (key, changes) in [("leave", s.leave), ("join", s.join)] where !changes.isEmpty {
                    out += "    \(key):\n" + changes.map { "      - {arrangement: \(q($0.arrangement)), members: \(list($0.members))}\n" }.joined()
                }
                out += agreementChanges(s.indicators, indent: "    ")
            }
        }
        if !network.roadmap.isEmpty {
            out += "roadmap:\n"
            for phase in network.roadmap {
                out += "  - id: \(q(phase.id))\n    name: \(q(phase.name))\n"
                if let p = phase.period { out += "    period: \(period(p))\n" }
                out += "    scenarios: \(list(phase.scenarios))\n"
                if let d = phase.description { out += "    description: \(q(d))\n" }
                if let e = phase.evidence { out += "    evidence: \(evidence(e))\n" }
            }
        }
        return out
    }

    static func q(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func list(_ items: [String]) -> String { "[" + items.map(q).joined(separator: ", ") + "]" }

    static func value(_ v: AttributeValue) -> String {
        switch v {
        case .string(let s): return q(s)
        case .number(let x): return formatNumber(x)
        case .bool(let b): return b ? "true" : "false"
        }
    }

    static func evidence(_ e: Evidence) -> String {
        var parts = ["status: \(e.status.rawValue)"]
        if let s = e.source { parts.append("source: \(q(s))") }
        if let s = e.quote { parts.append("quote: \(q(s))") }
        if let s = e.reason { parts.append("reason: \(q(s))") }
        if !e.respondents.isEmpty { parts.append("respondents: \(list(e.respondents))") }
        if let s = e.date { parts.append("date: \(q(s))") }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    static func territory(_ t: Territory, indent: String) -> String {
        var out = "\(indent)- id: \(q(t.id))\n\(indent)  name: \(q(t.name))\n"
        if let v = t.province { out += "\(indent)  province: \(q(v))\n" }
        if let p = t.priority {
            out += "\(indent)  priority: {" + ([p.topic.map { "topic: \(q($0))" }].compactMap { $0 } + ["evidence: \(evidence(p.evidence))"])
                .joined(separator: ", ") + "}\n"
        }
        if let v = t.hasEMTP { out += "\(indent)  emtp: \(v)\n" }
        if let c = t.coordinates {
            out += "\(indent)  lat: \(formatNumber(c.latitude))\n\(indent)  lon: \(formatNumber(c.longitude))\n"
        }
        if let v = t.description { out += "\(indent)  description: \(q(v))\n" }
        if let e = t.evidence { out += "\(indent)  evidence: \(evidence(e))\n" }
        return out
    }

    static func actor(_ a: Actor, indent: String) -> String {
        var out = "\(indent)- id: \(q(a.id))\n\(indent)  name: \(q(a.name))\n"
        if let v = a.fullName { out += "\(indent)  full_name: \(q(v))\n" }
        if let v = a.bloc { out += "\(indent)  bloc: \(q(v))\n" }
        if !a.territories.isEmpty { out += "\(indent)  territories: \(list(a.territories))\n" }
        if let v = a.sector { out += "\(indent)  sector: \(q(v))\n" }
        out += attributes(a.attributes, indent: indent)
        if let e = a.evidence { out += "\(indent)  evidence: \(evidence(e))\n" }
        if let p = a.period { out += "\(indent)  period: \(period(p))\n" }
        return out
    }

    static func period(_ p: Period) -> String {
        "{" + [p.start.map { "start: \(q($0))" }, p.end.map { "end: \(q($0))" }].compactMap { $0 }.joined(separator: ", ") + "}"
    }

    static func arrangement(_ a: Arrangement, indent: String) -> String {
        var out = "\(indent)- id: \(q(a.id))\n\(indent)  name: \(q(a.name))\n\(indent)  kind: \(a.kind.rawValue)\n"
        out += "\(indent)  members: \(list(a.members))\n"
        if let v = a.lead { out += "\(indent)  lead: \(q(v))\n" }
        if let p = a.period { out += "\(indent)  period: \(period(p))\n" }
        if !a.territories.isEmpty { out += "\(indent)  territories: \(list(a.territories))\n" }
        if a.weight != 1 { out += "\(indent)  weight: \(formatNumber(a.weight))\n" }
        if let v = a.description { out += "\(indent)  description: \(q(v))\n" }
        return out + "\(indent)  evidence: \(evidence(a.evidence))\n"
    }

    static func tie(_ t: Tie, indent: String) -> String {
        var out = "\(indent)- source: \(q(t.source))\n\(indent)  target: \(q(t.target))\n\(indent)  kind: \(q(t.kind))\n"
        if let d = t.directed { out += "\(indent)  directed: \(d)\n" }
        if t.weight != 1 { out += "\(indent)  weight: \(formatNumber(t.weight))\n" }
        if let v = t.description { out += "\(indent)  description: \(q(v))\n" }
        out += attributes(t.attributes, indent: indent)
        if let p = t.period { out += "\(indent)  period: \(period(p))\n" }
        return out + "\(indent)  evidence: \(evidence(t.evidence))\n"
    }

    /// The `attributes:` line of an actor or a tie (keys sorted), or nothing when there is none.
    static func attributes(_ attributes: [String: AttributeValue], indent: String) -> String {
        guard !attributes.isEmpty else { return "" }
        return "\(indent)  attributes: {" + attributes.keys.sorted().map { "\(q($0)): \(value(attributes[$0]!))" }.joined(separator: ", ") + "}\n"
    }
}
