import ArgumentParser
import Redes
import RedesPresentation
import RedesGraphviz

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the versions of Redes and of the Graphviz library it is linked with, what `render` accepts, and the fonts the diagrams use.",
        discussion: """
            Lists the layouts and formats `redes render` accepts (and any of them this Graphviz lacks), the rule that \
            picks the layout when none is given, the font fontconfig gives for the diagrams' face, whether it draws \
            every Spanish accent, and the font families --font accepts.

            Examples:
              redes doctor
              redes doctor --lang en
            """
    )

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        let graphviz = Graphviz.shared
        print("redes \(redesVersion)")
        print(lang.text(.doctorGraphviz, graphviz.version))
        // What render accepts, and which of it this Graphviz build lacks (a plugin not installed).
        let layouts = DiagramOptions.Layout.allCases.map(\.rawValue)
        let formats = DiagramFormat.allCases.map(\.rawValue)
        print(lang.text(.doctorLayouts, layouts.joined(separator: ", ")))
        print(lang.text(.doctorFormats, formats.joined(separator: ", ")))
        print(lang.text(.doctorLayoutRule, String(DiagramOptions.Layout.neatoDefaultLimit)))
        // The map is drawn by Redes itself (pinned positions, Graphviz's nop2): not a plugin to look for.
        let installed = Set(graphviz.layouts + graphviz.outputFormats + [DiagramOptions.Layout.geo.rawValue])
        let lacking = (layouts + formats).filter { !installed.contains($0) }
        if !lacking.isEmpty { print(lang.text(.doctorNotInstalled, lacking.joined(separator: ", "))) }
        do {
            let font = try FontCheck.match()
            print(lang.text(.doctorFont, font.requested, "\(font.family) (\(font.file))"))
            let accents = FontCheck.spanishCharacters.map(String.init).joined(separator: " ")
            if font.missing.isEmpty {
                print(lang.text(.doctorAccents, accents, font.family))
            } else {
                print(lang.text(.doctorAccentsMissing, font.missing.map(String.init).joined(separator: " "), font.family))
            }
        } catch {
            let reason: String
            switch error {
            case .notInstalled: reason = "fc-match"
            case .unreadableAnswer(let answer): reason = "fc-match: \(answer.prefix(80))"
            }
            print(lang.text(.doctorFontUnknown, DiagramStyle.font, reason))
        }
        if let families = try? FontCheck.families(), !families.isEmpty {
            print(lang.text(.doctorFonts, families.joined(separator: ", ")))
        }
    }
}
