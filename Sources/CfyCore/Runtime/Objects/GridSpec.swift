// GridSpec: `grid(base, a=[...], b=[...])` — which field each axis sets, and the fields and name
// of any variant, computed when read.

/// Where a grid variant's field comes from.
enum FieldSource: Equatable, Sendable {
    /// The base set: the same for every variant.
    case fixed
    /// Axis `j`'s value for the variant.
    case axis(Int)
    /// The variant's name, `{base.name}_a=..._b=...` (it wins over an axis called `name`).
    case name
}

/// `grid(base, a=[...], b=[...])`: the fields of variant n (in itertools.product order, the last
/// axis fastest) and its name, `{base.name}_a=..._b=...`.
final class GridSpec: Sendable {
    let nameIndex: Int?
    let baseName: String
    /// Per axis: the field it sets, its values, their labels (`_a=0.1`), and how many variants
    /// one step of it spans.
    let fields: [Int]
    let values: [[Value]]
    let labels: [[String]]
    let strides: [Int]
    /// Per field of the class: where a variant's value comes from (the last axis that sets it).
    let sources: [FieldSource]

    init(nameIndex: Int?, baseName: String, fields: [Int], values: [[Value]], labels: [[String]], fieldCount: Int) {
        self.nameIndex = nameIndex; self.baseName = baseName
        self.fields = fields; self.values = values; self.labels = labels
        var sources = [FieldSource](repeating: .fixed, count: fieldCount)
        for (j, f) in fields.enumerated() where f < fieldCount { sources[f] = .axis(j) }
        if let ni = nameIndex, ni < fieldCount { sources[ni] = .name }
        self.sources = sources
        var strides = [Int](repeating: 1, count: values.count)
        for j in stride(from: values.count - 2, through: 0, by: -1) { strides[j] = strides[j + 1] * values[j + 1].count }
        self.strides = strides
    }

    func axisIndex(_ j: Int, _ n: Int) -> Int { (n / strides[j]) % values[j].count }

    /// Field `i` of variant `n`, when the grid sets it (nil: the base's value).
    func value(field i: Int, variant n: Int) -> Value? {
        guard i < sources.count else { return nil }
        switch sources[i] {
        case .fixed: return nil
        case .axis(let j): return values[j][axisIndex(j, n)]
        case .name:
            var name = baseName
            for j in labels.indices { name += labels[j][axisIndex(j, n)] }
            return .str(name)
        }
    }

    /// All fields of variant `n` over the `base` values it shares.
    func materialize(_ base: [Value], variant n: Int) -> [Value] {
        var out = base
        for i in out.indices { if let v = value(field: i, variant: n) { out[i] = v } }
        return out
    }
}
