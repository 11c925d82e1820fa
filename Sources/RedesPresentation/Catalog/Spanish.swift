import Redes

extension Message {
    /// The message in Spanish.
    public var spanish: String {
        switch self {
        // Words and labels
        case .listAnd: return " y "
        case .yes: return "sí"
        case .evidenceStatus(let status):
            switch status {
            case .documented: return "documentado"
            case .illustrative: return "ilustrativo"
            case .proposed: return "propuesto"
            case .unspecified: return "sin respaldo declarado"
            case .reported: return "reportado"
            }
        case .arrangementKind(let kind):
            switch kind {
            case .agreement: return "convenio"
            case .workingTable: return "mesa"
            case .program: return "programa"
            case .mechanism: return "mecanismo"
            case .committee: return "comité"
            case .project: return "proyecto"
            }
        case .brokerageRole(let role):
            switch role {
            case .coordinator: return "coordinador"
            case .itinerant: return "itinerante"
            case .representative: return "representante"
            case .gatekeeper: return "guardián"
            case .liaison: return "enlace"
            }
        case .metricHeader(let metric):
            switch metric {
            case .degree: return "grado"
            case .inDegree: return "entrada"
            case .outDegree: return "salida"
            case .degreeCentrality: return "grado norm."
            case .strength: return "fuerza"
            case .betweenness: return "intermediación"
            case .closeness: return "cercanía"
            case .harmonic: return "armónica"
            case .eigenvector: return "vector propio"
            case .pagerank: return "PageRank"
            case .clustering: return "clustering"
            case .coreNumber: return "núcleo k"
            case .articulationPoint: return "corte"
            case .component: return "componente"
            }
        case .figure(let figure):
            switch figure {
            case .actors: return Message.actors.spanish
            case .ties: return "pares vinculados"
            case .density: return "densidad"
            case .components: return "componentes"
            case .largestComponent: return "componente mayor"
            case .isolates: return "aislados"
            case .fragmentation: return "fragmentación F"
            case .distanceFragmentation: return "fragmentación por distancia DF"
            case .averageDistance: return "distancia promedio"
            case .degreeCentralization: return "centralización de grado"
            case .betweennessCentralization: return "centralización de intermediación"
            case .eiIndex: return "índice E-I"
            case .singleChannelShare: return "vínculos de un solo canal"
            case .blocGaps: return "pares de bloques sin conexión"
            case .modularity: return "modularidad de los grupos"
            }
        case .attribute(let name):
            switch name {
            case "bloc": return Message.bloc.spanish
            case "territory": return "territorio"
            case "sector": return "sector"
            default: return name
            }
        case .directTie: return "vínculo directo"
        case .several: return "varios"

        // Analysis table
        case .scenarioSuffix: return " — escenario «{1}»"
        case .actorsByBloc: return "Actores por bloque"
        case .noBloc: return "(sin bloque)"
        case .total: return "total"
        case .arrangementsByKindAndEvidence: return "Instancias de articulación por tipo y respaldo"
        case .directTiesByEvidence: return "Vínculos directos por respaldo"
        case .actorNetwork: return "Red de actores"
        case .componentSizes: return "tamaños de componentes"
        case .transitivity: return "transitividad"
        case .averageClustering: return "clustering promedio"
        case .diameterLargestComponent: return "diámetro (componente mayor)"
        case .degreeAssortativity: return "asortatividad de grado"
        case .bridges: return "puentes"
        case .cutPointsWord: return "puntos de corte"
        case .cutPointsLabel: return "Puntos de corte: {1}"
        case .isolatesLabel: return "Aislados: {1}"
        case .componentsTitle: return "Componentes"
        case .metricsByActor: return "Métricas por actor"
        case .sortedBy: return " (orden: {1})"
        case .eigenvectorUndefined: return "Vector propio: no definido ({1})."
        case .eigenvectorReason(let reason):
            switch reason {
            case .noTies: return "la red no tiene vínculos"
            case .notStronglyConnected: return "la red no es fuertemente conexa"
            case .notConverged: return "la iteración no convergió"
            }
        case .holesByActorTitle: return "Agujeros estructurales e intermediación por actor"
        case .hierarchy: return "jerarquía"
        case .effectiveSizeShort: return "tamaño efectivo"
        case .gfBrokerage: return "intermediación G-F"
        case .fWithoutActor: return "F sin el actor"

        // Diagnosis
        case .diagnosisTitle: return "Diagnóstico"
        case .fragmentationSummary:
            return "La red de {1} actores está dividida en {2} partes: F = {3} (0 = todos se alcanzan, 1 = nadie se alcanza) y DF = {4} (también mide lo lejos que están)."
        case .connectedSummary: return "La red de {1} actores está conectada: F = 0; DF = {2} mide lo lejos que están unos de otros."
        case .centralActors: return "Quienes más conectan a otros (intermediación): {1}."
        case .cutPoints: return "Puntos de corte — si uno de ellos sale, la red se divide: {1}."
        case .noCutPoints: return "No hay puntos de corte: ningún actor por sí solo divide la red."
        case .keyPlayersNegative: return "Actores clave para la cohesión (k = {1}): {2}; sin ellos F pasaría de {3} a {4}."
        case .keyPlayersPositive: return "Actores que más alcanzan al resto (k = {1}): {2}; alcance ponderado por distancia {3}."
        case .brokersByRole: return "Intermediarios por rol (Gould y Fernández): {1}."
        case .singleChannel: return "{1} de {2} vínculos ({3}) descansan en una sola instancia o vínculo: desaparecen si esa instancia se detiene."
        case .criticalArrangements: return "Instancias de las que dependen más vínculos: {1}."
        case .blocGap: return "Brecha: ningún vínculo ni intermediario entre {1} y {2}."
        case .blocSingleBroker: return "{1} y {2} se conectan solo a través de {3}."
        case .blocSingleActor: return "Todos los vínculos entre {1} y {2} pasan por {3}."
        case .overlappingArrangements: return "Instancias superpuestas (posible duplicación de esfuerzos): {1}."
        case .eiWithin:
            return "Índice E-I = {1}, frente a {2} esperado por azar (95 % de las permutaciones entre {3} y {4}; −1: todos los vínculos dentro de los bloques, +1: todos entre bloques): más vínculos dentro de los bloques de lo esperable por azar ({5}, {6} permutaciones)."
        case .eiAcross:
            return "Índice E-I = {1}, frente a {2} esperado por azar (95 % de las permutaciones entre {3} y {4}; −1: todos los vínculos dentro de los bloques, +1: todos entre bloques): más vínculos entre bloques de lo esperable por azar ({5}, {6} permutaciones)."
        case .eiChance:
            return "Índice E-I = {1}, frente a {2} esperado por azar (95 % de las permutaciones entre {3} y {4}; −1: todos los vínculos dentro de los bloques, +1: todos entre bloques): no se distingue del azar ({5}, {6} permutaciones)."
        case .communities:
            return "La red se organiza en {1} comunidades (Louvain, modularidad {2}); coinciden, de más a menos, con: {3}."
        case .note(let note):
            switch note {
            case .noGroups(let attribute):
                return "ningún actor tiene un valor de '\(attribute)': los roles de intermediación, el E-I y la mezcla necesitan grupos (--group-by)"
            case .removalSkipped(let limit):
                return "más de \(limit) actores: se omite DF sin cada actor (un recorrido de todos los pares por actor)"
            case .keyPlayersSkipped(let limit):
                return "más de \(limit) actores: se omiten los actores clave; use `redes keyplayers`"
            case .eigenvectorDominantComponents(let actors, let count, let components):
                let within = count == 1 ? "el componente con el mayor valor propio (\(actors) actores)"
                    : "los \(count) componentes que comparten el mayor valor propio (\(actors) actores)"
                return "la red tiene \(components) componentes: el vector propio es el principal de toda la red, como lo calculan NetworkX e igraph, distinto de 0 solo en \(within) y 0 en el resto; --eigenvector por-componente lo normaliza dentro de cada componente"
            case .missingGroupValues(let attribute, let actors, let handling):
                let listed = actors.prefix(20).joined(separator: ", ") + (actors.count > 20 ? ", … (\(actors.count - 20) más)" : "")
                let what: String
                switch handling {
                case .pool: what = "se agrupan en un solo grupo, mostrado como “—”, como hace sna (--missing-group own-group o exclude para cambiarlo)"
                case .ownGroup: what = "cada uno cuenta como un grupo propio (--missing-group own-group)"
                case .exclude: what = "se dejan fuera de la intermediación, el E-I, la mezcla y la modularidad (--missing-group exclude)"
                }
                return "\(actors.count) actor\(actors.count == 1 ? " no tiene" : "es no tienen") valor para '\(attribute)' (\(listed)): \(what)"
            case .eigenvectorPerComponent(let components):
                return "el vector propio está normalizado dentro de cada uno de los \(components) componentes (--eigenvector por-componente): compare valores solo dentro de un componente; los actores aislados valen 0"
            }
        case .keyPlayerMethodExhaustive: return "búsqueda exhaustiva en {1} conjuntos (óptimo)"
        case .keyPlayerMethodGreedy: return "inicio voraz + intercambios (Borgatti 2006), {1} reinicios aleatorios, semilla {2}"

        // Decision commands
        case .keyPlayersTitle: return "Actores clave"
        case .score: return "Puntaje: "
        case .scoreBefore: return " (antes: {1})"
        case .method: return "Método: "
        case .scenarioTitle: return "Escenario: "
        case .bloc: return "bloque"
        case .actors: return "actores"
        case .ties: return "vínculos"
        case .kind: return "tipo"
        case .evidence: return "respaldo"
        case .measure: return "medida"
        case .value: return "valor"
        case .actor: return "actor"
        case .before: return "antes"
        case .after: return "después"
        case .change: return "cambio"
        case .betweennessBefore: return "intermediación antes"
        case .rolesGained: return "roles ganados"
        case .rolesLost: return "roles perdidos"
        case .actorsThatMoveMost: return "Actores que más cambian"
        case .robustnessTitle: return "Robustez (orden: {1}{2})"
        case .robustnessAdaptive: return ", adaptativo"
        case .robustnessMean: return "promedio"
        case .robustnessHalves: return "La componente mayor cae a la mitad tras {1} salidas."
        case .removedCount: return "salidas"
        case .largestComponentShort: return "comp. mayor"
        case .suggestionsTitle: return "Vínculos sugeridos (objetivo {1}, base {2})"
        case .newTie: return "nuevo vínculo"
        case .gain: return "ganancia"
        case .suggestionMethodExhaustive: return "exhaustiva: se evalúa cada par no vinculado (óptimo)"
        case .suggestionMethodRestricted:
            return "acotada: se evalúa cada par no vinculado entre {1} de los {2} actores (los de mayor centralidad armónica, y el mejor ubicado de cada componente), {3} vínculo(s) agregados de forma voraz"
        case .suggestionMethodGreedy: return "voraz: se agrega el mejor vínculo, se actualizan las distancias y se reevalúa cada par, {1} veces"
        case .sensitivityTitle: return "Sensibilidad del diagnóstico"
        case .variant: return "variante"
        case .fullNetwork: return "red completa"
        case .withoutIllustrativeTies: return "sin vínculos ilustrativos"
        case .withoutAtRandomMean: return "sin {1} al azar (media)"
        case .range: return "  rango"
        case .rhoBetweenness: return "ρ intermediación"
        case .rhoDegree: return "ρ grado"
        case .stableBrokers: return "Intermediarios estables (top 5 en ≥ 80 % de las corridas): "

        // Committee report
        case .reportSubtitle: return "Informe de análisis de redes generado por Redes {1} a partir de «{2}»."
        case .glanceTitle: return "La red en un vistazo"
        case .glanceLead:
            return "La red reúne {1} actores en {2} bloques, unidos por {3} instancias de articulación (convenios, mesas, programas, mecanismos) y {4} vínculos directos."
        case .glanceEvidence:
            return "{1} de las instancias y vínculos están documentados en una fuente; {2} son supuestos ilustrativos y {3} son propuestas."
        case .glanceSources: return "Fuentes"
        case .glanceDiagram:
            return "El mapa de la red actual. Cada escenario se dibuja sobre este mismo mapa, con los actores en el mismo lugar."
        case .fragmentationTitle: return "Fragmentación"
        case .fragmentationLeadSplit:
            return "La red está dividida en {1} partes que no se comunican entre sí; si además salieran {2}, la fragmentación F pasaría de {3} a {4}."
        case .fragmentationLeadConnected: return "Todos los actores se alcanzan entre sí; si salieran {1}, la fragmentación F pasaría de 0 a {2}."
        case .fragmentationKeyPlayers: return "Actores clave (Borgatti 2006): los {1} cuya salida más fragmentaría la red son {2} ({3})."
        case .robustnessChart:
            return "Proporción de actores en la componente mayor a medida que salen actores: primero los de mayor intermediación (línea llena) o al azar (promedio de {1} corridas, línea discontinua)."
        case .robustnessSentence:
            return "Si salen primero los actores que más conectan, la parte mayor cae a la mitad tras {1} salidas; la robustez R es {2} si salen al azar y {3} en el ataque dirigido (0,5 es lo máximo posible)."
        case .robustnessAxisRemoved: return "actores que salen"
        case .robustnessAxisLargest: return "en la componente mayor"
        case .robustnessTargeted: return "mayor intermediación primero"
        case .robustnessRandom: return "al azar"
        case .connectTitle: return "Quién conecta a quién"
        case .connectLead: return "{1} es quien más conecta a actores que de otro modo quedarían lejos (intermediación {2})."
        case .connectTop: return "Actores más centrales"
        case .connectBrokers: return "Intermediarios por rol (Gould y Fernández 1989)"
        case .connectHoles: return "Quiénes tienen más oportunidades de unir a otros (agujeros estructurales, Burt 1992)"
        case .connectMixing: return "Vínculos y densidad entre bloques"
        case .redundancyTitle: return "Redundancia y brechas"
        case .redundancyLead: return "{1} de los {2} pares vinculados dependen de una sola instancia o vínculo: si esa instancia se detiene, el vínculo desaparece."
        case .redundancyOverlaps: return "Instancias superpuestas (posible duplicación de esfuerzos)"
        case .redundancyNoOverlaps: return "No hay instancias con miembros superpuestos en 50 % o más."
        case .redundancyDependencies: return "Instancias de las que dependen vínculos únicos"
        case .redundancyGaps: return "Brechas entre bloques"
        case .redundancyNoGaps: return "Todos los pares de bloques tienen al menos un vínculo directo."
        case .onlyThrough: return "solo a través de"
        case .scenariosTitle: return "Escenarios"
        case .scenariosLead: return "Primero, los vínculos nuevos que más acercarían a los actores; luego, cada uno de los {1} escenarios de la propuesta en su página, con las mismas medidas que la red actual."
        case .scenarioLead: return "Con «{1}», la fragmentación por distancia DF pasaría de {2} a {3} y el índice E-I de {4} a {5}."
        case .scenarioDiagram: return "«{1}» sobre el mapa de la red actual: cada actor en el mismo lugar; en negro grueso lo que el escenario agrega, en gris discontinuo lo que quita, en gris claro lo que no cambia."
        case .scenariosNone: return "El archivo no define escenarios."
        case .reportSuggestionsTitle: return "Vínculos nuevos que más acercarían a la red"
        case .suggestionsLead: return "Los {1} vínculos nuevos que más reducen la fragmentación por distancia (búsqueda {2}):"
        case .searchExhaustive: return "exhaustiva"
        case .searchGreedy: return "voraz"
        case .reportSensitivityTitle: return "Sensibilidad"
        case .sensitivityLead:
            return "Sin los {1} elementos ilustrativos, F sería {2} y DF {3}; el orden de los actores por intermediación se conserva con correlación {4}."
        case .sensitivityNoIllustrative: return "Todos los elementos están documentados o propuestos: no hay supuestos que quitar."
        case .sensitivityStable:
            return "Intermediarios que siguen entre los 5 principales en al menos 80 % de las {1} corridas con {2} de los vínculos quitados al azar: {3}."
        case .sensitivityTable: return "Resultados con menos vínculos"
        case .methodsTitle: return "Métodos y evidencia"
        case .methodsLead: return "Cada medida, en una frase, con su referencia; los valores coinciden con NetworkX, igraph y R sna."
        case .evidenceTitle: return "Evidencia de cada instancia y vínculo"
        case .count: return "cantidad"
        case .status: return "respaldo"
        case .source: return "fuente"
        case .quoteOrReason: return "cita o razón"
        case .element: return "elemento"
        case .constraint: return "restricción"
        case .effectiveSize: return "tamaño efectivo"
        case .role: return "rol"
        case .share: return "proporción"
        case .sizes: return "tamaños"
        case .arrangement: return "instancia"
        case .soleTies: return "vínculos que dependen solo de ella"
        case .fragmentationWithoutIt: return "F sin ella"
        case .overlap: return "superposición"
        case .sharedMembers: return "miembros compartidos"
        case .pair: return "par"
        case .dfReduction: return "reducción de DF"
        case .withoutIllustrativeElements: return "sin elementos ilustrativos"
        case .randomRemoval: return "sin {1} de los vínculos al azar (media, rango)"
        case .methodName(let note):
            switch note {
            case .betweenness: return "Intermediación"
            case .closeness: return "Cercanía"
            case .fragmentation: return "Fragmentación F"
            case .distanceFragmentation: return "Fragmentación por distancia DF"
            case .keyPlayers: return Message.keyPlayersTitle.spanish
            case .cutPoints: return "Puntos de corte"
            case .brokerage: return "Roles de intermediación"
            case .structuralHoles: return "Restricción y tamaño efectivo"
            case .eiIndex: return "Índice E-I"
            case .communities: return "Comunidades"
            case .robustness: return "Robustez"
            case .channels: return "Canales"
            }
        case .methodSentence(let note):
            switch note {
            case .betweenness: return "cuántos caminos más cortos entre otros actores pasan por el actor"
            case .closeness: return "qué tan cerca está el actor de todos los demás, corregida para redes divididas"
            case .fragmentation: return "la proporción de pares de actores que no pueden alcanzarse"
            case .distanceFragmentation: return "como F, pero cuenta también lo lejos que están los pares conectados"
            case .keyPlayers: return "el conjunto de actores cuya salida más fragmentaría la red"
            case .cutPoints: return "actores cuya salida divide la red en partes"
            case .brokerage: return "coordinador, itinerante, representante, guardián y enlace según los bloques de quienes se conectan"
            case .structuralHoles: return "cuánto dependen los contactos de un actor unos de otros (agujeros estructurales)"
            case .eiIndex: return "vínculos entre bloques menos vínculos dentro de los bloques, sobre el total"
            case .communities: return "grupos de actores más unidos entre sí que con el resto (método de Louvain)"
            case .robustness: return "cuánto de la red sigue unida a medida que salen actores"
            case .channels: return "las instancias y vínculos directos que sostienen cada par vinculado; uno solo = dependencia"
            }

        // Diagrams
        case .layoutIgnoresClusters: return "el diseño {1} ignora los grupos: se usa fdp"
        case .tooManyNodesForLayout: return "{1} nodos son demasiados para {2} (límite {3}): se usa sfdp"
        case .sfdpNoClusters: return "sfdp no dibuja grupos: se omiten las cajas"
        case .labelsHidden: return "más de {1} nodos: sin etiquetas"
        case .highlightedActors: return "actores destacados"
        case .highlightKeyPlayers: return "actores clave (k = {1})"
        case .highlightBrokers: return "principales intermediarios"
        case .legendColour: return "Color ({1})"
        case .legendLineKind: return "Línea: tipo de canal"
        case .legendLineEvidence: return "Línea: respaldo"
        case .legendLineWidth: return "Grosor de línea: fuerza del vínculo (máx. {1})"
        case .legendSize: return "Tamaño: crece con {1}, de {2} a {3} (el área va de la que pide la etiqueta al triple)"
        case .legendDoubleBorder: return "Borde doble: {1}"
        case .legendScenario: return "Escenario"
        case .added: return "agregado"
        case .removed: return "quitado"

        // Errors and warnings
        case .problem(let problem): return ProblemsSpanish.message(problem)
        case .problemFix(let problem): return ProblemsSpanish.fix(problem)
        case .formatLoss(let loss): return ProblemsSpanish.loss(loss)
        case .errorLabel: return "error"
        case .fixLabel: return "solución"
        case .warningLabel: return "aviso"
        case .noteLabel: return "nota"
        case .cannotWriteOutput: return "no se puede escribir la salida: {1}"
        case .writeFix: return "revise que la carpeta exista y se pueda escribir en ella"

        // Command-line messages
        case .useOneOf: return "use uno de: {1}"
        case .kTooLarge: return "--k {1} no es menor que el número de actores ({2})"
        case .kTooLargeFix: return "elija un k menor"
        case .weightedKeyPlayers: return "--weighted solo cambia DF (longitudes 1/peso): el alcance y F no usan pesos"
        case .weightedKeyPlayersFix: return "use --mode negative --measure DF --weighted, u omita --weighted"
        case .convertUnknownFormat: return "no se reconoce el formato de salida por la extensión"
        case .convertUnknownFormatFix: return "use .yaml, .csv, .graphml, .gexf, .net, .dl, .json o .dot, o agregue --to"
        case .diagramUnknownLayout: return "diseño desconocido '{1}'"
        case .diagramUnknownFormat: return "no se pueden escribir archivos '{1}'"
        case .diagramUnknownFormatFix: return "use uno de: {1} (por la extensión del archivo o con --format)"
        case .diagramTooLarge: return "{1} nodos y {2} vínculos son demasiados para dibujar (límite {3} nodos)"
        case .diagramTooLargeFix: return "dibuje una parte de la red (un escenario, o un archivo filtrado), o analícela con `redes analyze`"
        case .diagramLayoutFailed: return "Graphviz no pudo distribuir la red con {1}: {2}"
        case .diagramLayoutFailedFix: return "pruebe otro --layout (sfdp es el más robusto)"
        case .diagramRenderFailed: return "Graphviz no pudo escribir {1}: {2}"
        case .diagramRenderFailedFix: return "pruebe otro formato (svg siempre funciona)"
        case .unknownHighlightedActor: return "--highlight '{1}' no es un actor de la red"
        case .allPairsAdvice: return "use --sample 1000 (una estimación, Brandes–Pich) o --metrics sin betweenness, closeness ni harmonic"
        case .progressShortestPaths: return "caminos más cortos"

        // Issue 14 — timings, cost estimates and bounded methods
        case .timingsTitle: return "tiempo por sección (segundos, reloj)"
        case .timingRead: return "lectura del archivo"
        case .timingProjection: return "grafo de actores"
        case .timingOutput: return "escritura de la salida"
        case .timingSection(let section):
            switch section {
            case .summary: return "composición"
            case .shortestPaths: return "caminos más cortos (todos los pares)"
            case .metrics: return "métricas"
            case .fragmentation: return "fragmentación F y DF"
            case .fragmentationIfRemoved: return "F sin cada actor"
            case .distanceFragmentationIfRemoved: return "DF sin cada actor"
            case .cutPoints: return "puntos de corte (Hopcroft–Tarjan)"
            case .structuralHoles: return "agujeros estructurales"
            case .groups: return "grupos"
            case .brokerage: return "intermediación (Gould–Fernández)"
            case .cohesion: return "cohesión E-I"
            case .eiPermutation: return "prueba de permutación E-I"
            case .communities: return "comunidades (Louvain)"
            case .communityAgreement: return "comunidades y grupos"
            case .keyPlayers: return "actores clave"
            case .redundancy: return "redundancia"
            case .diagnosis: return "diagnóstico"
            case .indicatorBoard: return "tablero de indicadores"
            }
        case .keyPlayerMethodBounded:
            return "inicio voraz + intercambios (Borgatti 2006) entre los {1} actores de mayor grado (de {2}){3}, {4} reinicios aleatorios, semilla {5}"
        case .sampledSourcesClause: return ", DF estimada con {1} fuentes muestreadas"
        case .robustnessRecomputeEvery: return "ranking recalculado cada {1} salida(s)"
        case .robustnessDistanceEvery: return "DF calculada cada {1} salida(s); para el promedio, los puntos intermedios se interpolan"
        case .sensitivityMethodExact: return "caminos más cortos exactos desde cada actor"
        case .sensitivityMethodSampled: return "intermediación y DF estimadas con {1} fuentes muestreadas (Brandes–Pich), semilla {2}"
        case .costExactWarning: return "aviso: el método completo toma unos {1}; se ejecuta por --exact"
        case .costBoundedNote: return "nota: el método completo tomaría unos {1}; en su lugar se usó: {2} (--exact ejecuta el método completo)"
        case .durationSeconds: return "{1} s"
        case .durationMinutes: return "{1} min"
        case .durationHours: return "{1} h"
        case .progressKeyPlayers: return "buscando actores clave"
        case .progressSuggestions: return "evaluando lazos nuevos"
        case .progressRobustness: return "retirando actores"
        case .progressSensitivity: return "corridas de sensibilidad"
        case .suggestTooLarge: return "suggest guarda la distancia entre cada par de actores: {1} actores necesitan {2} GB de memoria, más de la mitad de los {3} GB de esta máquina"
        case .suggestTooLargeFix: return "busque lazos dentro de una parte de la red (un escenario, o un archivo de un territorio o bloque)"
        // Issue 22 — edge cases
        case .formatName(let format): return Message.exchangeFormatName(format)
        case .unwritableTexts: return "{1} no puede guardar exactamente {2} de los textos, así que no se escribió nada:"
        case .unwritableReason(let reason):
            switch reason {
            case .doubleQuote: return "unas comillas dobles, que las etiquetas de Pajek y UCINET DL no admiten"
            case .lineBreak: return "un salto de línea, que las etiquetas de Pajek y UCINET DL no admiten"
            case .dlKeyword(let keyword): return "'\(keyword)', que UCINET DL lee como el inicio de una sección"
            case .dotBackslash: return "una barra invertida al final o antes de un salto de línea, que DOT lee como escape"
            }
        case .analysisTooSlow: return "{1}: error: el análisis tomaría unos {2} minutos: {3}\n  solución: {4}, o agregue --allow-slow"
        case .analysisSlowWarning: return "aviso: el análisis toma unos {1} minuto(s): {2}; {3}"
        case .costShortestPaths: return "caminos más cortos desde {1} actores (unos {2} min)"
        case .costContactPairs: return "cada par de contactos de cada actor, para el agrupamiento, los agujeros estructurales y la intermediación de grupos: un actor tiene {1} vínculos (unos {2} min)"
        case .contactPairsAdvice: return "use --metrics con --format json o csv (sin agujeros estructurales ni intermediación de grupos), o analice la red sin su actor más conectado"
        case .renderTooManyTies: return "las instancias unen unos {1} pares de actores ('{2}' tiene {3} miembros); no se pueden dibujar más de {4} vínculos"
        case .renderTooManyTiesFix: return "dibuje las membresías con --two-mode ({1} líneas), o dibuje una parte de la red"
        case .renderTooManyDirectTies: return "la red tiene {1} vínculos; no se pueden dibujar más de {2}"
        case .convertLargeOutput: return "el archivo {1} tendrá unos {2} MB ({3} vínculos)"
        case .keyPlayersUndefined: return "quitar {1} de los {2} actores deja {3}: F y DF son proporciones de los pares de actores que quedan, y no hay ninguno, así que ningún conjunto es mejor que otro (sin actores clave)"
        case .unwritableFix: return "cámbieles el nombre en el archivo de entrada, o convierta a GraphML, GEXF, JSON node-link, CSV o YAML, que admiten cualquier texto"

        // MARK: Issue 16 — one language per run, no silent guess
        case .tieKind(let kind):
            switch kind {
            case .tie: return "vínculo"
            case .collaboration: return "colaboración"
            case .governance: return "gobernanza"
            case .agreement: return "convenio"
            case .funding: return "financiamiento"
            case .program: return "programa"
            case .mechanism: return "mecanismo"
            case .committee: return "comité"
            case .project: return "proyecto"
            case .workingTable: return "mesa"
            }
        case .keyPlayerObjective(let objective):
            switch objective {
            case .fragmentation: return "fragmentación F"
            case .distanceFragmentation: return "fragmentación por distancia DF"
            case .reach: return "alcance ponderado por distancia"
            case .stepReach: return "proporción alcanzada en {1} pasos"
            }
        case .keyPlayersNegativeTitle: return "Actores clave para la cohesión ({1}, k = {2}): "
        case .keyPlayersPositiveTitle: return "Actores que más alcanzan al resto ({1}, k = {2}): "
        case .keyPlayerTies: return "{1} conjuntos empatan en {2} = {3}; se muestra el primero en el orden del archivo."
        case .keyPlayerTiesAtLeast: return "Al menos {1} conjuntos empatan en {2} = {3}; se muestra el primero en el orden del archivo."
        case .robustnessOrder(let order):
            switch order {
            case .betweenness: return "mayor intermediación primero"
            case .degree: return "mayor grado primero"
            case .random: return "al azar"
            }
        case .suggestionObjective(let objective):
            switch objective {
            case .distanceFragmentation: return "DF"
            case .fragmentation: return "F"
            case .pairsWithinSteps: return "pares a {1} pasos o menos"
            case .eiIndex: return "índice E-I"
            }
        case .sortedByDefault: return " (orden: {1}, la medida por omisión de --top)"
        case .topWithoutSortNote: return "--top sin --sort: los {1} actores con mayor {2}"
        case .delimiterRead: return "{1}: campos separados por {2} (según la primera línea)"
        case .delimiterReadDecimalComma:
            return "{1}: campos separados por {2} (según la primera línea); los números pueden usar coma decimal"
        case .optionProblem(let problem): return ProblemsSpanish.option(problem)
        case .optionProblemFix(let problem): return ProblemsSpanish.optionFix(problem)
        case .writeFailure(let failure): return ProblemsSpanish.write(failure)
        case .writeFailureFix(let failure): return ProblemsSpanish.writeFix(failure)
        case .doctorGraphviz: return "Graphviz {1} (enlazado mediante libgvc)"
        case .doctorLayouts: return "diseños que acepta render (--layout): {1}"
        case .doctorFormats: return "formatos que escribe render (-o ARCHIVO.ext o --format): {1}"
        case .doctorNotInstalled: return "no instalados en esta Graphviz: {1}"
        case .doctorFont: return "tipografía: los diagramas piden «{1}»; fontconfig entrega {2}"
        case .doctorFontUnknown: return "tipografía: los diagramas piden «{1}»; no se puede consultar fontconfig ({2}): instale fontconfig (fc-match)"
        case .doctorAccents: return "acentos del español: {1} tienen glifo en {2}"
        case .doctorAccentsMissing: return "acentos del español: {1} no tienen glifo en {2}; instale fonts-dejavu-core"
        case .efficiency: return "eficiencia"
        case .glanceUnspecified:
            return "{1} de las instancias y vínculos vienen de un archivo que no dice en qué se basan (sin respaldo declarado)."
        // MARK: Issue 15 — diagrams that compare
        case .positionsNoClusters: return "con posiciones fijas no se dibujan las cajas de grupos"
        case .legendShape: return "Forma"
        case .legendArrangementNode: return "instancia (convenio, mesa, programa…) unida a sus miembros"
        case .unchanged: return "sin cambio"

        // MARK: Issue 15 — the committee report rebuilt
        case .summaryTitle: return "Resumen para el Comité"
        case .summaryScenariosTitle: return "Los {1} escenarios, lado a lado"
        case .summaryRecommendationTitle: return "Lo que sostienen los números"
        case .summaryTableNote:
            return "Ordenados de mayor a menor efecto (F, luego DF). Actores: los que el escenario involucra. ★ mejor valor de la columna: menos actores, partes, F, DF y vínculos de un solo canal; más E-I (más vínculos entre bloques) y más brechas cerradas."
        case .findingSplit:
            return "La red está dividida en {1} partes que no se comunican: {2} no tienen ningún vínculo con los otros {3} actores (F = {4}: {5} de los pares de actores no pueden alcanzarse)."
        case .findingConnected: return "Todos los actores se alcanzan entre sí (F = 0); en promedio están a {1} pasos unos de otros (DF = {2})."
        case .findingGapsBloc: return "{1} pares de bloques no tienen ningún vínculo, y todos incluyen a {2}: ningún actor de {2} se vincula con {3}."
        case .findingGaps: return "{1} pares de bloques no tienen ningún vínculo: {2}."
        case .findingNoGaps: return "Cada bloque tiene al menos un vínculo con cada uno de los demás."
        case .findingSingleChannel:
            return "{1} de los pares vinculados ({2} de {3}) dependen de una sola instancia o vínculo: si esa instancia se detiene, el vínculo se pierde."
        case .findingEIWithin: return "Los vínculos se quedan dentro de los bloques más de lo esperable por azar: E-I observado {1}, esperado {2} ({3})."
        case .findingEIAcross: return "Los vínculos cruzan los bloques más de lo esperable por azar: E-I observado {1}, esperado {2} ({3})."
        case .findingEIChance: return "La mezcla entre bloques no se distingue del azar: E-I observado {1}, esperado {2} ({3})."
        case .findingBroker: return "{1} es quien más une a actores que de otro modo quedarían lejos (intermediación {2}), seguido de {3}{4}."
        case .findingBrokerIsCut: return "; si saliera, la red se dividiría"
        case .networkAsItIs: return "Red actual"
        case .none: return "ninguna"
        case .allGapsAsNow: return "las {1} actuales"
        case .scenario: return "escenario"
        case .actorsInvolved: return "actores involucrados"
        case .componentsShort: return "partes"
        case .singleChannelShort: return "un solo canal"
        case .gapsClosed: return "brechas cerradas"
        case .gapsOpen: return "brechas abiertas"
        case .recommendationCutOff: return ": {1} sigue sin vínculos con el resto"
        case .recommendationLargestNoEffect:
            return "{1}, el escenario que más vínculos agrega (+{2} pares vinculados, {3} actores), deja F en {4}, mantiene {5} partes y deja abiertas las {6} brechas entre bloques{7}."
        case .recommendationLargest:
            return "{1}, el escenario que más vínculos agrega (+{2} pares vinculados, {3} actores), lleva F de {4} a {5} y deja {6} brechas entre bloques abiertas."
        case .recommendationNoCloser: return "Ningún escenario cierra las brechas entre bloques; el que más acerca a los actores es {1} (DF de {2} a {3})."
        case .closerLinks: return "{1} vincula a {2} con {3}"
        case .closerCloses: return "{1} cierra {2}"
        case .recommendationOneCloser: return "Solo un escenario cierra brechas entre bloques y baja F (de {2} a {3}): {1}."
        case .recommendationClosers: return "Solo estos escenarios cierran brechas entre bloques y bajan F (de {2} hasta {3}): {1}."
        case .recommendationBest: return "El escenario que más reduce la fragmentación es {1} (F de {2} a {3}; DF de {4} a {5})."
        case .componentWholeBloc: return "los {1} actores de {2}"
        case .partsTitle: return "Las partes de la red"
        case .partMain: return "La parte principal: {1} actores."
        case .partOther: return "Sin vínculo con la parte principal ({1}): {2}."
        case .quoted: return "«{1}»"
        case .sectionPointer: return "→ § {1}"
        case .pBelow: return "p < {1}"
        case .pEquals: return "p = {1}"
        case .contentsTitle: return "Contenido"
        case .pageLabel: return "Página {1} de {2}"
        case .who: return "quiénes"
        case .timingAnalysis: return "análisis de la red (métricas, fragmentación, E-I, intermediarios, redundancia)"
        case .timingLayout: return "disposición del mapa (una vez, para todos los diagramas)"
        case .timingScenarios: return "análisis de los escenarios"
        case .timingRobustness: return "robustez (ataque dirigido)"
        case .timingRobustnessRandom: return "robustez (salidas al azar)"
        case .timingSensitivity: return "sensibilidad"
        case .timingSuggestions: return "vínculos sugeridos"
        case .timingHTML: return "escritura del archivo"
        case .timingLine: return "  {1}: {2} s"
        case .glossaryTerm(let term):
            switch term {
            case .fragmentation: return "F (fragmentación)"
            case .distanceFragmentation: return "DF (fragmentación por distancia)"
            case .component: return "Parte (componente)"
            case .cutPoint: return "Punto de corte"
            case .keyPlayers: return "Actores clave"
            case .robustness: return "Robustez R"
            case .betweenness: return Message.methodName(.betweenness).spanish
            case .closeness: return Message.methodName(.closeness).spanish
            case .brokerageRoles: return Message.methodName(.brokerage).spanish
            case .constraint: return "Restricción"
            case .effectiveSize: return "Tamaño efectivo"
            case .eiIndex: return Message.methodName(.eiIndex).spanish
            case .singleChannel: return "Vínculo de un solo canal"
            case .blocGap: return "Brecha entre bloques"
            case .overlap: return "Superposición"
            case .phase: return "Fase"
            case .stability: return "Jaccard (estabilidad)"
            }
        case .glossaryDefinition(let term):
            switch term {
            case .fragmentation: return "proporción de pares de actores que no pueden alcanzarse por ningún camino; 0 = todos conectados, 1 = nadie conectado."
            case .distanceFragmentation: return "como F, pero cuenta también cuán lejos están los que sí se alcanzan; baja cuando los caminos se acortan."
            case .component: return "grupo de actores que se alcanzan entre sí y no tienen ningún vínculo con el resto."
            case .cutPoint: return "actor cuya salida divide la red en más partes."
            case .keyPlayers: return "los actores cuya salida conjunta más fragmentaría la red."
            case .robustness: return "proporción media de actores que siguen unidos mientras salen actores uno a uno; 0,5 es lo máximo posible."
            case .betweenness: return "qué parte de los caminos más cortos entre otros actores pasa por el actor: quién une a quienes de otro modo quedarían lejos."
            case .closeness: return "qué tan cerca está el actor de todos los demás (en pasos)."
            case .brokerageRoles: return "cómo un actor une a dos actores no vinculados entre sí, según sus bloques: dentro de su bloque, entre su bloque y otro, o entre dos bloques ajenos."
            case .constraint: return "cuánto dependen los contactos de un actor unos de otros; menor restricción = más oportunidades de unir a quienes no se conocen."
            case .effectiveSize: return "cuántos contactos del actor no están vinculados entre sí (contactos no redundantes)."
            case .eiIndex: return "vínculos entre bloques menos vínculos dentro de los bloques, sobre el total: −1 todos dentro, +1 todos entre bloques; se compara con lo que daría el azar con los mismos bloques."
            case .singleChannel: return "par de actores que se vincula por una sola instancia o vínculo directo: si esa instancia se detiene, el vínculo se pierde."
            case .blocGap: return "par de bloques sin ningún vínculo entre sus actores."
            case .overlap: return "proporción de miembros que dos instancias comparten: posible duplicación de esfuerzos."
            case .phase: return "un tramo de la hoja de ruta: su red es la de la fase anterior más sus recomendaciones, mirada durante su período."
            case .stability: return "de los pares vinculados antes o después entre los actores presentes en ambas, la proporción vinculada antes y después: 1 = nada cambió; bajo 0,3, un cambio profundo."
            }
        case .mixingCaption: return "Vínculos entre bloques (filas × columnas); la diagonal cuenta los vínculos dentro de cada bloque."
        case .mixingNote: return "Color: densidad, de blanco (ningún par vinculado) a azul oscuro (todos los pares vinculados)."
        case .brokerCoordinator: return "{1} une {2} pares de actores de su propio bloque ({3}) que no tienen vínculo directo entre sí (coordinador)."
        case .brokerItinerant: return "{1} ({3}) une {2} pares de actores de un mismo bloque que no es el suyo (itinerante)."
        case .brokerRepresentative: return "{1} lleva {2} vínculos desde su bloque ({3}) hacia otros bloques (representante)."
        case .brokerGatekeeper: return "{1} trae {2} vínculos desde otros bloques hacia su bloque ({3}) (guardián)."
        case .brokerLiaison: return "{1} ({3}) une {2} pares de actores de dos bloques distintos, ninguno el suyo (enlace)."
        case .brokerBetweenOwnAndOther: return "{1} une {2} pares formados por un actor de su bloque ({3}) y uno de otro bloque (representante y guardián)."
        case .territoriesTitle: return "Territorios"
        case .territoryLead: return "La red cubre {1} territorios. La fuente prioriza {2}{3}."
        case .territoryLeadNoPriority: return "La red cubre {1} territorios."
        case .territoryPriorityFor: return " para {1}"
        case .territorySourceSays: return " (fuente: «{1}»)"
        case .territoryNoEMTP: return "{1} no tiene oferta EMTP{2}."
        case .territoryNoEMTPNoActors: return "{1} no tiene oferta EMTP{2}; ningún actor del modelo está allí."
        case .territoryActorsTitle: return "Actores por territorio y bloque"
        case .territoryTableNote: return "★ territorio prioritario según la fuente; ∅ sin oferta EMTP; · ningún actor. Un actor que opera en varios territorios cuenta en cada uno."
        case .territoryArrangementsTitle: return "Instancias que llegan a cada territorio"
        case .arrangementsWord: return "instancias"
        case .andMore: return "{1} y {2} más"
        case .territoryFewest: return "De los territorios prioritarios, {1} es al que menos instancias llegan hoy: {2} ({3})."
        case .territoryScenariosTitle: return "¿Llega cada escenario a los territorios prioritarios?"
        case .territoryScenariosNote: return "En cada celda, los actores propios del territorio (que operan solo allí) que ganan al menos un vínculo con el escenario; — ninguno."
        case .territoryUnreached: return "Ningún escenario llega a {1}."
        case .priorityTerritory: return "territorio prioritario"
        case .scenarioOutcome:
            return "Agrega {1} pares vinculados y pide algo a {2} actores. F pasa de {3} a {4}, DF de {5} a {6} y las partes de {7} a {8}; {9}."
        case .noGapClosed: return "no cierra ninguna brecha entre bloques"
        case .gapsClosedNamed: return "cierra las brechas {1}"
        case .scenarioTableCaption: return "«{1}»: antes y después"
        case .scenarioRolesGained: return "; gana los roles de {1}"
        case .scenarioMoverUp: return "Quien más gana en intermediación: {1} (de {2} a {3}){4}."
        case .scenarioMoverDown: return "Quien más pierde en intermediación: {1} (de {2} a {3}){4}."
        case .evidenceLead: return "Cada cita de la fuente (o razón de un supuesto) una sola vez, con las instancias y vínculos que se apoyan en ella."
        case .reportUnknownFormat: return "el informe no se escribe en archivos '{1}'"
        case .reportUnknownFormatFix: return "use -o informe.html (un archivo autocontenido) o -o informe.md (Markdown con los SVG al lado)"
        case .reportPDFRefused: return "el informe no se escribe directamente en PDF"
        case .reportPDFRefusedFix: return "escriba el HTML (-o {1}) y ábralo en un navegador → Imprimir → Guardar como PDF (A4), o: chromium --headless --no-pdf-header-footer --print-to-pdf={2} {1}"
        case .allOtherBlocs: return "los otros {1} bloques"
        case .andMoreElements: return "y {1} más"

        // MARK: Issue 19 — diagrams for slides and the map
        case .legendKindHidesEvidence: return "El color y el trazo muestran el tipo de canal; el respaldo no se dibuja («--edge-by status» lo dibuja)"
        case .focusActors: return "Foco: {1} y cada actor a distancia {2} o menos"
        case .focusBloc: return "Foco: los actores de {1} y los vínculos entre ellos"
        case .focusArrangement: return "Foco: los integrantes de {1} y los vínculos entre ellos"
        case .focusContextGrey: return "(el resto en gris)"
        case .geoRegionalBand: return "Actores de toda la región"
        case .geoLatitudeSouth: return "{1}° S"
        case .geoLatitudeNorth: return "{1}° N"
        case .geoLongitudeWest: return "{1}° O"
        case .geoLongitudeEast: return "{1}° E"
        case .geoNoEMTP: return "(sin EMTP)"
        case .geoPriority: return "★ Territorios prioritarios: {1}{2}"
        case .geoReached: return "El escenario llega a {1}; no llega a {2}"
        case .geoLeaderLines:
            return "Una línea de puntos une a cada actor con su territorio; un actor de varios territorios está en el primero de su lista"
        case .geoNoCoordinates: return "--layout geo necesita territorios con coordenadas, y los de esta red no tienen"
        case .geoNoCoordinatesFix:
            return "agregue lat y lon a las entradas del bloque `territories:` del archivo (grados decimales; la coma decimal, entre comillas), o use otro diseño"
        case .positionsMissing: return "no se puede leer el archivo de posiciones: no existe"
        case .positionsIsFolder: return "no se puede leer el archivo de posiciones: es una carpeta"
        case .positionsNotJSON: return "el archivo de posiciones no es JSON"
        case .positionsNotALayout: return "este JSON no es un archivo de posiciones de Redes (no tiene \"format\": \"redes-layout\")"
        case .positionsVersion: return "el archivo de posiciones tiene la versión {1}; este Redes lee la versión {2}"
        case .positionsInvalid: return "el archivo de posiciones tiene un valor erróneo o ausente en '{1}'"
        case .positionsFix: return "escriba el archivo con `redes render RED -o dibujo.svg --save-positions ARCHIVO.json`"
        case .positionsUnknownActors: return "{1}: {2} actores del archivo de posiciones no están en esta red y se omiten: {3}"
        case .positionsNewActors: return "{1}: {2} actores no tenían posición y se ubicaron cerca de sus vecinos: {3}"
        case .doctorLayoutRule:
            return "diseño por omisión (--layout): neato (sin solapamientos) para una red de un modo de hasta {1} actores, sfdp si tiene más; fdp con --cluster-by; neato con --two-mode; geo ubica a cada actor en su territorio"
        case .doctorFonts: return "familias tipográficas que conoce fontconfig (--font): {1}"
        case .withMetricsFormat: return "los archivos {1} no guardan atributos de los actores: las métricas de --with-metrics se perderían"
        case .withMetricsFormatFix: return "escriba .gexf, .graphml, .json o .csv, u omita --with-metrics"
        case .gexfWithoutLayout: return "{1} nodos son demasiados para distribuirlos: el GEXF tiene colores pero no posiciones ni tamaños"
        // MARK: Issue 18 — comparaciones, olas y hoja de ruta
        case .compareTitle: return "Comparación: A = {1} → B = {2}"
        case .compareActors: return "Actores: {1} entran, {2} salen, {3} siguen"
        case .compareEntered: return "entran: {1}"
        case .compareLeft: return "salen: {1}"
        case .compareLinks: return "Pares vinculados: {1} ganados, {2} perdidos, {3} se mantienen"
        case .compareStability: return "Estabilidad entre los {1} actores presentes en ambas: Jaccard {2}, Hamming {3} ({4} ganados, {5} perdidos)"
        case .compareStabilityUndefined: return "Estabilidad entre los {1} actores presentes en ambas: Jaccard indefinido (ningún par vinculado en ninguna)"
        case .compareJaccardLow:
            return "nota: Jaccard menor que {1}: las dos versiones difieren demasiado para un modelo estocástico orientado al actor entre ellas (Snijders, van de Bunt y Steglich 2010)"
        case .compareChannelKind: return "canal"
        case .compareGained: return "ganados"
        case .compareLost: return "perdidos"
        case .compareKept: return "se mantienen"
        case .compareByKind: return "Pares vinculados por tipo de canal"
        case .compareByGroupPair: return "Pares vinculados por par de {1}"
        case .compareTies: return "Vínculos directos (mismos extremos y tipo): {1} ganados, {2} perdidos, {3} se mantienen"
        case .compareGainedList: return "ganados: {1}"
        case .compareLostList: return "perdidos: {1}"
        case .compareWeights: return "cambios de peso: {1}"
        case .compareWeightChange: return "{1} de {2} a {3}"
        case .compareArrangements: return "Instancias: {1} creadas, {2} terminadas, {3} se mantienen"
        case .compareCreated: return "creadas: {1}"
        case .compareEnded: return "terminadas: {1}"
        case .compareMembership: return "{1}: entran {2}; salen {3}"
        case .compareEvidence: return "Cambió el respaldo de {1} elementos:"
        case .compareEvidenceLine: return "{1}: {2} → {3}"
        case .compareNetwork: return "La red"
        case .compareMeasureColumn: return "según"
        case .compareMovers: return "Los actores que más cambian"
        case .compareNoMovers: return "ningún actor presente en ambas cambia de posición"
        case .compareRoles: return "Roles de intermediación (Gould y Fernández) que cambian"
        case .compareRolesGained: return "gana {1}"
        case .compareRolesLost: return "pierde {1}"
        case .sideAt: return "{1} en {2}"
        case .sideScenario: return "{1} con “{2}”"
        case .roadmapTitle: return "Hoja de ruta: {1}"
        case .roadmapPhase: return "fase"
        case .roadmapPeriod: return "período"
        case .roadmapKey: return "  F: pares de actores que no se alcanzan; DF: lo mismo, contando cuán lejos están (0 = todos unidos, 1 = ninguno)"
        case .roadmapChanges: return "Lo que cambia cada fase"
        case .roadmapChangeLine: return "{1}: {2}; {3} pares vinculados ganados y {4} perdidos; instancias creadas: {5}; terminadas: {6}"
        case .periodFrom: return "desde {1}"
        case .periodUntil: return "hasta {1}"
        case .indicatorCoverage: return "cobertura de indicadores"
        case .roadmapNow: return "hoy"
        case .roadmapSectionTitle: return "La hoja de ruta, fase por fase"
        case .timingRoadmap: return "hoja de ruta (un análisis por fase)"
        case .timingRoadmapLayout: return "mapa de la hoja de ruta (una vez, para todas las fases)"
        case .roadmapLead:
            return "La hoja de ruta tiene {1} fases. De la red actual al final de {2}, F pasa de {3} a {4}, DF de {5} a {6} y los pares de bloques sin ningún vínculo de {7} a {8}."
        case .roadmapLeadNoChange: return "La hoja de ruta tiene {1} fases; ninguna cambia F, DF ni las brechas entre bloques."
        case .roadmapChartCaption: return "Las cifras tras cada fase (cada panel tiene su propia escala; 0 es la red actual)."
        case .roadmapTableCaption: return "La red actual y tras cada fase"
        case .roadmapPhaseHeading: return "{1} ({2})"
        case .roadmapPhaseChanges:
            return "Incorpora {1}. Agrega {2} pares vinculados y pierde {3}; entran {4} actores y salen {5}; instancias creadas: {6}; terminadas: {7}."
        case .roadmapPhaseDiagram: return "{1}: lo que la fase agrega (grueso, negro) y lo que termina (punteado, gris) en el mapa de toda la hoja de ruta."
        case .roadmapPhaseTableCaption: return "«{1}»: antes y después de la fase"
        case .roadmapPhaseJaccard: return "De los vínculos entre los actores presentes en ambas, se mantiene {1} (Jaccard)."
        case .roadmapMapNote: return "Todas las fases se dibujan en un mismo mapa hecho para toda la hoja de ruta: cada actor conserva su lugar de una fase a otra, y solo cambian las líneas."

        // MARK: Issue 20 — the interactive map
        case .explorer(let word):
            switch word {
            case .subtitle: return "Mapa interactivo · {1} · Redes {2}"
            case .skipToDrawing: return "Ir al dibujo"
            case .showControls: return "Búsqueda y filtros"
            case .needsScript: return "Sin JavaScript solo se ve el dibujo de la red actual: para buscar, filtrar y leer los datos de cada actor, abra este archivo en un navegador con JavaScript activado."
            case .largeNetwork: return "Una red de {1} actores: los nombres no se dibujan; busque un actor o pase el cursor sobre él."
            case .searchLabel: return "Buscar un actor"
            case .searchPlaceholder: return "Nombre o sigla"
            case .searchNone: return "Ningún actor coincide con «{1}»."
            case .searchOne: return "1 actor coincide:"
            case .searchMany: return "{1} actores coinciden:"
            case .searchMore: return "y {1} más: escriba más letras"
            case .viewLabel: return "Red o escenario"
            case .viewBaseSummary: return "La red como está: {1} actores y {2} pares vinculados."
            case .viewSummary: return "Agrega {1} pares vinculados y quita {2}; cada actor queda en su lugar."
            case .sizeLabel: return "Tamaño de los actores según"
            case .sizeEqual: return "ninguna (el del nombre)"
            case .filtersTitle: return "Mostrar"
            case .filterKind: return "tipo de canal"
            case .selectAll: return "todos"
            case .selectNone: return "ninguno"
            case .noValue: return "(sin dato)"
            case .visibleActors: return "{1} de {2} actores a la vista"
            case .filtersHidden: return "Ocultos por los filtros: {1}"
            case .zoomIn: return "Acercar"
            case .zoomOut: return "Alejar"
            case .zoomFit: return "Ver todo"
            case .saveSVG: return "Guardar SVG"
            case .savePNG: return "Guardar PNG"
            case .printView: return "Imprimir"
            case .fileName: return "mapa"
            case .legendTitle: return "Leyenda"
            case .drawingLabel: return "Dibujo de la red, {1} actores. Tab recorre los actores y Enter abre sus datos; + y − acercan y alejan; las flechas mueven el dibujo."
            case .drawingTools: return "Herramientas del dibujo"
            case .actorLabel: return "{1}, {2}: abrir sus datos"
            case .panelEmpty: return "Elija un actor en el dibujo (con un clic, o con Tab y Enter) o con la búsqueda para leer sus métricas, las instancias en que participa y el respaldo de cada vínculo."
            case .panelClose: return "Cerrar"
            case .panelDiagnosis: return "Diagnóstico: {1}"
            case .panelMetrics: return "Métricas: {1}"
            case .panelAbout: return "Datos del actor"
            case .panelArrangements: return "Instancias en que participa ({1})"
            case .panelTies: return "Vínculos directos ({1})"
            case .panelNeighbours: return "Se vincula con {1} actores: {2}"
            case .leads: return "la convoca"
            case .actorRemoved: return "Este escenario quita a este actor de la red."
            case .actorAdded: return "Este escenario agrega a este actor a la red."
            case .noArrangements: return "No participa en ninguna instancia."
            case .reasonLine: return "Razón: {1}"
            case .sourceLine: return "Fuente: {1}"
            case .tipChannels: return "Canales: {1}"
            case .fullName: return "nombre completo"
            case .no: return "no"
            }
        case .exploreNotHTML: return "el mapa interactivo es un archivo HTML, no un archivo '{1}'"
        case .exploreNotHTMLFix: return "use -o mapa.html (un archivo que se abre con doble clic, sin red ni servidor)"
        case .exploreOverBudget: return "{1}: el mapa pesa {2} MB, más de {3} MB: puede abrirse lento en un teléfono (menos --scenario, menos dibujos)"
        // MARK: Issue 21 — encuesta de vínculos
        case .survey(let message): return message.spanish
        case .surveyProblem(let problem): return ProblemsSpanish.survey(problem)
        case .surveyProblemFix(let problem): return ProblemsSpanish.surveyFix(problem)
        // Issue 17 — the indicator board
        case .board(let entry): return entry.spanish
        }
    }
}

// MARK: Issue 21 — encuesta de vínculos
extension SurveyMessage {
    /// The message in Spanish.
    public var spanish: String {
        switch self {
        case .column(let column):
            switch column {
            case .respondent: return "encuestado"
            case .actor: return "actor"
            case .bloc: return "bloque"
            case .collaborates: return "colabora"
            case .frequency: return "frecuencia"
            case .channel1: return "canal 1"
            case .channel2: return "canal 2"
            case .channel3: return "canal 3"
            case .role: return "rol"
            }
        case .frequency(let frequency):
            switch frequency {
            case .never: return "nunca"
            case .yearly: return "anual"
            case .quarterly: return "trimestral"
            case .monthly: return "mensual"
            case .weekly: return "semanal"
            }
        case .answer(let answer): return answer == .yes ? "sí" : "no"
        case .sheetSurvey: return "encuesta"
        case .sheetInstructions: return "instrucciones"
        case .sheetLists: return "listas"
        case .templateTitle: return "Encuesta de vínculos: {1}"
        case .instructionRows:
            return "Cada fila pregunta por un par: la organización que responde (encuestado) y otra organización de la red (actor), agrupadas por bloque."
        case .instructionAnswer:
            return "En «colabora» escriba sí si su organización trabaja con ese actor, o no. Una fila en blanco cuenta como no."
        case .instructionFrequency: return "Si escribe sí, en «frecuencia» indique cada cuánto: anual, trimestral, mensual o semanal."
        case .instructionChannels:
            return "En «canal 1» a «canal 3», a través de qué trabajan juntos: un tipo de instancia o una instancia de la red (la hoja listas las muestra todas)."
        case .instructionChannelsCSV:
            return "En «canal 1» a «canal 3», a través de qué trabajan juntos: un tipo de instancia o una instancia de la red (vea la lista más abajo)."
        case .instructionRole: return "En «rol», con sus palabras, qué hace ese actor en el trabajo conjunto."
        case .instructionKeep: return "No cambie las columnas encuestado, actor ni bloque, ni la fila de títulos."
        case .instructionReturnCSV: return "Guarde el archivo como CSV UTF-8 y devuélvalo."
        case .instructionReturnSpreadsheet: return "Guarde el archivo tal como está (.xlsx) y devuélvalo."
        case .channelsList: return "Canales posibles: {1}"
        case .validationTitle: return "Valor fuera de la lista"
        case .validationAnswer: return "Escriba sí o no."
        case .validationFrequency: return "Elija una frecuencia de la lista."
        case .validationChannel: return "Elija un canal de la lista (o escriba varios separados por ;)."
        case .templateWritten: return "{1}: {2} filas: {3} encuestados, cada uno sobre los otros {4} actores"
        case .templateSeparator: return "{1}: campos separados por {2}, UTF-8 con marca de orden de bytes (lo que una planilla en español abre en columnas)"
        case .missingDate: return "falta la fecha de la encuesta"
        case .missingDateFix: return "agregue --date AAAA-MM (cuándo se respondió la encuesta, p. ej. --date 2026-03)"
        case .importTitle: return "Encuesta {1} ({2})"
        case .responseRate: return "Tasa de respuesta: respondieron {1} de {2} actores ({3})."
        case .responded: return "respondieron"
        case .rate: return "tasa"
        case .nonRespondents: return "No respondieron: {1}."
        case .everyoneResponded: return "Respondieron todos los actores."
        case .pairsNamed: return "Pares nombrados: {1}"
        case .agreement(let agreement):
            switch agreement {
            case .confirmed: return "confirmado"
            case .conflicting: return "frecuencia en conflicto"
            case .unconfirmed: return "no confirmado"
            case .unanswered: return "la otra parte no respondió"
            }
        case .agreementMeaning(let agreement):
            switch agreement {
            case .confirmed: return "los dos se nombran, con la misma frecuencia (o uno sin frecuencia)"
            case .conflicting: return "los dos se nombran, con frecuencias distintas"
            case .unconfirmed: return "uno nombra al otro, que respondió y no lo nombró"
            case .unanswered: return "uno nombra al otro, que no respondió la encuesta"
            }
        case .conflicts: return "Frecuencias en conflicto:"
        case .conflictLine: return "{1}: {2} dice {3}, {4} dice {5}"
        case .rule(let rule):
            switch rule {
            case .union: return "Regla unión: hay vínculo cuando cualquiera de las dos partes lo nombra; los que nombran ambas muestran dos encuestados en su evidencia."
            case .intersection: return "Regla intersección: hay vínculo solo cuando ambas partes lo nombran."
            case .max: return "Regla máximo: hay vínculo cuando cualquiera de las dos partes lo nombra, con el peso de la frecuencia mayor (anual 1 … semanal 4)."
            case .min: return "Regla mínimo: hay vínculo solo cuando ambas partes lo nombran, con el peso de la frecuencia menor (anual 1 … semanal 4)."
            }
        case .ruleTies: return "Se escriben {1} vínculos reportados."
        case .reconstruction:
            return "Un vínculo con un actor que no respondió se toma de la única respuesta que hay (reconstrucción, Stork y Richards 1992)."
        case .nowReported: return "Vínculos supuestos (ilustrativos) que la encuesta ahora respalda: {1}."
        case .kept: return "Vínculos documentados que la encuesta también reporta (quedan como están): {1}."
        case .notSupported: return "Vínculos supuestos que ninguna de las dos partes nombró (se mantienen; revíselos): {1}."
        case .takenFromScenarios: return "Vínculos que un escenario proponía y la encuesta ya reporta (se quitan del escenario): {1}."
        case .networkWritten: return "{1}: la red con la encuesta ({2} vínculos reportados)"
        case .noOutputNote: return "sin -o la red no se escribe: agregue -o ARCHIVO.yaml"
        case .ignoredColumns: return "{1}: columnas que no se leen: {2}"
        case .moreProblems: return "… y {1} problemas más"
        case .columnLetter: return "columna {1}"
        case .pairs: return "pares"
        case .meaning: return "significado"
        case .agreementHeader: return "acuerdo"
        case .missingTitle: return "Sensibilidad a la falta de respuesta: en cada corrida se quitan las respuestas de {1} de {2} encuestados ({3})"
        case .missingExhaustive: return "cada uno de los {1} subconjuntos"
        case .missingSampled: return "{1} subconjuntos al azar, semilla {2}"
        case .finding: return "hallazgo"
        case .fullNetwork: return "red completa"
        case .mean: return "media"
        case .interval90: return "90 % de las corridas"
        case .stable: return "estable"
        case .rankingRow(let ranking):
            switch ranking {
            case .betweenness: return "orden por intermediación (ρ)"
            case .degree: return "orden por grado (ρ)"
            case .closeness: return "orden por cercanía (ρ)"
            }
        case .runsAbove: return "{1} (ρ ≥ 0,8 en {2} de las corridas)"
        case .tiesLost: return "Vínculos reportados que se pierden por corrida: {1} en promedio (a lo más {2})."
        case .stableBrokers: return "Intermediarios estables (entre los 5 de mayor intermediación en al menos el 80 % de las corridas): {1}."
        case .noReportedTies: return "la red no tiene vínculos reportados por una encuesta"
        case .noReportedTiesFix: return "importe las respuestas con `redes survey import … -o ARCHIVO.yaml` y analice ese archivo"
        case .dropRateWithMissing: return "--drop-rate no se usa con --missing-respondents"
        case .dropRateWithMissingFix: return "use --missing-share para la proporción de encuestados cuyas respuestas se quitan"
        case .provenanceTitle: return "De dónde vienen las instancias y los vínculos"
        case .provenanceLead:
            return "{1} de los {2} vínculos directos vienen de la encuesta «{3}» ({4}): {5} los nombran ambas partes y {6} una sola."
        case .provenanceRespondents: return "{1} de los {2} actores nombraron al menos un vínculo en la encuesta."
        case .origin: return "origen"
        case .directTies: return "vínculos directos"
        case .assumption: return "supuesto del mapa"
        case .evidenceBothSides: return "Nombrado en la encuesta por ambas partes ({1})."
        case .evidenceOneSide: return "Nombrado en la encuesta por una sola parte ({1}); entre paréntesis, quién lo nombra."
        case .missingReportTitle: return "Si faltaran respuestas de la encuesta"
        case .glanceReported: return "{1} vienen de una encuesta (vea «{2}» más abajo)."
        case .missingReportLead:
            return "Sin las respuestas de {1} de los {2} encuestados ({3}), el orden por intermediación se mantiene (ρ ≥ 0,8) en {4} de las corridas, por grado en {5} y por cercanía en {6}; F queda entre {7} y {8} y DF entre {9} y {10} en el 90 % de las corridas (Smith y Moody 2013)."
        }
    }
}

// MARK: Issue 17 — the indicator board
extension BoardMessage {
    /// The entry in Spanish.
    public var spanish: String {
        switch self {
        case .role(let role):
            switch role {
            case .produces: return "produce"
            case .reports: return "reporta"
            case .validates: return "valida"
            case .uses: return "usa"
            }
        case .level(let level): return level == .population ? "población" : "desempeño"
        case .column(let column):
            switch column {
            case .indicator: return "indicador"
            case .indicatorName: return "nombre del indicador"
            case .actor: return "actor"
            case .actorName: return "nombre del actor"
            case .bloc: return "bloque"
            case .custodian: return "custodio"
            case .role: return "rol"
            case .baselinePeriod: return "período línea base"
            case .baseline: return "línea base"
            case .targetPeriod: return "período meta"
            case .target: return "meta"
            }
        case .gap(let gap):
            switch gap {
            case .noCustodian: return "Sin custodio (nadie responde por la cifra)"
            case .singleProducer: return "Un solo productor (si ese actor deja de producirla, no hay cifra)"
            case .producersWithoutUsers: return "Se produce, pero nadie la usa"
            case .usersWithoutProducers: return "Alguien la usa, pero nadie la produce"
            case .suppliersWithoutChannel:
                return "Quien aporta el dato no comparte instancia ni vínculo con el custodio (el dato no tiene por dónde viajar)"
            case .receiversWithoutChannel: return "El custodio no comparte instancia ni vínculo con quien recibe la cifra"
            case .missingValues: return "Sin línea base o sin meta"
            case .actorsProducingForNobody: return "Actores que producen datos que nadie usa"
            }
        case .title: return "Tablero de indicadores: {1}"
        case .summary: return "{1} indicadores; {2} actores tienen un papel en el tablero."
        case .noIndicators: return "La red no declara indicadores: agréguelos en `indicators:` (README, «Tablero de indicadores»)."
        case .indicatorsTitle: return "Indicadores"
        case .levelHeader: return "nivel"
        case .gapsTitle: return "Dónde el tablero está ciego"
        case .noGap: return "ninguno"
        case .missingBaseline: return "sin línea base"
        case .missingTarget: return "sin meta"
        case .missingBoth: return "sin línea base ni meta"
        case .coverageActors:
            return "Cobertura: actor × indicador (C custodio, P produce, R reporta, V valida, U usa; ve: cifras que le llegan)"
        case .sees: return "ve"
        case .outOf: return "{1} de {2}"
        case .noPart: return "Sin papel en el tablero: {1} actores."
        case .coverageBlocs: return "Cobertura: bloque × indicador (cuántos actores del bloque en cada papel)"
        case .columnsKey: return "Columnas: {1}"
        case .flowTitle: return "Flujo de datos (quien produce → custodio → quien usa)"
        case .figureReaches: return "la cifra llega a"
        case .usersReached: return "usuarios alcanzados"
        case .blockedSteps: return "pasos sin canal"
        case .committeeSees: return "el comité la ve"
        case .committeeSeesCount: return "el comité ve"
        case .notSeen: return "no"
        case .steps: return "{1} ({2} pasos)"
        case .oneStep: return "{1} (1 paso)"
        case .allIndicators: return "los {1} indicadores"
        case .committee: return "El comité ({1}: {2}) ve {3} de {4} indicadores a dos pasos o menos."
        case .committeeUnseen: return " No ve: {1}."
        case .committeeAll: return " Los ve todos."
        case .noCommittee:
            return "La red no tiene comité (una instancia de tipo comité): --committee ID mide lo que ven los miembros de una instancia."
        case .flowReach: return "Las cifras llegan a {1} actores, y a {2} de los {3} usuarios declarados."
        case .scenariosTitle: return "Escenarios: lo que cambia en el tablero"
        case .scenario: return "escenario"
        case .baseNetwork: return "red base"
        case .gaps: return "brechas"
        case .diagramIndicator: return "indicador (borde discontinuo: sin custodio)"
        case .diagramLines: return "Línea: papel (la flecha sigue al dato)"
        case .diagramGrey: return "Línea gris: la cifra no pasa (sin canal, sin custodio o sin quien aporte el dato)"
        case .committeeMembers: return "miembros del comité"
        case .templateEmpty: return "la red no declara indicadores: la plantilla solo tiene su encabezado"
        case .importUntouched: return "{1}: sin filas en la plantilla; se conservan como estaban"
        case .sectionTitle: return "Tablero de indicadores"
        case .reportLead: return "El tablero tiene {1} indicadores: {2} sin custodio, {3} con un solo productor y {4} sin línea base o sin meta."
        case .reportAssumed:
            return "{1} de los {2} indicadores se basan en supuestos (evidencia ilustrativa): quién produce, custodia y usa cada cifra es una decisión de modelación, con su razón en el archivo de la red."
        case .valuesHeader: return "línea base → meta"
        case .reportDiagram: return "Quién produce, custodia, valida y usa cada indicador. Las líneas grises marcan dónde la cifra no pasa."
        case .reportFlowTitle: return "Cómo viajan los datos y qué ve el comité"
        case .blocsWithoutPart: return "Sin papel en el tablero: {1}."
        case .bestScenario:
            return "Con {1}, el comité ve {2} de {3} indicadores (hoy {4}) y quedan {5} pasos sin canal (hoy {6})."
        case .othersUnchanged: return "Los demás escenarios no cambian el tablero."
        case .noScenarioChanges: return "Ningún escenario cambia el tablero."
        case .glossaryTerm(let term):
            switch term {
            case .custodian: return "Custodio"
            case .parts: return "Produce · reporta · valida · usa"
            case .stepWithoutChannel: return "Paso sin canal"
            case .level: return "Población · desempeño"
            }
        case .glossaryDefinition(let term):
            switch term {
            case .custodian: return "el único actor que responde por la cifra: la compila y la publica; sin custodio, nadie la compila."
            case .parts: return "quién genera el dato, quién lo hace llegar al custodio, quién revisa su calidad y quién decide con la cifra."
            case .stepWithoutChannel:
                return "dos actores del recorrido de una cifra (quien la produce y el custodio, o el custodio y quien la usa) que no comparten instancia ni vínculo: el dato no tiene por dónde pasar."
            case .level:
                return "un indicador de población mide una condición de toda una población, que ningún programa controla solo; uno de desempeño, cómo funciona un programa (Friedman, Results-Based Accountability)."
            }
        // MARK: Issue 20 — board in the map
        case .mapActorGapsTitle: return "Brechas del tablero que lo involucran"
        case .mapActorPart: return "Participa en {1} de los {2} indicadores; cifras que le llegan: {3}."
        case .mapNoPart: return "No tiene papel en ningún indicador."
        case .mapNoCommittee: return "La red no tiene comité (una instancia de tipo comité), así que el mapa no mide qué indicadores ve un comité."
        case .mapUnchanged: return "Este escenario no cambia el tablero."
        case .mapChanges: return "Con este escenario quedan {1} pasos sin canal (hoy {2}) y {3} brechas (hoy {4})."
        case .mapSightGains: return "El comité pasa a ver: {1}."
        case .mapSightLoses: return "El comité deja de ver: {1}."
        }
    }
}
