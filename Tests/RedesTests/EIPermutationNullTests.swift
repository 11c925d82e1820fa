import Testing
@testable import Redes

/// What chance alone gives for the E-I index: the mean and the central 95 % of the permutation test's shuffles, against
/// the exact expectation written out by hand.
@Suite("The E-I index under the permutation null")
struct EIPermutationNullTests {
    @Test("the exact expectation: 2·P_out/P − 1, by hand for the bundled blocs")
    func expectation() {
        // Blocs of the bundled network: Público 6, IES 3, Programas 5, Gremios 5, Empresas 4, Liceos 7 (n = 30).
        // Ordered pairs inside blocs: 6·5 + 3·2 + 5·4 + 5·4 + 4·3 + 7·6 = 130; all ordered pairs: 30·29 = 870.
        // E[E-I] = 2·(870 − 130)/870 − 1 = 0.701149…
        let expected = GroupCohesion.expectedEI(groupSizes: [6, 3, 5, 5, 4, 7])
        #expect(abs((expected ?? 0) - (2.0 * 740 / 870 - 1)) < 1e-12)
        // Two groups of one: every pair is between groups, so chance gives +1.
        #expect(GroupCohesion.expectedEI(groupSizes: [1, 1]) == 1)
        #expect(GroupCohesion.expectedEI(groupSizes: [1]) == nil)
    }

    @Test("the shuffles' mean estimates the exact expectation; the observed E-I of the bundled network is below their 95 % range")
    func bundled() throws {
        let network = try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml"))
        let analysis = NetworkAnalysis(network, options: AnalysisOptions(seed: 7, permutations: 2000))
        let test = try #require(analysis.eiPermutation)
        let groups = try #require(analysis.groups)
        let exact = try #require(GroupCohesion.expectedEI(groupSizes: groups.sizes))
        #expect(abs(exact - 0.701149) < 1e-6)
        // SD of a shuffle's E-I ≈ 0.06 here, so the mean of 2,000 is within ±0.005 of the expectation.
        #expect(abs(test.nullMean - exact) < 0.005, "\(test.nullMean) vs \(exact)")
        #expect(test.nullLow < test.nullMean && test.nullMean < test.nullHigh)
        let observed = try #require(analysis.cohesion?.eiIndex)
        #expect(abs(observed - 0.420) < 0.001)
        #expect(observed < test.nullLow && test.atMost == 0)
        if case .within(let p) = test.reading { #expect(p == 0) } else { Issue.record("expected ties within blocs") }
    }

    @Test("percentiles by nearest rank on a graph whose every shuffle gives the same E-I")
    func degenerate() {
        // A triangle with three singleton groups: every tie is always between groups, E-I = +1 in every shuffle.
        var builder = GraphBuilder(nodeCount: 3, directed: false)
        for (u, v) in [(0, 1), (1, 2), (0, 2)] { builder.addEdge(u, v) }
        let graph = builder.buildGraph()
        let test = GroupCohesion.eiPermutationTest(graph, partition: Partition(labels: ["a", "b", "c"]), permutations: 50, seed: 1)
        #expect(test?.nullMean == 1 && test?.nullLow == 1 && test?.nullHigh == 1)
    }
}
