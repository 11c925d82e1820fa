/// Writes waves as a dynamic GEXF 1.2 graph (`mode="dynamic"`, `timeformat="double"`), which Gephi opens in its
/// timeline: wave k is time k, every node and edge carries the spells of the waves it is present in (one spell per
/// run of consecutive waves, `[first, last]` inclusive), and each edge its strength in each run as a dynamic
/// attribute. The waves' labels (dates or phases) are listed in the file's description.
///
/// Reference: GEXF 1.2 draft primer, "Dynamics" (spells; `timeformat` `double`).
public enum DynamicGEXFWriter {
    /// The dynamic GEXF text of `waves`.
    ///
    /// - Parameters:
    ///   - waves: the waves (1…K) over one actor order.
    ///   - name: the network's name, for the description.
    /// - Returns: the document; the same waves always give the same bytes.
    /// - Complexity: O(K · (n + m)).
    public static func text(_ waves: NetworkWaves, name: String) -> String {
        func xml(_ s: String) -> String { escapeHTML(s) }
        func time(_ k: Int) -> String { "\(k).0" }
        let count = waves.waves.count
        let labels = waves.waves.enumerated().map { "\($0.offset + 1) = \($0.element.label)" }.joined(separator: "; ")
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
        out += "  <meta><creator>Redes \(redesVersion)</creator><description>\(xml(name)) — waves: \(xml(labels))</description></meta>\n"
        out += "  <graph defaultedgetype=\"\(waves.isDirected ? "directed" : "undirected")\" mode=\"dynamic\" timeformat=\"double\""
            + " start=\"\(time(1))\" end=\"\(time(count))\">\n"
        let hasBloc = waves.actors.contains { $0.bloc != nil }
        out += "    <attributes class=\"node\" mode=\"static\">\n"
        if hasBloc { out += "      <attribute id=\"bloc\" title=\"bloc\" type=\"string\"/>\n" }
        out += "    </attributes>\n    <attributes class=\"edge\" mode=\"dynamic\">\n"
        out += "      <attribute id=\"strength\" title=\"strength\" type=\"double\"/>\n    </attributes>\n    <nodes>\n"
        let presence = waves.presence
        func spells(_ runs: [ClosedRange<Int>], indent: String) -> String {
            "\(indent)<spells>\n" + runs.map { "\(indent)  <spell start=\"\(time($0.lowerBound))\" end=\"\(time($0.upperBound))\"/>\n" }.joined()
                + "\(indent)</spells>\n"
        }
        for (i, actor) in waves.actors.enumerated() {
            out += "      <node id=\"\(xml(actor.id))\" label=\"\(xml(actor.name))\">\n"
            if let bloc = actor.bloc {
                out += "        <attvalues>\n          <attvalue for=\"bloc\" value=\"\(xml(bloc))\"/>\n        </attvalues>\n"
            }
            out += spells(NetworkWaves.runs(presence.map { $0[i] }), indent: "        ")
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        // Each pair once, in the order of first appearance; its strength per wave (nil when absent).
        var order: [[Int]] = []
        var strength: [[Int]: [Double?]] = [:]
        for (k, links) in waves.links.enumerated() {
            for link in links {
                let key = [link.first, link.second]
                if strength[key] == nil { order.append(key); strength[key] = [Double?](repeating: nil, count: count) }
                strength[key]?[k] = link.weight
            }
        }
        for (e, key) in order.enumerated() {
            let values = strength[key] ?? []
            let runs = NetworkWaves.runs(values.map { $0 != nil })
            let first = values.compactMap { $0 }.first ?? 1
            out += "      <edge id=\"\(e)\" source=\"\(xml(waves.actors[key[0]].id))\" target=\"\(xml(waves.actors[key[1]].id))\" weight=\"\(first)\">\n"
            out += "        <attvalues>\n"
            // One value per stretch of waves with the same strength.
            var k = 0
            while k < count {
                guard let value = values[k] else { k += 1; continue }
                var end = k
                while end + 1 < count, values[end + 1] == value { end += 1 }
                out += "          <attvalue for=\"strength\" value=\"\(value)\" start=\"\(time(k + 1))\" end=\"\(time(end + 1))\"/>\n"
                k = end + 1
            }
            out += "        </attvalues>\n" + spells(runs, indent: "        ") + "      </edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }
}
