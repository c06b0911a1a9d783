import Foundation
import Synchronization

/// Large regular files mapped into memory instead of copied: reading 44 MB with `read` costs a
/// copy into a fresh buffer and a page fault for each of its pages (5–7 % of a `--quiet` run at
/// 100 000 records); mapping the file's cached pages with `MAP_POPULATE` is one call.
///
/// A mapping has one hazard a copy has not: when another program shortens the file while it is
/// mapped, touching a page past the new end raises `SIGBUS`, which would end the process. So
/// every mapping is registered, and a `SIGBUS` handler maps zero-filled pages over the rest of a
/// registered mapping that faults, and marks it. The reader then reads zeros (which stop any
/// JSON reader), and the caller, asking `changedWhileRead`, reports that the file changed
/// instead of any verdict or message drawn from those bytes. A `SIGBUS` at any other address
/// goes to the handler installed before (the runtime's crash report), restored for it.
///
/// Edge Cases:
/// - Files below `minimumBytes`, files the system will not map (`/proc`, some network file
///   systems) and mappings beyond the 64 alive at once are not mapped: the caller reads them.
/// - A file changed in place (same length) while mapped reads partly old, partly new, as a
///   file changed during `read` does; only shortening is detected.
/// - A file shortened only within its last page raises no `SIGBUS`: the bytes past the new end
///   read as zeros, which no JSON holds (not even inside a string), so the reader refuses the
///   file with a parse error there instead of "became shorter". Either way, nothing is scored.
enum MappedFile {
    /// Smaller files are read: their copy costs little.
    static let minimumBytes = 256 << 10

    /// The first `count` bytes of the regular file open as `fd`, mapped read-only, as `Data`
    /// that unmaps them when released; nil when this file is not mapped (then read it).
    static func data(of fd: Int32, count: Int) -> Data? {
        guard count >= minimumBytes, Registry.handlerInstalled,
            let slot = Registry.reserveSlot()
        else { return nil }
        let mapped = mmap(nil, count, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)
        guard let mapped, mapped != MAP_FAILED else {
            Registry.release(slot)
            return nil
        }
        Registry.register(slot, start: mapped, count: count)
        return Data(bytesNoCopy: mapped, count: count, deallocator: .custom { pointer, count in
            Registry.release(slot)
            munmap(pointer, count)
        })
    }

    /// What `read` makes of `data`, the bytes of `file`, unless the file became shorter while
    /// it was mapped: then what was read from it is neither accepted nor refused, and the error
    /// says the file changed.
    static func use<R>(
        _ data: Data, of file: String, _ read: () throws(InputError) -> R
    ) throws(InputError) -> R {
        let result = Result(catching: read)
        if changedWhileRead(data) { throw InputError.changedWhileRead(file) }
        return try result.get()
    }

    /// Whether the file behind `data` (from `data(of:count:)`) became shorter while it was
    /// mapped: then its bytes from some page on read as zeros and mean nothing.
    static func changedWhileRead(_ data: Data) -> Bool {
        guard data.count >= minimumBytes else { return false }
        let start = data.withUnsafeBytes { UInt(bitPattern: $0.baseAddress) }
        return Registry.faulted(at: start)
    }

    /// The mappings alive, in memory the signal handler reads without taking the lock (a
    /// handler must not): a slot's `end` is set after its `start` and cleared first on release.
    private enum Registry {
        struct Slot {
            var start: UInt = 0
            var end: UInt = 0
            var faulted = false
            var inUse = false
        }

        static let count = 64
        nonisolated(unsafe) static let slots: UnsafeMutablePointer<Slot> = {
            let slots = UnsafeMutablePointer<Slot>.allocate(capacity: count)
            slots.initialize(repeating: Slot(), count: count)
            return slots
        }()
        static let lock = Mutex(())
        nonisolated(unsafe) static var previous = sigaction()
        static let pageMask = ~UInt(max(sysconf(Int32(_SC_PAGESIZE)), 4096) - 1)

        /// Installs the handler (once; the slots and page mask exist before it can run).
        static let handlerInstalled: Bool = {
            _ = slots
            _ = pageMask
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = onBusError
            action.sa_flags = SA_SIGINFO
            sigemptyset(&action.sa_mask)
            return sigaction(SIGBUS, &action, &previous) == 0
        }()

        static func reserveSlot() -> Int? {
            lock.withLock { _ in
                guard let k = (0..<count).first(where: { !slots[$0].inUse }) else { return nil }
                slots[k] = Slot(inUse: true)
                return k
            }
        }

        static func register(_ k: Int, start: UnsafeMutableRawPointer, count: Int) {
            lock.withLock { _ in
                slots[k].start = UInt(bitPattern: start)
                slots[k].end = UInt(bitPattern: start) + UInt(count)
            }
        }

        static func release(_ k: Int) {
            lock.withLock { _ in
                slots[k].end = 0
                slots[k] = Slot()
            }
        }

        static func faulted(at start: UInt) -> Bool {
            lock.withLock { _ in
                (0..<count).contains {
                    slots[$0].inUse && slots[$0].start == start && slots[$0].faulted
                }
            }
        }

        /// The `SIGBUS` handler: only async-signal-safe work (reads of the slots, `mmap`).
        static let onBusError:
            @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?)
                -> Void = { _, info, _ in
                    let address = UInt(bitPattern: info?.pointee._sifields._sigfault.si_addr)
                    for k in 0..<Registry.count {
                        let slot = Registry.slots[k]
                        guard slot.start <= address, address < slot.end else { continue }
                        let page = address & Registry.pageMask
                        let zeros = mmap(
                            UnsafeMutableRawPointer(bitPattern: page), Int(slot.end - page),
                            PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
                        guard zeros != MAP_FAILED else { break }
                        Registry.slots[k].faulted = true
                        return  // the access is made again, and reads a zero
                    }
                    // Not a mapped file's: the handler before ours takes it when the access
                    // faults again.
                    _ = sigaction(SIGBUS, &Registry.previous, nil)
                }
    }
}
