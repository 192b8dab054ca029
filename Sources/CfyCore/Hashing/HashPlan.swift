// HashPlan: what the direct hasher needs of a class's fields, computed once per class.

/// The fields of a class as the hasher walks them: names, which are blacklisted, and where
/// `hash_representations` and `hash` are.
final class HashPlan {
    let names: [String]
    /// Strategy's first rule, per field: blacklisted fields are skipped without being read.
    let skip: [Bool]
    let repsIndex: Int?
    let hashIndex: Int?

    init(_ cls: ClassInfo) {
        names = cls.fields.map(\.name)
        skip = names.map { Strategy.blacklist.contains($0) }
        repsIndex = cls.fieldIndex["hash_representations"]
        hashIndex = cls.fieldIndex["hash"]
    }

    /// `hash_representations[name]` for each field, for the last dict seen (kept, so that its
    /// storage, which identifies it, cannot change: the instances of a sweep share one dict).
    private var repsKeep = PyDict()
    private var repsID: UInt = 0
    private var repsFound: [Value?] = []

    func lookups(_ d: PyDict) -> [Value?] {
        let id = d.storageID
        if id != 0, id == repsID { return repsFound }
        let found = names.map { d.get(.str(PyStr($0))) }
        if id != 0 { repsKeep = d; repsID = id; repsFound = found }
        return found
    }

    static func of(_ cls: ClassInfo) -> HashPlan {
        if let p = cls.hashPlan, p.names.count == cls.fields.count { return p }
        let p = HashPlan(cls)
        cls.hashPlan = p
        return p
    }
}
