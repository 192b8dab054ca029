// Interrupt: the flag Ctrl-C sets and the interpreter polls, so `while True {}` can be stopped.

import Synchronization

/// Set from a SIGINT handler (async-signal-safe: a lock-free atomic store); cleared by the REPL.
public let interruptFlag = Atomic<Bool>(false)

public func requestInterrupt() { interruptFlag.store(true, ordering: .relaxed) }
public func clearInterrupt() { interruptFlag.store(false, ordering: .relaxed) }
