// Cache preview: artifacts found by curifactory's naming, in subdirectories, with their metadata.
// (scripts/check-bridge runs it on a cache written by a real curifactory experiment.)

import CfyCore
import Foundation
import Testing

@Suite struct CachePreviewTests {
    func touch(_ path: String, _ text: String = "") throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test func findsArtifactsByPrefixAndHash() throws {
        let dir = try temporaryDirectory()
        let h = "1e91cdfe9631961f09b07a80eedeca724"
        try touch("\(dir)/exp_\(h)_load_data_iris.pkl")
        try touch("\(dir)/exp_\(h)_load_data_iris_metadata.json", #"{"stage": "load_data", "artifact_name": "iris"}"#)
        try touch("\(dir)/sub/deeper/exp_\(h)_train_model_scores.json")
        try touch("\(dir)/exp_\(h)_plots_figures/a.png")         // a cacher that writes a directory
        try touch("\(dir)/exp_\(h)x_load_data_iris.pkl")          // another hash that starts the same
        try touch("\(dir)/other_\(h)_load_data_iris.pkl")         // another experiment
        let index = try CacheIndex(directory: dir, prefix: "exp")
        let arts = index.artifacts(for: h)
        #expect(arts.map(\.path) == ["exp_\(h)_load_data_iris.pkl", "exp_\(h)_plots_figures", "sub/deeper/exp_\(h)_train_model_scores.json"])
        #expect(arts.map(\.stage) == ["load_data", nil, nil])
        #expect(arts[0].object == "iris" && arts[2].rest == "train_model_scores.json")
        #expect(index.artifacts(for: "abc").isEmpty)
        #expect(CacheVerdict.of(artifacts: 3, overwrite: false) == .cached)
        #expect(CacheVerdict.of(artifacts: 3, overwrite: true) == .willOverwrite)
        #expect(CacheVerdict.of(artifacts: 0, overwrite: true) == .willRun)
        #expect(throws: Diagnostic.self) { try CacheIndex(directory: dir + "/missing", prefix: "exp") }
    }
}
