import Foundation
import Redes
import RedesPresentation

/// A map of the region: each actor placed at its territory, from the coordinates of the network's `territories:`
/// block (`lat`/`lon`, WGS84), inside a plain coordinate frame with a graticule and the territories' names.
///
/// - Projection: equirectangular, longitudes scaled by the cosine of the mean latitude, the same scale on both
///   axes, so the territories keep their relative geography (north up, east right).
/// - An actor stands at the first territory of its `territories` that has coordinates; several actors of one
///   territory are spread around its point without overlap (the nearest free spot, ``DiagramLayout/freeSpot``), the
///   territories with most actors first. Actors without such a territory (regional ones) go in a band beside the map.
/// - Territories with a priority (`priority:` in the file) are drawn with a star; with a scenario, the key says which
///   of them the scenario reaches (an actor there gains a linked pair, ``TerritoryCoverage/reach(before:after:)``).
///
/// No outline of the coast or the borders is drawn: no map data with a usable licence is among the packages the
/// project may depend on.
struct GeoLayout {
    /// Where every actor stands.
    var layout: DiagramLayout
    /// The frame, the graticule, the territories' points and names, and the band's heading: nodes to add.
    var nodes: [NetworkDiagram.Node]
    /// The frame and graticule lines and the thin leader lines from actors to their territory's point.
    var edges: [NetworkDiagram.Edge]
    /// Rows for the key.
    var legendRows: [DiagramLegend.Row]
    /// Actors drawn in the band, by id.
    var regional: [String]

    typealias Attribute = NetworkDiagram.Attribute

    /// The territory where an actor is drawn: the first of its territories with coordinates.
    static func seat(of actor: Actor, in network: Network) -> Territory? {
        actor.territories.lazy.compactMap { network.territory($0) }.first { $0.coordinates?.isValid == true }
    }

    /// Places the actors of `network` (boxes of the sizes in `sizes`, by actor id) in `area`.
    ///
    /// - Throws: ``GraphvizError/noCoordinates`` when no territory has coordinates.
    init(network: Network, sizes: [String: (width: Double, height: Double)], area: DiagramLayout.Rect,
         fontSize: Double, font: String, theme: DiagramTheme, language: Language, reach: Set<String>?) throws(GraphvizError) {
        let located = network.territories.filter { $0.coordinates?.isValid == true }
        guard !located.isEmpty else { throw .noCoordinates }
        let actorsBySeat = Dictionary(grouping: network.actors.filter { sizes[$0.id] != nil }) { GeoLayout.seat(of: $0, in: network)?.id ?? "" }
        regional = (actorsBySeat[""] ?? []).map(\.id)
        let gap = DiagramLayout.margin
        var nodes: [NetworkDiagram.Node] = []
        var edges: [NetworkDiagram.Edge] = []
        var occupied: [DiagramLayout.Box] = []
        var boxes: [String: DiagramLayout.Box] = [:]
        var drawn: [DiagramLayout.Box] = []
        func pinned(_ name: String, id: String, cls: String, label: String, x: Double, y: Double, width: Double, height: Double,
                    extra: [Attribute]) -> NetworkDiagram.Node {
            drawn.append(DiagramLayout.Box(x: x, y: y, width: width, height: height))
            return NetworkDiagram.Node(name: name, attributes: [
                Attribute("id", id), Attribute("class", cls), Attribute("label", NetworkDiagram.plainLabel(label)),
                Attribute("pos", "\(NetworkDiagram.decimal(x)),\(NetworkDiagram.decimal(y))!"),
                Attribute("width", NetworkDiagram.decimal(width / 72)), Attribute("height", NetworkDiagram.decimal(height / 72)),
                Attribute("fixedsize", "true"), Attribute("margin", "0"), Attribute("fontname", font),
            ] + extra, cluster: nil, width: width, height: height)
        }

        // The band of regional actors: a column of columns beside the map, on the left (the ocean side).
        var mapArea = area
        if !regional.isEmpty {
            let widest = regional.compactMap { sizes[$0]?.width }.max() ?? 0
            let tallest = regional.compactMap { sizes[$0]?.height }.max() ?? 0
            let headingHeight = fontSize * 1.6 + 6
            let rowsFit = max(1, Int((area.height - headingHeight) / (tallest + gap)))
            let columns = Int((Double(regional.count) / Double(rowsFit)).rounded(.up))
            let rows = Int((Double(regional.count) / Double(columns)).rounded(.up))
            let bandWidth = Double(columns) * (widest + gap)
            let top = area.maxY - headingHeight
            for (i, id) in regional.enumerated() {
                guard let size = sizes[id] else { continue }
                let column = i / rows, row = i % rows
                let box = DiagramLayout.Box(x: area.minX + (Double(column) + 0.5) * (widest + gap),
                                            y: top - (Double(row) + 0.5) * (tallest + gap), width: size.width, height: size.height)
                boxes[id] = box
            }
            let heading = language.text(.geoRegionalBand)
            let headingWidth = TextMetrics.width(heading, size: fontSize * 1.1) + 8
            nodes.append(pinned("geo:band", id: "geo-band", cls: "geo band", label: heading,
                                x: area.minX + headingWidth / 2, y: area.maxY - headingHeight / 2, width: headingWidth, height: headingHeight,
                                extra: [Attribute("shape", "plaintext"), Attribute("fontsize", NetworkDiagram.decimal(fontSize * 1.1)),
                                        Attribute("fontcolor", theme.placeText)]))
            mapArea = DiagramLayout.Rect(minX: area.minX + bandWidth + 3 * gap, minY: area.minY, maxX: area.maxX, maxY: area.maxY)
        }

        // The projection: the territories' extent, padded, fitted into the map area at one scale.
        let meanLatitude = located.compactMap { $0.coordinates?.latitude }.reduce(0, +) / Double(located.count)
        let squeeze = cos(meanLatitude * .pi / 180)
        let lats = located.compactMap { $0.coordinates?.latitude }, lons = located.compactMap { $0.coordinates?.longitude }
        let pad = 0.35
        let south = (lats.min() ?? 0) - pad, north = (lats.max() ?? 0) + pad
        let west = (lons.min() ?? 0) - pad, east = (lons.max() ?? 0) + pad
        let frameInset = fontSize * 2.2   // room for the graticule's numbers
        let inner = (minX: mapArea.minX + frameInset, minY: mapArea.minY + frameInset,
                     maxX: mapArea.maxX - gap, maxY: mapArea.maxY - frameInset * 0.6)
        let scale = min((inner.maxX - inner.minX) / ((east - west) * squeeze), (inner.maxY - inner.minY) / (north - south))
        let mapWidth = (east - west) * squeeze * scale, mapHeight = (north - south) * scale
        // Beside the band; the page centres the whole drawing.
        let originX = inner.minX
        let originY = inner.minY + ((inner.maxY - inner.minY) - mapHeight) / 2
        func point(_ c: Coordinates) -> (x: Double, y: Double) {
            (originX + (c.longitude - west) * squeeze * scale, originY + (c.latitude - south) * scale)
        }

        // The frame and the graticule (every degree), drawn first, under everything.
        let corners = [(west, south), (east, south), (east, north), (west, north)].map { point(Coordinates(latitude: $0.1, longitude: $0.0)) }
        for (i, corner) in corners.enumerated() {
            nodes.append(pinned("geo:corner\(i)", id: "geo-corner\(i)", cls: "geo frame", label: "", x: corner.x, y: corner.y,
                                width: 0.5, height: 0.5, extra: [Attribute("shape", "point"), Attribute("style", "invis")]))
        }
        func line(_ a: String, _ b: String, id: String, color: String, width: Double, style: String) -> NetworkDiagram.Edge {
            NetworkDiagram.Edge(tail: a, head: b, attributes: [
                Attribute("id", id), Attribute("class", "geo"), Attribute("color", color), Attribute("penwidth", NetworkDiagram.decimal(width)),
                Attribute("style", style), Attribute("arrowhead", "none"), Attribute("dir", "none"),
            ])
        }
        for i in 0..<4 {
            edges.append(line("geo:corner\(i)", "geo:corner\((i + 1) % 4)", id: "geo-frame\(i)", color: theme.frame, width: 0.8, style: "solid"))
        }
        let tickSize = fontSize * 0.9
        func tick(_ name: String, _ label: String, x: Double, y: Double) -> NetworkDiagram.Node {
            pinned(name, id: name.replacingOccurrences(of: ":", with: "-"), cls: "geo graticule", label: label, x: x, y: y,
                   width: TextMetrics.width(label, size: tickSize) + 4, height: tickSize * 1.3,
                   extra: [Attribute("shape", "plaintext"), Attribute("fontsize", NetworkDiagram.decimal(tickSize)),
                           Attribute("fontcolor", theme.mutedInk)])
        }
        /// One graticule line between two invisible points, `name` + `a` and + `b`.
        func graticule(_ name: String, from a: (x: Double, y: Double), to b: (x: Double, y: Double)) {
            for (end, p) in [("a", a), ("b", b)] {
                nodes.append(pinned(name + end, id: name.replacingOccurrences(of: ":", with: "-") + end, cls: "geo", label: "",
                                    x: p.x, y: p.y, width: 0.5, height: 0.5, extra: [Attribute("shape", "point"), Attribute("style", "invis")]))
            }
            edges.append(line(name + "a", name + "b", id: name.replacingOccurrences(of: ":", with: "-"), color: theme.graticule,
                              width: 0.6, style: "solid"))
        }
        for degree in Int(south.rounded(.up))...Int(north.rounded(.down)) {
            let a = point(Coordinates(latitude: Double(degree), longitude: west)), b = point(Coordinates(latitude: Double(degree), longitude: east))
            graticule("geo:lat\(abs(degree))", from: a, to: b)
            let label = language.text(degree < 0 ? .geoLatitudeSouth : .geoLatitudeNorth, String(abs(degree)))
            nodes.append(tick("geo:lat\(abs(degree))t", label, x: a.x - (TextMetrics.width(label, size: tickSize) + 4) / 2 - 3, y: a.y))
        }
        for degree in Int(west.rounded(.up))...Int(east.rounded(.down)) {
            let a = point(Coordinates(latitude: south, longitude: Double(degree))), b = point(Coordinates(latitude: north, longitude: Double(degree)))
            graticule("geo:lon\(abs(degree))", from: a, to: b)
            let label = language.text(degree < 0 ? .geoLongitudeWest : .geoLongitudeEast, String(abs(degree)))
            nodes.append(tick("geo:lon\(abs(degree))t", label, x: a.x, y: a.y - tickSize))
        }
        let northMark = "N ↑"
        nodes.append(pinned("geo:north", id: "geo-north", cls: "geo", label: northMark,
                            x: corners[2].x - TextMetrics.width(northMark, size: fontSize) / 2 - 6, y: corners[2].y - fontSize,
                            width: TextMetrics.width(northMark, size: fontSize) + 6, height: fontSize * 1.4,
                            extra: [Attribute("shape", "plaintext"), Attribute("fontsize", NetworkDiagram.decimal(fontSize)),
                                    Attribute("fontcolor", theme.mutedInk)]))

        // The territories: a point and a name below it; priority ones with a star, filled when a scenario reaches them.
        let nameSize = fontSize * 1.05
        var anchor: [String: (x: Double, y: Double)] = [:]
        for territory in located {
            guard let coordinates = territory.coordinates else { continue }
            let p = point(coordinates)
            anchor[territory.id] = p
            let isPriority = territory.priority != nil
            let markerSize = isPriority ? fontSize * 1.1 : fontSize * 0.7
            let reached: Bool? = isPriority ? reach.map { $0.contains(territory.id) } : nil
            let filled = reached ?? true
            var classes = ["territory"]
            if isPriority { classes.append("priority") }
            if let reached { classes.append(reached ? "reached" : "not-reached") }
            nodes.append(pinned("t:" + territory.id, id: DiagramIdentifiers.territory(territory.id), cls: classes.joined(separator: " "),
                                label: "", x: p.x, y: p.y, width: markerSize, height: markerSize,
                                extra: [Attribute("shape", isPriority ? "star" : "circle"),
                                        Attribute("style", filled ? "filled" : "solid"),
                                        Attribute("fillcolor", isPriority ? theme.priorityMark : theme.frame),
                                        Attribute("color", isPriority ? theme.priorityMark : theme.frame),
                                        Attribute("penwidth", isPriority ? "1.4" : "0.8"),
                                        Attribute("tooltip", NetworkDiagram.plainLabel(territory.name))]))
            occupied.append(DiagramLayout.Box(x: p.x, y: p.y, width: markerSize, height: markerSize))
            var name = territory.name
            if territory.hasEMTP == false { name += " " + language.text(.geoNoEMTP) }
            let labelWidth = TextMetrics.width(name, size: nameSize) * 1.08 + 6, labelHeight = nameSize * 1.3
            let labelY = p.y - markerSize / 2 - labelHeight / 2 - 1
            nodes.append(pinned("tn:" + territory.id, id: DiagramIdentifiers.territory(territory.id) + "-name", cls: "territory-name",
                                label: name, x: p.x, y: labelY, width: labelWidth, height: labelHeight,
                                extra: [Attribute("shape", "plaintext"), Attribute("fontsize", NetworkDiagram.decimal(nameSize)),
                                        Attribute("fontcolor", theme.placeText)]))
            if isPriority, let last = nodes.indices.last {
                nodes[last].htmlLabel = "<b>" + DiagramLegend.escape(name) + "</b>"
            }
            occupied.append(DiagramLayout.Box(x: p.x, y: labelY, width: labelWidth, height: labelHeight))
        }

        // The actors, around their territory's point: the territories with most actors first, actors in file order.
        occupied += boxes.values
        let counts: [String: Int] = actorsBySeat.mapValues(\.count)
        let seats: [String] = counts.keys.filter { !$0.isEmpty }.sorted { a, b in
            let (ca, cb) = (counts[a] ?? 0, counts[b] ?? 0)
            return ca != cb ? ca > cb : a < b
        }
        for seat in seats {
            guard let target = anchor[seat] else { continue }
            for actor in actorsBySeat[seat] ?? [] {
                guard let size = sizes[actor.id] else { continue }
                let box = DiagramLayout.freeSpot(width: size.width, height: size.height, near: target, avoiding: occupied, within: mapArea)
                boxes[actor.id] = box
                occupied.append(box)
                // A thin leader line from the actor to its territory's point.
                edges.append(line("a:" + actor.id, "t:" + seat, id: "geo-seat-" + DiagramIdentifiers.token(actor.id),
                                  color: theme.frame, width: 0.6, style: "dotted"))
            }
        }
        // The canvas is what the map covers (the page centres it), never more than the area.
        let extent = DiagramLayout.extent(of: drawn + Array(boxes.values), margin: gap)
        let canvas = DiagramLayout.Rect(minX: max(area.minX, extent.minX), minY: max(area.minY, extent.minY),
                                        maxX: min(area.maxX, extent.maxX), maxY: min(area.maxY, extent.maxY))
        layout = DiagramLayout(engine: "geo", seed: 0, canvas: canvas, actors: boxes)
        self.nodes = nodes
        self.edges = edges

        // The key: stars for priority territories; with a scenario, which of them it reaches.
        var rows: [DiagramLegend.Row] = []
        let priority = located.filter { $0.priority != nil }
        if !priority.isEmpty {
            let topics = Array(Set(priority.compactMap { $0.priority?.topic })).sorted()
            rows.append(.init(title: language.text(.geoPriority, language.list(priority.map(\.name)),
                                                   topics.isEmpty ? "" : " (" + topics.joined(separator: "; ") + ")"), entries: []))
            if let reach {
                let reached = priority.filter { reach.contains($0.id) }.map(\.name)
                let missed = priority.filter { !reach.contains($0.id) }.map(\.name)
                rows.append(.init(title: language.text(.geoReached, reached.isEmpty ? "—" : language.list(reached),
                                                       missed.isEmpty ? "—" : language.list(missed)), entries: []))
            }
        }
        rows.append(.init(title: language.text(.geoLeaderLines), entries: []))
        legendRows = rows
    }
}
