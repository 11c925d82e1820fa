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

        enum CodingKeys: String, CodingKey {
            case minX = "min_x", minY = "min_y", maxX = "max_x", maxY = "max_y"
        }

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
    /// The label font size (points) the boxes were sized for, when known: a drawing that keeps the layout and is
    /// given no font size of its own uses it, so its labels fill their boxes as they did.
    public var fontSize: Double?

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

    /// The layout as JSON with sorted keys (the same layout always gives the same bytes): the shape
    /// `redes render --save-positions` writes and `--positions` reads.
    ///
    /// ```json
    /// {
    ///   "actors" : { "secreduc" : { "height" : 21.5, "width" : 80.2, "x" : 310.5, "y" : 220 } },
    ///   "arrangements" : { },
    ///   "canvas" : { "max_x" : 620, "max_y" : 410, "min_x" : 0, "min_y" : 0 },
    ///   "engine" : "neato",
    ///   "font_size" : 16.5,
    ///   "format" : "redes-layout",
    ///   "seed" : 1,
    ///   "units" : "pt",
    ///   "version" : 1
    /// }
    /// ```
    ///
    /// Coordinates are node centres in points (1/72 inch), `y` pointing up, as Graphviz counts; `width` and
    /// `height` are the node's box; `font_size` (optional) the label size the boxes were made for. `version` is
    /// ``formatVersion``; a reader refuses any other.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        // Every field is a finite number or a string: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    /// The version of the JSON shape ``encoded()`` writes.
    public static let formatVersion = 1
    /// The value of the `format` key that marks a file as a Redes layout.
    public static let formatName = "redes-layout"

    enum CodingKeys: String, CodingKey {
        case format, version, units, engine, seed, canvas, actors, arrangements
        case fontSize = "font_size"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(DiagramLayout.formatName, forKey: .format)
        try container.encode(DiagramLayout.formatVersion, forKey: .version)
        try container.encode("pt", forKey: .units)
        try container.encode(engine, forKey: .engine)
        try container.encode(seed, forKey: .seed)
        try container.encode(canvas, forKey: .canvas)
        try container.encode(actors, forKey: .actors)
        try container.encode(arrangements, forKey: .arrangements)
        try container.encodeIfPresent(fontSize, forKey: .fontSize)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decodeIfPresent(String.self, forKey: .format)
        guard format == DiagramLayout.formatName else { throw ReadError.notALayout }
        let version = try container.decode(Int.self, forKey: .version)
        guard version == DiagramLayout.formatVersion else { throw ReadError.unsupportedVersion(version) }
        engine = try container.decodeIfPresent(String.self, forKey: .engine) ?? "nop2"
        seed = try container.decodeIfPresent(Int.self, forKey: .seed) ?? 0
        actors = try container.decode([String: Box].self, forKey: .actors)
        arrangements = try container.decodeIfPresent([String: Box].self, forKey: .arrangements) ?? [:]
        fontSize = try container.decodeIfPresent(Double.self, forKey: .fontSize)
        canvas = try container.decodeIfPresent(Rect.self, forKey: .canvas)
            ?? DiagramLayout.extent(of: Array(actors.values) + Array(arrangements.values), margin: DiagramLayout.margin)
        for (id, box) in actors.map({ ($0.key, $0.value) }) + arrangements.map({ ($0.key, $0.value) })
        where box.width < 0 || box.height < 0 {
            throw ReadError.invalid(key: id, detail: "width, height < 0")
        }
    }

    /// Why a positions file cannot be used.
    public enum ReadError: Error, Sendable, Hashable {
        /// The file cannot be read (missing, a folder, no permission); the system's words.
        case unreadable(String)
        /// The file is not JSON; the parser's words.
        case notJSON(String)
        /// JSON, but not a Redes layout (no `"format": "redes-layout"`).
        case notALayout
        /// A layout of a version this Redes does not read.
        case unsupportedVersion(Int)
        /// A key is missing or has the wrong type or value.
        case invalid(key: String, detail: String)
    }

    /// Reads a layout written by ``encoded()`` (`redes render --save-positions`).
    ///
    /// - Parameter path: the JSON file.
    /// - Returns: the layout.
    /// - Throws: ``ReadError``.
    public static func read(path: String) throws(ReadError) -> DiagramLayout {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .unreadable("ENOENT") }
        guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else { throw .unreadable("EISDIR") }
        return try decoded(from: data)
    }

    /// A layout from JSON bytes (see ``read(path:)``).
    public static func decoded(from data: Data) throws(ReadError) -> DiagramLayout {
        do {
            return try JSONDecoder().decode(DiagramLayout.self, from: data)
        } catch let error as ReadError {
            throw error
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            throw .notJSON(String(describing: context.underlyingError.map { ($0 as NSError).userInfo["NSDebugDescription"] ?? $0 } ?? context.debugDescription))
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalid(key: (context.codingPath + [key]).map(\.stringValue).joined(separator: "."), detail: "missing")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .invalid(key: context.codingPath.map(\.stringValue).joined(separator: "."), detail: "type")
        } catch let DecodingError.valueNotFound(_, context) {
            throw .invalid(key: context.codingPath.map(\.stringValue).joined(separator: "."), detail: "null")
        } catch let DecodingError.dataCorrupted(context) {
            throw .invalid(key: context.codingPath.map(\.stringValue).joined(separator: "."), detail: "value")
        } catch {
            throw .notJSON("\(error)")
        }
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
        func push() { DiagramLayout.separate(x: &x, y: &y, width: w, height: h, part: part, gap: gap) }
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

    /// Pushes every pair of boxes closer than `gap` apart (four times `gap` between different parts) along the axis
    /// where they overlap least, half each, pass after pass in a fixed order, until none is too close (at most 200
    /// passes).
    static func separate(x: inout [Double], y: inout [Double], width w: [Double], height h: [Double], part: [Int], gap: Double) {
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

    // MARK: Filling a page

    /// The layout spread over `area`: node centres mapped by one scale along each axis and a shift, so the boxes
    /// reach the four sides of `area` (the outermost boxes touch them); node sizes are kept, so a page is filled
    /// by space between the nodes, never by enlarging them. Boxes that end up closer than `gap` (when `area` is
    /// smaller than the layout) are pushed apart as in ``fitted(to:gap:density:parts:)``. The canvas becomes `area`
    /// (or the nodes' extent, if the push made it larger).
    ///
    /// - Parameters:
    ///   - area: the drawing area, in points.
    ///   - gap: the least space between two nodes, in points.
    /// - Returns: the spread layout.
    /// - Complexity: O(n) for the mapping, plus O(p · n²) for p push passes (at most 200) when boxes must be pushed
    ///   apart, for at most ``fitLimit`` nodes.
    public func filling(_ area: Rect, gap: Double = 8) -> DiagramLayout {
        let keys = actors.keys.sorted().map { "a:" + $0 } + arrangements.keys.sorted().map { "g:" + $0 }
        let boxes = keys.compactMap { box(forNode: $0) }
        guard !boxes.isEmpty, area.width > 0, area.height > 0 else { return self }
        var x = boxes.map(\.x), y = boxes.map(\.y)
        let w = boxes.map(\.width), h = boxes.map(\.height)
        /// Scale and shift of one axis so that every box [c − s/2, c + s/2] maps inside [low, high], the extremes
        /// touching: a few rounds, since which box is outermost can change with the scale.
        func fit(_ c: [Double], _ size: [Double], _ low: Double, _ high: Double) -> [Double] {
            let lo = c.min() ?? 0, hi = c.max() ?? 0
            guard hi - lo > 1e-9 else { return c.map { _ in (low + high) / 2 } }
            var scale = max(0, (high - low - (size.max() ?? 0))) / (hi - lo)
            var shift = low - lo * scale
            for _ in 0..<8 {
                let mapped = c.map { $0 * scale }
                let left = zip(mapped, size).map { $0 - $1 / 2 }.min() ?? 0
                let right = zip(mapped, size).map { $0 + $1 / 2 }.max() ?? 0
                let spanBoxes = right - left, spanCentres = (mapped.max() ?? 0) - (mapped.min() ?? 0)
                let margins = spanBoxes - spanCentres
                scale = max(0, high - low - margins) / (hi - lo)
                let again = c.map { $0 * scale }
                shift = low - (zip(again, size).map { $0 - $1 / 2 }.min() ?? 0)
            }
            return c.map { $0 * scale + shift }
        }
        x = fit(x, w, area.minX, area.maxX)
        y = fit(y, h, area.minY, area.maxY)
        // Pushing apart is quadratic: beyond ``fitLimit`` nodes (dots without labels) the mapping alone is kept.
        if x.count <= DiagramLayout.fitLimit {
            DiagramLayout.separate(x: &x, y: &y, width: w, height: h, part: [Int](repeating: 0, count: x.count), gap: gap)
        }
        var result = self
        var placed: [Box] = []
        for (i, key) in keys.enumerated() {
            let box = Box(x: x[i], y: y[i], width: w[i], height: h[i])
            placed.append(box)
            result.set(box, forNode: key)
        }
        let extent = DiagramLayout.extent(of: placed, margin: 0)
        result.canvas = Rect(minX: min(area.minX, extent.minX), minY: min(area.minY, extent.minY),
                             maxX: max(area.maxX, extent.maxX), maxY: max(area.maxY, extent.maxY))
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
        var result = self
        let box = DiagramLayout.freeSpot(width: node.width, height: node.height, near: target,
                                         avoiding: Array(actors.values) + Array(arrangements.values), within: canvas)
        result.set(box, forNode: node.name)
        return result
    }

    /// The box of this size at the free spot of `area` nearest to `target`: the first position, on rings of growing
    /// radius (6-point steps) around the target, that keeps ``margin`` points from every box of `placed` and stays
    /// inside `area`; if there is none, the position on the searched rings that overlaps least (or the target
    /// clamped into `area`). Deterministic.
    ///
    /// - Complexity: O(r · n) for r ring positions tried and n boxes placed.
    static func freeSpot(width: Double, height: Double, near target: (x: Double, y: Double), avoiding placed: [Box],
                         within area: Rect) -> Box {
        let step = 6.0
        let reach = (area.width * area.width + area.height * area.height).squareRoot()
        var fallback: (overlap: Double, box: Box)?
        var radius = 0.0
        search: while radius <= reach {
            let count = radius == 0 ? 1 : max(8, Int((2 * Double.pi * radius / step).rounded(.up)))
            for k in 0..<count {
                let angle = 2 * Double.pi * Double(k) / Double(count)
                let candidate = Box(x: target.x + radius * cos(angle), y: target.y + radius * sin(angle), width: width, height: height)
                guard area.contains(candidate) else { continue }
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
        return fallback?.box ?? Box(x: min(max(target.x, area.minX + width / 2), area.maxX - width / 2),
                                    y: min(max(target.y, area.minY + height / 2), area.maxY - height / 2),
                                    width: width, height: height)
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
