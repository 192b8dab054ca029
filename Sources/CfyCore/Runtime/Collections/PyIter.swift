// PyIter: what Python's dict views (`d.keys()`, `d.values()`, `d.items()`) and iterators (`map`,
// `filter`, `zip`, `enumerate`, `reversed`, generator expressions' generators) are, so that their
// repr, len, equality and one-pass consumption are CPython's, never a list's.

/// A dict view or an iterator. Views are re-iterable snapshots; an iterator is consumed as it is
/// iterated (a class: copies share their position, as two names for one Python iterator do).
public final class PyIter: @unchecked Sendable {
    public enum Kind: String, Sendable {
        case dictKeys = "dict_keys", dictValues = "dict_values", dictItems = "dict_items"
        case map, filter, zip, enumerate
        case listReverseIterator = "list_reverseiterator", reversed, rangeIterator = "range_iterator"
        case generator
    }

    public let kind: Kind
    /// The elements (a view's, or what the iterator yields, computed when it was made).
    public let items: [Value]
    /// How many of `items` an iterator has yielded.
    public var position = 0

    public init(_ kind: Kind, _ items: [Value]) {
        self.kind = kind
        self.items = items
    }

    public var isView: Bool { kind == .dictKeys || kind == .dictValues || kind == .dictItems }

    /// Python's type name (`dict_keys`, `map`, `generator`...).
    public var typeName: String { kind.rawValue }

    /// The elements a `for` loop sees now: a view's all, an iterator's rest (which it then has given).
    func take(_ body: (Value) throws -> Bool) rethrows {
        if isView {
            for x in items where !(try body(x)) { return }
            return
        }
        while position < items.count {
            let x = items[position]
            position += 1
            if !(try body(x)) { return }
        }
    }
}

extension Value {
    /// The repr text of a view (`dict_keys([...])` around its items' repr) or an iterator: Python's
    /// is `<map object at 0x7f…>`; cfy leaves the address out, as for functions.
    static func iterReprHead(_ it: PyIter) -> String {
        it.isView ? it.typeName + "(" : (it.kind == .generator ? "<generator object <genexpr>>" : "<\(it.typeName) object>")
    }
}
