import Redes

/// The input and output problems of the catalog, in Spanish (see ``Message/problem(_:)``).
enum ProblemsSpanish {
    static func place(_ place: ProblemPlace) -> String {
        switch place {
        case .topLevel: return "el nivel superior del archivo"
        case .some(let kind): return article(kind) + " " + element(kind)
        case .element(let kind, let id): return "\(definite(kind)) \(element(kind)) '\(id)'"
        case .evidence: return "la evidencia"
        case .periodOf(let id): return "el período de '\(id)'"
        case .tieFrom(let source): return "el vínculo desde '\(source)'"
        case .tieBetween(let source, let target): return "el vínculo \(source)–\(target)"
        case .scenarioAdd(let id): return "`add` del escenario '\(id)'"
        case .scenarioRemove(let id): return "`remove` del escenario '\(id)'"
        case .tieToRemove: return "un vínculo por quitar"
        case .membershipChange: return "un cambio de membresía"
        case .attributes: return "los atributos"
        case .scenarioFile: return "un archivo de escenarios"
        case .nodeLinkDocument: return "el documento node-link"
        case .xmlElement(let tag): return "<\(tag)>"
        // Issue 17 — the indicator board
        case .valueOf, .roleChange, .agreementChange: return boardPlace(place)
        }
    }

    static func element(_ kind: ElementKind) -> String {
        switch kind {
        case .actor: return "actor"
        case .arrangement: return "instancia"
        case .tie: return "vínculo"
        case .source: return "fuente"
        case .bloc: return "bloque"
        case .scenario: return "escenario"
        case .node: return "nodo"
        case .edge: return "arista"
        case .vertex: return "vértice"
        case .vertexLabel: return "etiqueta de vértice"
        case .territory: return "territorio"
        case .indicator: return "indicador"
        case .phase: return "fase"
        }
    }

    static func isFeminine(_ kind: ElementKind) -> Bool {
        kind == .arrangement || kind == .source || kind == .edge || kind == .vertexLabel || kind == .phase
    }

    static func article(_ kind: ElementKind) -> String { isFeminine(kind) ? "una" : "un" }
    static func definite(_ kind: ElementKind) -> String { isFeminine(kind) ? "la" : "el" }

    static func role(_ role: ActorReference) -> String {
        switch role {
        case .member(let arrangement): return "la instancia '\(arrangement)' incluye al miembro"
        case .tieEnd(let end): return end == "source" ? "el vínculo tiene como origen" : end == "target" ? "el vínculo tiene como destino" : "el vínculo nombra en `\(end)`"
        case .edgeEnd: return "la arista tiene como extremo"
        case .pajekVertex(let arc): return "\(arc ? "el arco" : "la arista") nombra el vértice"
        case .dlNode: return "la arista nombra el nodo"
        case .respondent: return "la evidencia nombra como encuestado"
        // Issue 17 — the indicator board
        case .custodian(let indicator): return "el indicador '\(indicator)' nombra como custodio a"
        case .indicatorRole(let indicator, let role): return "el indicador '\(indicator)' nombra como \(noun(role)) a"
        case .boardRow: return "la fila nombra como actor a"
        }
    }

    static func key(_ key: KeyReference) -> String {
        switch key {
        case .key(let name): return name
        case .file: return "el archivo"
        case .mappingKey: return "una clave"
        }
    }

    static func shape(_ shape: ValueShape) -> String {
        switch shape {
        case .mapping: return "un mapa de líneas `clave: valor`"
        case .plainName: return "un nombre simple"
        case .text: return "un texto"
        case .boolean: return "true o false"
        case .number: return "un número"
        case .textList: return "una lista como [a, b]"
        case .entryList: return "una lista de entradas, cada una empezando con `- `"
        case .scalar: return "un texto, un número o true/false"
        }
    }

    static func found(_ value: FoundValue) -> String {
        switch value {
        case .scalar(let text): return "'\(text)'"
        case .mapping: return "un mapa"
        case .list: return "una lista"
        case .alias: return "un alias"
        case .null: return "null"
        }
    }

    static func delimiter(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: ","): return "comas"
        case UInt8(ascii: ";"): return "punto y coma"
        case 0x09: return "tabuladores"
        case UInt8(ascii: "|"): return "barras verticales"
        default: return "'\(Character(Unicode.Scalar(byte)))'"
        }
    }

    static func xml(_ defect: XMLDefect) -> String {
        switch defect {
        case .syntax(let error): return syntax(error)
        case .contentAfterRoot: return "texto o un segundo elemento después del elemento raíz"
        case .notWellFormed: return "el documento no está bien formado"
        case .unclosed(let tag): return "<\(tag)> nunca se cierra"
        case .missingGraph(let root): return "no hay un elemento <\(root)><graph>"
        case .mismatchedClose(let tag, let line, let other): return "<\(tag)>, abierto en la línea \(line), se cierra con </\(other)>"
        case .unclosedBefore(let tag, let line): return "<\(tag)>, abierto en la línea \(line), no se cierra antes de esta etiqueta"
        case .unescapedAmpersand: return "un & sin escapar (escriba &amp;)"
        case .endsBeforeClosed: return "el documento termina antes de cerrar sus elementos"
        }
    }

    static func line(_ defect: LineDefect) -> (format: String, detail: String, expected: String) {
        switch defect {
        case .pajekVerticesWithoutCount: return ("Pajek", "`*Vertices` sin cantidad", "*Vertices N")
        case .pajekUnsupportedSection(let word): return ("Pajek", "la sección \(word) no está soportada", "secciones *Vertices, *Edges o *Arcs")
        case .pajekVertexOutOfRange(let text, let count): return ("Pajek", "el número de vértice '\(text)' no está entre 1 y \(count)", "NÚMERO \"etiqueta\"")
        case .pajekNotAnEdge(let text): return ("Pajek", "'\(text)' no es una arista", "DESDE HASTA [PESO]")
        case .pajekDataBeforeSection: return ("Pajek", "datos antes de toda sección", "primero *Vertices N")
        case .dlNoSize: return ("UCINET DL", "sin tamaño", "dl n=N (o nr=R nc=C) format=…")
        case .dlSizeOutOfRange(let rows, let columns, let maximum):
            return ("UCINET DL", "el tamaño \(rows) × \(columns) no está entre 0 y \(maximum)", "dl n=N con 0 ≤ N ≤ \(maximum)")
        case .dlMatrixSize(let values, let rows, let columns):
            return ("UCINET DL", "la matriz tiene \(values) valores; \(rows) filas × \(columns) columnas necesitan \(rows * columns)",
                    "\(rows) filas de \(columns) números después de `data:`")
        case .dlLabelCount(let labels, let rows): return ("UCINET DL", "\(labels) etiquetas para \(rows) filas", "una etiqueta por fila")
        case .dlNotAnEdge(let text): return ("UCINET DL", "'\(text)' no es una arista", "DESDE HASTA [PESO]")
        case .dlUnsupportedFormat(let format): return ("UCINET DL", "format=\(format) no está soportado", "format=fullmatrix o format=edgelist1")
        case .dlAsymmetricWeights(let a, let b, let w, let reverse):
            return ("UCINET DL", "\(a)–\(b) tiene peso \(formatNumber(w)) en un sentido y \(formatNumber(reverse)) en el otro",
                    "un peso por par, o lea el archivo con --directed")
        case .dlNoHeader: return ("UCINET DL", "la primera línea no es el encabezado `dl`", "dl n=N (o nr=R nc=C) en la primera línea")
        }
    }

    static func limit(_ limit: InputLimit) -> String {
        switch limit {
        case .actors: return "actores"
        case .ties: return "vínculos"
        case .textLength: return "caracteres en un solo texto"
        }
    }

    static func requirement(_ requirement: EvidenceRequirement) -> String {
        switch requirement {
        case .documentedNeedsSource: return "la evidencia documentada necesita `source` (el id de una entrada de `sources:`)"
        case .illustrativeNeedsReason: return "la evidencia ilustrativa necesita `reason` (por qué se supone el vínculo)"
        case .proposedNeedsSourceOrReason: return "la evidencia propuesta necesita `source` o `reason`"
        case .reportedNeedsRespondents: return "la evidencia reportada necesita `respondents` (los ids de los actores cuyas respuestas nombran el vínculo)"
        case .reportedNeedsDate: return "la evidencia reportada necesita `date` (cuándo se respondió la encuesta)"
        }
    }

    static func hint(_ suggestion: String?) -> String {
        suggestion.map { "¿quiso decir '\($0)'? Si no, " } ?? ""
    }

    static func message(_ problem: NetworkProblem) -> String {
        switch problem {
        case .unreadableFile(let failure):
            switch failure {
            case .noSuchFile: return "no se puede leer el archivo: no existe"
            case .isDirectory: return "no se puede leer el archivo: es una carpeta"
            case .unreadable: return "no se puede leer el archivo: permiso denegado o ilegible"
            }
        case .emptyFile: return "el archivo está vacío"
        case .notUTF8: return "el archivo no es texto UTF-8 válido"
        case .syntax(let detail): return "YAML no válido: \(detail)"
        case .duplicateKeys(let keys): return "YAML no válido: la clave \(keys.map { "`\($0)`" }.joined(separator: ", ")) aparece dos veces en un mismo mapa"
        case .unsupportedFormat(let ext, _): return "no se reconoce el formato de un archivo '\(ext)'"
        case .unsupportedVersion(let found): return "versión de formato no soportada `redes: \(found)`"
        case .missingKey(let key, let location): return "falta `\(key)` en \(place(location))"
        case .unknownKey(let key, let location, _): return "clave desconocida `\(key)` en \(place(location))"
        case .wrongType(let name, let expected, let value): return "`\(key(name))` debería ser \(shape(expected)); se encontró \(found(value))"
        case .invalidChoice(let key, let value, _): return "`\(key)` no puede ser '\(value)'"
        case .missingColumn(let column, let header):
            return "el encabezado no tiene la columna `\(column)` (encontradas: \(header.map { "`\($0)`" }.joined(separator: ", ")))"
        case .wrongDelimiter(let found, let expected):
            return "el encabezado está separado por \(delimiter(found)), no por \(delimiter(expected))"
        case .wrongFieldCount(let expected, let found): return "se esperaban \(expected) campos; hay \(found)"
        case .unterminatedQuote: return "un campo entre comillas nunca se cierra"
        case .textAfterClosingQuote: return "CSV no válido: hay texto después de unas comillas de cierre"
        case .malformedXML(let defect): return "XML no válido: \(xml(defect))"
        case .undeclared(let kind, let id): return "\(kind == .graphMLKey ? "la clave GraphML" : "el atributo GEXF") '\(id)' no está declarado"
        case .malformedLine(let defect):
            let (format, detail, _) = line(defect)
            return "\(format) no válido: \(detail)"
        case .limitExceeded(let kind, let count, let maximum): return "\(count) \(limit(kind)), más que el límite de \(maximum)"
        case .emptyField(let column): return "`\(column)` vacío"
        case .duplicateColumn(let column): return "el encabezado nombra `\(column)` dos veces"
        case .emptyID(let kind): return "\(article(kind)) \(element(kind)) con id vacío"
        case .untrimmedID(let kind, let id): return "el id '\(id)' de \(article(kind)) \(element(kind)) tiene espacios al principio o al final"
        case .duplicateID(let kind, let id): return "id de \(element(kind)) repetido: '\(id)'"
        case .unknownActor(let id, let reference, _): return "\(role(reference)) '\(id)', que no es un actor de la red"
        case .unknownBloc(let id, _, _): return "el bloque '\(id)' no está declarado en `blocs:`"
        case .unknownSource(let id, _): return "la fuente '\(id)' no está declarada en `sources:`"
        case .tooFewMembers(let id, let count):
            return "la instancia '\(id)' tiene \(count) miembro\(count == 1 ? "" : "s"); una instancia une al menos 2 actores"
        case .repeatedMember(let id, let actor): return "la instancia '\(id)' incluye dos veces al miembro '\(actor)'"
        case .leadNotMember(let id, let lead): return "el líder '\(lead)' de la instancia '\(id)' no es uno de sus miembros"
        case .invalidWeight(let value): return "el peso '\(value)' no es un número positivo"
        case .selfLoop(let actor): return "vínculo de '\(actor)' consigo mismo"
        case .directedTieInUndirectedNetwork(let key): return "el vínculo \(key) es dirigido pero la red no lo es"
        case .duplicateTie(let key, let firstLine):
            return "el vínculo \(key) aparece dos veces" + (firstLine.map { " (la primera en la línea \($0))" } ?? "")
        case .incompleteEvidence(let requirement): return "evidencia incompleta: \(self.requirement(requirement))"
        case .unknownScenario(let id, _): return "no hay un escenario llamado '\(id)'"
        case .scenarioMissing(let scenario, let kind, let id, _):
            return "el escenario '\(scenario)' nombra \(article(kind)) \(element(kind)) '\(id)', que no existe"
        case .scenarioMissingTie(let scenario, let key): return "el escenario '\(scenario)' quita el vínculo \(key), que no existe"
        case .scenarioNotAMember(let scenario, let actor, let arrangement):
            return "el escenario '\(scenario)' saca a '\(actor)' de '\(arrangement)', pero no es miembro"
        case .scenarioAlreadyAMember(let scenario, let actor, let arrangement):
            return "el escenario '\(scenario)' agrega a '\(actor)' a '\(arrangement)', pero ya es miembro"
        case .inScenario(let scenario, let inner): return "en el escenario '\(scenario)': \(message(inner))"
        // MARK: Issue 15 — territorios
        case .unknownTerritory(let name, _): return "el territorio '\(name)' no está declarado en `territories:`"
        case .invalidCoordinate(let key, let value):
            return "`\(key)` '\(value)' no es una \(key == "lat" ? "latitud (−90 a 90)" : "longitud (−180 a 180)") en grados decimales"
        case .unquotedDecimalComma(let key, let value): return "`\(key)` '\(value)' tiene coma decimal fuera de comillas"
        case .incompleteCoordinates(let id): return "el territorio '\(id)' indica solo una de `lat` y `lon`"
        // MARK: Issue 18 — olas y hoja de ruta
        case .invalidDate(let key, let value): return "`\(key)` '\(value)' no es una fecha de la forma AAAA, AAAA-MM o AAAA-MM-DD"
        case .periodEndsBeforeStart(let start, let end): return "el período termina (\(end)) antes de empezar (\(start))"
        case .unknownRoadmapScenario(let phase, let scenario, _):
            return "la fase '\(phase)' nombra el escenario '\(scenario)', que el archivo no tiene"
        case .scenarioInTwoPhases(let scenario, let first, let second):
            return "el escenario '\(scenario)' figura en la fase '\(first)' y otra vez en la fase '\(second)'"
        case .phaseBeforePrevious(let phase, let previous): return "la fase '\(phase)' empieza antes que la fase '\(previous)', anterior en la lista"
        case .inPhase(let phase, let inner): return "en la fase '\(phase)' (tras los escenarios de las fases anteriores): \(message(inner))"
        // Issue 17 — the indicator board
        case .repeatedRole, .unknownAgreement, .scenarioMissingRole, .unknownIndicator, .unknownRole, .invalidMark,
             .twoCustodians, .incompleteValue, .conflictingValue, .duplicateBoardRow, .missingTemplateColumn:
            return boardMessage(problem)
        // MARK: Issue 22 — edge cases
        case .controlCharacter(let scalar, let text):
            return "'\(ProblemsEnglish.visible(text))' contiene el carácter invisible \(ProblemsEnglish.codePoint(scalar)), que GraphML, GEXF, YAML y SVG no admiten"
        case .xmlEntities:
            return "el <!DOCTYPE> declara entidades (<!ENTITY …>): Redes no lee DTD, nunca abre los archivos que nombra una entidad y no expande entidades"
        case .xmlTooDeep(let limit): return "los elementos están anidados a más de \(limit) niveles"
        case .malformedJSON(let defect): return "JSON no válido: \(json(defect))"
        case .notANumber(let key, let value): return "`\(key)` está declarado como número, pero contiene '\(value)'"
        case .notABoolean(let key, let value): return "`\(key)` está declarado como verdadero/falso, pero contiene '\(value)'"
        }
    }

    static func syntax(_ error: XMLSyntaxError) -> String {
        switch error {
        case .invalidCharacter: return "un carácter que XML no admite (un carácter de control, o una referencia como &#1; a uno)"
        case .undeclaredEntity: return "una entidad (&nombre;) que no es una de las cinco de XML: &amp; &lt; &gt; &quot; &apos;"
        case .lessThanInAttribute: return "un < dentro del valor de un atributo, o un valor de atributo que nunca se cierra"
        case .attributeNotQuoted: return "un valor de atributo sin comillas"
        case .duplicateAttribute: return "el mismo atributo dos veces en una etiqueta"
        case .commentNotClosed: return "un comentario (<!-- … -->) que nunca se cierra"
        case .cdataNotClosed: return "una sección CDATA que nunca se cierra"
        case .declarationNotClosed: return "una declaración (<?xml …?>, <!DOCTYPE …>) que nunca se cierra"
        case .tagNotClosed: return "una etiqueta que no se cierra con >"
        case .entityLoop: return "entidades que se expanden unas en otras sin fin"
        case .unsupportedEncoding: return "una codificación que el analizador XML no puede leer"
        case .emptyDocument: return "ningún elemento"
        case .other(let code): return "el analizador XML se detuvo aquí (error \(code) de libxml2)"
        }
    }

    static func json(_ defect: JSONDefect) -> String {
        switch defect {
        case .unexpectedEnd: return "el texto termina dentro de un valor"
        case .unexpectedCharacter(let text): return "'\(text)' inesperado"
        case .trailingComma: return "una coma antes de ] o }"
        case .unterminatedString: return "un texto entre comillas que nunca se cierra"
        case .invalidEscape(let text): return "el escape \\\(text) no existe en JSON"
        case .controlCharacterInString: return "un salto de línea o carácter de control dentro de un texto"
        case .invalidNumber(let text): return "'\(text)' no es un número JSON"
        case .duplicateKey(let key): return "la clave \"\(key)\" aparece dos veces en un objeto"
        case .tooDeep(let limit): return "listas y objetos anidados a más de \(limit) niveles"
        case .textAfterDocument: return "texto después del final del documento"
        case .notAnObject: return "el documento no es un objeto {…}"
        }
    }

    static func fix(_ problem: NetworkProblem) -> String {
        switch problem {
        case .unreadableFile(.isDirectory): return "indique un archivo de red dentro de la carpeta (como carpeta/red.yaml), no la carpeta"
        case .unreadableFile: return "revise la ruta y los permisos del archivo"
        case .emptyFile: return "escriba una red en él (vea docs/file-format.md), o indique otro archivo"
        case .notUTF8: return "guarde el archivo como UTF-8 (en una planilla: CSV UTF-8)"
        case .syntax, .duplicateKeys: return "corrija el YAML en el lugar indicado (sangría, comillas o corchetes sin cerrar)"
        case .unsupportedFormat(_, let supported):
            return "use uno de: \(supported.joined(separator: ", ")), o indique el formato con --input-format"
        case .unsupportedVersion: return "escriba `redes: 1` al principio del archivo"
        case .missingKey(let key, _): return "agregue `\(key): …`"
        case .unknownKey(let key, _, let allowed):
            let guess = closestMatch(to: key, in: allowed).map { "¿quiso decir `\($0)`? " } ?? ""
            return "\(guess)claves permitidas: \(allowed.joined(separator: ", "))"
        case .wrongType(let name, let expected, _): return "dé a `\(key(name))` \(shape(expected))"
        case .invalidChoice(_, let value, let allowed):
            let guess = closestMatch(to: value, in: allowed).map { "¿quiso decir '\($0)'? " } ?? ""
            return "\(guess)use uno de: \(allowed.joined(separator: ", "))"
        case .missingColumn(let column, _): return "nombre una columna `\(column)` en la primera línea"
        case .wrongDelimiter(let found, let expected):
            let option = found == 0x09 ? "\\t" : String(Character(Unicode.Scalar(found)))
            return "separe los campos con \(delimiter(expected)), o agregue --delimiter '\(option)'"
        case .wrongFieldCount: return "dé a cada línea tantos campos como el encabezado; ponga entre comillas los campos que contienen el separador"
        case .malformedXML: return "corrija el XML en el lugar indicado (una etiqueta sin cerrar o mal cerrada, un & o < sin escapar)"
        case .undeclared(let kind, let id):
            return kind == .graphMLKey ? "declárela con <key id=\"…\" for=\"…\" attr.name=\"…\"/>"
                : "declárelo en <attributes> con <attribute id=\"\(id)\" …/>"
        case .malformedLine(let defect): return "escríbalo como \(line(defect).expected)"
        case .limitExceeded(let kind, let count, _):
            return "revise el archivo (¿una exportación fallida?), o suba el límite con \(ProblemsEnglish.limit(kind).option) \(count)"
        case .textAfterClosingQuote: return "ponga todo el campo entre comillas, y escriba dos veces una comilla interior (\"\")"
        case .unterminatedQuote: return "cierre las comillas (una comilla dentro de un campo entre comillas se escribe dos veces: \"\")"
        case .emptyField(let column): return "complete `\(column)` o quite la línea"
        case .duplicateColumn: return "cambie el nombre de una de las dos columnas o quítela"
        case .emptyID: return "dele un id no vacío"
        case .untrimmedID: return "quite los espacios alrededor del id"
        case .duplicateID(let kind, _): return "dé a cada \(element(kind)) su propio id, o una las dos entradas"
        case .unknownActor(_, .boardRow, let suggestion):
            return "\(hint(suggestion))escriba el id de un actor de la red (la columna `actor` de la plantilla)"
        case .unknownActor(let id, _, let suggestion):
            return "\(hint(suggestion))agregue un actor con id '\(id)' en `actors:` (o al archivo de nodos)"
        case .unknownBloc(let id, let declared, let suggestion):
            return "\(hint(suggestion))declare '\(id)' en `blocs:` (declarados: \(declared.joined(separator: ", ")))"
        case .unknownSource(let id, let suggestion):
            return "\(hint(suggestion))agregue `{id: \(id), title: …}` en `sources:`"
        case .tooFewMembers: return "indique al menos dos ids de actores en `members:`, o modele el vínculo de un solo actor como un vínculo directo"
        case .repeatedMember: return "indique cada miembro una vez"
        case .leadNotMember(_, let lead): return "agregue '\(lead)' a `members:` o cambie `lead:`"
        case .invalidWeight: return "dé una fuerza de vínculo mayor que 0 (p. ej. 1, 2.5), u omita el peso para 1"
        case .selfLoop: return "un vínculo une a dos actores distintos: corrija el origen o el destino"
        case .directedTieInUndirectedNetwork: return "escriba `directed: true` al principio del archivo, o quite el `directed` del vínculo"
        case .duplicateTie: return "una los dos vínculos en uno (sumando sus pesos), o deles tipos distintos"
        case .incompleteEvidence(let requirement):
            return requirement == .documentedNeedsSource
                ? "cite una fuente, o marque el elemento `status: illustrative` con una `reason`"
                : "complete la evidencia como indica el mensaje"
        case .unknownScenario(_, let available):
            return available.isEmpty ? "el archivo no tiene escenarios: agregue uno en `scenarios:`"
                : "use uno de: \(available.joined(separator: ", "))"
        case .scenarioMissing(_, let kind, _, let suggestion):
            return "\(hint(suggestion))agregue \(definite(kind)) \(element(kind)) a la red (o en el `add:` del escenario) o quítelo del escenario"
        case .scenarioMissingTie: return "compare el origen, el destino y el tipo del vínculo con `ties:`"
        case .scenarioNotAMember: return "quite el actor del `leave:` del escenario"
        case .scenarioAlreadyAMember: return "quite el actor del `join:` del escenario"
        case .inScenario(_, let inner): return fix(inner)
        // MARK: Issue 15 — territorios
        case .unknownTerritory(let name, let suggestion):
            return "\(hint(suggestion))declárelo en `territories:` (`- {id: …, name: \(name)}`), o nombre un territorio declarado por su id o su nombre"
        case .invalidCoordinate(let key, _):
            return key == "lat" ? "escriba la latitud en grados decimales, negativa al sur (p. ej. -22.35)"
                : "escriba la longitud en grados decimales, negativa al oeste (p. ej. -69.66)"
        case .unquotedDecimalComma(let key, let value):
            return "escriba `\(key): \(value.replacingOccurrences(of: ",", with: "."))`, o entre comillas: `\(key): \"\(value)\"`"
        case .incompleteCoordinates: return "indique `lat` y `lon`, o ninguna"
        // MARK: Issue 18 — olas y hoja de ruta
        case .invalidDate: return "escriba un año, un mes o un día: 2026, 2026-06 o 2026-06-15"
        case .periodEndsBeforeStart: return "intercambie `start` y `end`, o corrija uno de los dos"
        case .unknownRoadmapScenario(_, _, let suggestion):
            return "\(hint(suggestion))escriba el id de una entrada de `scenarios:`"
        case .scenarioInTwoPhases(_, let first, _):
            return "las fases se acumulan: deje el escenario solo en la fase '\(first)'"
        case .phaseBeforePrevious: return "ordene las fases como ocurren, o corrija el período"
        case .inPhase(_, let inner): return fix(inner)
        // Issue 17 — the indicator board
        case .repeatedRole, .unknownAgreement, .scenarioMissingRole, .unknownIndicator, .unknownRole, .invalidMark,
             .twoCustodians, .incompleteValue, .conflictingValue, .duplicateBoardRow, .missingTemplateColumn:
            return boardFix(problem)
        // MARK: Issue 22 — edge cases
        case .controlCharacter:
            return "quite el carácter (es invisible: suele venir pegado de otro programa); en nombres y descripciones se admiten saltos de línea"
        case .xmlEntities:
            return "quite la declaración <!DOCTYPE …> (GraphML y GEXF no la necesitan) y escriba el texto en lugar de cada &entidad;"
        case .xmlTooDeep: return "GraphML y GEXF necesitan pocos niveles: revise cómo se generó el archivo"
        case .malformedJSON(let defect):
            return defect == .notAnObject ? "escriba datos node-link de NetworkX: {\"nodes\": […], \"edges\": […]}"
                : "corrija el JSON en el lugar indicado (un validador de JSON muestra el mismo lugar)"
        case .notANumber(let key, _): return "escriba un número como 2.5 en `\(key)`, o declárelo como texto"
        case .notABoolean(let key, _): return "escriba true o false en `\(key)`, o declárelo como texto"
        }
    }

    static func loss(_ loss: FormatLoss) -> String {
        switch loss {
        case .twoModeDropsTiesAndScenarios: return "los vínculos directos y los escenarios no forman parte de la vista de dos modos (actor × instancia)"
        case .arrangementsFlattened:
            return "las instancias se aplanan en el grafo de actores (cada vínculo las guarda en su atributo `channels`); se omiten los escenarios y las fuentes"
        case .pajekIDsAndWeightsOnly:
            return "Pajek guarda solo ids de vértices y pesos: se pierden los atributos de los nodos (nombre, bloque, sector…) y el tipo, respaldo y canales de los vínculos"
        case .dlLabelsAndWeightsOnly:
            return "UCINET DL guarda solo etiquetas y pesos: se pierden los atributos de los nodos y el tipo, respaldo y canales de los vínculos"
        }
    }
}

// MARK: Issue 16 — option values and outputs
extension ProblemsSpanish {
    static func range(_ range: NumberRange) -> String {
        switch range {
        case .positive: return "un número entero de 1 o más"
        case .zeroOrMore: return "un número entero de 0 o más"
        case .share: return "una proporción entre 0 y 1"
        case .size: return "un número de 1 o más (admite decimales)"
        }
    }

    /// What is wrong with an option's value.
    static func option(_ problem: OptionProblem) -> String {
        switch problem {
        case .unknownValue(let option, let value, _, _): return "\(option) '\(value)' no es una de sus opciones"
        case .unknownAttribute(let option, let attribute, _, _): return "\(option) '\(attribute)': ningún actor tiene ese atributo"
        case .unknownActor(let option, let id, _): return "\(option) nombra '\(id)', que no es un actor de la red"
        case .unknownGroup(let option, let attribute, let value, _, _): return "\(option) '\(value)': ningún actor tiene \(attribute) '\(value)'"
        case .outOfRange(let option, let value, let range): return "\(option) espera \(self.range(range)), no '\(value)'"
        case .needs(let option, let other): return "\(option) no tiene efecto sin `\(other)`"
        case .twoGroups(let option): return "\(option) espera dos grupos separados por una coma"
        case .oneCharacter(let option, let value): return "\(option) espera un solo carácter, no '\(value)'"
        case .keyPlayerCount(let value): return "--highlight '\(value)': el número de actores clave no es un número de 1 o más"
        case .noScenario: return "no hay escenario que aplicar"
        case .incompleteEvidence(let requirement):
            switch requirement {
            case .documentedNeedsSource: return "--evidence documented necesita --source (el id de la fuente que documenta los vínculos)"
            case .illustrativeNeedsReason: return "--evidence illustrative necesita --reason (por qué se suponen los vínculos)"
            case .proposedNeedsSourceOrReason: return "--evidence proposed necesita --source o --reason"
            case .reportedNeedsRespondents, .reportedNeedsDate: return "--evidence reported necesita los encuestados y la fecha de una encuesta"
            }
        case .unknownLanguage(let variable, let value): return "\(variable) '\(value)' no es un idioma que Redes hable"
        // MARK: Issue 19 — diagrams for slides and the map
        case .invalidLength(let option, let value): return "\(option) '\(value)' no es una longitud"
        case .unknownFont(let value, _, _): return "--font '\(value)': fontconfig no conoce esa familia tipográfica"
        case .conflicts(let option, let other): return "\(option) no se puede usar con \(other)"
        case .unknownArrangement(let option, let id, _): return "\(option) nombra '\(id)', que no es una instancia de la red"
        // MARK: Issue 18 — comparaciones, olas y hoja de ruta
        case .invalidDate(let option, let value): return "\(option) '\(value)' no es una fecha"
        case .noPeriods(let option, let file):
            return "\(option): ningún actor, instancia ni vínculo de \(file) tiene período, así que la red es la misma en cualquier fecha"
        case .nothingToCompare: return "compare necesita dos versiones de la red"
        case .tooMany(let option, let count, let most): return "\(option) aparece \(count) veces; admite a lo más \(most)"
        case .differentDirection(let directed, let undirected): return "\(directed) es dirigida y \(undirected) no"
        case .noRoadmap(let file): return "\(file) no tiene hoja de ruta"
        case .svgOnly(let option, let value): return "\(option) '\(value)' no es un archivo SVG"
        }
    }

    /// How to fix an option's value.
    static func optionFix(_ problem: OptionProblem) -> String {
        switch problem {
        case .unknownValue(_, _, let suggestion, let accepted):
            return "\(hint(suggestion))use uno de: \(accepted.joined(separator: ", "))"
        case .unknownAttribute(_, _, let suggestion, let available):
            return available.isEmpty ? "los actores de esta red no tienen atributos: omita la opción"
                : "\(hint(suggestion))use uno de los atributos de la red: \(available.map { Message.attribute($0).spanish }.joined(separator: ", "))"
        case .unknownActor(_, _, let suggestion):
            return "\(hint(suggestion))escriba ids de actores (la columna `id` de `redes analyze ARCHIVO --format csv`), separados por comas"
        case .unknownGroup(_, let attribute, _, let suggestion, let available):
            return "\(hint(suggestion))use valores de \(attribute): \(available.joined(separator: ", "))"
        case .outOfRange(let option, _, let range):
            return "por ejemplo \(option) \(range == .share ? "0.1" : range == .positive ? "3" : range == .size ? "12" : "0")"
        case .needs(let option, let other): return "agregue `\(other)`, u omita \(option)"
        case .twoGroups(let option): return "por ejemplo \(option) publico,empresas"
        case .oneCharacter: return "por ejemplo --delimiter ';' o --delimiter tab"
        case .keyPlayerCount: return "escriba `keyplayers:K` con K = 1, 2, 3…, o solo `keyplayers` para 2"
        case .noScenario(let available):
            return available.isEmpty ? "el archivo no tiene escenarios: indique --changes ARCHIVO"
                : "nombre un escenario del archivo (\(available.joined(separator: ", "))) o indique --changes ARCHIVO"
        case .incompleteEvidence(let requirement):
            switch requirement {
            case .documentedNeedsSource: return "agregue --source ID"
            case .illustrativeNeedsReason: return "agregue --reason TEXTO"
            case .proposedNeedsSourceOrReason: return "agregue --source ID o --reason TEXTO"
            case .reportedNeedsRespondents, .reportedNeedsDate: return "los vínculos reportados vienen de `redes survey import`"
            }
        case .unknownLanguage(let variable, _):
            return variable.hasPrefix("--") ? "escriba \(variable) es o \(variable) en" : "asigne es o en a \(variable)"
        // MARK: Issue 19 — diagrams for slides and the map
        case .invalidLength(let option, _):
            return "escriba un número positivo con `px`, `cm`, `mm`, `pt` o `in`, como \(option) 1920px o \(option) 25,4cm"
        case .unknownFont(_, let suggestion, let available):
            return available.isEmpty ? "instale fontconfig (fc-list) y la tipografía, u omita --font"
                : "\(hint(suggestion))use una familia instalada aquí: \(available.joined(separator: ", "))"
        case .conflicts: return "omita una de las dos"
        case .unknownArrangement(_, _, let suggestion):
            return "\(hint(suggestion))escriba el id de una instancia (el `id` de una entrada de `arrangements:` en el archivo)"
        // MARK: Issue 18 — comparaciones, olas y hoja de ruta
        case .invalidDate(let option, _): return "escriba un año, un mes o un día: \(option) 2026, \(option) 2026-06 o \(option) 2026-06-15"
        case .noPeriods(let option, _): return "dé a los elementos del archivo un `period: {start, end}`, u omita \(option)"
        case .nothingToCompare:
            return "indique un segundo archivo (redes compare A B), un escenario (--scenario NOMBRE) o dos fechas (--at 2025 --at 2026)"
        case .tooMany(let option, _, _): return "indique \(option) una vez para ambas versiones, o dos: primero para la primera versión y luego para la segunda"
        case .differentDirection: return "lea ambas como dirigidas (--directed para listas de aristas y archivos DL) o ambas como no dirigidas"
        case .noRoadmap: return "agregue una lista `roadmap:` de fases (id, name, period, scenarios), o indique fechas con --at"
        case .svgOnly(let option, _): return "nombre un archivo terminado en .svg, como \(option) grafico.svg"
        }
    }

    /// Why an output cannot be written.
    static func write(_ failure: OutputFile.WriteFailure) -> String {
        switch failure {
        case .missingFolder(let folder): return "no se puede escribir la salida: la carpeta '\(folder)' no existe"
        case .isDirectory: return "no se puede escribir la salida: es una carpeta, no un archivo"
        case .notWritable: return "no se puede escribir la salida: no hay permiso para escribir ahí"
        case .diskFull: return "no se puede escribir la salida: el disco está lleno"
        case .system(let reason): return Language.es.text(.cannotWriteOutput, reason)
        }
    }

    /// How to fix an output that cannot be written.
    static func writeFix(_ failure: OutputFile.WriteFailure) -> String {
        switch failure {
        case .missingFolder(let folder): return "cree la carpeta (mkdir -p '\(folder)') o escriba en otro lugar"
        case .isDirectory: return "agregue un nombre de archivo a la ruta, como carpeta/resultado.json"
        case .notWritable: return "escriba en una carpeta propia, o pida permiso de escritura"
        case .diskFull: return "libere espacio, o escriba en otro disco"
        case .system: return Message.writeFix.spanish
        }
    }
}

// MARK: Issue 21 — encuesta de vínculos
extension ProblemsSpanish {
    static func column(_ column: SurveyColumn) -> String { "«\(SurveyMessage.column(column).spanish)»" }

    /// What is wrong with an answers file.
    static func survey(_ problem: SurveyProblem) -> String {
        switch problem {
        case .input(let problem): return Message.problem(problem).spanish
        case .notASpreadsheet: return "no es un libro .xlsx que se pueda leer"
        case .noHeader(let required):
            return "ninguna fila nombra las columnas \(Language.es.list(required.map(column)))"
        case .duplicateColumn(let name, let first):
            return "\(column(name)) aparece dos veces (la primera en la columna \(spreadsheetColumnName(first)))"
        case .unknownColumn(let header, _): return "«\(header)» no es una columna que la encuesta lea"
        case .emptyCell(let name): return "la fila tiene respuestas pero no \(column(name))"
        case .unknownActor(let name, let written, _): return "\(column(name)) '\(written)' no es un actor de la red"
        case .ambiguousActor(let name, let written, let candidates):
            return "\(column(name)) '\(written)' corresponde a varios actores: \(candidates.joined(separator: ", "))"
        case .namesItself(let id): return "el encuestado se nombra a sí mismo ('\(id)')"
        case .invalidAnswer(let text, _): return "\(column(.collaborates)) dice '\(text)', que no es sí ni no"
        case .invalidFrequency(let text, _): return "'\(text)' no es una frecuencia de la escala"
        case .unknownChannel(let text, _):
            return "el canal '\(text)' no es un tipo de instancia ni una instancia de la red"
        case .yesButNever: return "\(column(.collaborates)) dice sí pero \(column(.frequency)) dice nunca"
        case .detailsWithNo(let name): return "\(column(.collaborates)) dice no pero \(column(name)) tiene respuesta"
        case .detailsWithoutAnswer(let name): return "\(column(.collaborates)) está en blanco pero \(column(name)) tiene respuesta"
        case .repeatedPair(let respondent, let actor, let first):
            return "'\(respondent)' responde dos veces sobre '\(actor)' (la primera en la fila \(first))"
        case .noAnswers: return "ninguna fila responde \(column(.collaborates)): es la plantilla tal como se envió"
        case .emptyFile: return "el archivo de respuestas está vacío"
        case .missingFrequency(let rule):
            return "--ties \(rule.rawValue) pondera los vínculos por frecuencia, y este sí no tiene \(column(.frequency))"
        }
    }

    /// How to fix an answers file.
    static func surveyFix(_ problem: SurveyProblem) -> String {
        switch problem {
        case .input(let problem): return Message.problemFix(problem).spanish
        case .notASpreadsheet: return "guarde las respuestas desde la planilla como .xlsx (libro de Excel) o como CSV UTF-8"
        case .noHeader:
            return "conserve la fila de títulos de la plantilla (encuestado, actor, colabora, frecuencia…, en español o en inglés); guarde las planillas como CSV UTF-8"
        case .duplicateColumn: return "borre una de las dos columnas"
        case .unknownColumn(_, let suggestion): return "¿quiso decir «\(suggestion)»? Corrija el título, o borre la columna"
        case .emptyCell(let name): return "escriba el \(column(name)) como lo trae la plantilla, o vacíe la fila"
        case .unknownActor(_, _, let suggestion):
            return "\(hint(suggestion))escriba el nombre como lo trae la plantilla (o el id del actor)"
        case .ambiguousActor(_, _, let candidates): return "escriba el id del actor: \(candidates.joined(separator: " o "))"
        case .namesItself: return "vacíe la fila: cada encuestado responde sobre los demás actores"
        case .invalidAnswer(_, let suggestion):
            return "\(hint(suggestion))escriba sí o no (sí, si, x y 1 valen sí; 0 vale no)"
        case .invalidFrequency(_, let suggestion):
            return "\(hint(suggestion))use una de: \(SurveyFrequency.allCases.map { SurveyMessage.frequency($0).spanish }.joined(separator: ", "))"
        case .unknownChannel(_, let suggestion):
            return "\(hint(suggestion))escriba un tipo de instancia (\(ArrangementKind.allCases.map { Message.arrangementKind($0).spanish }.joined(separator: ", "))) o el nombre de una instancia de la red"
        case .yesButNever: return "indique cada cuánto (anual, trimestral, mensual o semanal), o escriba no en \(column(.collaborates))"
        case .detailsWithNo(let name): return "escriba sí en \(column(.collaborates)), o vacíe \(column(name))"
        case .detailsWithoutAnswer: return "escriba sí o no en \(column(.collaborates))"
        case .repeatedPair: return "deje una de las dos filas"
        case .noAnswers: return "complete las respuestas (sí o no en \(column(.collaborates))) e importe el archivo completado"
        case .emptyFile: return "guarde desde la planilla la plantilla completada (como CSV UTF-8 o .xlsx) e importe ese archivo"
        case .missingFrequency: return "escriba la frecuencia en esta fila, o use --ties union o --ties intersection"
        }
    }
}

// MARK: Issue 17 — the indicator board
extension ProblemsSpanish {
    /// An actor in a role, as a noun: productor, informante, validador, usuario.
    static func noun(_ role: IndicatorRole) -> String {
        switch role {
        case .produces: return "productor"
        case .reports: return "informante"
        case .validates: return "validador"
        case .uses: return "usuario"
        }
    }

    /// A reference value with its article: la línea base, la meta.
    static func value(_ which: BoardValue) -> String { which == .baseline ? "la línea base" : "la meta" }

    static func boardPlace(_ place: ProblemPlace) -> String {
        switch place {
        case .valueOf(let indicator, let key):
            switch key {
            case "baseline": return "la línea base del indicador '\(indicator)'"
            case "target": return "la meta del indicador '\(indicator)'"
            default: return "una observación del indicador '\(indicator)'"
            }
        case .roleChange: return "un cambio de rol"
        case .agreementChange: return "un cambio de acuerdo"
        default: return self.place(place)
        }
    }

    static func boardMessage(_ problem: NetworkProblem) -> String {
        switch problem {
        case .repeatedRole(let indicator, let actor, let role):
            return "el indicador '\(indicator)' nombra dos veces a '\(actor)' como \(noun(role))"
        case .unknownAgreement(let indicator, let arrangement, _):
            return "el acuerdo '\(arrangement)' del indicador '\(indicator)' no es una instancia de la red"
        case .scenarioMissingRole(let scenario, let indicator, let actor, let role):
            return "el escenario '\(scenario)' quita al \(noun(role)) '\(actor)' del indicador '\(indicator)', que no tiene ese rol"
        case .unknownIndicator(let id, _): return "el indicador '\(id)' no está declarado en la red"
        case .unknownRole(let word, _): return "'\(word)' no es un rol"
        case .invalidMark(let column, let value): return "`\(column)` dice '\(value)', que no es una marca ni está vacío"
        case .twoCustodians(let indicator, let first, let line):
            return "el indicador '\(indicator)' recibe un segundo custodio (el primero es '\(first)', en la línea \(line))"
        case .incompleteValue(let indicator, let which):
            return "\(value(which)) del indicador '\(indicator)' necesita un período y un valor"
        case .conflictingValue(let indicator, let which, let line):
            return "\(value(which)) del indicador '\(indicator)' no coincide con la de la línea \(line)"
        case .duplicateBoardRow(let indicator, let actor, let line):
            return "el indicador '\(indicator)' y el actor '\(actor)' ya tienen una fila (línea \(line))"
        case .missingTemplateColumn(let column, let header):
            return "el encabezado no tiene la columna `\(Message.board(.column(column)).spanish)` (encontradas: \(header.map { "`\($0)`" }.joined(separator: ", ")))"
        default: return message(problem)
        }
    }

    static func boardFix(_ problem: NetworkProblem) -> String {
        switch problem {
        case .repeatedRole: return "nombre a cada actor una vez por rol"
        case .unknownAgreement(_, _, let suggestion):
            return "\(hint(suggestion))nombre una instancia de `arrangements:`, u omita `agreement:` (ninguna instancia comparte el dato)"
        case .scenarioMissingRole: return "revise los `roles:` del indicador, o quite la entrada del `remove: roles:` del escenario"
        case .unknownIndicator(_, let suggestion):
            return "\(hint(suggestion))escriba el id de un indicador de la red (la columna `indicador` de la plantilla), o declárelo antes en `indicators:`"
        case .unknownRole(_, let suggestion):
            let roles = IndicatorRole.allCases.map { Message.board(.role($0)).spanish }
            return "\(hint(suggestion.map { Message.board(.role($0)).spanish }))escriba \(roles.dropLast().joined(separator: ", ")) o \(roles.last ?? ""), separados por comas"
        case .invalidMark: return "escriba sí (o x) en la fila del custodio, y deje vacías las demás"
        case .twoCustodians: return "un indicador tiene un solo custodio, que responde por la cifra: deje una sola marca en la columna custodio"
        case .incompleteValue: return "complete el período y el valor, o deje ambos vacíos"
        case .conflictingValue(_, let which, _):
            return "indique \(value(which)) en una sola fila del indicador, o la misma en todas"
        case .duplicateBoardRow: return "una las dos filas en una"
        case .missingTemplateColumn(let column, _):
            return "nombre una columna `\(Message.board(.column(column)).spanish)` en la primera línea, o vuelva a escribir la plantilla con `redes indicators ARCHIVO --template`"
        default: return fix(problem)
        }
    }
}
