import Redes
import RedesPresentation

/// What can go wrong when drawing through Graphviz; ``RedesPresentation/Language/describe(_:)-(GraphvizError)`` puts
/// it in words, with what to do about it.
public enum GraphvizError: Error, Sendable, Hashable {
    /// The layout engine is not installed (or misspelt).
    case unknownLayout(String, available: [String])
    /// The output format is not one Redes writes.
    case unknownFormat(String, supported: [String])
    /// The graph is too large to lay out in reasonable time.
    case tooLarge(nodes: Int, edges: Int, limit: Int)
    /// Graphviz reported an error; its own words.
    case layoutFailed(engine: String, message: String)
    case renderFailed(format: String, message: String)
    /// A highlighted actor id that is not in the network.
    case unknownActor(String, available: [String])
    /// A map (`--layout geo`) of a network whose territories have no coordinates.
    case noCoordinates
}

extension Language {
    /// A drawing error as two lines: `error: what` and `fix: how`.
    public func describe(_ error: GraphvizError) -> String {
        let (message, fix): (String, String)
        switch error {
        case .unknownLayout(let name, let available):
            (message, fix) = (text(.diagramUnknownLayout, name), text(.useOneOf, available.joined(separator: ", ")))
        case .unknownFormat(let name, let supported):
            (message, fix) = (text(.diagramUnknownFormat, name), text(.diagramUnknownFormatFix, supported.joined(separator: ", ")))
        case .tooLarge(let nodes, let edges, let limit):
            (message, fix) = (text(.diagramTooLarge, String(nodes), String(edges), String(limit)), text(.diagramTooLargeFix))
        case .layoutFailed(let engine, let detail):
            (message, fix) = (text(.diagramLayoutFailed, engine, detail), text(.diagramLayoutFailedFix))
        case .renderFailed(let format, let detail):
            (message, fix) = (text(.diagramRenderFailed, format, detail), text(.diagramRenderFailedFix))
        case .unknownActor(let id, let available):
            let guess = closestMatch(to: id, in: available).map { [$0] } ?? available
            (message, fix) = (text(.unknownHighlightedActor, id), text(.useOneOf, guess.joined(separator: ", ")))
        case .noCoordinates:
            (message, fix) = (text(.geoNoCoordinates), text(.geoNoCoordinatesFix))
        }
        return "\(text(.errorLabel)): \(message)\n  \(text(.fixLabel)): \(fix)"
    }
}

extension Language {
    /// Why a positions file cannot be used, as the command-line tool prints it: `file: error: what` and `fix: how`.
    ///
    /// - Parameters:
    ///   - error: the problem.
    ///   - file: the positions file as given.
    /// - Returns: two lines, without a final newline.
    public func describe(_ error: DiagramLayout.ReadError, file: String) -> String {
        let message: String
        switch error {
        case .unreadable(let reason): message = text(reason == "EISDIR" ? .positionsIsFolder : .positionsMissing)
        // The parser's own words are English: the file and the fact are enough to act on.
        case .notJSON: message = text(.positionsNotJSON)
        case .notALayout: message = text(.positionsNotALayout)
        case .unsupportedVersion(let version): message = text(.positionsVersion, String(version), String(DiagramLayout.formatVersion))
        case .invalid(let key, _): message = text(.positionsInvalid, key)
        }
        return "\(file): \(text(.errorLabel)): \(message)\n  \(text(.fixLabel)): \(text(.positionsFix))"
    }
}
