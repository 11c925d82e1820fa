import Foundation

/// Writes waves as RSiena reads them: one adjacency matrix per wave over the same actor order, the actor order itself,
/// and the composition-change file.
///
/// - `wave-K.dat`: n lines of n values `0` or `1` separated by spaces (RSiena: `as.matrix(read.table(…))`); row and
///   column i are actor i of `actors.csv` in every wave. An actor absent from a wave has a row and column of 0 there
///   (RSiena's composition change then treats it as absent, not as unlinked).
/// - `actors.csv`: `position,id,name,bloc`, the matrices' order.
/// - `composition.dat`: one line per actor, in the same order, with the times it is present as pairs `start end`
///   (`sienaCompositionChangeFromFile`): waves are times 1…K, an actor that joins after wave k − 1 starts at k − 0.5,
///   one that leaves after wave k ends at k + 0.5 (the midpoints: the files say in which waves, not when).
/// - `waves.csv`: `wave,label,actors,links`.
/// - `siena.R`: the RSiena lines that read them.
///
/// Reference: Ripley, Snijders et al., *Manual for RSiena*, "Data formats" and "Changing composition";
/// `sienaCompositionChange` in RSiena's help.
public enum SienaWriter {
    /// A file of the export: its name (in the folder) and its text.
    public struct File: Sendable, Hashable {
        public let name: String
        public let text: String
    }

    /// The files of `waves`, in a fixed order.
    ///
    /// - Parameter waves: the waves (1…K) over one actor order.
    /// - Returns: `wave-1.dat` … `wave-K.dat`, `actors.csv`, `composition.dat`, `waves.csv`, `siena.R`.
    /// - Complexity: O(K · n²) for the matrices.
    public static func files(_ waves: NetworkWaves) -> [File] {
        let n = waves.actors.count, count = waves.waves.count
        var files: [File] = []
        for (k, links) in waves.links.enumerated() {
            var matrix = [[UInt8]](repeating: [UInt8](repeating: 0, count: n), count: n)
            for link in links {
                matrix[link.first][link.second] = 1
                if !waves.isDirected { matrix[link.second][link.first] = 1 }
            }
            files.append(File(name: "wave-\(k + 1).dat", text: matrix.map { $0.map(String.init).joined(separator: " ") + "\n" }.joined()))
        }
        func csv(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        files.append(File(name: "actors.csv", text: "position,id,name,bloc\n" + waves.actors.enumerated().map { i, actor in
            "\(i + 1),\(csv(actor.id)),\(csv(actor.name)),\(csv(actor.bloc ?? ""))\n"
        }.joined()))
        let presence = waves.presence
        files.append(File(name: "composition.dat", text: waves.actors.indices.map { i in
            NetworkWaves.runs(presence.map { $0[i] }).map { run in
                let start = run.lowerBound == 1 ? "1" : formatNumber(Double(run.lowerBound) - 0.5)
                let end = run.upperBound == count ? "\(count)" : formatNumber(Double(run.upperBound) + 0.5)
                return "\(start) \(end)"
            }.joined(separator: " ") + "\n"
        }.joined()))
        let links = waves.links
        files.append(File(name: "waves.csv", text: "wave,label,actors,links\n" + waves.waves.enumerated().map { k, wave in
            "\(k + 1),\(csv(wave.label)),\(wave.network.actors.count),\(links[k].count)\n"
        }.joined()))
        files.append(File(name: "siena.R", text: """
            # The waves written by `redes waves`, read into RSiena (see RSiena's manual, "Changing composition").
            library(RSiena)
            actors <- read.csv("actors.csv", stringsAsFactors = FALSE)
            waves <- lapply(1:\(count), function(k) as.matrix(read.table(sprintf("wave-%d.dat", k))))
            network <- sienaDependent(array(unlist(waves), dim = c(\(n), \(n), \(count))))
            composition <- sienaCompositionChangeFromFile("composition.dat")
            data <- sienaDataCreate(network, composition)

            """))
        return files
    }
}
