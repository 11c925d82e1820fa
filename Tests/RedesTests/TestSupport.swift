import Foundation
@testable import Redes
import RedesPresentation

extension LoadError {
    /// The error as `redes … --lang en` prints it (the tests state the English wording).
    var description: String { Language.en.describe(self) }
}

/// A fresh temporary directory for one test.
func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("redes-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `text` to a new file named `name` in a fresh temporary directory and returns its path.
func writeTemporaryFile(_ name: String, _ text: String) -> String {
    let url = temporaryDirectory().appendingPathComponent(name)
    try! Data(text.utf8).write(to: url)
    return url.path
}

/// The repository's root folder.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The path of a file in the repository.
func repositoryPath(_ relative: String) -> String { repositoryRoot.appendingPathComponent(relative).path }

/// The load error of `body`, or nil when it succeeds.
func loadError(_ body: () throws(LoadError) -> Network) -> LoadError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// A minimal valid YAML network, with `extra` appended (indented at the top level).
func yamlNetwork(actors: String = """
      - {id: a, name: A, bloc: p}
      - {id: b, name: B, bloc: p}
      - {id: c, name: Código, bloc: q}
    """, body: String = "") -> String {
    """
    redes: 1
    name: Test
    sources:
      - {id: s1, title: Slides}
    blocs:
      - {id: p, name: Público}
      - {id: q, name: IES}
    actors:
    \(actors)
    \(body)
    """
}
