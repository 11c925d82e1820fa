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
        Case("a 10 MB label", "e.csv", "source,target\n" + String(repeating: "x", count: 10_000_000) + ",b\n", line: nil),
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
        let directory = try CLITests.freshDirectory("redes-slides")
        let setup = ["e.csv": "source,target\na,b\n", "other.json": "{\"nodes\": []}",
                     "v2.json": "{\"format\": \"redes-layout\", \"version\": 2, \"actors\": {}}",
                     "p.json": "{\"format\": \"redes-layout\", \"version\": 1, \"actors\": {}}"]
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
