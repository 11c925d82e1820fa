import Testing
import RedesGraphviz

@Suite("The linked Graphviz library")
struct GraphvizLinkTests {
    @Test("reports its version through libgvc")
    func version() {
        let version = Graphviz.shared.version
        #expect(version.split(separator: ".").count >= 2)
        #expect(version.first?.isNumber == true)
    }

    @Test("has the layout engines and output formats Redes draws with")
    func plugins() {
        let layouts = Graphviz.shared.layouts
        for name in ["dot", "neato", "fdp", "sfdp", "circo", "twopi"] { #expect(layouts.contains(name), "\(name)") }
        let formats = Graphviz.shared.outputFormats
        for name in ["svg", "png", "pdf", "dot"] { #expect(formats.contains(name), "\(name)") }
    }

    @Test("can be called from many threads at once (one lock)")
    func concurrentCalls() async {
        await withTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { Graphviz.shared.version } }
            var versions = Set<String>()
            for await version in group { versions.insert(version) }
            #expect(versions.count == 1)
        }
    }
}
