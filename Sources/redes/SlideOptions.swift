import ArgumentParser
import Foundation
import Redes
import RedesGraphviz
import RedesPresentation

/// How a drawing looks on a slide or a page: its size and proportions, resolution, type, background, colours and
/// key. Every value is checked, with a did-you-mean where it names something.
struct SlideOptions: ParsableArguments {
    @Option(help: "Fill a page of these proportions: 16:9, 4:3, 1:1 (any W:H), A4 or A4-landscape. Alone: 1080 pixels high (1920 × 1080 for 16:9); A4 at its size.")
    var aspect: String?

    @Option(help: "Page width: pixels (1920, 1920px) or cm, mm, in, pt (25,4cm); the height follows --aspect or the drawing.")
    var width: String?

    @Option(help: "Page height, as --width.")
    var height: String?

    @Option(help: "Dots per inch of PNG output, and of pixel lengths (default 96).")
    var dpi: Double?

    @Option(name: .customLong("font-size"), help: "Label size in points (default 10; on a page, grown until the nodes fill about a fifth of it).")
    var fontSize: Double?

    @Option(help: "Font family of every text, one fontconfig knows (default DejaVu Sans; `redes doctor` lists them).")
    var font: String?

    @Option(help: "Background: white or transparent (default: the theme's page colour).")
    var background: Choice<Background>?

    @Option(help: "Colours: light or dark (labels keep a contrast of 4.5:1 or more, colour-blind-safe palettes).")
    var theme: Choice<DiagramTheme> = Choice(.light)

    @Flag(name: .customLong("no-legend"), help: "Draw neither the title nor the key.")
    var noLegend = false

    @Option(name: .customLong("legend-position"), help: "Where the title and key go: top, bottom, left or right (default: right on a landscape page, top otherwise).")
    var legendPosition: Choice<DiagramOptions.LegendPosition>?

    /// `--background`.
    enum Background: String, Vocabulary {
        case white, transparent
        var aliases: [String] { self == .white ? ["blanco"] : ["transparente"] }
    }

    /// The accepted words of `--aspect` (any W:H is accepted too).
    static let aspects = ["16:9", "4:3", "1:1", "A4", "A4-landscape"]

    /// The look the options ask for, checked.
    struct Look {
        var page: DiagramPage?
        var dpi: Double?
        var fontSize: Double?
        var font: String?
        var fontWidthScale: Double
        var transparent: Bool
        var theme: DiagramTheme
        var showsLegend: Bool
        var legendPosition: DiagramOptions.LegendPosition

        func apply(to options: inout DiagramOptions) {
            options.page = page
            if let fontSize { options.fontSize = fontSize }
            options.fitsFontSize = fontSize == nil
            if let font { options.font = font }
            options.fontWidthScale = fontWidthScale
            options.transparentBackground = transparent
            options.theme = theme
            options.showsLegend = showsLegend
            options.legendPosition = legendPosition
            if page == nil, let dpi { options.bitmapDPI = dpi }
        }
    }

    /// The checked look, or a printed error in `language` and exit status 1.
    func look(format: DiagramFormat, in language: Language) throws -> Look {
        try check(dpi, "--dpi", .size, in: language)
        try check(fontSize, "--font-size", .size, in: language)
        let resolution = dpi ?? DiagramPage.defaultDPI
        let aspect = try self.aspect.map { text -> DiagramPage.Aspect in
            guard let aspect = DiagramPage.Aspect(text) else {
                throw fail(.unknownValue(option: "--aspect", value: text, suggestion: nil, accepted: Self.aspects), in: language)
            }
            return aspect
        }
        func length(_ text: String?, _ option: String) throws -> Double? {
            try text.map { text in
                guard let length = DiagramPage.Length(text) else { throw fail(.invalidLength(option: option, value: text), in: language) }
                return length.points(dpi: resolution)
            }
        }
        let w = try length(width, "--width"), h = try length(height, "--height")
        if aspect != nil && w != nil && h != nil { throw fail(.conflicts(option: "--aspect", other: "--width --height"), in: language) }
        var page: DiagramPage?
        if let aspect {
            page = DiagramPage(aspect: aspect, dpi: resolution)
            if let w { page = DiagramPage(width: w, height: w / aspect.value, dpi: resolution) }
            if let h { page = DiagramPage(width: h * aspect.value, height: h, dpi: resolution) }
        } else if w != nil || h != nil {
            page = DiagramPage(width: w, height: h, dpi: resolution)
        }
        // Without pixels to convert, the resolution only means something for a bitmap.
        let pixels = [width, height].compactMap { $0 }.compactMap(DiagramPage.Length.init).contains { $0.unit == .px }
        if dpi != nil && format != .png && !pixels {
            throw fail(.needs(option: "--dpi", other: "-o *.png"), in: language)
        }
        let theme = try self.theme.value(of: "--theme", in: language)
        let background = try self.background?.value(of: "--background", in: language)
        if theme == .dark && background == .white { throw fail(.conflicts(option: "--background white", other: "--theme dark"), in: language) }
        if noLegend && legendPosition != nil { throw fail(.conflicts(option: "--no-legend", other: "--legend-position"), in: language) }
        // A landscape page keeps its height for the drawing: the key goes in a column on the right.
        var landscape = false
        if let page, let width = page.width, let height = page.height { landscape = width > height }
        let position = try legendPosition?.value(of: "--legend-position", in: language) ?? (landscape ? .right : .top)
        // A font fontconfig knows, by its family name in any case; node sizes follow its widths.
        let family = try font.map { font -> String in
            let families = (try? FontCheck.families()) ?? []
            guard let known = families.first(where: { $0.lowercased() == font.lowercased() }) else {
                throw fail(.unknownFont(value: font, suggestion: closestMatch(to: font, in: families), available: families), in: language)
            }
            return known
        }
        return Look(page: page, dpi: dpi, fontSize: fontSize, font: family, fontWidthScale: family.map(TextMetrics.widthScale) ?? 1,
                    transparent: background == .transparent, theme: theme, showsLegend: !noLegend, legendPosition: position)
    }
}

/// Which part of the network to draw: an ego network, a bloc or an arrangement, the rest left out or in grey.
struct FocusOptions: ParsableArguments {
    @Option(help: "Draw these actors (ids, comma-separated) and those within --depth steps of them.")
    var focus: String?

    @Option(help: "With --focus: how many steps from the actors named (default 1).")
    var depth: Int?

    @Option(name: .customLong("only-bloc"), help: "Draw the actors of this bloc and the ties among them.")
    var onlyBloc: String?

    @Option(name: .customLong("only-arrangement"), help: "Draw the members of this arrangement (its id) and the ties among them.")
    var onlyArrangement: String?

    @Option(help: "With a focus, the rest: omit (left out) or grey (drawn in grey, under the focus).")
    var context: Choice<DiagramOptions.FocusContext>?

    /// The focus asked for, checked against `network` (and `before`, the network before a scenario); nil for none.
    func focus(in network: Network, before: Network?, in language: Language) throws -> (focus: DiagramOptions.Focus, context: DiagramOptions.FocusContext)? {
        let given = [("--focus", focus), ("--only-bloc", onlyBloc), ("--only-arrangement", onlyArrangement)].filter { $0.1 != nil }
        if given.count > 1 { throw fail(.conflicts(option: given[0].0, other: given[1].0), in: language) }
        if depth != nil && focus == nil { throw fail(.needs(option: "--depth", other: "--focus"), in: language) }
        try check(depth, "--depth", .zeroOrMore, in: language)
        guard !given.isEmpty else {
            if context != nil { throw fail(.needs(option: "--context", other: "--focus"), in: language) }
            return nil
        }
        let context = try self.context?.value(of: "--context", in: language) ?? .omit
        if let focus {
            let ids = commaSeparated(focus)
            try network.checkActors(ids, for: "--focus", alsoIn: before, in: language)
            return (.actors(ids, depth: depth ?? 1), context)
        }
        if let onlyBloc {
            let blocs = network.blocsInUse.map(\.id)
            // A bloc by its id or its name (`Empresas` names `empresas`).
            guard let bloc = blocs.first(where: { $0 == onlyBloc }) ?? network.blocsInUse.first(where: { foldedWord($0.name) == foldedWord(onlyBloc) })?.id else {
                throw fail(.unknownGroup(option: "--only-bloc", attribute: language.attributeName("bloc"), value: onlyBloc,
                                         suggestion: closestMatch(to: onlyBloc, in: blocs), available: blocs), in: language)
            }
            return (.bloc(bloc), context)
        }
        let id = onlyArrangement ?? ""
        guard network.arrangement(id) != nil else {
            throw fail(.unknownArrangement(option: "--only-arrangement", id: id,
                                           suggestion: closestMatch(to: id, in: network.arrangements.map(\.id))), in: language)
        }
        return (.arrangement(id), context)
    }
}

/// The positions file at `path` (written by `render --save-positions`), or a printed error in `language` and exit
/// status 1.
func readPositions(_ path: String, in language: Language) throws -> DiagramLayout {
    do throws(DiagramLayout.ReadError) {
        return try DiagramLayout.read(path: path)
    } catch {
        printError(language.describe(error, file: path))
        throw ExitCode(1)
    }
}
