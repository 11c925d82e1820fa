import Testing
@testable import Redes

@Suite("Reading CSV edge lists")
struct EdgeListReaderTests {
    private func read(_ edges: String, nodes: String? = nil, directed: Bool = false, delimiter: UInt8 = UInt8(ascii: ","),
                      name: String = "edges.csv") throws(LoadError) -> Network {
        let edgesPath = writeTemporaryFile(name, edges)
        let nodesPath = nodes.map { writeTemporaryFile("nodes.csv", $0) }
        return try EdgeListReader(directed: directed, delimiter: delimiter, nodesPath: nodesPath).read(path: edgesPath)
    }

    /// The message of the load error, with the temporary folder removed from file names.
    private func message(_ edges: String, nodes: String? = nil, delimiter: UInt8 = UInt8(ascii: ",")) -> String? {
        guard let error = loadError({ () throws(LoadError) in try read(edges, nodes: nodes, delimiter: delimiter) }) else { return nil }
        var copy = error
        copy.file = String(error.file.split(separator: "/").last!)
        return copy.description
    }

    @Test("edges and a node list with isolates and attributes")
    func edgesAndNodes() throws {
        let network = try read("source,target,weight,kind\na,b,2,convenio\nb,c,1.5,\n",
                               nodes: "id,name,bloc,territories,size\na,Código Futuro,prog,Calama|Taltal,3\nb,B,pub,,\nc,C,pub,,\nd,D,ies,,\n")
        #expect(network.actors.map(\.id) == ["a", "b", "c", "d"])
        #expect(network.actor("a")?.name == "Código Futuro")
        #expect(network.actor("a")?.territories == ["Calama", "Taltal"])
        #expect(network.actor("a")?.attributes["size"] == .number(3))
        // `convenio` is the Spanish word for the known tie kind `agreement`.
        #expect(network.ties.map(\.kind) == ["agreement", "tie"])
        #expect(network.ties.map(\.weight) == [2, 1.5])
        // An edge list does not say what a tie rests on.
        #expect(network.ties[0].evidence == .unspecified)
        let summary = NetworkSummary(network)
        #expect(summary.isolateIDs == ["d"])
        #expect(summary.components.sizes == [3, 1])
    }

    @Test("without a node list, actors appear in order of first mention")
    func implicitActors() throws {
        let network = try read("Source,Target\r\nz,y\r\nx,z\r\n")
        #expect(network.actors.map(\.id) == ["z", "y", "x"])
    }

    @Test("quoted fields, a byte-order mark, tabs and blank lines")
    func quoting() throws {
        let network = try read("\u{FEFF}source\ttarget\tnote\n\"María Elena\"\t\"CFT \"\"Estatal\"\"\"\t\"a\tb\"\n\n", delimiter: 0x09, name: "e.tsv")
        #expect(network.ties[0].source == "María Elena")
        #expect(network.ties[0].target == "CFT \"Estatal\"")
        #expect(network.ties[0].attributes["note"] == .string("a\tb"))
    }

    @Test("directed edge lists keep both arcs of a reciprocated pair")
    func directed() throws {
        let network = try read("source,target\na,b\nb,a\nb,c\n", directed: true)
        let graph = network.actorGraph().graph
        #expect(graph.isDirected && graph.edgeCount == 3)
        #expect(graph.outDegree(of: 1) == 2 && graph.inDegree(of: 1) == 1)
    }

    @Test("a status column is taken at its word, citing the file; an empty status is unspecified")
    func statusColumn() throws {
        let network = try read("source,target,status,reason\na,b,illustrative,supuesto\nb,c,,\nc,d,documentado,\n")
        #expect(network.ties[0].evidence == .illustrative(reason: "supuesto"))
        #expect(network.ties[1].evidence == .unspecified)
        #expect(network.ties[2].evidence == .documented(source: "edges.csv"))
    }

    // MARK: Bad input

    @Test("an empty file")
    func empty() {
        #expect(message("") == "edges.csv:1: error: the file is empty\n  fix: write a network into it (see docs/file-format.md), or pass another file")
    }

    @Test("only a header is a network with no actors")
    func onlyHeader() throws {
        let network = try read("source,target\n")
        #expect(network.actors.isEmpty && network.ties.isEmpty)
    }

    @Test("a header without a target column")
    func missingColumn() {
        #expect(message("from,to\na,b\n") == "edges.csv:1: error: the header has no `source` column (found: `from`, `to`)\n  fix: name a column `source` in the first line")
    }

    @Test("a file separated by semicolons")
    func wrongDelimiter() {
        #expect(message("source;target\na;b\n") == "edges.csv:1: error: the header is separated by a semicolon, not by a comma\n  fix: separate the fields with a comma, or pass --delimiter ';'")
    }

    @Test("a line with too many fields")
    func fieldCount() {
        #expect(message("source,target\na,b\nb,c,d\n") == "edges.csv:3: error: expected 2 fields, found 3\n  fix: give every line as many fields as the header; quote fields that contain the delimiter")
    }

    @Test("a weight that is not a positive number")
    func badWeight() {
        #expect(message("source,target,weight\na,b,1\nb,c,-2\n") == "edges.csv:3:3: error: weight '-2' is not a positive number\n  fix: give a tie strength greater than 0 (e.g. 1, 2.5), or leave the weight out for 1")
        #expect(message("source,target,weight\na,b,NaN\n") == "edges.csv:2:3: error: weight 'NaN' is not a positive number\n  fix: give a tie strength greater than 0 (e.g. 1, 2.5), or leave the weight out for 1")
    }

    @Test("an edge to a node missing from the node list")
    func unknownNode() {
        #expect(message("source,target\na,bb\n", nodes: "id\na\nb\n") == "edges.csv:2:2: error: the tie names as target 'bb', which is not an actor of the network\n  fix: did you mean 'b'? Otherwise add an actor with id 'bb' under `actors:` (or to the nodes file)")
    }

    @Test("a duplicate node id")
    func duplicateNode() {
        #expect(message("source,target\na,b\n", nodes: "id\na\nb\na\n") == "nodes.csv:4:1: error: duplicate node id 'a'\n  fix: give each node its own id, or merge the two entries")
    }

    @Test("the same edge twice")
    func duplicateEdge() {
        #expect(message("source,target\na,b\nc,d\nb,a\n") == "edges.csv:4: error: tie b–a (tie) appears twice (first on line 2)\n  fix: merge the two ties into one (add their weights), or give them different kinds")
    }

    @Test("a self-loop")
    func selfLoop() {
        #expect(message("source,target\na,a\n") == "edges.csv:2: error: tie from 'a' to itself\n  fix: a tie joins two different actors: fix the source or the target")
    }

    @Test("an empty source")
    func emptySource() {
        #expect(message("source,target\n,b\n") == "edges.csv:2:1: error: empty `source`\n  fix: fill in `source` or remove the line")
    }

    @Test("an unclosed quote")
    func unclosedQuote() {
        #expect(message("source,target\n\"a,b\nc,d\n") == "edges.csv:2: error: a quoted field is never closed\n  fix: close the quote (a quote inside a quoted field is written twice: \"\")")
    }
}

@Suite("The fast edge-list path")
struct FastEdgeListTests {
    /// Both readers on the same text must give the same ids and the same graph.
    private func same(_ text: String, directed: Bool = false) throws {
        let path = writeTemporaryFile("e.csv", text)
        let reader = EdgeListReader(directed: directed)
        let (ids, graph) = try reader.readGraph(path: path)
        let network = try reader.read(path: path)
        let reference = network.actorGraph().graph
        #expect(ids == network.actors.map(\.id))
        #expect(graph.edgeSources == reference.edgeSources && graph.edgeTargets == reference.edgeTargets)
        #expect(graph.edgeWeights == reference.edgeWeights)
    }

    @Test("agrees with the full reader on plain, CRLF, spaced and weighted files")
    func agrees() throws {
        try same("source,target\nb,a\nc,a\na,d\n")
        try same("Source,Target,Weight\r\n x , y ,2\r\n\r\ny,z,0.5\r\nMaría,y,3\r\n")
        try same("source,target\n1,2\n2,1\n3,1\n", directed: true)
        try same("weight,target,source\n1.5,a,b\n2,c,a\n")
        try same(try String(contentsOfFile: repositoryPath("Tests/RedesTests/Fixtures/reference/karate.edges.csv"), encoding: .utf8))
    }

    @Test("reports bad lines like the full reader")
    func errors() {
        let path = writeTemporaryFile("e.csv", "source,target,weight\na,b,1\nb,c\n")
        let error = loadError { () throws(LoadError) in
            let (ids, _) = try EdgeListReader().readGraph(path: path)
            return Network(name: "x", actors: ids.map { Actor(id: $0) })
        }
        #expect(error?.line == 3 && error?.problem == .wrongFieldCount(expected: 3, found: 2))
        let loop = writeTemporaryFile("e.csv", "source,target\na,a\n")
        let loopError = loadError { () throws(LoadError) in
            _ = try EdgeListReader().readGraph(path: loop)
            return Network(name: "x")
        }
        #expect(loopError?.problem == .selfLoop(actor: "a"))
        let repeated = writeTemporaryFile("e.csv", "source,target\na,b\nc,d\nb,a\n")
        let repeatError = loadError { () throws(LoadError) in
            _ = try EdgeListReader().readGraph(path: repeated)
            return Network(name: "x")
        }
        #expect(repeatError?.line == 4 && repeatError?.problem == .duplicateTie(TieKey(source: "b", target: "a", kind: "tie"), firstLine: 2))
    }
}
