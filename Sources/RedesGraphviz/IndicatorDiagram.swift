import Redes
import RedesPresentation

// MARK: Issue 17 — the indicator board as a two-mode drawing
extension NetworkDiagram {
    /// How each part an actor plays on an indicator is drawn: the custodian a double line, producing a thick line,
    /// reporting dashed, validating dotted, using a thin line. `legend` is the style the key draws
    /// (``DiagramLegend/Mark/line(color:width:style:)``).
    static func boardLine(custodian: Bool, role: IndicatorRole?) -> (style: String, width: Double, legend: String) {
        if custodian { return ("solid", 1.2, "double") }
        switch role {
        case .produces?: return ("solid", 2.6, "solid")
        case .reports?: return ("dashed", 1.4, "dashed")
        case .validates?: return ("dotted", 1.6, "dotted")
        case .uses?, nil: return ("solid", 0.8, "light")
        }
    }

    /// The node of an indicator: named like an arrangement's (`g:`), so that a ``DiagramLayout`` keeps it.
    static func boardNode(_ indicator: Indicator) -> String { "g:indicator:" + indicator.id }

    /// The colour of a line the figure gets through, and of one it does not.
    static let boardThrough = "#333333", boardBlocked = "#BBBBBB"

    /// The two-mode drawing of an indicator board: actors (rounded boxes, coloured by bloc with the palette of every
    /// other diagram of the network) and indicators (white notes, dashed when they have no custodian), joined by one
    /// line per part an actor plays — its style says the part, its arrow the direction of the data (supplier →
    /// indicator → receiver). A line is grey where the figure does not get through (a step without channel, or an
    /// indicator without custodian or supplier); committee members have a double border. Only actors with a part on
    /// the board are drawn.
    ///
    /// - Parameters:
    ///   - board: The board (of the network or of a scenario).
    ///   - language: The language of the title and legend.
    ///   - title: The title (default: the board's title with the network's name).
    ///   - seed: Seed of the layout.
    ///   - showsLegend: Whether the header carries the legend (a page may draw ``legend`` itself).
    ///   - fontSize: The font size of the labels, in points.
    ///   - positions: Where to draw every node: a layout of this drawing (``computeLayout(fitting:)``, or
    ///   ``DiagramLayout/fitted(to:gap:density:parts:)``), so a page can fit it; nil for the engine's own layout.
    /// - Complexity: O(k·n) for k indicators and n actors, plus Graphviz's layout when rendered.
    public init(board: IndicatorBoard, language: Language = .es, title: String? = nil, seed: Int = 1, showsLegend: Bool = true,
                fontSize: Double = 10, positions: DiagramLayout? = nil) {
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
            let label = NetworkDiagram.wrapped(actor.name, width: 18)
            let fit = NetworkDiagram.labelBox(label, fontSize: fontSize)
            var attributes = [
                // Not the map's `actor-<id>`: on the board an actor stands elsewhere than on the network's map.
                Attribute("id", "board-" + DiagramIdentifiers.token(actor.id)), Attribute("class", "board-actor"),
                Attribute("label", NetworkDiagram.plainLabel(label)),
                Attribute("tooltip", NetworkDiagram.plainLabel(actor.fullName ?? actor.name)),
                Attribute("shape", "box"), Attribute("style", "rounded,filled"), Attribute("fillcolor", fill),
                Attribute("fontcolor", DiagramStyle.textColor(on: fill)),
                Attribute("color", members.contains(a) ? DiagramStyle.highlight : "#333333"),
                Attribute("penwidth", members.contains(a) ? "1.6" : "0.8"),
                Attribute("fontname", DiagramStyle.font), Attribute("fontsize", NetworkDiagram.decimal(fontSize)),
            ]
            if members.contains(a) { attributes.append(Attribute("peripheries", "2")) }
            nodes.append(NetworkDiagram.sized(Node(name: "a:" + actor.id, attributes: attributes, cluster: nil,
                                                   width: fit.width, height: fit.height)))
        }
        for (k, indicator) in network.indicators.enumerated() {
            let label = NetworkDiagram.wrapped("\(k + 1). " + language.name(of: indicator), width: 20)
            let fit = NetworkDiagram.labelBox(label, fontSize: fontSize)
            nodes.append(NetworkDiagram.sized(Node(name: NetworkDiagram.boardNode(indicator), attributes: [
                Attribute("id", "board-indicator-" + DiagramIdentifiers.token(indicator.id)),
                Attribute("class", "indicator"),
                Attribute("label", NetworkDiagram.plainLabel(label)),
                Attribute("tooltip", NetworkDiagram.plainLabel(indicator.definition ?? language.name(of: indicator))),
                Attribute("shape", "note"), Attribute("style", "filled" + (indicator.custodian == nil ? ",dashed" : "")),
                Attribute("fillcolor", "#FFFFFF"), Attribute("color", "#333333"), Attribute("penwidth", "1.2"),
                Attribute("fontname", DiagramStyle.font), Attribute("fontsize", NetworkDiagram.decimal(fontSize)),
            ], cluster: nil, width: fit.width + 8, height: fit.height)))
        }

        var lines: [Edge] = []
        for (k, indicator) in network.indicators.enumerated() {
            let reach = board.flow.reach[k]
            let reached = Set(reach.reached.map(\.actor))
            let custodian = indicator.custodian.flatMap { id in network.actors.firstIndex { $0.id == id } }
            func edge(_ a: Int, custodian isCustodian: Bool, role: IndicatorRole?, getsThrough: Bool) {
                let line = NetworkDiagram.boardLine(custodian: isCustodian, role: role)
                let color = getsThrough ? NetworkDiagram.boardThrough : NetworkDiagram.boardBlocked
                let supplies = role?.suppliesData ?? false
                let actorNode = "a:" + network.actors[a].id, indicatorNode = NetworkDiagram.boardNode(indicator)
                let part = isCustodian ? language.header(.custodian) : role.map(language.label) ?? ""
                lines.append(Edge(tail: supplies ? actorNode : indicatorNode, head: supplies ? indicatorNode : actorNode, attributes: [
                    Attribute("class", "part " + (isCustodian ? "custodian" : role?.rawValue ?? "") + (getsThrough ? "" : " blocked")),
                    Attribute("style", line.style), Attribute("color", line.legend == "double" ? "\(color):invis:\(color)" : color),
                    Attribute("penwidth", NetworkDiagram.decimal(line.width)),
                    Attribute("dir", isCustodian ? "none" : "forward"), Attribute("arrowsize", "0.7"),
                    Attribute("tooltip", NetworkDiagram.plainLabel(network.actors[a].name + " — " + part + " — " + language.name(of: indicator))),
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
            Attribute("fontname", DiagramStyle.font), Attribute("bgcolor", "white"), Attribute("pad", "0.1"),
            Attribute("labelloc", "t"), Attribute("labeljust", "l"), Attribute("outputorder", "edgesfirst"),
            Attribute("overlap", "false"), Attribute("sep", "+10"), Attribute("start", String(seed)), Attribute("mode", "major"),
            Attribute("splines", "false"),
        ]

        var rows: [DiagramLegend.Row] = []
        let usedBlocs = blocs.enumerated().filter { _, bloc in onBoard.contains { network.actors[$0].bloc == bloc.id } }
        if !usedBlocs.isEmpty {
            rows.append(.init(title: language.text(.legendColour, language.attributeName("bloc")),
                              entries: usedBlocs.map { .init(mark: .fill(DiagramStyle.color($0.offset)), label: $0.element.name) }))
        }
        rows.append(.init(title: language.text(.legendShape), entries: [
            .init(mark: .node(fill: DiagramStyle.missing, border: "#333333", width: 0.8, rounded: true), label: language.text(.actor)),
            .init(mark: .node(fill: "#FFFFFF", border: "#333333", width: 1.2, rounded: false), label: language.text(.board(.diagramIndicator))),
        ]))
        let parts: [(Bool, IndicatorRole?)] = [(true, nil)] + IndicatorRole.allCases.map { (false, $0) }
        rows.append(.init(title: language.text(.board(.diagramLines)), entries: parts.map { custodian, role in
            let line = NetworkDiagram.boardLine(custodian: custodian, role: role)
            return .init(mark: .line(color: NetworkDiagram.boardThrough, width: line.width, style: line.legend),
                         label: custodian ? language.header(.custodian) : role.map(language.label) ?? "")
        }))
        rows.append(.init(title: language.text(.board(.diagramGrey)), entries: []))
        if !members.isEmpty {
            rows.append(.init(title: language.text(.legendDoubleBorder, language.text(.board(.committeeMembers))), entries: []))
        }
        legend = DiagramLegend(title: title ?? language.text(.board(.title), network.name), rows: rows)
        header = showsLegend ? legend.graphvizHeader : ""
        if let positions { keep(positions) }
    }
}
