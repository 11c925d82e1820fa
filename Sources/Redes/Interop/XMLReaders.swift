import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads GraphML and GEXF with a real XML parser (Foundation's `XMLParser`), keeping the line of every element for
/// error messages.
enum XMLGraphReader {
    /// One element of the document: its name, attributes, text, children and line.
    final class Element {
        let name: String
        let attributes: [String: String]
        let line: Int
        var text = ""
        var children: [Element] = []
        init(name: String, attributes: [String: String], line: Int) {
            self.name = name
            self.attributes = attributes
            self.line = line
        }
        func children(_ name: String) -> [Element] { children.filter { $0.name == name } }
        func child(_ name: String) -> Element? { children.first { $0.name == name } }
    }

    /// The deepest nesting accepted. GraphML and GEXF need about ten levels (yEd's node graphics included); a
    /// limit keeps a crafted document from exhausting the stack (40,000 nested elements crashed the reader when
    /// the element tree was freed).
    static let maximumDepth = 200

    final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?
        /// The first structural problem seen (a mismatched or unclosed tag), with its line.
        var problem: (NetworkProblem, Int)?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            guard stack.count < XMLGraphReader.maximumDepth else {
                if problem == nil { problem = (.xmlTooDeep(limit: XMLGraphReader.maximumDepth), parser.lineNumber) }
                parser.abortParsing()
                return
            }
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            let element = Element(name: local, attributes: attributes, line: parser.lineNumber)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            if let open = stack.last, open.name != local, problem == nil {
                problem = (.malformedXML(.mismatchedClose(tag: open.name, openedOn: open.line, closedBy: local)), parser.lineNumber)
            }
            if !stack.isEmpty { stack.removeLast() }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            guard problem == nil else { return }
            let code = (parseError as NSError).code
            let defect: XMLDefect
            if code == 76, let open = stack.last {
                defect = .unclosedBefore(tag: open.name, openedOn: open.line)
            } else if code == 68 {
                defect = .unescapedAmpersand
            } else if code == 5 || code == 77 {
                defect = stack.isEmpty && root != nil ? .contentAfterRoot : .endsBeforeClosed
            } else {
                defect = .syntax(XMLSyntaxError(code: code))
            }
            problem = (.malformedXML(defect), parser.lineNumber)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }

    static func parse(_ bytes: [UInt8], file: String) throws(LoadError) -> Element {
        // Foundation's XMLParser on Linux traps on invalid UTF-8 inside a tag or attribute name (found by
        // `make fuzz`): check the encoding first, which also gives a better message.
        try TextFile.validateUTF8(bytes, file: file)
        if let line = entityDeclarationLine(bytes) {
            throw LoadError(file: file, line: line, problem: .xmlEntities)
        }
        let parser = XMLParser(data: Data(blankingProcessingInstructions(bytes)))
        parser.shouldResolveExternalEntities = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let parsed = parser.parse()
        if let (problem, line) = builder.problem {
            throw LoadError(file: file, line: line, problem: problem)
        }
        if let open = builder.stack.last {
            throw LoadError(file: file, line: open.line, problem: .malformedXML(.unclosed(tag: open.name)))
        }
        guard parsed, let root = builder.root else {
            let code = (parser.parserError as NSError?)?.code
            throw LoadError(file: file, line: parser.lineNumber, column: parser.columnNumber,
                            problem: .malformedXML(code.map { .syntax(XMLSyntaxError(code: $0)) } ?? .syntax(.emptyDocument)))
        }
        return root
    }

    /// The line of the first `<!ENTITY` of a document that has a `<!DOCTYPE>`, or nil. GraphML and GEXF never need
    /// a DTD; entities are how XML documents read other files (`SYSTEM "file:///…"`) or expand a few bytes into
    /// gigabytes ("billion laughs"), so such documents are refused before the parser sees them.
    static func entityDeclarationLine(_ bytes: [UInt8]) -> Int? {
        let doctype = Array("<!DOCTYPE".utf8), entity = Array("<!ENTITY".utf8)
        guard let start = firstIndex(of: doctype, in: bytes, from: 0),
              let found = firstIndex(of: entity, in: bytes, from: start) else { return nil }
        return 1 + bytes[..<found].count { $0 == UInt8(ascii: "\n") }
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    /// The bytes with every processing instruction (`<?…?>`, the XML declaration included) replaced by spaces, line
    /// breaks kept so line numbers stay right. GraphML and GEXF carry no meaning in them, and Foundation's XMLParser
    /// on Linux dereferences a null pointer on an instruction without data such as `<?x?>` (found by `make fuzz`).
    static func blankingProcessingInstructions(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        var i = 0
        let n = bytes.count
        while i + 1 < n {
            if bytes[i] == UInt8(ascii: "<") && bytes[i + 1] == UInt8(ascii: "?") {
                var j = i + 2
                while j + 1 < n && !(bytes[j] == UInt8(ascii: "?") && bytes[j + 1] == UInt8(ascii: ">")) { j += 1 }
                let end = min(n, j + 2)
                for k in i..<end where result[k] != UInt8(ascii: "\n") { result[k] = UInt8(ascii: " ") }
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    /// A value as its declared type says: numbers (`double`, `float`, `int`, `long`) and booleans must parse — a
    /// weight `heavy` or a flag `maybe` is an error at `line`, never a silent 1 or false.
    static func typed(_ text: String, type: String?, key: String, line: Int, file: String) throws(LoadError) -> AttributeValue {
        switch type?.lowercased() {
        case "double", "float", "int", "long", "integer":
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let number = Double(trimmed), number.isFinite else {
                throw LoadError(file: file, line: line, problem: key == "weight" ? .invalidWeight(text) : .notANumber(key: key, value: text))
            }
            return .number(number)
        case "boolean":
            switch text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: throw LoadError(file: file, line: line, problem: .notABoolean(key: key, value: text))
            }
        default:
            return .string(text)
        }
    }

    /// The value of `attribute` of `element`, which must be one of `allowed` (or absent).
    static func choice(_ element: Element, _ attribute: String, allowed: [String], file: String) throws(LoadError) -> String? {
        guard let value = element.attributes[attribute] else { return nil }
        guard allowed.contains(value) else {
            throw LoadError(file: file, line: element.line, problem: .invalidChoice(key: attribute, value: value, allowed: allowed))
        }
        return value
    }

    static func graphML(_ bytes: [UInt8], file: String) throws(LoadError) -> PortableGraph {
        let root = try parse(bytes, file: file)
        guard root.name == "graphml", let graph = root.child("graph") else {
            throw LoadError(file: file, line: root.line, problem: .malformedXML(.missingGraph(root: "graphml")))
        }
        var keys: [String: (name: String, type: String?)] = [:]
        for key in root.children("key") {
            guard let id = key.attributes["id"] else { throw LoadError(file: file, line: key.line, problem: .missingKey("id", in: .xmlElement("key"))) }
            keys[id] = (key.attributes["attr.name"] ?? id, key.attributes["attr.type"])
        }
        func data(_ element: Element) throws(LoadError) -> [(String, AttributeValue)] {
            var result: [(String, AttributeValue)] = []
            for item in element.children("data") {
                guard let id = item.attributes["key"], let key = keys[id] else {
                    throw LoadError(file: file, line: item.line, problem: .undeclared(.graphMLKey, id: item.attributes["key"] ?? ""))
                }
                result.append((key.name, try typed(item.text, type: key.type, key: key.name, line: item.line, file: file)))
            }
            return result
        }
        let directed = try choice(graph, "edgedefault", allowed: ["directed", "undirected"], file: file) == "directed"
        var nodes: [PortableGraph.Node] = [], ids = Set<String>()
        for node in graph.children("node") {
            guard let id = node.attributes["id"] else { throw LoadError(file: file, line: node.line, problem: .missingKey("id", in: .xmlElement("node"))) }
            guard ids.insert(id).inserted else { throw LoadError(file: file, line: node.line, problem: .duplicateID(element: .node, id: id)) }
            nodes.append(.init(id: id, attributes: try data(node), line: node.line))
        }
        var edges: [PortableGraph.Edge] = []
        for edge in graph.children("edge") {
            guard let source = edge.attributes["source"], let target = edge.attributes["target"] else {
                throw LoadError(file: file, line: edge.line, problem: .missingKey("source/target", in: .xmlElement("edge")))
            }
            for end in [source, target] where !ids.contains(end) {
                throw LoadError(file: file, line: edge.line, problem: .unknownActor(id: end, role: .edgeEnd, suggestion: closestMatch(to: end, in: Array(ids))))
            }
            edges.append(.init(source: source, target: target, attributes: try data(edge), line: edge.line))
        }
        return PortableGraph(name: graph.attributes["id"] ?? "", directed: directed, nodes: nodes, edges: edges)
    }

    static func gexf(_ bytes: [UInt8], file: String) throws(LoadError) -> PortableGraph {
        let root = try parse(bytes, file: file)
        guard root.name == "gexf", let graph = root.child("graph") else {
            throw LoadError(file: file, line: root.line, problem: .malformedXML(.missingGraph(root: "gexf")))
        }
        var nodeKeys: [String: (String, String?)] = [:], edgeKeys: [String: (String, String?)] = [:]
        for block in graph.children("attributes") {
            for attribute in block.children("attribute") {
                guard let id = attribute.attributes["id"] else { continue }
                let entry = (attribute.attributes["title"] ?? id, attribute.attributes["type"])
                if block.attributes["class"] == "edge" { edgeKeys[id] = entry } else { nodeKeys[id] = entry }
            }
        }
        func values(_ element: Element, _ keys: [String: (String, String?)]) throws(LoadError) -> [(String, AttributeValue)] {
            var result: [(String, AttributeValue)] = []
            for value in element.child("attvalues")?.children("attvalue") ?? [] {
                let id = value.attributes["for"] ?? value.attributes["id"] ?? ""
                guard let key = keys[id] else {
                    throw LoadError(file: file, line: value.line, problem: .undeclared(.gexfAttribute, id: id))
                }
                result.append((key.0, try typed(value.attributes["value"] ?? "", type: key.1, key: key.0, line: value.line, file: file)))
            }
            return result
        }
        // GEXF's third edge type, `mutual`, is an undirected tie.
        let directed = try choice(graph, "defaultedgetype", allowed: ["directed", "undirected", "mutual"], file: file) == "directed"
        var nodes: [PortableGraph.Node] = [], ids = Set<String>()
        for node in graph.child("nodes")?.children("node") ?? [] {
            guard let id = node.attributes["id"] else { throw LoadError(file: file, line: node.line, problem: .missingKey("id", in: .xmlElement("node"))) }
            guard ids.insert(id).inserted else { throw LoadError(file: file, line: node.line, problem: .duplicateID(element: .node, id: id)) }
            var attributes = try values(node, nodeKeys)
            if let label = node.attributes["label"], !attributes.contains(where: { $0.0 == "name" }) { attributes.insert(("name", .string(label)), at: 0) }
            nodes.append(.init(id: id, attributes: attributes, line: node.line))
        }
        var edges: [PortableGraph.Edge] = []
        for edge in graph.child("edges")?.children("edge") ?? [] {
            guard let source = edge.attributes["source"], let target = edge.attributes["target"] else {
                throw LoadError(file: file, line: edge.line, problem: .missingKey("source/target", in: .xmlElement("edge")))
            }
            for end in [source, target] where !ids.contains(end) {
                throw LoadError(file: file, line: edge.line, problem: .unknownActor(id: end, role: .edgeEnd, suggestion: closestMatch(to: end, in: Array(ids))))
            }
            var attributes = try values(edge, edgeKeys)
            if let weight = edge.attributes["weight"] {
                guard let w = Double(weight) else { throw LoadError(file: file, line: edge.line, problem: .invalidWeight(weight)) }
                attributes.insert(("weight", .number(w)), at: 0)
            }
            edges.append(.init(source: source, target: target, attributes: attributes, line: edge.line))
        }
        let name = root.child("meta")?.child("description")?.text ?? ""
        return PortableGraph(name: name, directed: directed, nodes: nodes, edges: edges)
    }
}
