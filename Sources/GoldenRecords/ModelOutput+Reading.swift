import Foundation

extension ModelOutput {
    /// The path that means standard input, as in most command-line tools (`./-` names a file
    /// called `-`).
    package static let standardInputPath = "-"
    /// How standard input is named in messages.
    package static let standardInputName = "<stdin>"

    /// Reads and checks a model-output file; `-` reads standard input.
    ///
    /// The path is opened once and every check is made on the open descriptor (`fstat`), so a
    /// symlink is judged by its target and nothing can be swapped in between check and read:
    ///
    /// - only a regular file is read: a FIFO, a device or a socket is refused (it is opened with
    ///   `O_NONBLOCK`, so a FIFO without a writer cannot hang the open);
    /// - a file above `InputLimits.maxFileBytes` is refused from its size, before it is read;
    /// - at most `maxFileBytes + 1` bytes are ever read, so a file that grows while it is read
    ///   (or standard input, whatever it is) is still bounded, and refused when it exceeds;
    /// - a large regular file is mapped (`MappedFile`) instead of copied, at its size when
    ///   opened; if it becomes shorter meanwhile it is refused as changed.
    ///
    /// Standard input may be a pipe, a terminal or a redirected file (whose size is checked
    /// first, as for a named file); its file status flags are shared with the parent shell, so
    /// they are left as they are.
    public static func read(file path: String) throws(InputError) -> ModelOutput {
        let isStandardInput = path == standardInputPath
        let name = isStandardInput ? standardInputName : path
        let data = try contents(of: path, isStandardInput: isStandardInput, name: name)
        return try MappedFile.use(data, of: name) { () throws(InputError) in
            try parse(data: data, fileName: name)
        }
    }

    /// The bytes of `path` (or of standard input), under the checks listed in `read(file:)`.
    static func contents(of path: String, isStandardInput: Bool,
                         name: String) throws(InputError) -> Data {
        let refuse = { (message: String) in InputError(.unreadable, file: name, place: "file", message: message) }
        if isStandardInput {
            return try contents(of: STDIN_FILENO, isStandardInput: true, refuse: refuse)
        }
        var fd: Int32
        repeat { fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK) } while fd < 0 && errno == EINTR
        guard fd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw refuse("no such file; check the path")
            case EACCES, EPERM: throw refuse("cannot be read; check its permissions")
            case ENXIO: throw refuse(notRegular)  // a socket, or a device without its driver
            case let code: throw refuse("cannot be opened (\(systemMessage(code))); check the path")
            }
        }
        defer { close(fd) }
        return try contents(of: fd, isStandardInput: false, refuse: refuse)
    }

    private static let notRegular = "not a regular file (a FIFO, device or socket); pass a model-output JSON file"

    private static func systemMessage(_ code: Int32) -> String { String(cString: strerror(code)) }

    private static func sizeMessage(_ bytes: Int?) -> String {
        let limit = "the \(InputLimits.maxFileBytes >> 20) MiB limit; split the results over several files"
        guard let bytes else { return "is above \(limit)" }
        return "is \(bytes / 1_000_000) MB, above \(limit)"
    }

    /// The size of `fd` when it is a regular file, else nil.
    private static func regularFileSize(_ fd: Int32) -> Int? {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    private static func contents(of fd: Int32, isStandardInput: Bool,
                                 refuse: (String) -> InputError) throws(InputError) -> Data {
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            if errno == EBADF { throw refuse("is closed; pipe the model-output JSON into it") }
            throw refuse("cannot be read (\(systemMessage(errno))); check the file")
        }
        let limit = InputLimits.maxFileBytes
        var expected = 64 << 10  // a stream's first buffer; it doubles as needed
        let isDirectory = "is a directory; pass the model-output JSON file inside it"
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            throw refuse(isDirectory)
        case S_IFREG:
            // What is left from the current offset (a redirected stdin may be part-read).
            let size = Int(info.st_size) - max(Int(lseek(fd, 0, SEEK_CUR)), 0)
            guard size <= limit else { throw refuse(sizeMessage(size)) }
            expected = max(size, 4096)  // files in /proc say 0 bytes and have more
            if lseek(fd, 0, SEEK_CUR) <= 0, let mapped = MappedFile.data(of: fd, count: size) {
                return mapped
            }
            if !isStandardInput {
                let flags = fcntl(fd, F_GETFL)
                if flags >= 0, flags & O_NONBLOCK != 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
            }
        case S_IFIFO, S_IFCHR, S_IFSOCK:
            guard isStandardInput else { throw refuse(notRegular) }  // stdin: read as a stream
        default:
            // Standard input was closed and its number reused by this process (an epoll or
            // event descriptor of Dispatch, say), which must not be read.
            throw refuse(isStandardInput ? "is closed; pipe the model-output JSON into it" : notRegular)
        }
        // One byte more than expected, so that the end of the file (or its growth) is seen.
        var capacity = min(expected, limit) + 1
        guard var buffer = malloc(capacity) else { throw refuse("cannot be read (out of memory)") }
        var count = 0
        while true {
            if count == capacity {
                if capacity > limit { break }  // limit + 1 bytes read: too large
                capacity = min(capacity * 2, limit + 1)
                guard let grown = realloc(buffer, capacity) else {
                    free(buffer)
                    throw refuse("cannot be read (out of memory)")
                }
                buffer = grown
            }
            let n = Foundation.read(fd, buffer + count, capacity - count)
            if n > 0 { count += n; continue }
            if n == 0 { break }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK:  // a non-blocking stdin: wait until it has data
                var wait = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                _ = poll(&wait, 1, -1)
            case let code:
                free(buffer)
                if code == EISDIR { throw refuse(isDirectory) }
                throw refuse("cannot be read (\(systemMessage(code))); check the file")
            }
        }
        guard count <= limit else {
            free(buffer)
            // A file that grew while it was read says its new size; a stream cannot.
            throw refuse(sizeMessage(regularFileSize(fd).flatMap { $0 > limit ? $0 : nil }))
        }
        guard count > 0 else {
            free(buffer)
            return Data()
        }
        return Data(bytesNoCopy: buffer, count: count, deallocator: .free)
    }
}
