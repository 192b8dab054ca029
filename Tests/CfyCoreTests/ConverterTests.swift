// cfy convert on whole files: what is left out, and the error for what the sets need but cannot
// be written. (Round trips of real files: scripts/check-convert.)

@testable import CfyCore
import Testing

/// Whole-file conversion of in-memory Python text (no project modules).
@Suite struct ConverterTests {
    func convert(_ py: String) throws -> String {
        try Converter(mainDirectory: "/nonexistent").convert(Source(name: "p.py", text: py))
    }

    @Test func opaqueCallsAreLeftOutAndStagesDropped() throws {
        let text = try convert("""
            import logging
            import curifactory as cf
            from dataclasses import dataclass
            logger = logging.getLogger(__name__)

            @dataclass
            class A(cf.ExperimentArgs):
                x: int = 1

            @cf.stage(inputs=None, outputs=["y"])
            def train(record):
                return 1

            def get_params():
                logger.info("making sets")
                return [A(name="a")]

            if __name__ == "__main__":
                print(get_params())

            """)
        #expect(text.contains("class A(ExperimentArgs) {\n    x: int = 1\n}\n"))
        #expect(text.contains("    # left out: line 15 calls `logger`, of a module cfy does not run\n    return [A(name=\"a\")]\n"))
        #expect(!text.contains("train") || text.contains("Left out"))
        #expect(text.contains("logger, train"))
        #expect(text.contains("the `if __name__ == \"__main__\":` block"))
    }

    @Test func opaqueValueTheSetsNeedIsAnError() throws {
        do {
            _ = try convert("import numpy as np\n\ndef get_params():\n    return [np.zeros(3)]\n")
            Issue.record("expected an error")
        } catch let d as Diagnostic {
            #expect(d.loc == Loc(line: 4, col: 15))   // the `.` of `np.zeros`
            #expect(d.message.hasPrefix("cannot convert: `np.zeros` is a value of the module 'numpy'"))
        }
    }
}
