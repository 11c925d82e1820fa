import Foundation
import Testing

/// `redes report`: the extension of -o picks the format; anything else is refused before any work, in the run's
/// language; --verbose prints how long each part took.
@Suite("redes report: output formats and timings")
struct ReportCLITests {
    let cli = CLITests()

    func folder() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test("a .pdf is refused with how to print one; nothing is written")
    func pdf() throws {
        let directory = try folder()
        let pdf = directory.appendingPathComponent("informe.pdf")
        let spanish = try cli.run(["report", "Networks/antofagasta-tp.yaml", "-o", pdf.path])
        #expect(spanish.status == 1)
        #expect(spanish.stderr.contains("error: el informe no se escribe directamente en PDF"))
        #expect(spanish.stderr.contains("solución: escriba el HTML (-o informe.html) y ábralo en un navegador → Imprimir → Guardar como PDF (A4)"))
        #expect(spanish.stderr.contains("--print-to-pdf=informe.pdf informe.html"))
        let english = try cli.run(["report", "Networks/antofagasta-tp.yaml", "-o", pdf.path, "--lang", "en"])
        #expect(english.stderr.contains("error: the report is not written as PDF directly") && english.stderr.contains("fix: write the HTML"))
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test("any other extension is refused, naming the two that work", arguments: ["informe.txt", "informe.docx", "informe"])
    func unknown(name: String) throws {
        let output = try folder().appendingPathComponent(name)
        let result = try cli.run(["report", "Networks/antofagasta-tp.yaml", "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: el informe no se escribe en archivos"))
        #expect(result.stderr.contains("solución: use -o informe.html (un archivo autocontenido) o -o informe.md"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("--verbose prints the time of each part and section on standard error; the report is the same bytes")
    func verbose() throws {
        let directory = try folder()
        let quiet = directory.appendingPathComponent("a.html"), loud = directory.appendingPathComponent("b.html")
        _ = try cli.run(["report", "Networks/antofagasta-tp.yaml", "-o", quiet.path])
        let result = try cli.run(["report", "Networks/antofagasta-tp.yaml", "-o", loud.path, "--verbose"])
        #expect(result.status == 0)
        for part in ["análisis de la red", "disposición del mapa", "análisis de los escenarios", "robustez", "sensibilidad",
                     "Resumen para el Comité", "Escenarios", "Territorios", "escritura del archivo", "total"] {
            #expect(result.stderr.contains("  \(part)"), "\(part)")
        }
        #expect(result.stderr.range(of: #"  total: [0-9]+,[0-9]{3} s"#, options: .regularExpression) != nil)
        #expect(try Data(contentsOf: quiet) == Data(contentsOf: loud))
    }
}
