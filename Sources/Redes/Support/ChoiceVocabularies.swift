// The choices of the analyses and formats, with the Spanish words people type for them.

extension RobustnessAnalysis.Order: Vocabulary {
    public var aliases: [String] {
        switch self {
        case .betweenness: return ["intermediación"]
        case .degree: return ["grado"]
        case .random: return ["azar", "al azar", "aleatorio"]
        }
    }
}

extension TieSuggestions.Objective: Vocabulary {
    public var aliases: [String] {
        switch self {
        case .distanceFragmentation: return ["distance fragmentation", "fragmentación por distancia"]
        case .fragmentation: return ["fragmentation", "fragmentación"]
        case .pairsWithinSteps: return ["pares"]
        case .eiIndex: return ["E-I", "índice E-I"]
        }
    }
}

extension NetworkFormat: Vocabulary {
    public var aliases: [String] {
        switch self {
        case .yaml: return ["yml"]
        case .csv: return ["tsv"]
        case .pajek: return ["net", "paj"]
        case .graphml, .gexf, .dl, .json: return []
        }
    }
}

extension ExchangeFormat: Vocabulary {
    public var aliases: [String] {
        switch self {
        case .pajek: return ["pajek", "paj"]
        case .dot: return ["gv"]
        case .yaml: return ["yml"]
        case .graphml, .gexf, .dl, .json, .csv: return []
        }
    }
}
