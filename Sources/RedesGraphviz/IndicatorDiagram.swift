import Redes
import RedesPresentation

// MARK: Issue 17 — the indicator board as a two-mode drawing
extension NetworkDiagram {
    /// The line of each part an actor plays on an indicator: the custodian a double line, producing bold, reporting
    /// dashed, validating dotted, using a thin line; arrows follow the data (supplier → indicator → receiver).
    static func boardLine(custodian: Bool, role: IndicatorRole?) -> (style: String, width: Double, double: Bool) {
        if custodian { return ("solid", 1.2, true) }
        switch role {
        case .produces?: return ("bold", 2.6, false)
        case .reports?: return ("dashed", 1.4, false)
        case .validates?: return ("dotted", 1.6, false)
        case .uses?, nil: return ("solid", 0.9, false)
        }
    }

    /// The glyphs that draw a part's line in the legend.
    static func boardLegendLine(custodian: Bool, role: IndicatorRole?) -> String {
        if custodian { return "════" }
        switch role {
        case .produces?: return "━━━━"
        case .reports?: return "━ ━ ━"
        case .validates?: return "· · · · ·"
        case .uses?, nil: return "────"
        }
    }

    /// The two-mode drawing of an indicator board: actors (ellipses, coloured by bloc with the palette of every other
    /// diagram of the network) and indicators (boxes), joined by one line per part an actor plays — its style says
    /// the part, its arrow the direction of the data. A line is grey where the figure does not get through (a step
    /// without channel, or an indicator without custodian or supplier); committee members have a double border. Only
    /// actors with a part on the board are drawn.
    ///
    /// - Parameters:
    ///   - board: The board (of the network or of a scenario).
    ///   - language: The language of the title and legend.
    ///   - title: The title (default: the board's title with the network's name).
    ///   - seed: Seed of the layout.
    /// - Complexity: O(k·n) for k indicators and n actors, plus Graphviz's layout when rendered.
    public init(board: IndicatorBoard, language: Language = .es, title: String? = nil, seed: Int = 1) {
        let network = board.network
        isDirected = true
        layout = .neato
        let blocs = network.blocsInUse
        let blocIndex = Dictionary(blocs.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let members = Set(board.flow.committee?.members ?? [])
        let onBoard = board.coverage.actorsOnBoard

        for a in onBoard {
            let actor = network.actors[a]
            let fill = actor.bloc.flatMap { blocIndex[$0] }.map(DiagramStyle.color) ?? DiagramStyle.missing
            var attributes = [
                Attribute("label", NetworkDiagram.plainLabel(NetworkDiagram.wrapped(actor.name, width: 18))),
                Attribute("tooltip", NetworkDiagram.plainLabel(actor.fullName ?? actor.name)),
                Attribute("shape", "ellipse"), Attribute("style", "filled"), Attribute("fillcolor", fill),
                Attribute("fontcolor", DiagramStyle.textColor(on: fill)), Attribute("color", "#333333"),
                Attribute("penwidth", members.contains(a) ? "2" : "0.8"),
                Attribute("fontname", DiagramStyle.font), Attribute("fontsize", "11"),
            ]
            if members.contains(a) { attributes.append(Attribute("peripheries", "2")) }
            nodes.append(Node(name: "a:" + actor.id, attributes: attributes, cluster: nil))
        }
        for (k, indicator) in network.indicators.enumerated() {
            let label = NetworkDiagram.wrapped(language.name(of: indicator), width: 18)
            nodes.append(Node(name: "i:" + indicator.id, attributes: [
                Attribute("label", NetworkDiagram.plainLabel("\(k + 1). " + label)),
                Attribute("tooltip", NetworkDiagram.plainLabel(indicator.definition ?? language.name(of: indicator))),
                Attribute("shape", "box"), Attribute("style", "rounded,filled" + (indicator.custodian == nil ? ",dashed" : "")),
                Attribute("fillcolor", "#FFFFFF"), Attribute("color", "#333333"), Attribute("penwidth", "1.4"),
                Attribute("fontname", DiagramStyle.font), Attribute("fontsize", "11"),
            ], cluster: nil))
        }

        let through = "#444444", blocked = "#BBBBBB"
        var lines: [Edge] = []
        for (k, indicator) in network.indicators.enumerated() {
            let reach = board.flow.reach[k]
            let reached = Set(reach.reached.map(\.actor))
            let custodian = indicator.custodian.flatMap { id in network.actors.firstIndex { $0.id == id } }
            func edge(_ a: Int, custodian isCustodian: Bool, role: IndicatorRole?, getsThrough: Bool) {
                let line = NetworkDiagram.boardLine(custodian: isCustodian, role: role)
                let color = getsThrough ? through : blocked
                let supplies = role?.suppliesData ?? false
                let actorNode = "a:" + network.actors[a].id, indicatorNode = "i:" + indicator.id
                lines.append(Edge(tail: supplies ? actorNode : indicatorNode, head: supplies ? indicatorNode : actorNode, attributes: [
                    Attribute("style", line.style), Attribute("color", line.double ? "\(color):invis:\(color)" : color),
                    Attribute("penwidth", NetworkDiagram.decimal(line.width)),
                    Attribute("dir", isCustodian ? "none" : "forward"), Attribute("arrowsize", "0.7"),
                    Attribute("tooltip", NetworkDiagram.plainLabel(network.actors[a].name + " — "
                        + (isCustodian ? language.header(.custodian) : role.map(language.label) ?? "") + " — "
                        + language.name(of: indicator))),
                ]))
            }
            if let custodian { edge(custodian, custodian: true, role: nil, getsThrough: reached.contains(custodian)) }
            for assignment in indicator.roles {
                guard let a = network.actors.firstIndex(where: { $0.id == assignment.actor }) else { continue }
                // A supplier's data get through when they reach the custodian; a receiver's when the figure reaches it.
                let getsThrough = assignment.role.suppliesData
                    ? custodian.map { c in c == a || !board.flow.breaks.contains { $0.indicator == k && $0.actor == a } && reached.contains(c) } ?? false
                    : reached.contains(a)
                edge(a, custodian: false, role: assignment.role, getsThrough: getsThrough)
            }
        }

        edges = lines
        graphAttributes = [
            Attribute("fontname", DiagramStyle.font), Attribute("bgcolor", "white"), Attribute("pad", "0.4"),
            Attribute("labelloc", "t"), Attribute("labeljust", "l"), Attribute("outputorder", "edgesfirst"),
            Attribute("overlap", "false"), Attribute("sep", "+10"), Attribute("start", String(seed)), Attribute("mode", "major"),
            Attribute("splines", "false"),
        ]
        let legend = Legend(language: language)
        var rows: [String] = []
        let usedBlocs = blocs.enumerated().filter { i, bloc in onBoard.contains { network.actors[$0].bloc == bloc.id } }
        if !usedBlocs.isEmpty {
            rows.append(legend.swatches(title: language.text(.legendColour, language.attributeName("bloc")),
                                        usedBlocs.map { (DiagramStyle.color($0.offset), $0.element.name) }))
        }
        rows.append(legend.text(language.text(.board(.diagramShapes))))
        let parts: [(Bool, IndicatorRole?)] = [(true, nil)] + IndicatorRole.allCases.map { (false, $0) }
        rows.append(legend.lines(title: language.text(.board(.diagramLines)), parts.map { custodian, role in
            (NetworkDiagram.boardLegendLine(custodian: custodian, role: role),
             custodian ? language.header(.custodian) : role.map(language.label) ?? "")
        }))
        rows.append(legend.text(language.text(.board(.diagramGrey))))
        if !members.isEmpty {
            rows.append(legend.text(language.text(.legendDoubleBorder, language.text(.board(.committeeMembers)))))
        }
        header = legend.table(title: title ?? language.text(.board(.title), network.name), rows: rows)
    }
}
