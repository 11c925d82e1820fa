import Foundation

/// The catalog of sentences Redes writes for people, in every language it speaks.
///
/// Each message is written once per language here, with numbered placeholders `{1}`, `{2}`, … filled by
/// ``Language/text(_:_:)``; code never holds a sentence of its own.
public enum Message: String, Sendable, CaseIterable {
    case diagnosisTitle
    case fragmentationSummary
    case connectedSummary
    case centralActors
    case cutPoints
    case noCutPoints
    case keyPlayersNegative
    case keyPlayersPositive
    case brokersByRole
    case singleChannel
    case criticalArrangements
    case blocGap
    case blocSingleBroker
    case blocSingleActor
    case overlappingArrangements
    case eiWithin
    case eiAcross
    case eiChance
    case communities

    var templates: (es: String, en: String) {
        switch self {
        case .diagnosisTitle: return ("Diagnóstico", "Diagnosis")
        case .fragmentationSummary:
            return ("La red de {1} actores está dividida en {2} partes: F = {3} (0 = todos se alcanzan, 1 = nadie se alcanza) y DF = {4} (también mide lo lejos que están).",
                    "The network of {1} actors is split into {2} parts: F = {3} (0 = everyone reaches everyone, 1 = no one reaches anyone) and DF = {4} (it also weighs how far apart they are).")
        case .connectedSummary:
            return ("La red de {1} actores está conectada: F = 0; DF = {2} mide lo lejos que están unos de otros.",
                    "The network of {1} actors is connected: F = 0; DF = {2} measures how far apart they are.")
        case .centralActors:
            return ("Quienes más conectan a otros (intermediación): {1}.", "Who connects others most (betweenness): {1}.")
        case .cutPoints:
            return ("Puntos de corte — si uno de ellos sale, la red se divide: {1}.",
                    "Cut points — if one of them leaves, the network splits: {1}.")
        case .noCutPoints:
            return ("No hay puntos de corte: ningún actor por sí solo divide la red.",
                    "There are no cut points: no single actor splits the network.")
        case .keyPlayersNegative:
            return ("Actores clave para la cohesión (k = {1}): {2}; sin ellos F pasaría de {3} a {4}.",
                    "Key players for cohesion (k = {1}): {2}; without them F would go from {3} to {4}.")
        case .keyPlayersPositive:
            return ("Actores que más alcanzan al resto (k = {1}): {2}; alcance ponderado por distancia {3}.",
                    "Actors that reach the rest best (k = {1}): {2}; distance-weighted reach {3}.")
        case .brokersByRole:
            return ("Intermediarios por rol (Gould y Fernández): {1}.", "Brokers by role (Gould and Fernandez): {1}.")
        case .singleChannel:
            return ("{1} de {2} vínculos ({3}) descansan en una sola instancia o vínculo: desaparecen si esa instancia se detiene.",
                    "{1} of {2} ties ({3}) rest on a single arrangement or tie: they disappear if that one stops.")
        case .criticalArrangements:
            return ("Instancias de las que dependen más vínculos: {1}.", "Arrangements most ties depend on: {1}.")
        case .blocGap:
            return ("Brecha: ningún vínculo ni intermediario entre {1} y {2}.", "Gap: no tie and no broker between {1} and {2}.")
        case .blocSingleBroker:
            return ("{1} y {2} se conectan solo a través de {3}.", "{1} and {2} connect only through {3}.")
        case .blocSingleActor:
            return ("Todos los vínculos entre {1} y {2} pasan por {3}.", "Every tie between {1} and {2} goes through {3}.")
        case .overlappingArrangements:
            return ("Instancias superpuestas (posible duplicación de esfuerzos): {1}.",
                    "Overlapping arrangements (possible duplicated effort): {1}.")
        case .eiWithin:
            return ("Índice E-I = {1} (−1 todo dentro de los bloques, +1 todo entre bloques): los vínculos se quedan dentro de los bloques más de lo esperable por azar (p = {2}, {3} permutaciones).",
                    "E-I index = {1} (−1 all within blocs, +1 all between): ties stay within blocs more than chance would give (p = {2}, {3} permutations).")
        case .eiAcross:
            return ("Índice E-I = {1} (−1 todo dentro de los bloques, +1 todo entre bloques): los vínculos cruzan los bloques más de lo esperable por azar (p = {2}, {3} permutaciones).",
                    "E-I index = {1} (−1 all within blocs, +1 all between): ties cross blocs more than chance would give (p = {2}, {3} permutations).")
        case .eiChance:
            return ("Índice E-I = {1} (−1 todo dentro de los bloques, +1 todo entre bloques): no se distingue del azar (p ≥ {2}, {3} permutaciones).",
                    "E-I index = {1} (−1 all within blocs, +1 all between): not distinguishable from chance (p ≥ {2}, {3} permutations).")
        case .communities:
            return ("La red se organiza en {1} comunidades (Louvain, modularidad {2}); coinciden, de más a menos, con: {3}.",
                    "The network organises itself into {1} communities (Louvain, modularity {2}); they match, from most to least: {3}.")
        }
    }
}

extension Language {
    /// The message in this language, with `{1}`, `{2}`, … replaced by `arguments`.
    public func text(_ message: Message, _ arguments: String...) -> String {
        var text = self == .es ? message.templates.es : message.templates.en
        for (i, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(i + 1)}", with: argument)
        }
        return text
    }

    /// A list in words: "a, b y c" / "a, b and c".
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (self == .es ? " y " : " and ") + items.last!
    }
}
