import Foundation
import Testing

/// The catalog of malformed inputs: each must end with a message naming the file (and the line where there is one)
/// and a fix, exit status 1, no crash, and no output file left behind.
@Suite("Bad-input catalog")
struct BadInputCatalogTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let bytes: [UInt8]
        var extra: [String: [UInt8]] = [:]
        var arguments: [String] = []
        /// The `file:line` the message must start with (nil: the file name alone).
        var line: Int?
        var testDescription: String { name }

        init(_ name: String, _ file: String, _ text: String, line: Int?, extra: [String: String] = [:], arguments: [String] = []) {
            self.name = name
            self.file = file
            self.bytes = Array(text.utf8)
            self.extra = extra.mapValues { Array($0.utf8) }
            self.arguments = arguments
            self.line = line
        }

        init(_ name: String, _ file: String, bytes: [UInt8], line: Int?) {
            self.name = name
            self.file = file
            self.bytes = bytes
            self.line = line
        }
    }

    static let yamlHeader = "redes: 1\nname: x\nsources: [{id: s, title: S}]\nactors:\n  - {id: a, name: A}\n  - {id: b, name: B}\n"

    static let cases: [Case] = [
        Case("empty YAML file", "e.yaml", "", line: 1),
        Case("blank CSV file", "e.csv", "  \n\n", line: 1),
        Case("CSV header without source/target", "e.csv", "from,to\na,b\n", line: 1),
        Case("semicolon-separated CSV read with --delimiter ','", "e.csv", "source;target\na;b\n", line: 1, arguments: ["--delimiter", ","]),
        Case("BOM and CRLF, then a line with too many fields", "e.csv", "\u{FEFF}source,target\r\na,b\r\nc,d,e\r\n", line: 3),
        Case("mixed delimiters", "e.csv", "source,target\na;b\n", line: 2),
        Case("tie to an actor missing from the node list", "e.csv", "source,target\na,zz\n", line: 2,
             extra: ["n.csv": "id\na\nb\n"], arguments: ["--nodes", "n.csv"]),
        Case("duplicate node ids", "e.csv", "source,target\na,b\n", line: 3, extra: ["n.csv": "id\na\na\nb\n"], arguments: ["--nodes", "n.csv"]),
        Case("negative weight", "e.csv", "source,target,weight\na,b,-1\n", line: 2),
        Case("NaN weight", "e.csv", "source,target,weight\na,b,NaN\n", line: 2),
        Case("infinite weight", "e.csv", "source,target,weight\na,b,inf\n", line: 2),
        Case("non-numeric weight", "e.csv", "source,target,weight\na,b,mucho\n", line: 2),
        Case("self-loop", "e.csv", "source,target\na,a\n", line: 2),
        Case("the same tie twice", "e.csv", "source,target\na,b\nb,a\n", line: 3),
        Case("unclosed quote", "e.csv", "source,target\n\"a,b\n", line: 2),
        Case("a 10 MB label", "e.csv", "source,target\n" + String(repeating: "x", count: 10_000_000) + ",b\n", line: 2),
        Case("invalid UTF-8", "e.csv", bytes: Array("source,target\na,b\n".utf8) + [0x63, 0xC3, 0x28, 0x2C, 0x64, 0x0A], line: 3),
        Case("binary data", "e.csv", bytes: [0x00, 0xFF, 0xFE, 0x10, 0x80, 0x81, 0x0A, 0x00, 0x9F], line: 1),
        Case("deeply nested YAML", "e.yaml", "redes: 1\nname: x\nactors: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "\n", line: 3),
        Case("YAML syntax error", "e.yaml", "redes: 1\nname: [x\nactors: []\n", line: 3),
        Case("YAML unknown key", "e.yaml", yamlHeader + "tie:\n  - {source: a, target: b}\n", line: 7),
        Case("YAML missing name", "e.yaml", "redes: 1\nactors:\n  - {id: a, name: A}\n", line: 1),
        Case("YAML unsupported version", "e.yaml", "redes: 9\nname: x\nactors: []\n", line: 1),
        Case("YAML unknown member", "e.yaml", yamlHeader + "arrangements:\n  - {id: m, name: M, kind: mesa, members: [a, c], evidence: {status: illustrative, reason: r}}\n", line: 8),
        Case("YAML duplicate actor id", "e.yaml", "redes: 1\nname: x\nactors:\n  - {id: a, name: A}\n  - {id: a, name: B}\n", line: 5),
        Case("YAML scenario removing a missing actor", "e.yaml", yamlHeader + "scenarios:\n  - {id: s, remove: {actors: [zz]}}\n", line: 8),
        Case("YAML weight zero", "e.yaml", yamlHeader + "ties:\n  - {source: a, target: b, kind: k, weight: 0, evidence: {status: illustrative, reason: r}}\n", line: 8),
        Case("YAML documented without source", "e.yaml", yamlHeader + "ties:\n  - {source: a, target: b, kind: k, evidence: {status: documented}}\n", line: 8),
        Case("GraphML unclosed tag", "e.graphml", "<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>\n", line: 4),
        Case("GraphML undeclared key", "e.graphml", "<graphml>\n<graph>\n<node id=\"a\"><data key=\"k9\">x</data></node>\n</graph>\n</graphml>\n", line: 3),
        Case("GEXF edge to an undefined node", "e.gexf", "<gexf><graph>\n<nodes><node id=\"a\"/></nodes>\n<edges><edge id=\"0\" source=\"a\" target=\"b\"/></edges>\n</graph></gexf>\n", line: 3),
        Case("DL matrix of the wrong size", "e.dl", "dl n=2\nformat = fullmatrix\nlabels:\na,b\ndata:\n0 1\n", line: 6),
        Case("Pajek arc to an undefined vertex", "e.net", "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 5\n", line: 5),
        Case("node-link JSON without nodes", "e.json", "{\"edges\": []}", line: nil),
        Case("unknown file extension", "e.xlsx", "PK", line: nil),
    ]

    @Test("every case fails cleanly, in Spanish by default and in English with --lang en", arguments: cases)
    func catalog(_ item: Case) throws {
        try check(item, language: nil)
        try check(item, language: "en")
    }

    func check(_ item: Case, language: String?) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let input = directory.appendingPathComponent(item.file)
        try Data(item.bytes).write(to: input)
        for (name, bytes) in item.extra { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
        let output = directory.appendingPathComponent("out.json")
        let arguments = ["analyze", input.path, "--format", "json", "-o", output.path] + (language.map { ["--lang", $0] } ?? [])
            + item.arguments.map { item.extra[$0] != nil ? directory.appendingPathComponent($0).path : $0 }
        let result = try CLITests().run(arguments)
        #expect(result.status == 1, "exit status \(result.status): \(result.stderr.prefix(300))")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
        let expectedStart = item.line.map { "\(input.path):\($0)" } ?? input.path
        if item.name == "duplicate node ids" {
            // The problem is in the node list, not in the edge list.
            #expect(result.stderr.hasPrefix(directory.appendingPathComponent("n.csv").path + ":3"), "\(result.stderr.prefix(200))")
        } else {
            #expect(result.stderr.hasPrefix(expectedStart), "expected \(expectedStart): \(result.stderr.prefix(300))")
        }
        #expect(result.stderr.contains("error:") && result.stderr.contains(language == "en" ? "\n  fix: " : "\n  solución: "),
                "\(item.name) (\(language ?? "es")): \(result.stderr.prefix(300))")
        #expect(!FileManager.default.fileExists(atPath: output.path), "an output file was left behind")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test("an existing output file is never truncated by a failed run")
    func existingOutputKept() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let output = directory.appendingPathComponent("keep.json")
        try Data("previous".utf8).write(to: output)
        let bad = directory.appendingPathComponent("bad.csv")
        try Data("from;to\n".utf8).write(to: bad)
        let result = try CLITests().run(["analyze", bad.path, "--format", "json", "-o", output.path])
        #expect(result.status == 1)
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous")
    }
}

// MARK: Issue 16 — no silent guess
/// The cases that used to pass in silence (an option value that names nothing, an ignored option, a folder as input,
/// an output nowhere to go): each is now refused with its exact message, in Spanish and in English, exit status 1,
/// and no output file. `{dir}` stands for a fresh temporary folder, `{net}` for the bundled network.
@Suite("Bad-input catalog: no silent guess")
struct SilentGuessCatalogTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        let spanish: String
        let english: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "--color-by an attribute no actor has (was: a grey diagram, exit 0)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--color-by", "region"],
             spanish: "error: --color-by 'region': ningún actor tiene ese atributo\n  solución: use uno de los atributos de la red: bloque, sector, territorio, agregado, especialidades, nota, tipo",
             english: "error: --color-by 'region': no actor has this attribute\n  fix: use one of the network's attributes: bloc, sector, territory, agregado, especialidades, nota, tipo"),
        Case(name: "--cluster-by an attribute no actor has (was: no boxes, exit 0)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--cluster-by", "regin"],
             spanish: "error: --cluster-by 'regin': ningún actor tiene ese atributo\n  solución: use uno de los atributos de la red: bloque, sector, territorio, agregado, especialidades, nota, tipo",
             english: "error: --cluster-by 'regin': no actor has this attribute\n  fix: use one of the network's attributes: bloc, sector, territory, agregado, especialidades, nota, tipo"),
        Case(name: "--highlight keyplayers:x (was: silently 2)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--highlight", "keyplayers:x"],
             spanish: "error: --highlight 'keyplayers:x': el número de actores clave no es un número de 1 o más\n  solución: escriba `keyplayers:K` con K = 1, 2, 3…, o solo `keyplayers` para 2",
             english: "error: --highlight 'keyplayers:x': the number of key players is not a number of 1 or more\n  fix: write `keyplayers:K` with K = 1, 2, 3…, or `keyplayers` alone for 2"),
        Case(name: "--highlight a misspelt id (was: every id, no did-you-mean)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--highlight", "secreduk"],
             spanish: "error: --highlight nombra 'secreduk', que no es un actor de la red\n  solución: ¿quiso decir 'secreduc'? Si no, escriba ids de actores (la columna `id` de `redes analyze ARCHIVO --format csv`), separados por comas",
             english: "error: --highlight names 'secreduk', which is not an actor of the network\n  fix: did you mean 'secreduc'? Otherwise write actor ids (the `id` column of `redes analyze FILE --format csv`), separated by commas"),
        Case(name: "--metrics betweeness (was: no did-you-mean, English only)",
             arguments: ["analyze", "{net}", "--metrics", "degree,betweeness"],
             spanish: "error: --metrics 'betweeness' no es una de sus opciones\n  solución: ¿quiso decir 'betweenness'? Si no, use uno de: grado, entrada, salida, grado norm., fuerza, intermediación, cercanía, armónica, vector propio, PageRank, clustering, núcleo k, corte, componente",
             english: "error: --metrics 'betweeness' is not one of its choices\n  fix: did you mean 'betweenness'? Otherwise use one of: degree, in_degree, out_degree, degree_centrality, strength, betweenness, closeness, harmonic, eigenvector, pagerank, clustering, core_number, articulation_point, component"),
        Case(name: "--sort misspelt in Spanish",
             arguments: ["analyze", "{net}", "--sort", "intermediacon"],
             spanish: "error: --sort 'intermediacon' no es una de sus opciones\n  solución: ¿quiso decir 'intermediación'? Si no, use uno de: grado, entrada, salida, grado norm., fuerza, intermediación, cercanía, armónica, vector propio, PageRank, clustering, núcleo k, corte, componente",
             english: "error: --sort 'intermediacon' is not one of its choices\n  fix: did you mean 'intermediación'? Otherwise use one of: degree, in_degree, out_degree, degree_centrality, strength, betweenness, closeness, harmonic, eigenvector, pagerank, clustering, core_number, articulation_point, component"),
        Case(name: "--layout osage (doctor used to list it)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--layout", "osage"],
             spanish: "error: --layout 'osage' no es una de sus opciones\n  solución: use uno de: dot, neato, fdp, sfdp, circo, twopi, geo",
             english: "error: --layout 'osage' is not one of its choices\n  fix: use one of: dot, neato, fdp, sfdp, circo, twopi, geo"),
        Case(name: "--format x11 (doctor used to list it)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--format", "x11"],
             spanish: "error: --format 'x11' no es una de sus opciones\n  solución: use uno de: svg, png, pdf, dot",
             english: "error: --format 'x11' is not one of its choices\n  fix: use one of: svg, png, pdf, dot"),
        Case(name: "a folder as input (was: cannot tell the format of a '(none)' file)",
             arguments: ["analyze", "{dir}", "-o", "{dir}/x.json"],
             spanish: "{dir}: error: no se puede leer el archivo: es una carpeta\n  solución: indique un archivo de red dentro de la carpeta (como carpeta/red.yaml), no la carpeta",
             english: "{dir}: error: cannot read the file: it is a directory\n  fix: name a network file inside the folder (such as folder/network.yaml), not the folder"),
        Case(name: "an output in a missing folder (was: Foundation's 'The operation could not be completed')",
             arguments: ["analyze", "{net}", "-o", "{dir}/no/x.json"],
             spanish: "{dir}/no/x.json: error: no se puede escribir la salida: la carpeta '{dir}/no' no existe\n  solución: cree la carpeta (mkdir -p '{dir}/no') o escriba en otro lugar",
             english: "{dir}/no/x.json: error: cannot write the output: the folder '{dir}/no' does not exist\n  fix: create the folder (mkdir -p '{dir}/no') or write somewhere else"),
        Case(name: "an output that is a folder",
             arguments: ["render", "{net}", "-o", "{dir}"],
             spanish: "{dir}: error: no se puede escribir la salida: es una carpeta, no un archivo\n  solución: agregue un nombre de archivo a la ruta, como carpeta/resultado.json",
             english: "{dir}: error: cannot write the output: this is a folder, not a file\n  fix: add a file name to the path, such as folder/result.json"),
        Case(name: "--exclude a misspelt id",
             arguments: ["suggest", "{net}", "--exclude", "cmf,secreduk"],
             spanish: "error: --exclude nombra 'secreduk', que no es un actor de la red\n  solución: ¿quiso decir 'secreduc'? Si no, escriba ids de actores (la columna `id` de `redes analyze ARCHIVO --format csv`), separados por comas",
             english: "error: --exclude names 'secreduk', which is not an actor of the network\n  fix: did you mean 'secreduc'? Otherwise write actor ids (the `id` column of `redes analyze FILE --format csv`), separated by commas"),
        Case(name: "--between a group no actor is in",
             arguments: ["suggest", "{net}", "--between", "publico,empresaz"],
             spanish: "error: --between 'empresaz': ningún actor tiene bloque 'empresaz'\n  solución: ¿quiso decir 'empresas'? Si no, use valores de bloque: publico, ies, programas, gremios, empresas, liceos",
             english: "error: --between 'empresaz': no actor has bloc 'empresaz'\n  fix: did you mean 'empresas'? Otherwise use values of bloc: publico, ies, programas, gremios, empresas, liceos"),
        Case(name: "--group-by an attribute no actor has (was: a note, exit 0)",
             arguments: ["analyze", "{net}", "--group-by", "sectr"],
             spanish: "error: --group-by 'sectr': ningún actor tiene ese atributo\n  solución: ¿quiso decir 'sector'? Si no, use uno de los atributos de la red: bloque, sector, territorio, agregado, especialidades, nota, tipo",
             english: "error: --group-by 'sectr': no actor has this attribute\n  fix: did you mean 'sector'? Otherwise use one of the network's attributes: bloc, sector, territory, agregado, especialidades, nota, tipo"),
        Case(name: "--measure in positive mode (was: ignored)",
             arguments: ["keyplayers", "{net}", "--mode", "positive", "--measure", "DF"],
             spanish: "error: --measure no tiene efecto sin `--mode negative`\n  solución: agregue `--mode negative`, u omita --measure",
             english: "error: --measure means nothing without `--mode negative`\n  fix: add `--mode negative`, or leave out --measure"),
        Case(name: "--adaptive with random removal (was: ignored)",
             arguments: ["robustness", "{net}", "--order", "azar", "--adaptive"],
             spanish: "error: --adaptive no tiene efecto sin `--order betweenness`\n  solución: agregue `--order betweenness`, u omita --adaptive",
             english: "error: --adaptive means nothing without `--order betweenness`\n  fix: add `--order betweenness`, or leave out --adaptive"),
        Case(name: "--weighted without --size-by in render (was: ignored)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--weighted"],
             spanish: "error: --weighted no tiene efecto sin `--size-by`\n  solución: agregue `--size-by`, u omita --weighted",
             english: "error: --weighted means nothing without `--size-by`\n  fix: add `--size-by`, or leave out --weighted"),
        Case(name: "--nodes with a YAML network (was: ignored)",
             arguments: ["analyze", "{net}", "--nodes", "{dir}/n.csv"],
             spanish: "error: --nodes no tiene efecto sin `--input-format csv`\n  solución: agregue `--input-format csv`, u omita --nodes",
             english: "error: --nodes means nothing without `--input-format csv`\n  fix: add `--input-format csv`, or leave out --nodes"),
        Case(name: "--evidence documented without a source",
             arguments: ["convert", "{dir}/e.csv", "{dir}/e.yaml", "--evidence", "documentado"],
             spanish: "error: --evidence documented necesita --source (el id de la fuente que documenta los vínculos)\n  solución: agregue --source ID",
             english: "error: --evidence documented needs --source (the id of the source that documents the ties)\n  fix: add --source ID"),
        Case(name: "--evidence unspecified (would change nothing)",
             arguments: ["convert", "{dir}/e.csv", "{dir}/e.yaml", "--evidence", "sin respaldo"],
             spanish: "error: --evidence 'sin respaldo' no es una de sus opciones\n  solución: use uno de: documented, illustrative, proposed",
             english: "error: --evidence 'sin respaldo' is not one of its choices\n  fix: use one of: documented, illustrative, proposed"),
        Case(name: "--lang in a language Redes does not speak (was: swift-argument-parser's English)",
             arguments: ["analyze", "{net}", "--lang", "fr"],
             spanish: "error: --lang 'fr' no es un idioma que Redes hable\n  solución: escriba --lang es o --lang en",
             english: "error: --lang 'fr' no es un idioma que Redes hable\n  solución: escriba --lang es o --lang en"),
        Case(name: "--format misspelt, with a did-you-mean",
             arguments: ["analyze", "{net}", "--format", "jsn"],
             spanish: "error: --format 'jsn' no es una de sus opciones\n  solución: ¿quiso decir 'json'? Si no, use uno de: table, json, csv",
             english: "error: --format 'jsn' is not one of its choices\n  fix: did you mean 'json'? Otherwise use one of: table, json, csv"),
    ]

    @Test("every silent case is refused with its exact message, exit status 1 and no output", arguments: cases)
    func refused(_ item: Case) throws {
        let directory = try CLITests.freshDirectory("redes-silent")
        try Data("source,target\na,b\n".utf8).write(to: directory.appendingPathComponent("e.csv"))
        try Data("id\na\nb\n".utf8).write(to: directory.appendingPathComponent("n.csv"))
        func fill(_ text: String) -> String {
            text.replacingOccurrences(of: "{dir}", with: directory.path).replacingOccurrences(of: "{net}", with: "Networks/antofagasta-tp.yaml")
        }
        for (language, expected) in [("es", item.spanish), ("en", item.english)] {
            let arguments = item.arguments.map(fill) + (item.arguments.contains("--lang") ? [] : ["--lang", language])
            let result = try CLITests().run(arguments)
            #expect(result.status == 1, "\(item.name) (\(language)): exit \(result.status)")
            #expect(result.stderr == fill(expected) + "\n", "\(item.name) (\(language))")
            #expect(result.stdout.isEmpty)
            let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            #expect(left == ["e.csv", "n.csv"], "\(item.name): an output was written: \(left)")
        }
    }

    @Test("REDES_LANG in a language Redes does not speak is refused, in Spanish")
    func redesLang() throws {
        let result = try CLITests().run(["analyze", "Networks/antofagasta-tp.yaml"], environment: ["REDES_LANG": "fr"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: REDES_LANG 'fr' no es un idioma que Redes hable\n  solución: asigne es o en a REDES_LANG\n")
    }

    @Test("an output where writing is not allowed is refused, with the reason in the run's language")
    func unwritable() throws {
        // Permissions do not stop root; a read-only system folder does (Linux: /sys).
        let folder: String
        if getuid() == 0 {
            guard FileManager.default.fileExists(atPath: "/sys/kernel") else { return }
            folder = "/sys"
        } else {
            let directory = try CLITests.freshDirectory("redes-readonly")
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.path)
            folder = directory.path
        }
        let output = folder + "/x.json"
        let spanish = try CLITests().run(["analyze", "Networks/antofagasta-tp.yaml", "--format", "json", "-o", output])
        #expect(spanish.status == 1)
        #expect(spanish.stderr == "\(output): error: no se puede escribir la salida: no hay permiso para escribir ahí\n  solución: escriba en una carpeta propia, o pida permiso de escritura\n")
        let english = try CLITests().run(["analyze", "Networks/antofagasta-tp.yaml", "-o", output, "--lang", "en"])
        #expect(english.stderr == "\(output): error: cannot write the output: writing there is not allowed\n  fix: write into a folder of your own, or ask for write permission\n")
    }
}

// MARK: Issue 19 — diagrams for slides and the map
/// The refusals of the slide, focus, positions, map and Gephi options: each with its exact message in Spanish and in
/// English, exit status 1 and no file written. `{dir}` is a fresh folder holding `e.csv` (an edge list without
/// territories), `v2.json` (a positions file of a later version) and `p.json` (a current one); `{net}` the bundled
/// network.
@Suite("Bad-input catalog: slides, focus, positions and maps")
struct SlideCatalogTests {
    typealias Case = SilentGuessCatalogTests.Case

    static let fix = (es: "  solución: ", en: "  fix: ")
    static let cases: [Case] = [
        Case(name: "--aspect that is no proportion",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--aspect", "7:0"],
             spanish: "error: --aspect '7:0' no es una de sus opciones\n  solución: use uno de: 16:9, 4:3, 1:1, A4, A4-landscape",
             english: "error: --aspect '7:0' is not one of its choices\n  fix: use one of: 16:9, 4:3, 1:1, A4, A4-landscape"),
        Case(name: "--width in a unit Redes does not read",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--width", "12parsecs"],
             spanish: "error: --width '12parsecs' no es una longitud\n  solución: escriba un número positivo con `px`, `cm`, `mm`, `pt` o `in`, como --width 1920px o --width 25,4cm",
             english: "error: --width '12parsecs' is not a length\n  fix: write a positive number with `px`, `cm`, `mm`, `pt` or `in`, such as --width 1920px or --width 25.4cm"),
        Case(name: "--aspect with both --width and --height",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--aspect", "16:9", "--width", "800", "--height", "600"],
             spanish: "error: --aspect no se puede usar con --width --height\n  solución: omita una de las dos",
             english: "error: --aspect cannot be used with --width --height\n  fix: leave out one of the two"),
        Case(name: "--dpi for an SVG without pixel lengths (would be ignored)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--dpi", "300"],
             spanish: "error: --dpi no tiene efecto sin `-o *.png`\n  solución: agregue `-o *.png`, u omita --dpi",
             english: "error: --dpi means nothing without `-o *.png`\n  fix: add `-o *.png`, or leave out --dpi"),
        Case(name: "--font-size 0",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--font-size", "0"],
             spanish: "error: --font-size espera un número de 1 o más (admite decimales), no '0.0'\n  solución: por ejemplo --font-size 12",
             english: "error: --font-size takes a number of 1 or more (decimals allowed), not '0.0'\n  fix: for example --font-size 12"),
        Case(name: "a white background for the dark theme (light labels on white)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--theme", "dark", "--background", "blanco"],
             spanish: "error: --background white no se puede usar con --theme dark\n  solución: omita una de las dos",
             english: "error: --background white cannot be used with --theme dark\n  fix: leave out one of the two"),
        Case(name: "--theme misspelt",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--theme", "oscura"],
             spanish: "error: --theme 'oscura' no es una de sus opciones\n  solución: ¿quiso decir 'oscuro'? Si no, use uno de: light, dark",
             english: "error: --theme 'oscura' is not one of its choices\n  fix: did you mean 'oscuro'? Otherwise use one of: light, dark"),
        Case(name: "--no-legend with --legend-position",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--no-legend", "--legend-position", "top"],
             spanish: "error: --no-legend no se puede usar con --legend-position\n  solución: omita una de las dos",
             english: "error: --no-legend cannot be used with --legend-position\n  fix: leave out one of the two"),
        Case(name: "a key beside cluster boxes (the engine's header goes above or below)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--cluster-by", "bloc", "--legend-position", "right"],
             spanish: "error: --legend-position right no se puede usar con --cluster-by\n  solución: omita una de las dos",
             english: "error: --legend-position right cannot be used with --cluster-by\n  fix: leave out one of the two"),
        Case(name: "--focus a misspelt actor",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--focus", "secreduk"],
             spanish: "error: --focus nombra 'secreduk', que no es un actor de la red\n  solución: ¿quiso decir 'secreduc'? Si no, escriba ids de actores (la columna `id` de `redes analyze ARCHIVO --format csv`), separados por comas",
             english: "error: --focus names 'secreduk', which is not an actor of the network\n  fix: did you mean 'secreduc'? Otherwise write actor ids (the `id` column of `redes analyze FILE --format csv`), separated by commas"),
        Case(name: "--only-bloc a bloc no actor is in",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--only-bloc", "empresaz"],
             spanish: "error: --only-bloc 'empresaz': ningún actor tiene bloque 'empresaz'\n  solución: ¿quiso decir 'empresas'? Si no, use valores de bloque: publico, ies, programas, gremios, empresas, liceos",
             english: "error: --only-bloc 'empresaz': no actor has bloc 'empresaz'\n  fix: did you mean 'empresas'? Otherwise use values of bloc: publico, ies, programas, gremios, empresas, liceos"),
        Case(name: "--only-arrangement a misspelt arrangement",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--only-arrangement", "mesa-sectorial-energi"],
             spanish: "error: --only-arrangement nombra 'mesa-sectorial-energi', que no es una instancia de la red\n  solución: ¿quiso decir 'mesa-sectorial-energia'? Si no, escriba el id de una instancia (el `id` de una entrada de `arrangements:` en el archivo)",
             english: "error: --only-arrangement names 'mesa-sectorial-energi', which is not an arrangement of the network\n  fix: did you mean 'mesa-sectorial-energia'? Otherwise write an arrangement id (the `id` of an entry of `arrangements:` in the file)"),
        Case(name: "two focuses at once",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--focus", "secreduc", "--only-bloc", "publico"],
             spanish: "error: --focus no se puede usar con --only-bloc\n  solución: omita una de las dos",
             english: "error: --focus cannot be used with --only-bloc\n  fix: leave out one of the two"),
        Case(name: "--depth without --focus (would be ignored)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--depth", "2"],
             spanish: "error: --depth no tiene efecto sin `--focus`\n  solución: agregue `--focus`, u omita --depth",
             english: "error: --depth means nothing without `--focus`\n  fix: add `--focus`, or leave out --depth"),
        Case(name: "--context without a focus (would be ignored)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--context", "grey"],
             spanish: "error: --context no tiene efecto sin `--focus`\n  solución: agregue `--focus`, u omita --context",
             english: "error: --context means nothing without `--focus`\n  fix: add `--focus`, or leave out --context"),
        Case(name: "a positions file that does not exist",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--positions", "{dir}/none.json"],
             spanish: "{dir}/none.json: error: no se puede leer el archivo de posiciones: no existe\n  solución: escriba el archivo con `redes render RED -o dibujo.svg --save-positions ARCHIVO.json`",
             english: "{dir}/none.json: error: cannot read the positions file: it does not exist\n  fix: write the file with `redes render NETWORK -o drawing.svg --save-positions FILE.json`"),
        Case(name: "a positions file of a later version",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--positions", "{dir}/v2.json"],
             spanish: "{dir}/v2.json: error: el archivo de posiciones tiene la versión 2; este Redes lee la versión 1\n  solución: escriba el archivo con `redes render RED -o dibujo.svg --save-positions ARCHIVO.json`",
             english: "{dir}/v2.json: error: the positions file has version 2; this Redes reads version 1\n  fix: write the file with `redes render NETWORK -o drawing.svg --save-positions FILE.json`"),
        Case(name: "a JSON file that is not a positions file",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--positions", "{dir}/other.json"],
             spanish: "{dir}/other.json: error: este JSON no es un archivo de posiciones de Redes (no tiene \"format\": \"redes-layout\")\n  solución: escriba el archivo con `redes render RED -o dibujo.svg --save-positions ARCHIVO.json`",
             english: "{dir}/other.json: error: this JSON is not a Redes positions file (it has no \"format\": \"redes-layout\")\n  fix: write the file with `redes render NETWORK -o drawing.svg --save-positions FILE.json`"),
        Case(name: "a map with kept positions (the map places the actors)",
             arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--layout", "mapa", "--positions", "{dir}/p.json"],
             spanish: "error: --layout geo no se puede usar con --positions\n  solución: omita una de las dos",
             english: "error: --layout geo cannot be used with --positions\n  fix: leave out one of the two"),
        Case(name: "a map of a network without coordinates",
             arguments: ["render", "{dir}/e.csv", "-o", "{dir}/x.svg", "--layout", "geo"],
             spanish: "{dir}/x.svg: error: --layout geo necesita territorios con coordenadas, y los de esta red no tienen\n  solución: agregue lat y lon a las entradas del bloque `territories:` del archivo (grados decimales; la coma decimal, entre comillas), o use otro diseño",
             english: "{dir}/x.svg: error: --layout geo needs territories with coordinates, and this network's have none\n  fix: add lat and lon to the entries of the file's `territories:` block (decimal degrees; a decimal comma in quotes), or use another layout"),
        Case(name: "--with-metrics to a format without actor attributes",
             arguments: ["convert", "{net}", "{dir}/x.net", "--with-metrics"],
             spanish: "{dir}/x.net: error: los archivos net no guardan atributos de los actores: las métricas de --with-metrics se perderían\n  solución: escriba .gexf, .graphml, .json o .csv, u omita --with-metrics",
             english: "{dir}/x.net: error: net files keep no actor attributes: the metrics of --with-metrics would be lost\n  fix: write .gexf, .graphml, .json or .csv, or leave out --with-metrics"),
    ]

    @Test("every refusal has its exact message, exit status 1 and no output", arguments: cases)
    func refused(_ item: Case) throws {
        try Self.expectRefused(item, setup: ["e.csv": "source,target\na,b\n", "other.json": "{\"nodes\": []}",
                                             "v2.json": "{\"format\": \"redes-layout\", \"version\": 2, \"actors\": {}}",
                                             "p.json": "{\"format\": \"redes-layout\", \"version\": 1, \"actors\": {}}"])
    }

    /// Runs a case in a fresh folder holding the `setup` files, in Spanish and in English: exit status 1, exactly the
    /// message expected, nothing on standard output and no file written.
    static func expectRefused(_ item: Case, setup: [String: String]) throws {
        let directory = try CLITests.freshDirectory("redes-refused")
        for (name, text) in setup { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        func fill(_ text: String) -> String {
            text.replacingOccurrences(of: "{dir}", with: directory.path).replacingOccurrences(of: "{net}", with: "Networks/antofagasta-tp.yaml")
        }
        for (language, expected) in [("es", item.spanish), ("en", item.english)] {
            let result = try CLITests().run(item.arguments.map(fill) + ["--lang", language])
            #expect(result.status == 1, "\(item.name) (\(language)): exit \(result.status)")
            #expect(result.stderr == fill(expected) + "\n", "\(item.name) (\(language))")
            #expect(result.stdout.isEmpty)
            let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            #expect(left == setup.keys.sorted(), "\(item.name): an output was written: \(left)")
        }
    }

    @Test("--font names a family fontconfig knows, with a did-you-mean among the installed ones")
    func font() throws {
        let directory = try CLITests.freshDirectory("redes-font")
        let result = try CLITests().run(["render", "Networks/antofagasta-tp.yaml", "-o", directory.appendingPathComponent("x.svg").path,
                                         "--font", "DejaVu Sanz", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: --font 'DejaVu Sanz': fontconfig knows no such font family\n  fix: "))
        #expect(result.stderr.contains("did you mean 'DejaVu Sans'?") || result.stderr.contains("install fontconfig"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}

// MARK: Issue 21 — survey answers
/// Every malformed survey answer, and every wrong option of `redes survey`: refused with its exact message in Spanish
/// and in English, exit status 1, nothing on standard output and nothing written (the `-o` network is not created).
/// `{dir}` stands for a fresh temporary folder; the answers are `{dir}/r.csv` (or `.xlsx`), checked against the
/// eight-actor survey fixture.
@Suite("Bad-input catalog: survey answers")
struct SurveyAnswerCatalogTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// The answers file's bytes (nil: no file).
        let bytes: [UInt8]?
        var file = "r.csv"
        var arguments = ["--date", "2026-03"]
        let spanish: String
        let english: String
        var testDescription: String { name }

        init(_ name: String, _ text: String?, file: String = "r.csv", arguments: [String] = ["--date", "2026-03"],
             spanish: String, english: String) {
            self.name = name
            self.bytes = text.map { Array($0.utf8) }
            self.file = file
            self.arguments = arguments
            self.spanish = spanish
            self.english = english
        }

        init(_ name: String, bytes: [UInt8], spanish: String, english: String) {
            self.name = name
            self.bytes = bytes
            self.spanish = spanish
            self.english = english
        }
    }

    static let network = "Tests/RedesTests/Fixtures/survey/red-8.yaml"
    static let header = "encuestado,actor,colabora,frecuencia,canal 1,rol\n"

    static let cases: [Case] = [
        Case("an unknown respondent, with the closest name", header + "Secretaria X,SENCE,sí,mensual,,\n",
             spanish: "{dir}/r.csv:2:1: error: columna A: «encuestado» 'Secretaria X' no es un actor de la red\n  solución: ¿quiso decir 'Secretaría'? Si no, escriba el nombre como lo trae la plantilla (o el id del actor)",
             english: "{dir}/r.csv:2:1: error: column A: “respondent” 'Secretaria X' is not an actor of the network\n  fix: did you mean 'Secretaría'? Otherwise write the name as the template has it (or the actor's id)"),
        Case("an actor name with a typo, with the closest name", header + "Secretaría,Universidad de Antofagazta,sí,mensual,,\n",
             spanish: "{dir}/r.csv:2:2: error: columna B: «actor» 'Universidad de Antofagazta' no es un actor de la red\n  solución: ¿quiso decir 'Universidad de Antofagasta'? Si no, escriba el nombre como lo trae la plantilla (o el id del actor)",
             english: "{dir}/r.csv:2:2: error: column B: “actor” 'Universidad de Antofagazta' is not an actor of the network\n  fix: did you mean 'Universidad de Antofagasta'? Otherwise write the name as the template has it (or the actor's id)"),
        Case("an answer that is neither yes nor no", header + "Secretaría,SENCE,quizás,,,\n",
             spanish: "{dir}/r.csv:2:3: error: columna C: «colabora» dice 'quizás', que no es sí ni no\n  solución: escriba sí o no (sí, si, x y 1 valen sí; 0 vale no)",
             english: "{dir}/r.csv:2:3: error: column C: “collaborates” says 'quizás', which is not yes or no\n  fix: write yes or no (sí, si, x and 1 count as yes; 0 as no)"),
        Case("a frequency outside the scale", header + "Secretaría,SENCE,sí,mensul,,\n",
             spanish: "{dir}/r.csv:2:4: error: columna D: 'mensul' no es una frecuencia de la escala\n  solución: ¿quiso decir 'mensual'? Si no, use una de: nunca, anual, trimestral, mensual, semanal",
             english: "{dir}/r.csv:2:4: error: column D: 'mensul' is not a frequency of the scale\n  fix: did you mean 'mensual'? Otherwise use one of: never, yearly, quarterly, monthly, weekly"),
        Case("a channel that does not exist", header + "Secretaría,SENCE,sí,mensual,mesa de generos,\n",
             spanish: "{dir}/r.csv:2:5: error: columna E: el canal 'mesa de generos' no es un tipo de instancia ni una instancia de la red\n  solución: ¿quiso decir 'Mesa de género'? Si no, escriba un tipo de instancia (convenio, mesa, programa, mecanismo, comité, proyecto) o el nombre de una instancia de la red",
             english: "{dir}/r.csv:2:5: error: column E: channel 'mesa de generos' is neither a kind of arrangement nor an arrangement of the network\n  fix: did you mean 'Mesa de género'? Otherwise write a kind of arrangement (agreement, working table, program, mechanism, committee, project) or the name of an arrangement of the network"),
        Case("yes with the frequency never", header + "Secretaría,SENCE,sí,nunca,,\n",
             spanish: "{dir}/r.csv:2:4: error: columna D: «colabora» dice sí pero «frecuencia» dice nunca\n  solución: indique cada cuánto (anual, trimestral, mensual o semanal), o escriba no en «colabora»",
             english: "{dir}/r.csv:2:4: error: column D: “collaborates” says yes but “frequency” says never\n  fix: write how often (yearly, quarterly, monthly or weekly), or no in “collaborates”"),
        Case("no with a frequency", header + "Secretaría,SENCE,no,mensual,,\n",
             spanish: "{dir}/r.csv:2:4: error: columna D: «colabora» dice no pero «frecuencia» tiene respuesta\n  solución: escriba sí en «colabora», o vacíe «frecuencia»",
             english: "{dir}/r.csv:2:4: error: column D: “collaborates” says no but “frequency” is filled in\n  fix: write yes in “collaborates”, or clear “frequency”"),
        Case("a channel without an answer", header + "Secretaría,SENCE,,,mesa,\n",
             spanish: "{dir}/r.csv:2:3: error: columna C: «colabora» está en blanco pero «canal 1» tiene respuesta\n  solución: escriba sí o no en «colabora»",
             english: "{dir}/r.csv:2:3: error: column C: “collaborates” is blank but “channel 1” is filled in\n  fix: write yes or no in “collaborates”"),
        Case("the same pair answered twice", header + "Secretaría,SENCE,sí,,,\nsecretaria,sence,no,,,\n",
             spanish: "{dir}/r.csv:3:2: error: columna B: 'Secretaría' responde dos veces sobre 'SENCE' (la primera en la fila 2)\n  solución: deje una de las dos filas",
             english: "{dir}/r.csv:3:2: error: column B: 'Secretaría' answers about 'SENCE' twice (first in row 2)\n  fix: keep one of the two rows"),
        Case("a respondent naming itself", header + "Secretaría,sec,sí,,,\n",
             spanish: "{dir}/r.csv:2:2: error: columna B: el encuestado se nombra a sí mismo ('Secretaría')\n  solución: vacíe la fila: cada encuestado responde sobre los demás actores",
             english: "{dir}/r.csv:2:2: error: column B: the respondent names itself ('Secretaría')\n  fix: clear the row: a respondent answers about the other actors"),
        Case("answers without a respondent", header + ",SENCE,sí,,,\n",
             spanish: "{dir}/r.csv:2:1: error: columna A: la fila tiene respuestas pero no «encuestado»\n  solución: escriba el «encuestado» como lo trae la plantilla, o vacíe la fila",
             english: "{dir}/r.csv:2:1: error: column A: the row has answers but no “respondent”\n  fix: write the “respondent” as the template has it, or clear the row"),
        Case("no header row", "quien,a quien,si o no\nSecretaría,SENCE,sí\n",
             spanish: "{dir}/r.csv: error: ninguna fila nombra las columnas «encuestado», «actor» y «colabora»\n  solución: conserve la fila de títulos de la plantilla (encuestado, actor, colabora, frecuencia…, en español o en inglés); guarde las planillas como CSV UTF-8",
             english: "{dir}/r.csv: error: no row names the columns “respondent”, “actor” and “collaborates”\n  fix: keep the template's header row (respondent, actor, collaborates, frequency…, in English or Spanish); save spreadsheets as CSV UTF-8"),
        Case("a misspelt column header", "encuestado,actor,colabora,frecuenca\nSecretaría,SENCE,sí,mensual\n",
             spanish: "{dir}/r.csv:1:4: error: columna D: «frecuenca» no es una columna que la encuesta lea\n  solución: ¿quiso decir «frecuencia»? Corrija el título, o borre la columna",
             english: "{dir}/r.csv:1:4: error: column D: “frecuenca” is not a column the survey reads\n  fix: did you mean “frecuencia”? Rename the header, or delete the column"),
        Case("a column twice", "encuestado;actor;colabora;frecuencia;Frequency\nSecretaría;SENCE;sí;mensual;mensual\n",
             spanish: "{dir}/r.csv:1:5: error: columna E: «frecuencia» aparece dos veces (la primera en la columna D)\n  solución: borre una de las dos columnas",
             english: "{dir}/r.csv:1:5: error: column E: “frequency” appears twice (first in column D)\n  fix: delete one of the two columns"),
        Case("the template as it was sent", header + "Secretaría,SENCE,,,,\nSecretaría,GORE,,,,\n",
             spanish: "{dir}/r.csv: error: columna C: ninguna fila responde «colabora»: es la plantilla tal como se envió\n  solución: complete las respuestas (sí o no en «colabora») e importe el archivo completado",
             english: "{dir}/r.csv: error: column C: no row answers “collaborates”: this is the template as it was sent\n  fix: fill in the answers (yes or no in “collaborates”) and import the filled file"),
        Case("a CSV saved in Latin-1 (a spreadsheet's plain CSV)", bytes: Array("encuestado,actor,colabora\nSecretar".utf8) + [0xED] + Array("a,SENCE,s".utf8) + [0xED, 0x0A],
             spanish: "{dir}/r.csv:2: error: el archivo no es texto UTF-8 válido\n  solución: guarde el archivo como UTF-8 (en una planilla: CSV UTF-8)",
             english: "{dir}/r.csv:2: error: the file is not valid UTF-8 text\n  fix: save the file as UTF-8 (in a spreadsheet: CSV UTF-8)"),
        Case("an unclosed quote", header + "Secretaría,\"SENCE,sí,,,\n",
             spanish: "{dir}/r.csv:2: error: un campo entre comillas nunca se cierra\n  solución: cierre las comillas (una comilla dentro de un campo entre comillas se escribe dos veces: \"\")",
             english: "{dir}/r.csv:2: error: a quoted field is never closed\n  fix: close the quote (a quote inside a quoted field is written twice: \"\")"),
        Case("an empty file", "",
             spanish: "{dir}/r.csv: error: el archivo de respuestas está vacío\n  solución: guarde desde la planilla la plantilla completada (como CSV UTF-8 o .xlsx) e importe ese archivo",
             english: "{dir}/r.csv: error: the answers file is empty\n  fix: save the filled template from the spreadsheet (as CSV UTF-8 or .xlsx) and import that file"),
        Case("a missing answers file", nil,
             spanish: "{dir}/r.csv: error: no se puede leer el archivo: no existe\n  solución: revise la ruta y los permisos del archivo",
             english: "{dir}/r.csv: error: cannot read the file: no such file\n  fix: check the path and the file's permissions"),
        Case("an .xlsx that is not a workbook", "PK not a zip", file: "r.xlsx",
             spanish: "{dir}/r.xlsx: error: no es un libro .xlsx que se pueda leer\n  solución: guarde las respuestas desde la planilla como .xlsx (libro de Excel) o como CSV UTF-8",
             english: "{dir}/r.xlsx: error: this is not an .xlsx workbook that can be read\n  fix: save the answers from the spreadsheet as .xlsx (Excel workbook) or as CSV UTF-8"),
        Case("--ties max and a yes without frequency", header + "Secretaría,SENCE,sí,,,\nSecretaría,GORE,sí,mensual,,\n",
             arguments: ["--date", "2026-03", "--ties", "máximo"],
             spanish: "{dir}/r.csv:2:4: error: columna D: --ties max pondera los vínculos por frecuencia, y este sí no tiene «frecuencia»\n  solución: escriba la frecuencia en esta fila, o use --ties union o --ties intersection",
             english: "{dir}/r.csv:2:4: error: column D: --ties max weighs ties by frequency, and this yes has no “frequency”\n  fix: write the frequency in this row, or use --ties union or --ties intersection"),
        Case("no --date", header + "Secretaría,SENCE,sí,,,\n", arguments: [],
             spanish: "{dir}/r.csv: error: falta la fecha de la encuesta\n  solución: agregue --date AAAA-MM (cuándo se respondió la encuesta, p. ej. --date 2026-03)",
             english: "{dir}/r.csv: error: the survey's date is missing\n  fix: add --date YYYY-MM (when the survey was answered, e.g. --date 2026-03)"),
        Case("--ties misspelt", header + "Secretaría,SENCE,sí,,,\n", arguments: ["--date", "2026-03", "--ties", "unon"],
             spanish: "error: --ties 'unon' no es una de sus opciones\n  solución: ¿quiso decir 'union'? Si no, use uno de: union, intersection, max, min",
             english: "error: --ties 'unon' is not one of its choices\n  fix: did you mean 'union'? Otherwise use one of: union, intersection, max, min"),
    ]

    @Test("every malformed answer is refused with its exact message, exit status 1, and nothing written", arguments: cases)
    func refused(_ item: Case) throws {
        let directory = try CLITests.freshDirectory("redes-survey-bad")
        let answers = directory.appendingPathComponent(item.file)
        if let bytes = item.bytes { try Data(bytes).write(to: answers) }
        let output = directory.appendingPathComponent("red.yaml").path
        for (language, expected) in [("es", item.spanish), ("en", item.english)] {
            let result = try CLITests().run(["survey", "import", Self.network, answers.path, "-o", output, "--lang", language] + item.arguments)
            #expect(result.status == 1, "\(item.name) (\(language)): exit \(result.status)")
            #expect(result.stderr == expected.replacingOccurrences(of: "{dir}", with: directory.path) + "\n", "\(item.name) (\(language))")
            #expect(result.stdout.isEmpty)
            let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            #expect(left == (item.bytes == nil ? [] : [item.file]), "\(item.name): something was written: \(left)")
        }
    }

    @Test("the template refuses an output it cannot write as .csv or .xlsx, and writes nothing")
    func templateOutput() throws {
        let directory = try CLITests.freshDirectory("redes-survey-bad-template")
        for (language, expected) in [("es", "error: -o '{dir}/x.txt' no es una de sus opciones\n  solución: use uno de: .xlsx, .csv\n"),
                                     ("en", "error: -o '{dir}/x.txt' is not one of its choices\n  fix: use one of: .xlsx, .csv\n")] {
            let result = try CLITests().run(["survey", "template", Self.network, "-o", directory.appendingPathComponent("x.txt").path, "--lang", language])
            #expect(result.status == 1)
            #expect(result.stderr == expected.replacingOccurrences(of: "{dir}", with: directory.path))
        }
        let import_ = try CLITests().run(["survey", "import", Self.network, "r.csv", "--date", "2026-03", "-o", directory.appendingPathComponent("x.json").path])
        #expect(import_.status == 1 && import_.stderr.hasSuffix("solución: use uno de: .yaml, .yml\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}

// MARK: Issue 17 — the indicator board
/// A board that names what is not in the network, a template with a mistake, options that mean nothing together:
/// each refused with its exact message, in Spanish and in English, exit status 1, and no output file. `{file}` stands
/// for the input written from `yaml`, `{csv}` for the template written from `csv`.
@Suite("Bad-input catalog: the indicator board")
struct BoardCatalogTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        var yaml: String = BoardCatalogTests.network
        var csv: String?
        let arguments: [String]
        let spanish: String
        let english: String
        var testDescription: String { name }
    }

    static let network = """
        redes: 1
        name: x
        sources: [{id: s, title: S}]
        actors:
          - {id: secreduc, name: SECREDUC}
          - {id: chilevalora, name: ChileValora}
        arrangements:
          - {id: mesa, name: Mesa, kind: mesa, members: [secreduc, chilevalora], evidence: {status: documented, source: s}}
        indicators:
          - id: certificaciones
            name: Certificaciones
            custodian: chilevalora
            evidence: {status: illustrative, reason: r}

        """

    static let cases: [Case] = [
        Case(name: "a custodian that is not an actor", yaml: network.replacingOccurrences(of: "custodian: chilevalora", with: "custodian: chilevalorra"),
             arguments: ["indicators", "{file}"],
             spanish: "{file}:12:16: error: el indicador 'certificaciones' nombra como custodio a 'chilevalorra', que no es un actor de la red (indicators[0].custodian)\n  solución: ¿quiso decir 'chilevalora'? Si no, agregue un actor con id 'chilevalorra' en `actors:` (o al archivo de nodos)",
             english: "{file}:12:16: error: indicator 'certificaciones' names as custodian 'chilevalorra', which is not an actor of the network (indicators[0].custodian)\n  fix: did you mean 'chilevalora'? Otherwise add an actor with id 'chilevalorra' under `actors:` (or to the nodes file)"),
        Case(name: "a role actor that is not an actor (every command reads the board)",
             yaml: network.replacingOccurrences(of: "custodian: chilevalora", with: "roles: [{actor: secreduk, role: usa}]"),
             arguments: ["analyze", "{file}"],
             spanish: "{file}:12:21: error: el indicador 'certificaciones' nombra como usuario a 'secreduk', que no es un actor de la red (indicators[0].roles[0].actor)\n  solución: ¿quiso decir 'secreduc'? Si no, agregue un actor con id 'secreduk' en `actors:` (o al archivo de nodos)",
             english: "{file}:12:21: error: indicator 'certificaciones' names as user 'secreduk', which is not an actor of the network (indicators[0].roles[0].actor)\n  fix: did you mean 'secreduc'? Otherwise add an actor with id 'secreduk' under `actors:` (or to the nodes file)"),
        Case(name: "an agreement that is not an arrangement",
             yaml: network.replacingOccurrences(of: "custodian: chilevalora", with: "agreement: mesas"),
             arguments: ["indicators", "{file}"],
             spanish: "{file}:12:16: error: el acuerdo 'mesas' del indicador 'certificaciones' no es una instancia de la red (indicators[0].agreement)\n  solución: ¿quiso decir 'mesa'? Si no, nombre una instancia de `arrangements:`, u omita `agreement:` (ninguna instancia comparte el dato)",
             english: "{file}:12:16: error: the agreement 'mesas' of indicator 'certificaciones' is not an arrangement of the network (indicators[0].agreement)\n  fix: did you mean 'mesa'? Otherwise name an arrangement of `arrangements:`, or leave `agreement:` out (no arrangement shares the data)"),
        Case(name: "a template row with a role misspelt, at its line and column",
             csv: "indicador;nombre del indicador;actor;nombre del actor;bloque;custodio;rol;período línea base;línea base;período meta;meta\ncertificaciones;;secreduc;;;;usuraio;;;;\n",
             arguments: ["indicators", "{file}", "--import", "{csv}", "-o", "{dir}/out.yaml"],
             spanish: "{csv}:2:7: error: 'usuraio' no es un rol\n  solución: ¿quiso decir 'usa'? Si no, escriba produce, reporta, valida o usa, separados por comas",
             english: "{csv}:2:7: error: 'usuraio' is not a role\n  fix: did you mean 'uses'? Otherwise write produces, reports, validates or uses, separated by commas"),
        Case(name: "--format with --template (would be ignored)",
             arguments: ["indicators", "{file}", "--template", "--format", "json", "-o", "{dir}/t.csv"],
             spanish: "error: --format no se puede usar con --template\n  solución: omita una de las dos",
             english: "error: --format cannot be used with --template\n  fix: leave out one of the two"),
        Case(name: "--committee misspelt",
             arguments: ["indicators", "{file}", "--committee", "mesa2", "-o", "{dir}/x.txt"],
             spanish: "error: --committee nombra 'mesa2', que no es una instancia de la red\n  solución: ¿quiso decir 'mesa'? Si no, escriba el id de una instancia (el `id` de una entrada de `arrangements:` en el archivo)",
             english: "error: --committee names 'mesa2', which is not an arrangement of the network\n  fix: did you mean 'mesa'? Otherwise write an arrangement id (the `id` of an entry of `arrangements:` in the file)"),
    ]

    @Test("every case is refused with its exact message, exit status 1 and no output", arguments: cases)
    func refused(_ item: Case) throws {
        let directory = try CLITests.freshDirectory("redes-board-catalog")
        let file = directory.appendingPathComponent("red.yaml").path, csv = directory.appendingPathComponent("tablero.csv").path
        try Data(item.yaml.utf8).write(to: URL(fileURLWithPath: file))
        if let text = item.csv { try Data(text.utf8).write(to: URL(fileURLWithPath: csv)) }
        let inputs = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        func fill(_ text: String) -> String {
            text.replacingOccurrences(of: "{file}", with: file).replacingOccurrences(of: "{csv}", with: csv)
                .replacingOccurrences(of: "{dir}", with: directory.path)
        }
        for (language, expected) in [("es", item.spanish), ("en", item.english)] {
            let result = try CLITests().run(item.arguments.map(fill) + ["--lang", language])
            #expect(result.status == 1, "\(item.name) (\(language)): exit \(result.status)")
            #expect(result.stderr == fill(expected) + "\n", "\(item.name) (\(language))")
            #expect(result.stdout.isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == inputs, "\(item.name): an output was written")
        }
    }
}

// MARK: Issue 22 — edge cases (items 7–13): each refused with its message, exit status 1, no output, no temporary file

extension BadInputCatalogTests {
    struct EdgeCase: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let bytes: [UInt8]
        /// The command and its options before the input (`analyze`, `convert`, `render`…).
        var command: String = "analyze"
        /// Options after the input; `OUT` stands for the output file.
        var arguments: [String] = ["--format", "json", "-o", "OUT"]
        /// The output file's name.
        var output: String = "out.json"
        /// The `file:line` the message must start with (nil: the file name alone).
        var line: Int?
        /// Words the English message must contain.
        var message: [String]
        var testDescription: String { name }
    }

    static func text(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// A random graph of `n` actors and `m` ties (seeded), as a CSV edge list.
    static func randomEdges(_ n: Int, _ m: Int) -> [UInt8] {
        var state: UInt64 = 22
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var out = "source,target\n"
        var seen = Set<Int>()
        while seen.count < m {
            let u = next(), v = next()
            if u != v && seen.insert(min(u, v) * n + max(u, v)).inserted { out += "a\(u),a\(v)\n" }
        }
        return Array(out.utf8)
    }

    static let deepNodes = String(repeating: "<x>", count: 40_000) + String(repeating: "</x>", count: 40_000)
    static let bigArrangement = "redes: 1\nname: big\nactors:\n" + (0..<3_030).map { "  - {id: m\($0), name: M\($0)}\n" }.joined()
        + "arrangements:\n  - {id: all, name: Everyone, kind: committee, members: [" + (0..<3_030).map { "m\($0)" }.joined(separator: ", ")
        + "], evidence: {status: illustrative, reason: r}}\n"
    static let trickyIDs = "redes: 1\nname: ids\nactors:\n  - {id: \"x\\\"y\", name: A}\n  - {id: \"x'y\", name: B}\n  - {id: \"línea\\nnueva\", name: C}\n  - {id: \"data:x\", name: D}\n  - {id: \"fin\\\\\", name: E}\n"
        + "ties:\n  - {source: \"x\\\"y\", target: \"x'y\", kind: k, evidence: {status: illustrative, reason: r}}\n"

    static let edgeCases: [EdgeCase] = [
        // Item 7: DTDs with entities, and XML errors in words.
        EdgeCase(name: "GraphML with an external entity", file: "e.graphml", bytes: text("""
            <?xml version="1.0"?>
            <!DOCTYPE graphml [
            <!ENTITY s SYSTEM "file:///etc/hostname">
            ]>
            <graphml><graph edgedefault="undirected"><node id="a"><data key="n">&s;</data></node></graph></graphml>
            """), line: 3, message: ["declares entities", "never opens the files an entity names"]),
        EdgeCase(name: "GEXF entity amplification (billion laughs)", file: "e.gexf", bytes: text("""
            <?xml version="1.0"?>
            <!DOCTYPE gexf [
            <!ENTITY a "aaaaaaaaaa">
            <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
            <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
            <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
            <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
            <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
            ]>
            <gexf><graph><nodes><node id="a" label="&h;"/></nodes></graph></gexf>
            """), line: 3, message: ["declares entities", "does not expand entities"]),
        EdgeCase(name: "XML parser error in words", file: "e.graphml", bytes: text("<graphml>\n<graph edgedefault=\"undirected\">\n<node id=a/>\n</graph></graphml>\n"),
                 line: 3, message: ["an attribute value without quotes"]),
        // Item 8: a crash and a runaway.
        EdgeCase(name: "GraphML with 40,000 nested elements in a node", file: "e.graphml",
                 bytes: text("<graphml><graph edgedefault=\"undirected\">\n<node id=\"a\">\(deepNodes)</node></graph></graphml>\n"),
                 line: 2, message: ["nested more than 200 levels"]),
        EdgeCase(name: "GEXF with 40,000 nested elements in a node", file: "e.gexf",
                 bytes: text("<gexf><graph><nodes>\n<node id=\"a\">\(deepNodes)</node></nodes></graph></gexf>\n"),
                 line: 2, message: ["nested more than 200 levels"]),
        EdgeCase(name: "Pajek *Vertices 1000000000", file: "e.net", bytes: text("*Vertices 1000000000\n1 \"a\"\n"),
                 line: 1, message: ["1000000000 actors, more than the limit of 1000000", "--max-actors"]),
        EdgeCase(name: "DL n=1000000000", file: "e.dl", bytes: text("dl n=1000000000\nformat=edgelist1\nlabels embedded\ndata:\na b\n"),
                 line: 1, message: ["is not between 0 and 1000000"]),
        // Item 9: characters no writer can hold, refused at load; ids a writer cannot hold, refused by name.
        EdgeCase(name: "a bell (U+0007) in a CSV id", file: "e.csv", bytes: text("source,target\na\u{7}b,c\n"),
                 line: 2, message: ["invisible character U+0007", "remove the character"]),
        EdgeCase(name: "U+FFFE in a YAML name", file: "e.yaml", bytes: text("redes: 1\nname: x\nactors:\n  - {id: a, name: \"A\\uFFFE\"}\n"),
                 line: 4, message: ["invisible character U+FFFE"]),
        EdgeCase(name: "an escape (U+001B) in a Pajek label", file: "e.net", bytes: text("*Vertices 1\n1 \"a\u{1B}b\"\n"),
                 line: 2, message: ["invisible character U+001B"]),
        EdgeCase(name: "a C1 control (U+0085) in a node-link id", file: "e.json", bytes: text("{\"nodes\": [\n{\"id\": \"a\\u0085\"}]}"),
                 line: 2, message: ["invisible character U+0085"]),
        EdgeCase(name: "convert to Pajek: ids with a quote and a line break", file: "ids.yaml", bytes: text(trickyIDs), command: "convert",
                 arguments: ["OUT"], output: "out.net", message: ["Pajek cannot hold 2 of the texts exactly", "'x\"y'", "'línea\\nnueva'"]),
        EdgeCase(name: "convert to UCINET DL: a quote, a line break and `data:`", file: "ids.yaml", bytes: text(trickyIDs), command: "convert",
                 arguments: ["OUT"], output: "out.dl", message: ["UCINET DL cannot hold 3 of the texts exactly", "'data:x'"]),
        EdgeCase(name: "convert to DOT: an id ending with a backslash", file: "ids.yaml", bytes: text(trickyIDs), command: "convert",
                 arguments: ["OUT"], output: "out.dot", message: ["DOT cannot hold 1 of the texts exactly", "'fin\\'"]),
        // Item 10: silent value changes.
        EdgeCase(name: "JSON weight \"2.5\"", file: "e.json", bytes: text("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n\"edges\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": \"2.5\"}]}"),
                 line: 2, message: ["weight '\"2.5\"' is not a positive number"]),
        EdgeCase(name: "JSON weight {\"v\":1}", file: "e.json", bytes: text("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n\"edges\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": {\"v\":1}}]}"),
                 line: 2, message: ["weight '{\"v\":1}' is not a positive number"]),
        EdgeCase(name: "Pajek weight heavy", file: "e.net", bytes: text("*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2 heavy\n"),
                 line: 5, message: ["weight 'heavy' is not a positive number"]),
        EdgeCase(name: "GraphML weight heavy", file: "e.graphml", bytes: text("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data></edge></graph></graphml>\n"),
                 line: 3, message: ["weight 'heavy' is not a positive number"]),
        EdgeCase(name: "YAML name: null", file: "e.yaml", bytes: text("redes: 1\nname: x\nactors:\n  - {id: a, name: null}\n"),
                 line: 4, message: ["`name` should be a text, number or true/false value, found null"]),
        EdgeCase(name: "YAML period {start: enero}", file: "e.yaml", bytes: text("redes: 1\nname: x\nactors: [{id: a, name: A}, {id: b, name: B}]\narrangements:\n  - {id: m, name: M, kind: mesa, members: [a, b],\n     period: {start: enero}, evidence: {status: illustrative, reason: r}}\n"),
                 line: 6, message: ["'enero' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"]),
        EdgeCase(name: "YAML period ending before it starts", file: "e.yaml", bytes: text("redes: 1\nname: x\nactors: [{id: a, name: A}, {id: b, name: B}]\narrangements:\n  - {id: m, name: M, kind: mesa, members: [a, b],\n     period: {start: 2026, end: 2024}, evidence: {status: illustrative, reason: r}}\n"),
                 line: 6, message: ["the period ends (2024) before it starts (2026)"]),
        EdgeCase(name: "GraphML edgedefault=\"sideways\"", file: "e.graphml", bytes: text("<graphml>\n<graph edgedefault=\"sideways\"><node id=\"a\"/></graph></graphml>\n"),
                 line: 2, message: ["`edgedefault` cannot be 'sideways'", "directed, undirected"]),
        EdgeCase(name: "GEXF defaultedgetype=\"sideways\"", file: "e.gexf", bytes: text("<gexf>\n<graph defaultedgetype=\"sideways\"><nodes><node id=\"a\"/></nodes></graph></gexf>\n"),
                 line: 2, message: ["`defaultedgetype` cannot be 'sideways'"]),
        EdgeCase(name: "JSON \"directed\": \"yes\"", file: "e.json", bytes: text("{\"directed\": \"yes\", \"nodes\": []}"),
                 line: 1, message: ["`directed` should be true or false, found '\"yes\"'"]),
        EdgeCase(name: "JSON trailing comma", file: "e.json", bytes: text("{\"nodes\": [{\"id\": \"a\"},\n  ]}"),
                 line: 2, message: ["not valid JSON: a comma before ] or }"]),
        EdgeCase(name: "JSON \"edges\": \"x\"", file: "e.json", bytes: text("{\"nodes\": [],\n\"edges\": \"x\"}"),
                 line: 2, message: ["`edges` should be a list of entries"]),
        EdgeCase(name: "DL without its dl header", file: "e.dl", bytes: text("n=2\nlabels:\na,b\ndata:\n0 1\n1 0\n"),
                 line: 1, message: ["the first line is not the `dl` header"]),
        EdgeCase(name: "NUL in a CSV field", file: "e.csv", bytes: text("source,target\na,b\u{0}c\n"),
                 line: 2, message: ["invisible character U+0000"]),
        // Item 11: the text cap in characters, with a line; JSON errors with a position.
        EdgeCase(name: "10,001 é in one id", file: "e.csv", bytes: text("source,target\na,b\n" + String(repeating: "é", count: 10_001) + ",c\n"),
                 line: 3, message: ["10001 characters in one text, more than the limit of 10000"]),
        EdgeCase(name: "malformed JSON with its line and column", file: "e.json", bytes: text("{\"nodes\": [\n  {\"id\": \"a\"}\n  {\"id\": \"b\"}]}"),
                 line: 3, message: [":3:3: error: not valid JSON: unexpected '{'"]),
        // Item 13: unbounded work, refused before it starts.
        EdgeCase(name: "analyze of 200,000 actors (estimated, then refused)", file: "big.csv", bytes: randomEdges(200_000, 400_000),
                 line: nil, message: ["the analysis would take about", "shortest paths from", "--allow-slow"]),
        EdgeCase(name: "analyze --sample 50 of a star of 400,000 leaves", file: "star.csv",
                 bytes: text("source,target\n" + (1...400_000).map { "hub,l\($0)\n" }.joined()),
                 arguments: ["--sample", "50", "--format", "json", "-o", "OUT"],
                 line: nil, message: ["one actor has 400000 ties", "--allow-slow"]),
        EdgeCase(name: "render of one arrangement of 3,030 members", file: "big.yaml", bytes: text(bigArrangement), command: "render",
                 arguments: ["-o", "OUT"], output: "out.svg",
                 line: nil, message: ["about 4588935 pairs of actors ('Everyone' alone has 3030 members)", "--two-mode (3030 lines)"]),
    ]

    @Test("issue 22: each case is refused with its message, status 1, no output and no temporary file", arguments: edgeCases)
    func edgeCase(_ item: EdgeCase) throws {
        for language in ["en", "es"] {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-catalog-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let input = directory.appendingPathComponent(item.file)
            try Data(item.bytes).write(to: input)
            let output = directory.appendingPathComponent(item.output)
            let arguments = [item.command, input.path] + item.arguments.map { $0 == "OUT" ? output.path : $0 } + ["--lang", language]
            let result = try CLITests().run(arguments)
            #expect(result.status == 1, "\(item.name) (\(language)): status \(result.status): \(result.stderr.prefix(300))")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
            let start = item.line.map { "\(input.path):\($0)" } ?? (item.command == "convert" ? output.path : input.path)
            #expect(result.stderr.hasPrefix(start) || result.stderr.contains("\n" + start), "\(item.name): \(result.stderr.prefix(300))")
            #expect(result.stderr.contains(language == "en" ? "\n  fix: " : "\n  solución: "), "\(item.name) (\(language)): \(result.stderr.prefix(400))")
            if language == "en" {
                for words in item.message { #expect(result.stderr.contains(words), "\(item.name): «\(words)» not in \(result.stderr.prefix(600))") }
            }
            #expect(!FileManager.default.fileExists(atPath: output.path), "an output file was left behind")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).allSatisfy { !$0.hasSuffix(".tmp") })
        }
    }

    @Test("issue 22, item 12: the temporary file of a writer killed mid-write is removed by the next write")
    func killedWriter() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // What `kill -9` leaves: `.NAME.PID.tmp` of a process that no longer runs.
        let exited = Process()
        exited.executableURL = URL(fileURLWithPath: "/bin/true")
        try exited.run()
        exited.waitUntilExit()
        let litter = directory.appendingPathComponent(".out.json.\(exited.processIdentifier).tmp")
        try Data("{\"half".utf8).write(to: litter)
        let output = directory.appendingPathComponent("out.json")
        let result = try CLITests().run(["analyze", "Networks/antofagasta-tp.yaml", "--metrics", "degree", "--format", "json", "-o", output.path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.json"])
    }
}

// MARK: Issue 20 — the interactive map
/// The refusals of `redes explore`: each with its exact message in Spanish and in English, exit status 1 and no file
/// written. `{dir}` is a fresh folder holding `e.csv` (an edge list, no scenarios); `{net}` the bundled network.
@Suite("Bad-input catalog: the interactive map")
struct ExploreCatalogTests {
    typealias Case = SilentGuessCatalogTests.Case

    static let cases: [Case] = [
        Case(name: "a page written as SVG",
             arguments: ["explore", "{net}", "-o", "{dir}/mapa.svg"],
             spanish: "{dir}/mapa.svg: error: el mapa interactivo es un archivo HTML, no un archivo '.svg'\n  solución: use -o mapa.html (un archivo que se abre con doble clic, sin red ni servidor)",
             english: "{dir}/mapa.svg: error: the interactive map is one HTML file, not a '.svg' file\n  fix: use -o map.html (one file that opens with a double click, with no network and no server)"),
        Case(name: "a misspelt scenario, with a did-you-mean",
             arguments: ["explore", "{net}", "-o", "{dir}/mapa.html", "--scenario", "comite-regional-pt"],
             spanish: "error: --scenario 'comite-regional-pt' no es una de sus opciones\n  solución: ¿quiso decir 'comite-regional-tp'? Si no, use uno de: comite-regional-tp, convenios-trianuales, escalamiento-territorial, convergencia-curricular, aulas-tecnologicas, trayectorias-mujeres-stem",
             english: "error: --scenario 'comite-regional-pt' is not one of its choices\n  fix: did you mean 'comite-regional-tp'? Otherwise use one of: comite-regional-tp, convenios-trianuales, escalamiento-territorial, convergencia-curricular, aulas-tecnologicas, trayectorias-mujeres-stem"),
        Case(name: "a scenario of a file without scenarios (would be ignored)",
             arguments: ["explore", "{dir}/e.csv", "-o", "{dir}/mapa.html", "--scenario", "x"],
             spanish: "error: --scenario no tiene efecto sin `scenarios:`\n  solución: agregue `scenarios:`, u omita --scenario",
             english: "error: --scenario means nothing without `scenarios:`\n  fix: add `scenarios:`, or leave out --scenario"),
        Case(name: "a positions file that does not exist",
             arguments: ["explore", "{net}", "-o", "{dir}/mapa.html", "--positions", "{dir}/none.json"],
             spanish: "{dir}/none.json: error: no se puede leer el archivo de posiciones: no existe\n  solución: escriba el archivo con `redes render RED -o dibujo.svg --save-positions ARCHIVO.json`",
             english: "{dir}/none.json: error: cannot read the positions file: it does not exist\n  fix: write the file with `redes render NETWORK -o drawing.svg --save-positions FILE.json`"),
        Case(name: "a page in a missing folder",
             arguments: ["explore", "{net}", "-o", "{dir}/no/mapa.html"],
             spanish: "{dir}/no/mapa.html: error: no se puede escribir la salida: la carpeta '{dir}/no' no existe\n  solución: cree la carpeta (mkdir -p '{dir}/no') o escriba en otro lugar",
             english: "{dir}/no/mapa.html: error: cannot write the output: the folder '{dir}/no' does not exist\n  fix: create the folder (mkdir -p '{dir}/no') or write somewhere else"),
    ]

    @Test("every refusal has its exact message, exit status 1 and no output", arguments: cases)
    func refused(_ item: Case) throws {
        try SlideCatalogTests.expectRefused(item, setup: ["e.csv": "source,target\na,b\n"])
    }
}

// MARK: Issue 18 — comparisons, waves and the roadmap
/// Dates, periods and roadmaps in the file, each refused at its line with a fix; and the refusals of `compare`,
/// `roadmap`, `waves` and `--at`, each with its exact message in Spanish and in English, exit status 1 and no output.
@Suite("Bad-input catalog: waves, comparisons and the roadmap")
struct ChangeOverTimeCatalogTests {
    typealias Case = BadInputCatalogTests.Case

    static let header = BadInputCatalogTests.yamlHeader
    static let scenario = "scenarios:\n  - {id: comite, add: {ties: [{source: a, target: b, kind: k, evidence: {status: proposed, reason: r}}]}}\n"

    static let files: [Case] = [
        Case("a period start that is no date", "e.yaml", header.replacingOccurrences(of: "{id: b, name: B}", with: "{id: b, name: B, period: {start: marzo}}"), line: 6),
        Case("a month 13", "e.yaml", header + "ties:\n  - {source: a, target: b, kind: k, period: {start: 2026-13}, evidence: {status: illustrative, reason: r}}\n", line: 8),
        Case("a period that ends before it starts", "e.yaml", header + "arrangements:\n  - {id: m, name: M, kind: mesa, members: [a, b], period: {start: 2027, end: 2025}, evidence: {status: illustrative, reason: r}}\n", line: 8),
        Case("a phase naming a misspelt scenario", "e.yaml", header + scenario + "roadmap:\n  - {id: uno, name: Uno, scenarios: [comitee]}\n", line: 10),
        Case("a scenario in two phases", "e.yaml", header + scenario + "roadmap:\n  - {id: uno, name: Uno, scenarios: [comite]}\n  - {id: dos, name: Dos, scenarios: [comite]}\n", line: 11),
        Case("a phase that starts before the one before it", "e.yaml", header + scenario + "roadmap:\n  - {id: uno, name: Uno, period: {start: 2027}, scenarios: [comite]}\n  - {id: dos, name: Dos, period: {start: 2025}}\n", line: 11),
        Case("an unknown key in a phase", "e.yaml", header + scenario + "roadmap:\n  - {id: uno, name: Uno, escenarios: [comite]}\n", line: 10),
    ]

    @Test("every file problem is refused at its line, in Spanish by default and in English with --lang en", arguments: files)
    func file(_ item: Case) throws {
        try BadInputCatalogTests().check(item, language: nil)
        try BadInputCatalogTests().check(item, language: "en")
    }

    @Test("the messages say what is wrong and how to fix it")
    func wording() throws {
        let directory = try CLITests.freshDirectory("redes-periods")
        let path = directory.appendingPathComponent("e.yaml").path
        try Data((Self.header + Self.scenario + "roadmap:\n  - {id: uno, name: Uno, scenarios: [comitee]}\n").utf8).write(to: URL(fileURLWithPath: path))
        let result = try CLITests().run(["roadmap", path, "--lang", "en"])
        #expect(result.stderr == "\(path):10:38: error: phase 'uno' names scenario 'comitee', which the file does not have (roadmap[0].scenarios[0])\n  fix: did you mean 'comite'? Otherwise list the id of an entry of `scenarios:`\n")
        try Data(Self.header.replacingOccurrences(of: "{id: b, name: B}", with: "{id: b, name: B, period: {start: 2026, end: 2025-06}}").utf8)
            .write(to: URL(fileURLWithPath: path))
        let spanish = try CLITests().run(["analyze", path])
        #expect(spanish.stderr.hasPrefix("\(path):6:") && spanish.stderr.contains("error: el período termina (2025-06) antes de empezar (2026)"))
        #expect(spanish.stderr.contains("solución: intercambie `start` y `end`, o corrija uno de los dos"))
    }

    static let options: [SilentGuessCatalogTests.Case] = [
        .init(name: "compare with one mapping only",
              arguments: ["compare", "{net}"],
              spanish: "error: compare necesita dos versiones de la red\n  solución: indique un segundo archivo (redes compare A B), un escenario (--scenario NOMBRE) o dos fechas (--at 2025 --at 2026)",
              english: "error: compare needs two mappings of the network\n  fix: give a second file (redes compare A B), a scenario (--scenario NAME) or two dates (--at 2025 --at 2026)"),
        .init(name: "--at a date that does not exist",
              arguments: ["compare", "{net}", "--at", "2026-13", "--at", "2027"],
              spanish: "error: --at '2026-13' no es una fecha\n  solución: escriba un año, un mes o un día: --at 2026, --at 2026-06 o --at 2026-06-15",
              english: "error: --at '2026-13' is not a date\n  fix: write a year, a month or a day: --at 2026, --at 2026-06 or --at 2026-06-15"),
        .init(name: "--at three times",
              arguments: ["compare", "{net}", "--at", "2025", "--at", "2026", "--at", "2027"],
              spanish: "error: --at aparece 3 veces; admite a lo más 2\n  solución: indique --at una vez para ambas versiones, o dos: primero para la primera versión y luego para la segunda",
              english: "error: --at is given 3 times; it takes at most 2\n  fix: give --at once for both mappings, or twice: first for the first mapping, then for the second"),
        .init(name: "--at on a file without periods (the date would change nothing)",
              arguments: ["analyze", "{dir}/e.csv", "--at", "2026"],
              spanish: "error: --at: ningún actor, instancia ni vínculo de {dir}/e.csv tiene período, así que la red es la misma en cualquier fecha\n  solución: dé a los elementos del archivo un `period: {start, end}`, u omita --at",
              english: "error: --at: no actor, arrangement or tie of {dir}/e.csv has a period, so the network is the same on every date\n  fix: give the file's elements a `period: {start, end}`, or leave out --at"),
        .init(name: "compare a second file and a scenario at once",
              arguments: ["compare", "{net}", "{dir}/e.csv", "--scenario", "comite-regional-tp"],
              spanish: "error: --scenario no se puede usar con B\n  solución: omita una de las dos",
              english: "error: --scenario cannot be used with B\n  fix: leave out one of the two"),
        .init(name: "compare a directed and an undirected mapping",
              arguments: ["compare", "{net}", "{dir}/d.yaml"],
              spanish: "error: d.yaml es dirigida y antofagasta-tp.yaml no\n  solución: lea ambas como dirigidas (--directed para listas de aristas y archivos DL) o ambas como no dirigidas",
              english: "error: d.yaml is directed and antofagasta-tp.yaml is not\n  fix: read both as directed (--directed for edge lists and DL files) or both as undirected"),
        .init(name: "--nodes-b without a second file",
              arguments: ["compare", "{net}", "--scenario", "comite-regional-tp", "--nodes-b", "{dir}/n.csv"],
              spanish: "error: --nodes-b no tiene efecto sin `B`\n  solución: agregue `B`, u omita --nodes-b",
              english: "error: --nodes-b means nothing without `B`\n  fix: add `B`, or leave out --nodes-b"),
        .init(name: "roadmap of a file without one",
              arguments: ["roadmap", "{dir}/e.csv"],
              spanish: "error: {dir}/e.csv no tiene hoja de ruta\n  solución: agregue una lista `roadmap:` de fases (id, name, period, scenarios), o indique fechas con --at",
              english: "error: {dir}/e.csv has no roadmap\n  fix: add a `roadmap:` list of phases (id, name, period, scenarios), or give dates with --at"),
        .init(name: "roadmap --chart to a PNG (the chart is SVG)",
              arguments: ["roadmap", "{net}", "--chart", "{dir}/t.png"],
              spanish: "error: --chart '{dir}/t.png' no es un archivo SVG\n  solución: nombre un archivo terminado en .svg, como --chart grafico.svg",
              english: "error: --chart '{dir}/t.png' is not an SVG file\n  fix: name a file ending in .svg, such as --chart chart.svg"),
        .init(name: "waves with one date (a wave alone is no change)",
              arguments: ["waves", "{net}", "--at", "2026", "-o", "{dir}/w.gexf"],
              spanish: "error: --at 2026 no tiene efecto sin `--at`\n  solución: agregue `--at`, u omita --at 2026",
              english: "error: --at 2026 means nothing without `--at`\n  fix: add `--at`, or leave out --at 2026"),
        .init(name: "waves to a file that is not GEXF",
              arguments: ["waves", "{net}", "-o", "{dir}/w.graphml"],
              spanish: "error: -o '{dir}/w.graphml' no es una de sus opciones\n  solución: use uno de: FILE.gexf",
              english: "error: -o '{dir}/w.graphml' is not one of its choices\n  fix: use one of: FILE.gexf"),
        .init(name: "render --compare with --diff",
              arguments: ["render", "{net}", "-o", "{dir}/x.svg", "--compare", "{net}", "--scenario", "comite-regional-tp", "--diff"],
              spanish: "error: --compare no se puede usar con --diff\n  solución: omita una de las dos",
              english: "error: --compare cannot be used with --diff\n  fix: leave out one of the two"),
    ]

    @Test("every refusal has its exact message, exit status 1 and no output", arguments: options)
    func refused(_ item: SilentGuessCatalogTests.Case) throws {
        let directory = try CLITests.freshDirectory("redes-waves-refused")
        try Data("source,target\na,b\n".utf8).write(to: directory.appendingPathComponent("e.csv"))
        try Data("redes: 1\nname: d\ndirected: true\nactors:\n  - {id: a, name: A}\n".utf8).write(to: directory.appendingPathComponent("d.yaml"))
        try Data("id\na\nb\n".utf8).write(to: directory.appendingPathComponent("n.csv"))
        func fill(_ text: String) -> String {
            text.replacingOccurrences(of: "{dir}", with: directory.path).replacingOccurrences(of: "{net}", with: "Networks/antofagasta-tp.yaml")
        }
        for (language, expected) in [("es", item.spanish), ("en", item.english)] {
            let result = try CLITests().run(item.arguments.map(fill) + ["--lang", language])
            #expect(result.status == 1, "\(item.name) (\(language)): exit \(result.status)")
            #expect(result.stderr == fill(expected) + "\n", "\(item.name) (\(language))")
            #expect(result.stdout.isEmpty)
            let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            #expect(left == ["d.yaml", "e.csv", "n.csv"], "\(item.name): an output was written: \(left)")
        }
    }
}
