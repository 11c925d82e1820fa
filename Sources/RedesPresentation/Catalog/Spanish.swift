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
            case .disconnected: return "la red no es conexa"
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
            return "Índice E-I = {1} (−1 todo dentro de los bloques, +1 todo entre bloques): los vínculos se quedan dentro de los bloques más de lo esperable por azar (p = {2}, {3} permutaciones)."
        case .eiAcross:
            return "Índice E-I = {1} (−1 todo dentro de los bloques, +1 todo entre bloques): los vínculos cruzan los bloques más de lo esperable por azar (p = {2}, {3} permutaciones)."
        case .eiChance:
            return "Índice E-I = {1} (−1 todo dentro de los bloques, +1 todo entre bloques): no se distingue del azar (p ≥ {2}, {3} permutaciones)."
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
        case .glanceTitle: return "1. La red en un vistazo"
        case .glanceLead:
            return "La red reúne {1} actores en {2} bloques, unidos por {3} instancias de articulación (convenios, mesas, programas, mecanismos) y {4} vínculos directos."
        case .glanceEvidence:
            return "{1} de las instancias y vínculos están documentados en una fuente; {2} son supuestos ilustrativos y {3} son propuestas."
        case .glanceSources: return "Fuentes"
        case .glanceDiagram:
            return "Actores coloreados por bloque; líneas continuas: documentadas, discontinuas: ilustrativas, punteadas: propuestas; el tamaño indica la intermediación."
        case .fragmentationTitle: return "2. Fragmentación"
        case .fragmentationLeadSplit:
            return "La red está dividida en {1} partes que no se comunican entre sí; si además salieran {2}, la fragmentación F pasaría de {3} a {4}."
        case .fragmentationLeadConnected: return "Todos los actores se alcanzan entre sí; si salieran {1}, la fragmentación F pasaría de 0 a {2}."
        case .fragmentationKeyPlayers: return "Actores clave (Borgatti 2006): los {1} cuya salida más fragmentaría la red son {2} ({3})."
        case .robustnessChart:
            return "Proporción de actores en la componente mayor a medida que salen actores: primero los de mayor intermediación (línea llena) o al azar (promedio de {1} corridas, línea discontinua)."
        case .robustnessSentence:
            return "Si salen primero los actores que más conectan, la componente mayor cae a la mitad tras {1} salidas; al azar, la robustez R es {2} frente a {3} en el ataque dirigido (0,5 es el máximo)."
        case .robustnessAxisRemoved: return "actores que salen"
        case .robustnessAxisLargest: return "en la componente mayor"
        case .robustnessTargeted: return "mayor intermediación primero"
        case .robustnessRandom: return "al azar"
        case .connectTitle: return "3. Quién conecta a quién"
        case .connectLead: return "{1} es quien más conecta a actores que de otro modo quedarían lejos (intermediación {2})."
        case .connectTop: return "Actores más centrales"
        case .connectBrokers: return "Intermediarios por rol (Gould y Fernández 1989)"
        case .connectHoles: return "Agujeros estructurales (Burt 1992): menor restricción = más oportunidades de intermediar"
        case .connectMixing: return "Vínculos y densidad entre bloques"
        case .redundancyTitle: return "4. Redundancia y brechas"
        case .redundancyLead: return "{1} de los {2} pares vinculados dependen de una sola instancia o vínculo: si esa instancia se detiene, el vínculo desaparece."
        case .redundancyOverlaps: return "Instancias superpuestas (posible duplicación de esfuerzos)"
        case .redundancyNoOverlaps: return "No hay instancias con miembros superpuestos en 50 % o más."
        case .redundancyDependencies: return "Instancias de las que dependen vínculos únicos"
        case .redundancyGaps: return "Pares de bloques sin vínculo directo"
        case .redundancyNoGaps: return "Todos los pares de bloques tienen al menos un vínculo directo."
        case .onlyThrough: return "solo a través de"
        case .scenariosTitle: return "5. Escenarios"
        case .scenariosLead: return "Se evalúan {1} escenarios de la propuesta; cada uno se compara con la red actual con las mismas medidas."
        case .scenarioLead: return "Con «{1}», la fragmentación por distancia DF pasaría de {2} a {3} y el índice E-I de {4} a {5}."
        case .scenarioDiagram: return "Escenario «{1}»: en rojo anaranjado lo que se agrega; en gris lo que se quita."
        case .scenariosNone: return "El archivo no define escenarios."
        case .reportSuggestionsTitle: return "Vínculos nuevos que más acercarían a la red"
        case .suggestionsLead: return "Los {1} vínculos nuevos que más reducen la fragmentación por distancia (búsqueda {2}):"
        case .searchExhaustive: return "exhaustiva"
        case .searchGreedy: return "voraz"
        case .reportSensitivityTitle: return "6. Sensibilidad"
        case .sensitivityLead:
            return "Sin los {1} elementos ilustrativos, F sería {2} y DF {3}; el orden de los actores por intermediación se conserva con correlación {4}."
        case .sensitivityNoIllustrative: return "Todos los elementos están documentados o propuestos: no hay supuestos que quitar."
        case .sensitivityStable:
            return "Intermediarios que siguen entre los 5 principales en al menos 80 % de las {1} corridas con {2} de los vínculos quitados al azar: {3}."
        case .sensitivityTable: return "Resultados con menos vínculos"
        case .methodsTitle: return "7. Métodos y evidencia"
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
        case .labelsHidden: return "más de 500 nodos: sin etiquetas"
        case .highlightedActors: return "actores destacados"
        case .highlightKeyPlayers: return "actores clave (k = {1})"
        case .highlightBrokers: return "principales intermediarios"
        case .legendColour: return "Color ({1})"
        case .legendShapes: return "Forma: ● actor   ▢ instancia (convenio, mesa, programa…)"
        case .legendLineKind: return "Color de línea: tipo de canal"
        case .legendLineEvidence: return "Línea: respaldo"
        case .legendLineWidth: return "Grosor de línea: fuerza del vínculo (máx. {1})"
        case .legendSize: return "Tamaño: área ∝ {1} ({2} – {3})"
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
        case .excludeNotAnActor: return "--exclude nombra '{1}', que no es un actor"
        case .noActorInGroup: return "ningún actor tiene {1} '{2}'"
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
        case .unknownOptionValue: return "{1} '{2}' no se reconoce"
        case .unknownHighlightedActor: return "--highlight '{1}' no es un actor de la red"
        case .allPairsTooSlow: return "{1}: error: los caminos más cortos desde los {2} actores tomarían unos {3} minutos\n  solución: {4}, o agregue --allow-slow"
        case .allPairsSlowWarning: return "aviso: los caminos más cortos desde los {1} actores toman unos {2} minuto(s); {3}"
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
        }
    }
}
