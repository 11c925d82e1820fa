// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Redes",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Redes", targets: ["Redes"]),
        .library(name: "RedesPresentation", targets: ["RedesPresentation"]),
        .library(name: "RedesGraphviz", targets: ["RedesGraphviz"]),
        .library(name: "RedesReport", targets: ["RedesReport"]),
        .library(name: "RedesExplore", targets: ["RedesExplore"]),
        .executable(name: "redes", targets: ["redes"]),
        .executable(name: "redes-bench", targets: ["redes-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // The model, the compact graph, the metrics, the diagnosis, the decisions and the file formats, as typed
        // values. No C library (only the prefetch header), no sentence in any human language, no command-line flag.
        // One C header: the compiler's prefetch hint, which Swift cannot spell, for the batched breadth-first search
        // on graphs whose path counts exceed the cache. No library behind it.
        .target(name: "CRedesPrefetch"),
        .target(
            name: "Redes",
            dependencies: [.product(name: "Yams", package: "Yams"), "CRedesPrefetch"]
        ),
        // What people read: the one message catalog (Spanish and English), number formatting per language, text
        // tables, and the JSON and CSV shapes of every result.
        .target(
            name: "RedesPresentation",
            dependencies: ["Redes"]
        ),
        // The Graphviz C library (cgraph + gvc), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Drawing networks through the Graphviz C library.
        .target(
            name: "RedesGraphviz",
            dependencies: ["Redes", "RedesPresentation", "CGraphviz"]
        ),
        // The committee report (HTML and Markdown), built from the analysis and the diagrams.
        .target(
            name: "RedesReport",
            dependencies: ["Redes", "RedesPresentation", "RedesGraphviz"]
        ),
        // Survey templates and answers as .xlsx spreadsheets (ZIP packages of SpreadsheetML parts): the one target
        // that depends on ZIPFoundation, so the core stays free of it.
        .target(
            name: "RedesSpreadsheet",
            dependencies: ["Redes", "RedesPresentation", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The interactive map: one self-contained HTML page (the Graphviz drawing, the data, a small script).
        .target(
            name: "RedesExplore",
            dependencies: ["Redes", "RedesPresentation", "RedesGraphviz"]
        ),
        // The command-line tool: argument parsing only; the work is in the libraries.
        .executableTarget(
            name: "redes",
            dependencies: [
                "Redes",
                "RedesPresentation",
                "RedesGraphviz",
                "RedesReport",
                "RedesSpreadsheet",
                "RedesExplore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Runnable example: builds a network in code through the public API.
        .executableTarget(
            name: "build-network-example",
            dependencies: ["Redes"],
            path: "Examples/BuildNetwork"
        ),
        // Runnable example: draws the bundled network through Graphviz.
        .executableTarget(
            name: "render-network-example",
            dependencies: ["Redes", "RedesGraphviz"],
            path: "Examples/RenderNetwork"
        ),
        // Times Redes on edge-list files for Benchmarks/compare.py (release builds only).
        .executableTarget(
            name: "redes-bench",
            dependencies: ["Redes"],
            path: "Benchmarks/RedesBench"
        ),
        // Seeded mutation fuzzer for every reader (`make fuzz`).
        .executableTarget(
            name: "redes-fuzz",
            dependencies: ["Redes", "RedesPresentation"],
            path: "Fuzz/RedesFuzz"
        ),
        .testTarget(
            name: "RedesTests",
            dependencies: ["Redes", "RedesPresentation"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "RedesPresentationTests",
            dependencies: ["RedesPresentation"]
        ),
        .testTarget(
            name: "RedesGraphvizTests",
            dependencies: ["RedesGraphviz", "RedesPresentation"]
        ),
        .testTarget(
            name: "RedesReportTests",
            dependencies: ["RedesReport", "RedesPresentation"]
        ),
        .testTarget(
            name: "RedesSpreadsheetTests",
            dependencies: ["RedesSpreadsheet", "RedesPresentation", "Redes"]
        ),
        .testTarget(
            name: "RedesExploreTests",
            dependencies: ["RedesExplore", "RedesGraphviz", "RedesPresentation"]
        ),
        .testTarget(
            name: "RedesCLITests",
            dependencies: ["redes", "Redes", "RedesSpreadsheet"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
