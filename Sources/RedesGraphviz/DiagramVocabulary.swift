import Redes

// The choices of a drawing, with the Spanish words people type for them (command-line options read them).

extension DiagramFormat: Vocabulary {
    public var aliases: [String] { self == .dot ? ["gv"] : [] }
}

extension DiagramOptions.Layout: Vocabulary {
    public var aliases: [String] { [] }
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
