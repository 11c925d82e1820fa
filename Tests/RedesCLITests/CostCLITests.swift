import Foundation
import Testing

/// Issue 14: `analyze --verbose` and the `--exact` flag of the cost-bounded commands, run as a user would.
@Suite("Timings and cost bounds on the command line")
struct CostCLITests {
    let cli = CLITests()

    @Test("analyze --verbose prints the time of each section on standard error, in the run's language, and the same output")
    func verbose() throws {
        let plain = try cli.run(["analyze", "Networks/antofagasta-tp.yaml", "--format", "json"])
        let verbose = try cli.run(["analyze", "Networks/antofagasta-tp.yaml", "--format", "json", "--verbose"])
        #expect(verbose.status == 0 && verbose.stdout == plain.stdout)
        let lines = verbose.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "tiempo por sección (segundos, reloj)")
        for label in ["lectura del archivo", "caminos más cortos (todos los pares)", "comunidades (Louvain)", "escritura de la salida", "total"] {
            #expect(lines.contains { $0.hasPrefix("  " + label + " ") }, "\(label) in \(verbose.stderr)")
        }
        // Seconds with the decimal comma of Spanish.
        #expect(lines.dropFirst().allSatisfy { $0.range(of: #"\d+,\d\d$"#, options: .regularExpression) != nil })
        let english = try cli.run(["analyze", "Networks/antofagasta-tp.yaml", "--verbose", "--lang", "en", "-o", "/dev/null"])
        #expect(english.stderr.hasPrefix("time by section (seconds, wall clock)\n") && english.stderr.contains("  structural holes "))
    }

    @Test("keyplayers, suggest, robustness and sensitivity take --exact and say in JSON whether their method was bounded")
    func exact() throws {
        let commands: [[String]] = [["keyplayers", "--measure", "DF"], ["suggest"], ["robustness", "--adaptive"], ["sensitivity", "--runs", "5"]]
        for command in commands {
            for extra in [[], ["--exact"]] as [[String]] {
                let arguments: [String] = [command[0], "Networks/antofagasta-tp.yaml"] + Array(command.dropFirst()) + extra + ["--format", "json"]
                let result = try cli.run(arguments)
                #expect(result.status == 0 && result.stderr.isEmpty, "\(command) \(extra): \(result.stderr)")
                let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
                let bounded = (json["bounded"] as? Bool) ?? ((json["method"] as? [String: Any])?["bounded"] as? Bool)
                #expect(bounded == false, "\(command) \(extra)")
            }
        }
    }
}
