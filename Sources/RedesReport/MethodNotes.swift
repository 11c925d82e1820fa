/// One plain sentence per measure, per language, with its reference: the methods section of the report.
struct MethodNotes {
    let es: (name: String, sentence: String)
    let en: (name: String, sentence: String)
    let reference: String

    static let all: [MethodNotes] = [
        .init(es: ("Intermediación", "cuántos caminos más cortos entre otros actores pasan por el actor"),
              en: ("Betweenness", "how many shortest paths between other actors pass through the actor"), reference: "Freeman 1977; Brandes 2001"),
        .init(es: ("Cercanía", "qué tan cerca está el actor de todos los demás, corregida para redes divididas"),
              en: ("Closeness", "how close the actor is to all others, corrected for split networks"), reference: "Wasserman y Faust 1994"),
        .init(es: ("Fragmentación F", "la proporción de pares de actores que no pueden alcanzarse"),
              en: ("Fragmentation F", "the share of actor pairs that cannot reach each other"), reference: "Borgatti 2006"),
        .init(es: ("Fragmentación por distancia DF", "como F, pero cuenta también lo lejos que están los pares conectados"),
              en: ("Distance fragmentation DF", "like F, but also counts how far apart connected pairs are"), reference: "Borgatti 2006"),
        .init(es: ("Actores clave", "el conjunto de actores cuya salida más fragmentaría la red"),
              en: ("Key players", "the set of actors whose departure would fragment the network most"), reference: "Borgatti 2006"),
        .init(es: ("Puntos de corte", "actores cuya salida divide la red en partes"),
              en: ("Cut points", "actors whose departure splits the network"), reference: "Hopcroft y Tarjan 1973"),
        .init(es: ("Roles de intermediación", "coordinador, itinerante, representante, guardián y enlace según los bloques de quienes se conectan"),
              en: ("Brokerage roles", "coordinator, itinerant, representative, gatekeeper and liaison by the blocs of those connected"), reference: "Gould y Fernández 1989"),
        .init(es: ("Restricción y tamaño efectivo", "cuánto dependen los contactos de un actor unos de otros (agujeros estructurales)"),
              en: ("Constraint and effective size", "how much an actor's contacts depend on each other (structural holes)"), reference: "Burt 1992"),
        .init(es: ("Índice E-I", "vínculos entre bloques menos vínculos dentro de los bloques, sobre el total"),
              en: ("E-I index", "ties between blocs minus ties within blocs, over all ties"), reference: "Krackhardt y Stern 1988"),
        .init(es: ("Comunidades", "grupos de actores más unidos entre sí que con el resto (método de Louvain)"),
              en: ("Communities", "groups of actors more tied to each other than to the rest (Louvain method)"), reference: "Blondel et al. 2008"),
        .init(es: ("Robustez", "cuánto de la red sigue unida a medida que salen actores"),
              en: ("Robustness", "how much of the network stays together as actors leave"), reference: "Albert, Jeong y Barabási 2000; Schneider et al. 2011"),
        .init(es: ("Canales", "las instancias y vínculos directos que sostienen cada par vinculado; uno solo = dependencia"),
              en: ("Channels", "the arrangements and direct ties behind each linked pair; a single one = dependency"), reference: "Redes"),
    ]
}

/// Names of the network figures compared in scenario tables, per language.
enum MeasureNames {
    static let table: [String: (es: String, en: String)] = [
        "actors": ("actores", "actors"), "ties": ("pares vinculados", "linked pairs"), "density": ("densidad", "density"),
        "components": ("componentes", "components"), "largest_component": ("componente mayor", "largest component"),
        "isolates": ("aislados", "isolates"), "fragmentation": ("fragmentación F", "fragmentation F"),
        "distance_fragmentation": ("fragmentación por distancia DF", "distance fragmentation DF"),
        "average_distance": ("distancia promedio", "average distance"),
        "degree_centralization": ("centralización de grado", "degree centralization"),
        "betweenness_centralization": ("centralización de intermediación", "betweenness centralization"),
        "ei_index": ("índice E-I", "E-I index"), "single_channel_share": ("vínculos de un solo canal", "single-channel ties"),
        "bloc_gaps": ("pares de bloques sin conexión", "bloc pairs without connection"),
    ]

    static func name(_ key: String, _ language: Language) -> String {
        guard let names = table[key] else { return key }
        return language == .es ? names.es : names.en
    }
}

import Redes
