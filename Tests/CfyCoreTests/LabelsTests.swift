import CfyCore
import Testing

/// The typed dry set (`Session.dryArgs`) and the label text written from it (`Labels`): one rule
/// per field, the labels of both curifactory generations, and the reading of external labels.
@Suite struct LabelsTests {
    let schema = """
        class Data { path: str = "x.csv" }
        class Args(ExperimentArgs) {
            lr: float = 0.1
            fn: any = len
            data: Data = Data()
            skip: int = None
            gpus: int = 1
            seed: int = 0
            hash_representations = set_hash_functions(gpus=None, seed=lambda s, v: v * 2)
        }
        a = Args(name="a")

        """

    @Test func oneRulePerField() throws {
        let s = Session()
        let source = Source(name: "t.cfy", text: schema)
        _ = s.run(source)
        let d = try s.dryArgs(try #require(try s.argsSets(source: source).first))
        #expect(d.fields.map(\.name) == ["name", "hash", "overwrite", "hash_representations", "lr", "fn", "data", "skip", "gpus", "seed"])
        #expect(d.fields.map(\.rule.kind) == [.skipped(.blacklist), .skipped(.blacklist), .skipped(.blacklist), .skipped(.blacklist),
                                              .repr, .qualname, .nested, .skipped(.valueIsNone),
                                              .skipped(.noneInHashRepresentations), .custom])
        #expect(try s.repr(try #require(d["lr"]).rule.rep) == "'0.1'")
        #expect(try s.repr(try #require(d["seed"]).rule.rep) == "0")
        #expect(d["data"]?.nested?.fields.map(\.name) == ["path"])
    }

    @Test func labelsOfBothGenerations() {
        #expect(Labels.text("lr", .repr, .experimentArgs) == "repr(param_set.lr)")
        #expect(Labels.text("lr", .repr, .experimentParameters) == "repr(lr)")
        #expect(Labels.text("fn", .qualname, .experimentArgs) == "value.__qualname__")
        #expect(Labels.text("fn", .qualname, .experimentParameters) == "fn.__qualname__")
        #expect(Labels.text("d", .nested, .experimentArgs) == "get_parameters_hash_values(param_set, d)")
        #expect(Labels.text("d", .nested, .experimentParameters) == "get_param_set_hash_values(param_set, d)")
        #expect(Labels.text("s", .custom, .experimentArgs) == "param_set.hash_representations['s'](param_set, param_set.s)")
        #expect(Labels.text("s", .custom, .experimentParameters) == "param_set.hash_representations['s'](param_set, s)")
        #expect(Labels.text("x", .skipped(.noneInHashRepresentations), .experimentParameters)
                == "SKIPPED: set to None in hash_representations")
        #expect(Labels.same(.skipped(.valueIsNone), .experimentArgs, .skipped(.valueIsNone), .experimentParameters))
        #expect(!Labels.same(.repr, .experimentArgs, .repr, .experimentParameters))
    }

    @Test func externalLabelsReadBack() {
        for g in Generation.allCases {
            #expect(Labels.external(Labels.text("f", .qualname, g)) == .qualname)
            #expect(Labels.external(Labels.text("f", .custom, g)) == .custom)
            #expect(Labels.external(Labels.text("f", .repr, g)) == .repr)
            #expect(Labels.external(Labels.text("f", .nested, g)) == .other)
        }
    }

    @Test func pyDictIsWhatArgsHashDryReturns() {
        let out = repl(schema + "print(a.args_hash(dry=True)['seed'], a.args_hash(dry=True)['data'][0])")
        #expect(out.contains("(\"param_set.hash_representations['seed'](param_set, param_set.seed)\", 0)"))
        #expect(out.contains("get_parameters_hash_values(param_set, data)"))
    }
}
