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

    final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?
        /// The first structural problem seen (a mismatched or unclosed tag), with its line.
        var problem: (XMLDefect, Int)?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            let element = Element(name: local, attributes: attributes, line: parser.lineNumber)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            if let open = stack.last, open.name != local, problem == nil {
                problem = (.mismatchedClose(tag: open.name, openedOn: open.line, closedBy: local), parser.lineNumber)
            }
            if !stack.isEmpty { stack.removeLast() }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            guard problem == nil else { return }
            let code = (parseError as NSError).code
            if code == 76, let open = stack.last {
                problem = (.unclosedBefore(tag: open.name, openedOn: open.line), parser.lineNumber)
            } else if code == 68 {
                problem = (.unescapedAmpersand, parser.lineNumber)
            } else if code == 5 || code == 77 {
                problem = (.endsBeforeClosed, parser.lineNumber)
            } else {
                problem = (.parserCode(code, (parseError as NSError).localizedDescription), parser.lineNumber)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }

    static func parse(_ bytes: [UInt8], file: String) throws(LoadError) -> Element {
        // Foundation's XMLParser on Linux traps on invalid UTF-8 inside a tag or attribute name (found by
        // `make fuzz`): check the encoding first, which also gives a better message.
        try TextFile.validateUTF8(bytes, file: file)
        let parser = XMLParser(data: Data(blankingProcessingInstructions(bytes)))
        let builder = TreeBuilder()
        parser.delegate = builder
        let parsed = parser.parse()
        if let (defect, line) = builder.problem {
            throw LoadError(file: file, line: line, problem: .malformedXML(defect))
        }
        if let open = builder.stack.last {
            throw LoadError(file: file, line: open.line, problem: .malformedXML(.unclosed(tag: open.name)))
        }
        guard parsed, let root = builder.root else {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? ""
            throw LoadError(file: file, line: parser.lineNumber, column: parser.columnNumber,
                            problem: .malformedXML(reason.isEmpty ? .notWellFormed : .parser(reason)))
        }
        return root
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

    static func typed(_ text: String, type: String?) -> AttributeValue {
        switch type?.lowercased() {
        case "double", "float", "int", "long", "integer":
            return Double(text.trimmingCharacters(in: .whitespaces)).map(AttributeValue.number) ?? .string(text)
        case "boolean":
            return .bool(["true", "1"].contains(text.lowercased()))
        default:
            return .string(text)
        }
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
                result.append((key.name, typed(item.text, type: key.type)))
            }
            return result
        }
        let directed = graph.attributes["edgedefault"] == "directed"
        var nodes: [PortableGraph.Node] = [], ids = Set<String>()
        for node in graph.children("node") {
            guard let id = node.attributes["id"] else { throw LoadError(file: file, line: node.line, problem: .missingKey("id", in: .xmlElement("node"))) }
            guard ids.insert(id).inserted else { throw LoadError(file: file, line: node.line, problem: .duplicateID(element: .node, id: id)) }
            nodes.append(.init(id: id, attributes: try data(node)))
        }
        var edges: [PortableGraph.Edge] = []
        for edge in graph.children("edge") {
            guard let source = edge.attributes["source"], let target = edge.attributes["target"] else {
                throw LoadError(file: file, line: edge.line, problem: .missingKey("source/target", in: .xmlElement("edge")))
            }
            for end in [source, target] where !ids.contains(end) {
                throw LoadError(file: file, line: edge.line, problem: .unknownActor(id: end, role: .edgeEnd, suggestion: closestMatch(to: end, in: Array(ids))))
            }
            edges.append(.init(source: source, target: target, attributes: try data(edge)))
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
                result.append((key.0, typed(value.attributes["value"] ?? "", type: key.1)))
            }
            return result
        }
        let directed = graph.attributes["defaultedgetype"] == "directed"
        var nodes: [PortableGraph.Node] = [], ids = Set<String>()
        for node in graph.child("nodes")?.children("node") ?? [] {
            guard let id = node.attributes["id"] else { throw LoadError(file: file, line: node.line, problem: .missingKey("id", in: .xmlElement("node"))) }
            guard ids.insert(id).inserted else { throw LoadError(file: file, line: node.line, problem: .duplicateID(element: .node, id: id)) }
            var attributes = try values(node, nodeKeys)
            if let label = node.attributes["label"], !attributes.contains(where: { $0.0 == "name" }) { attributes.insert(("name", .string(label)), at: 0) }
            nodes.append(.init(id: id, attributes: attributes))
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
            edges.append(.init(source: source, target: target, attributes: attributes))
        }
        let name = root.child("meta")?.child("description")?.text ?? ""
        return PortableGraph(name: name, directed: directed, nodes: nodes, edges: edges)
    }
}
