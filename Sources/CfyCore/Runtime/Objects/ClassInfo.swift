// ClassInfo: a cfy class (every one a dataclass): fields, methods, base, generation.

/// A class: every cfy class is a dataclass. `ExperimentArgs` is one, built in.
public final class ClassInfo: @unchecked Sendable {
    public let name: String
    public let qualname: String
    public let base: ClassInfo?
    public var fields: [FieldInfo] = []
    public var fieldIndex: [String: Int] = [:]
    /// Class attributes that are not fields (`x = 1` of a new name in a class body).
    public var attributes: [String: Value] = [:]
    public var methods: [String: Function] = [:]
    /// The methods decorated `@property`, `@staticmethod` or `@classmethod` (Python classes).
    public var decorators: [String: MethodDecorator] = [:]
    /// `@dataclass(frozen=True)` (or a subclass of one): assigning a field is an error.
    public var frozen = false
    /// `__post_init__` (its own or inherited), run after construction, `replace()` and `grid()`.
    public var postInit: Function?
    /// The fields `__post_init__` changes in place through `self` (InPlaceFields.swift).
    var postInitInPlace: Set<String> = []
    /// What `args_hash()` needs of the fields, computed on first use (DirectHash.swift).
    var hashPlan: HashPlan?
    public let source: Source?
    public let loc: Loc
    /// True for ExperimentArgs, ExperimentParameters and their subclasses.
    public var isArgs: Bool
    /// Which curifactory base the class is built on (inherited): it picks the dry labels and the
    /// name of the hashing method (`args_hash` or `params_hash`).
    public var generation: Generation
    /// An exception class: BaseException or a subclass (ExceptionClasses.swift). Its instances
    /// hold one field, `args`.
    public var isException: Bool
    /// One of Python's own classes (the exceptions): its repr is `<class 'ValueError'>`.
    public var isPythonBuiltin = false

    public init(name: String, qualname: String, base: ClassInfo?, source: Source?, loc: Loc) {
        self.name = name; self.qualname = qualname; self.base = base
        self.source = source; self.loc = loc
        self.isArgs = base?.isArgs ?? false
        self.generation = base?.generation ?? .experimentArgs
        self.isException = base?.isException ?? false
        if let b = base {
            fields = b.fields; fieldIndex = b.fieldIndex
            attributes = b.attributes; methods = b.methods; postInit = b.postInit; postInitInPlace = b.postInitInPlace
            decorators = b.decorators; frozen = b.frozen
        }
    }

    public func isSubclass(of other: ClassInfo) -> Bool {
        var c: ClassInfo? = self
        while let k = c { if k === other { return true }; c = k.base }
        return false
    }

    public func method(_ name: String) -> Function? { methods[name] }
}
