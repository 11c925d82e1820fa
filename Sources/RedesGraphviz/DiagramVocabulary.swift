import Redes

// The choices of a drawing, with the Spanish words people type for them (command-line options read them).

extension DiagramFormat: Vocabulary {
    public var aliases: [String] { self == .dot ? ["gv"] : [] }
}

extension DiagramOptions.Layout: Vocabulary {
    public var aliases: [String] { self == .geo ? ["mapa", "map"] : [] }
}

extension DiagramOptions.EdgeEncoding: Vocabulary {
    public var aliases: [String] {
        switch self {
        case .status: return ["respaldo", "evidence"]
        case .kind: return ["tipo"]
        case .weight: return ["peso"]
        }
    }
}

extension DiagramOptions.LabelMode: Vocabulary {
    public var aliases: [String] {
        switch self {
        case .short: return ["corto"]
        case .full: return ["completo"]
        }
    }
}

extension DiagramTheme: Vocabulary {
    public var aliases: [String] { self == .light ? ["claro"] : ["oscuro"] }
}

extension DiagramOptions.LegendPosition: Vocabulary {
    public var aliases: [String] {
        switch self {
        case .top: return ["arriba"]
        case .bottom: return ["abajo"]
        case .left: return ["izquierda"]
        case .right: return ["derecha"]
        }
    }
}

extension DiagramOptions.FocusContext: Vocabulary {
    public var aliases: [String] { self == .omit ? ["omitir"] : ["gris", "gray"] }
}
