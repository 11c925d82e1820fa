import Foundation

/// Where every node of a drawing stands: computed **once** by a Graphviz layout, then reused by every drawing of the
/// same network — each scenario of a report, each phase of a roadmap, a map read by a page — so that actors keep their
/// places and only the ties change.
///
/// A layout maps actor ids and arrangement ids to boxes (centre, width and height, in points — 1/72 inch — with `y`
/// pointing up, as Graphviz counts) inside a shared ``canvas``. It is a plain value: `Codable` (encode it with
/// ``encoded()`` for stable JSON, read it back with `JSONDecoder`), `Hashable` and independent of any report.
///
/// - Producing one: ``NetworkDiagram/computeLayout()`` runs the diagram's Graphviz engine (neato for stakeholder maps)
///   and reads the positions back; ``compacted(toFit:gap:)`` then brings it to a page's proportions.
/// - Using one: set ``DiagramOptions/positions``. Every node the layout knows is pinned at its place (with its size);
///   a node it does not know — an actor a scenario adds, an arrangement drawn as one node — is placed by
///   ``placing(_:near:)`` at the free spot nearest to its neighbours; Graphviz then only routes the edges (the
///   `nop2` engine) and two invisible corner points keep the canvas, so the same actor has the same coordinates in
///   every SVG.
public struct DiagramLayout: Sendable, Hashable, Codable {
    /// One node's box: its centre and size, in points.
    public struct Box: Sendable, Hashable, Codable {
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double

        /// Creates a box; values are rounded to hundredths of a point, so a layout's JSON is short and stable.
        public init(x: Double, y: Double, width: Double, height: Double) {
            self.x = DiagramLayout.rounded(x)
            self.y = DiagramLayout.rounded(y)
            self.width = DiagramLayout.rounded(width)
            self.height = DiagramLayout.rounded(height)
        }

        var minX: Double { x - width / 2 }
        var maxX: Double { x + width / 2 }
        var minY: Double { y - height / 2 }
        var maxY: Double { y + height / 2 }

        /// Whether the two boxes, each grown by `gap / 2` on every side, overlap.
        func overlaps(_ other: Box, gap: Double) -> Bool {
            abs(x - other.x) < (width + other.width) / 2 + gap && abs(y - other.y) < (height + other.height) / 2 + gap
        }
    }

    /// An axis-aligned rectangle, in points.
    public struct Rect: Sendable, Hashable, Codable {
        public var minX: Double
        public var minY: Double
        public var maxX: Double
        public var maxY: Double

        public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
            self.minX = DiagramLayout.rounded(minX)
            self.minY = DiagramLayout.rounded(minY)
            self.maxX = DiagramLayout.rounded(maxX)
            self.maxY = DiagramLayout.rounded(maxY)
        }

        public var width: Double { maxX - minX }
        public var height: Double { maxY - minY }

        func contains(_ box: Box) -> Bool {
            box.minX >= minX && box.maxX <= maxX && box.minY >= minY && box.maxY <= maxY
        }
    }

    /// The Graphviz engine that computed the positions (`neato`, `sfdp`, …).
    public var engine: String
    /// The seed of that engine.
    public var seed: Int
    /// The area every drawing with this layout covers (the nodes' extent plus a margin).
    public var canvas: Rect
    /// Actor boxes by actor id.
    public var actors: [String: Box]
    /// Arrangement boxes by arrangement id (two-mode drawings and arrangements drawn as one node).
    public var arrangements: [String: Box]

    /// Creates a layout.
    ///
    /// - Parameters:
    ///   - engine: the engine that computed it.
    ///   - seed: the engine's seed.
    ///   - canvas: the shared drawing area; nil for the extent of the boxes plus ``margin``.
    ///   - actors: actor boxes by id.
    ///   - arrangements: arrangement boxes by id.
    public init(engine: String, seed: Int, canvas: Rect? = nil, actors: [String: Box], arrangements: [String: Box] = [:]) {
        self.engine = engine
        self.seed = seed
        self.actors = actors
        self.arrangements = arrangements
        self.canvas = canvas ?? DiagramLayout.extent(of: Array(actors.values) + Array(arrangements.values), margin: DiagramLayout.margin)
    }

    /// The space left around the nodes on the canvas, in points.
    public static let margin = 6.0

    /// The box of a node by its diagram name (`a:<actor id>` or `g:<arrangement id>`).
    func box(forNode name: String) -> Box? {
        if name.hasPrefix("a:") { return actors[String(name.dropFirst(2))] }
        if name.hasPrefix("g:") { return arrangements[String(name.dropFirst(2))] }
        return nil
    }

    mutating func set(_ box: Box, forNode name: String) {
        if name.hasPrefix("a:") { actors[String(name.dropFirst(2))] = box }
        if name.hasPrefix("g:") { arrangements[String(name.dropFirst(2))] = box }
    }

    /// The layout as JSON with sorted keys (the same layout always gives the same bytes).
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        // Every field is a finite number or a string: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    // MARK: Fitting a page

    /// The layout packed to the proportions of `size`: rounds of pulling every node centre towards the middle
    /// (more along the axis that is too long for the aspect of `size`), each followed by pushing every pair of boxes
    /// closer than `gap` apart along the axis where they overlap least (half each, pass after pass in a fixed order),
    /// until the nodes cover `density` of the drawing or it stops shrinking. Neighbourhoods and the relative places
    /// of the parts of a disconnected network are kept, gaps between them close, and node sizes — so label sizes —
    /// are kept. A force-directed layout computed with overlaps allowed (`overlap=true`) ends up far tighter than
    /// with Graphviz's own overlap removal, which scales the whole layout up.
    ///
    /// - Parameters:
    ///   - size: the width and height (points) the drawing will be shown at, e.g. a column of an A4 page.
    ///   - gap: the least space between two nodes, in points.
    ///   - density: the share of the drawing the nodes should cover (about a third).
    ///   - parts: a part number by node name (`a:<id>`, `g:<id>`), e.g. the components of the network: nodes of
    ///     different parts keep four times `gap` apart, so the parts stay visibly separate.
    /// - Returns: the packed layout with its canvas recomputed; the layout itself when it has more than
    ///   ``fitLimit`` nodes.
    /// - Complexity: O(r · p · n²) for n nodes, r rounds (at most 120) and p push passes per round (a few).
    public func fitted(to size: (width: Double, height: Double), gap: Double = 8, density: Double = 0.33,
                       parts: [String: Int] = [:]) -> DiagramLayout {
        let keys = actors.keys.sorted().map { "a:" + $0 } + arrangements.keys.sorted().map { "g:" + $0 }
        var boxes = keys.compactMap { box(forNode: $0) }
        guard boxes.count >= 2, boxes.count <= DiagramLayout.fitLimit, size.width > 0, size.height > 0 else { return self }
        var x = boxes.map(\.x), y = boxes.map(\.y)
        let w = boxes.map(\.width), h = boxes.map(\.height)
        let part = keys.map { parts[$0] ?? -1 }
        let nodeArea = zip(w, h).reduce(0.0) { $0 + $1.0 * $1.1 }
        func extent() -> (width: Double, height: Double) {
            let left = zip(x, w).map { $0 - $1 / 2 }.min() ?? 0, right = zip(x, w).map { $0 + $1 / 2 }.max() ?? 0
            let bottom = zip(y, h).map { $0 - $1 / 2 }.min() ?? 0, top = zip(y, h).map { $0 + $1 / 2 }.max() ?? 0
            return (right - left, top - bottom)
        }
        func push() {
            for _ in 0..<200 {
                var moved = false
                for i in x.indices {
                    for j in x.indices where j > i {
                        let dx = x[j] - x[i], dy = y[j] - y[i]
                        let space = part[i] == part[j] ? gap : 4 * gap
                        let px = (w[i] + w[j]) / 2 + space - abs(dx), py = (h[i] + h[j]) / 2 + space - abs(dy)
                        guard px > 1e-6 && py > 1e-6 else { continue }
                        moved = true
                        // Along the axis of least overlap, relative to the boxes' size; equal positions part by index.
                        if px / (w[i] + w[j]) < py / (h[i] + h[j]) {
                            let direction = dx >= 0 ? 1.0 : -1.0
                            x[i] -= direction * px / 2; x[j] += direction * px / 2
                        } else {
                            let direction = dy >= 0 ? 1.0 : -1.0
                            y[i] -= direction * py / 2; y[j] += direction * py / 2
                        }
                    }
                }
                if !moved { return }
            }
        }
        push()
        let target = size.width / size.height
        var previous = Double.infinity
        for _ in 0..<120 {
            let (width, height) = extent()
            let area = width * height
            if nodeArea / area >= density || area > previous * 0.995 { break }
            previous = area
            let cx = x.reduce(0, +) / Double(x.count), cy = y.reduce(0, +) / Double(y.count)
            let aspect = width / height
            let fx = aspect > target ? 0.9 : 0.96, fy = aspect < target ? 0.9 : 0.96
            for i in x.indices {
                x[i] = cx + (x[i] - cx) * fx
                y[i] = cy + (y[i] - cy) * fy
            }
            push()
        }
        for i in boxes.indices { boxes[i] = Box(x: x[i], y: y[i], width: w[i], height: h[i]) }
        var result = self
        for (key, box) in zip(keys, boxes) { result.set(box, forNode: key) }
        result.canvas = DiagramLayout.extent(of: boxes, margin: DiagramLayout.margin)
        return result
    }

    /// The largest layout ``fitted(to:gap:density:)`` packs (beyond it, labels are hidden and nodes are dots).
    public static let fitLimit = 500

    // MARK: Placing new nodes

    /// The layout with a new node placed at the free spot of the canvas nearest to `target` (typically the centroid
    /// of its neighbours): the first position, on rings of growing radius around the target, where its box keeps
    /// ``margin`` points from every box already placed and stays inside the canvas. If the canvas has no such spot,
    /// the position on the searched rings that overlaps least. Deterministic.
    ///
    /// - Parameters:
    ///   - node: the node's diagram name (`a:<id>` or `g:<id>`) and size (points).
    ///   - target: where it should be, ideally.
    /// - Returns: the layout with the node added (the canvas unchanged).
    /// - Complexity: O(r · n) for r ring positions tried and n nodes placed.
    func placing(_ node: (name: String, width: Double, height: Double), near target: (x: Double, y: Double)) -> DiagramLayout {
        let placed = Array(actors.values) + Array(arrangements.values)
        let step = 6.0
        let reach = (canvas.width * canvas.width + canvas.height * canvas.height).squareRoot()
        var fallback: (overlap: Double, box: Box)?
        var radius = 0.0
        search: while radius <= reach {
            let count = radius == 0 ? 1 : max(8, Int((2 * Double.pi * radius / step).rounded(.up)))
            for k in 0..<count {
                let angle = 2 * Double.pi * Double(k) / Double(count)
                let candidate = Box(x: target.x + radius * cos(angle), y: target.y + radius * sin(angle),
                                    width: node.width, height: node.height)
                guard canvas.contains(candidate) else { continue }
                let overlap = placed.reduce(0.0) { sum, other in
                    guard candidate.overlaps(other, gap: DiagramLayout.margin) else { return sum }
                    let w = min(candidate.maxX, other.maxX) - max(candidate.minX, other.minX) + DiagramLayout.margin
                    let h = min(candidate.maxY, other.maxY) - max(candidate.minY, other.minY) + DiagramLayout.margin
                    return sum + max(0, w) * max(0, h)
                }
                if overlap == 0 { fallback = (0, candidate); break search }
                if overlap < (fallback?.overlap ?? .infinity) { fallback = (overlap, candidate) }
            }
            radius += step
        }
        var result = self
        let clamped = Box(x: min(max(target.x, canvas.minX + node.width / 2), canvas.maxX - node.width / 2),
                          y: min(max(target.y, canvas.minY + node.height / 2), canvas.maxY - node.height / 2),
                          width: node.width, height: node.height)
        result.set(fallback?.box ?? clamped, forNode: node.name)
        return result
    }

    // MARK: Helpers

    /// The rectangle covering `boxes`, grown by `margin`.
    static func extent(of boxes: [Box], margin: Double) -> Rect {
        guard let first = boxes.first else { return Rect(minX: 0, minY: 0, maxX: 0, maxY: 0) }
        var rect = (minX: first.minX, minY: first.minY, maxX: first.maxX, maxY: first.maxY)
        for box in boxes.dropFirst() {
            rect = (min(rect.minX, box.minX), min(rect.minY, box.minY), max(rect.maxX, box.maxX), max(rect.maxY, box.maxY))
        }
        return Rect(minX: rect.minX - margin, minY: rect.minY - margin, maxX: rect.maxX + margin, maxY: rect.maxY + margin)
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
