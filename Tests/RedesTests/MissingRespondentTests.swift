import Foundation
@testable import Redes
import Testing

/// `redes sensitivity --missing-respondents` against NetworkX and SciPy (Scripts/reference/missing_respondents.py):
/// every 2-subset of the seven respondents of the survey fixture, removed in turn.
@Suite("Missing-respondent sensitivity")
struct MissingRespondentTests {
    static let network = repositoryPath("Tests/RedesTests/Fixtures/survey/red-8-encuesta.yaml")

    struct Reference: Decodable {
        struct Run: Decodable {
            let removed: [String]
            let ties_lost: Int
            let fragmentation: Double
            let distance_fragmentation: Double
            let betweenness_rank_correlation: Double?
            let degree_rank_correlation: Double?
            let closeness_rank_correlation: Double?
        }
        let respondents: [String]
        let removed_per_run: Int
        let runs: [Run]
    }

    @Test("every 2-subset of respondents: ties lost, F, DF and the rank correlations equal NetworkX and SciPy")
    func reference() throws {
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: URL(fileURLWithPath:
            repositoryPath("Tests/RedesTests/Fixtures/survey/missing-respondents.json"))))
        let network = try Network.read(path: Self.network)
        let ids = network.actors.map(\.id)
        // 0.3 × 7 = 2.1 → 2 respondents a run; C(7, 2) = 21 ≤ 100 subsets: all of them, in lexicographic order.
        let analysis = MissingRespondentSensitivity(network, share: 0.3, runs: 100, seed: 99)
        #expect(analysis.respondents.map { ids[$0] } == reference.respondents)
        #expect(analysis.removedPerRun == reference.removed_per_run && analysis.exhaustive)
        #expect(analysis.runs.count == reference.runs.count)
        func close(_ a: Double?, _ b: Double?) -> Bool {
            guard let a, let b else { return a == nil && b == nil }
            return abs(a - b) < 1e-9
        }
        for (run, expected) in zip(analysis.runs, reference.runs) {
            #expect(run.removed.map { ids[$0] } == expected.removed)
            #expect(run.tiesLost == expected.ties_lost)
            #expect(close(run.fragmentation, expected.fragmentation) && close(run.distanceFragmentation, expected.distance_fragmentation),
                    "\(expected.removed)")
            #expect(close(run.betweennessRankCorrelation, expected.betweenness_rank_correlation), "\(expected.removed)")
            #expect(close(run.degreeRankCorrelation, expected.degree_rank_correlation), "\(expected.removed)")
            #expect(close(run.closenessRankCorrelation, expected.closeness_rank_correlation), "\(expected.removed)")
        }
        // Exhaustive runs use no seed: the same runs with any seed.
        #expect(MissingRespondentSensitivity(network, share: 0.3, runs: 100, seed: 1).runs == analysis.runs)
    }

    /// By hand: with one respondent removed at a time (0.1 × 7 = 0.7 → at least 1) there are 7 runs. EUREKA answered
    /// nothing, so it is no respondent. Removing `sec` keeps sec–sence and sec–cft (the other end reported them too)
    /// and loses sec–gore (sec alone reported it): 1 tie.
    @Test("one respondent at a time: seven runs, and the ties each loses, counted by hand")
    func oneAtATime() throws {
        let network = try Network.read(path: Self.network)
        let analysis = MissingRespondentSensitivity(network, share: 0.1, runs: 100)
        let ids = network.actors.map(\.id)
        let lost = Dictionary(uniqueKeysWithValues: analysis.runs.map { (ids[$0.removed[0]], $0.tiesLost) })
        // Reports (the fixture's hand count): sec→sence, sence→sec, sec→cft, cft→sec, sec→gore, gore→ua, ua→gore,
        // cft→imp, imp→cft, cod→imp, imp→cod, cod→eur, ua→eur, sence→ua, cod→ua. A tie is lost with its only reporter:
        // sec: sec–gore; sence: sence–ua; gore: none; cft: none; ua: ua–eur; imp: none; cod: cod–eur, cod–ua.
        #expect(lost == ["sec": 1, "sence": 1, "gore": 0, "cft": 0, "ua": 1, "imp": 0, "cod": 2])
        #expect(analysis.exhaustive && analysis.removedPerRun == 1)
        // A run that loses nothing keeps every ranking: ρ = 1.
        let untouched = try #require(analysis.runs.first { ids[$0.removed[0]] == "gore" })
        #expect(untouched.betweennessRankCorrelation == 1 && untouched.fragmentation == analysis.baseline.fragmentation)
    }

    @Test("more subsets than runs: a seeded sample, the same for the same seed")
    func sampled() throws {
        let network = try Network.read(path: Self.network)
        let a = MissingRespondentSensitivity(network, share: 0.5, runs: 10, seed: 3)  // C(7, 4) = 35 > 10
        let b = MissingRespondentSensitivity(network, share: 0.5, runs: 10, seed: 3)
        #expect(!a.exhaustive && a.runs.count == 10 && a.removedPerRun == 4 && a.runs == b.runs)
        #expect(a.runs.allSatisfy { Set($0.removed).count == 4 && Set($0.removed).isSubset(of: Set(a.respondents)) })
        #expect(MissingRespondentSensitivity.combinations(5, 2).count == 10 && MissingRespondentSensitivity.binomial(30, 15) == 155_117_520)
    }

    @Test("a network without reported ties has no respondents and no runs")
    func noSurvey() throws {
        let analysis = MissingRespondentSensitivity(try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml")))
        #expect(analysis.respondents.isEmpty && analysis.runs.isEmpty)
    }
}
