// MemoryBudget: the guard on the total memory a script holds. `maxElements` bounds each value;
// this bounds their sum, so that many large values (`[x + [i] for i in range(100)]` with a 10M
// list `x`) end in a MemoryError before an allocation fails (an abort) or the OOM killer comes.
// It asks the kernel, not an account of every allocation: the growth paths report large requests
// (`note`), and every 1M elements requested, and every 2**16 interpreter steps, it reads how much
// the process holds (/proc/self/statm) and what is left: under a virtual memory cap (`ulimit -v`)
// the room below the cap, otherwise the machine's available memory (/proc/meminfo) less a reserve.

#if canImport(Glibc)
import Glibc
#endif

struct MemoryBudget {
    /// Requests smaller than this (elements) are not counted: too small to matter one by one.
    static let countFrom: Int64 = 64
    /// Elements requested since the last look at the process's memory.
    private var pending: Int64 = 0
    /// The address-space cap (`ulimit -v`), in bytes, or nil.
    private let addressCap: UInt64?
    static let bytesPerElement = UInt64(MemoryLayout<Value>.stride)

    init() {
        #if canImport(Glibc)
        var r = rlimit()
        if getrlimit(Int32(RLIMIT_AS.rawValue), &r) == 0, r.rlim_cur != rlim_t.max { addressCap = UInt64(r.rlim_cur) }
        else { addressCap = nil }
        #else
        addressCap = nil
        #endif
    }

    /// Records a request for `n` elements; true when the memory should be looked at now.
    @inline(__always) mutating func note(_ n: Int64) -> Bool {
        guard n >= Self.countFrom else { return false }
        pending &+= n
        if pending < 1 << 20 { return false }
        pending = 0
        return true
    }

    /// Whether `n` more elements would not fit: the shortfall's description, or nil when they fit.
    func shortfall(adding n: Int64) -> String? {
        let want = UInt64(max(n, 0)).multipliedReportingOverflow(by: Self.bytesPerElement)
        if want.overflow { return "no room for \(n) more elements" }
        let page = UInt64(max(sysconf(Int32(_SC_PAGESIZE)), 1))
        guard let (size, _) = Self.statm() else { return nil }
        if let cap = addressCap {
            if size * page + want.partialValue > cap - cap / 16 {
                return "memory cap of \(cap >> 20) MiB nearly reached (\((size * page) >> 20) MiB in use)"
            }
            return nil
        }
        guard var (total, available) = Self.meminfo() else { return nil }
        if let (limit, used) = Self.cgroup(), limit < total {      // a container's memory limit
            total = limit
            available = min(available, limit > used ? limit - used : 0)
        }
        let reserve = max(total / 20, 128 << 20)
        if available < want.partialValue + reserve {
            return "the machine's memory is nearly used up (\(available >> 20) MiB left)"
        }
        return nil
    }

    /// The process's virtual size and resident size, in pages.
    private static func statm() -> (UInt64, UInt64)? {
        guard let text = readSmallFile("/proc/self/statm") else { return nil }
        let parts = text.split(separator: " ")
        guard parts.count >= 2, let v = UInt64(parts[0]), let r = UInt64(parts[1]) else { return nil }
        return (v, r)
    }

    /// MemTotal and MemAvailable, in bytes.
    private static func meminfo() -> (UInt64, UInt64)? {
        guard let text = readSmallFile("/proc/meminfo") else { return nil }
        var total: UInt64?, available: UInt64?
        for line in text.split(separator: "\n") {
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            guard f.count >= 2, let kb = UInt64(f[1]) else { continue }
            if f[0] == "MemTotal:" { total = kb << 10 }
            if f[0] == "MemAvailable:" { available = kb << 10; break }
        }
        guard let total, let available else { return nil }
        return (total, available)
    }

    /// The cgroup (v2) memory limit and use, in bytes, when a limit is set.
    private static func cgroup() -> (UInt64, UInt64)? {
        func number(_ path: String) -> UInt64? {
            readSmallFile(path)?.split(separator: "\n").first.flatMap { UInt64($0) }
        }
        guard let limit = number("/sys/fs/cgroup/memory.max"), let used = number("/sys/fs/cgroup/memory.current")
        else { return nil }
        return (limit, used)
    }

    private static func readSmallFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buf = [UInt8](repeating: 0, count: 4096)
        let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, 4096) }
        guard n > 0 else { return nil }
        return String(decoding: buf[0..<n], as: UTF8.self)
    }
}
