// cfy-dev md5-floor FILE: the MD5 floor of hashing, for scripts/bench. FILE holds the messages
// curifactory hashes (`f"{name}{rep}"`, one per line, a blank line after each args set); prints
// the best time of MD5 + wide sum per set, in ns.

import CfyCore
#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

func md5Floor(_ path: String) -> Int32 {
    guard let f = fopen(path, "rb") else { complain("cfy-dev: cannot open \(path)\n"); return 2 }
    var bytes: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&buf, 1, buf.count, f)
        if n <= 0 { break }
        bytes += buf[0..<n]
    }
    fclose(f)
    // Sets of messages, each message a [UInt8] as the hasher would have it in hand.
    var sets: [[[UInt8]]] = []
    var current: [[UInt8]] = []
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
        if line.isEmpty {
            if !current.isEmpty { sets.append(current); current = [] }
        } else {
            current.append(Array(line))
        }
    }
    if !current.isEmpty { sets.append(current) }
    guard !sets.isEmpty else { complain("cfy-dev: no messages in \(path)\n"); return 2 }
    let messages = sets.reduce(0) { $0 + $1.count }
    var best = Double.infinity
    var check = 0
    for _ in 0..<7 {
        let t0 = now()
        for set in sets {
            var sum = WideSum()
            for m in set { sum.add(MD5.digest(m)) }
            check &+= sum.limbs.count
        }
        best = min(best, now() - t0)
    }
    let perSet = best / Double(sets.count) * 1e9
    let perMessage = best / Double(messages) * 1e9
    print("sets \(sets.count) messages \(messages) ns_per_set \(Int(perSet.rounded())) "
          + "ns_per_message \(Int(perMessage.rounded())) check \(check % 7)")
    return 0
}
