#if canImport(Glibc)
    import Glibc
#endif

/// The one door to the C library calls the CPU backend makes for memory and machine facts.
package enum SystemMemory {
    /// Anonymous private pages, zero-filled by the kernel on first touch. Corresponds to `mmap`.
    static func mapZeroed(length: Int) -> UnsafeMutableRawPointer? {
        let pointer = mmap(nil, max(length, 1), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let pointer, pointer != MAP_FAILED else { return nil }
        return pointer
    }

    /// Corresponds to `munmap`. Failure would mean a bad pointer, which is our bug.
    static func unmap(_ pointer: UnsafeMutableRawPointer, length: Int) {
        let status = munmap(pointer, max(length, 1))
        precondition(status == 0, "munmap failed: errno \(errno)")
    }

    /// Physical memory in bytes. Corresponds to `sysconf(_SC_PHYS_PAGES) * sysconf(_SC_PAGESIZE)`.
    package static var physicalBytes: UInt64 {
        UInt64(max(0, sysconf(Int32(_SC_PHYS_PAGES)))) * UInt64(max(0, sysconf(Int32(_SC_PAGESIZE))))
    }

    /// Online CPUs. Corresponds to `sysconf(_SC_NPROCESSORS_ONLN)`.
    package static var onlineCPUs: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    /// The CPU's model name from /proc/cpuinfo, or a generic name.
    static var cpuModelName: String {
        guard let file = fopen("/proc/cpuinfo", "r") else { return "CPU" }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 512)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = line.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            if text.hasPrefix("model name"), let colon = text.firstIndex(of: ":") {
                return text[text.index(after: colon)...].trimmingCharacters(in: " \t\n")
            }
        }
        return "CPU"
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
