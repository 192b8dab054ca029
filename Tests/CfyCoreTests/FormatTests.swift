// FormatTests.swift -- the format-spec parser, exact float digits and number layout, against
// values printed by CPython 3.11 (scripts/pydiff/format.py checks the whole grammar end to end).

import Testing
@testable import CfyCore

@Suite struct FormatSpecTests {
    @Test func parsesEveryPart() throws {
        let f = try FormatSpec("*^+z#012_.3f", typeName: "float", defaultType: nil, defaultAlign: ">")
        #expect(f.fill == "*" && f.align == "^" && f.sign == "+" && f.noNegZero && f.alternate)
        #expect(f.width == 12 && f.grouping == .underscore && f.precision == 3 && f.type == "f")
    }

    @Test func zeroFlagIsSignAwareOnlyForNumbers() throws {
        let n = try FormatSpec("05", typeName: "int", defaultType: "d", defaultAlign: ">")
        #expect(n.fill == "0" && n.align == "=")
        let s = try FormatSpec("05", typeName: "str", defaultType: "s", defaultAlign: "<")
        #expect(s.fill == "0" && s.align == "<")
        let explicit = try FormatSpec("*<05", typeName: "int", defaultType: "d", defaultAlign: ">")
        #expect(explicit.fill == "*" && explicit.width == 5)
    }

    @Test(arguments: [
        ("xx", "Invalid format specifier 'xx' for object of type 'int'"),
        (".", "Format specifier missing precision"),
        (",_", "Cannot specify both ',' and '_'."),
        (",b", "Cannot specify ',' with 'b'."),
        ("_n", "Cannot specify '_' with 'n'."),
        ("99999999999999999999", "Too many decimal digits in format string"),
    ])
    func rejects(_ spec: String, _ message: String) {
        #expect(throws: FormatFailure.self) { try FormatSpec(spec, typeName: "int", defaultType: "d", defaultAlign: ">") }
        do { _ = try FormatSpec(spec, typeName: "int", defaultType: "d", defaultAlign: ">") } catch {
            #expect(error.message == message)
        }
    }

    @Test func unicodeDigitsCountAsWidth() throws {
        #expect(try FormatSpec("\u{661}\u{662}", typeName: "int", defaultType: "d", defaultAlign: ">").width == 12)
        #expect(decimalValue("x") == nil && decimalValue("7") == 7)
    }
}

@Suite struct FloatDigitsTests {
    @Test(arguments: [
        (0.5, "f", 0, "0"), (2.5, "f", 0, "2"), (0.125, "f", 2, "0.12"),
        (1.5, "f", 60, "1.500000000000000000000000000000000000000000000000000000000000"),
        (0.1, "e", 30, "1.000000000000000055511151231258e-01"), (1e16, "g", 6, "1e+16"),
        (123456789.0, "g", 3, "1.23e+08"), (1e-05, "g", 6, "1e-05"), (0.0001, "g", 6, "0.0001"),
        (-0.0, "f", 2, "-0.00"), (Double(bitPattern: 1), "e", 3, "4.941e-324"),
        (1.7976931348623157e308, "e", 16, "1.7976931348623157e+308"),
    ] as [(Double, String, Int, String)])
    func printfCodes(_ d: Double, _ code: String, _ precision: Int, _ want: String) {
        #expect(pyDoubleToString(d, code.unicodeScalars.first ?? "r", precision: precision) == want)
    }

    @Test func flags() {
        #expect(pyDoubleToString(1.0, "e", precision: 0, alt: true) == "1.e+00")
        #expect(pyDoubleToString(1e16, "r", precision: 0, alt: true, addDot0: true) == "1.e+16")
        #expect(pyDoubleToString(12.0, "g", precision: 3, addDot0: true) == "12.0")
        #expect(pyDoubleToString(123.0, "g", precision: 3, addDot0: true) == "1.23e+02")
        #expect(pyDoubleToString(-0.0001, "f", precision: 2, noNegZero: true) == "0.00")
        #expect(pyDoubleToString(-0.0001, "f", precision: 2) == "-0.00")
        #expect(pyDoubleToString(-.infinity, "F", precision: 2) == "-INF")
        #expect(pyDoubleToString(-.nan, "g", precision: 2) == "nan")
    }
}

@Suite struct NumberLayoutTests {
    func int(_ n: Int64, _ spec: String) throws -> String {
        try ValueFormat.format(.int(n), spec, limit: 1000, str: { _ in "" })
    }

    @Test func zeroPaddingGroupsTheZeros() throws {
        #expect(try int(1234, "08,") == "0,001,234")
        #expect(try int(1234, "09,") == "0,001,234")
        #expect(try int(255, "#012_x") == "0x0_0000_00ff")
        #expect(try int(-1234, "010_") == "-0_001_234")
        #expect(try int(1234567, "_") == "1_234_567")
    }

    @Test func bigWidthsAreRefused() {
        #expect(throws: FormatFailure.self) { try int(1, "1001") }
    }
}
