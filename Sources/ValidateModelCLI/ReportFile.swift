import Foundation

/// Writes the `--output` report without ever destroying an input of the run.
///
/// - **Refused:** a destination that is the same file (device and inode, after following
///   symlinks) as the model output being read or as a file of the golden folder, so a symlink
///   or a hard link to one is refused too; a new file inside the golden folder (at any depth,
///   after resolving `..` and symlinks); a folder.
/// - **Atomic:** an ordinary file is written to a temporary file beside it, flushed (`fsync`)
///   and renamed over it, so a crash leaves the old report or the new one, never half of one;
///   on failure the temporary file is removed. The new file keeps the old one's permissions
///   (and owner, where allowed); a read-only report is not replaced.
/// - **Symlinks are written through:** when the destination is a symlink (or a chain) to an
///   ordinary file, the target, found by resolving the link, is replaced and the link kept, as
///   the shell's `>` does. A link whose target does not exist yet creates the target.
/// - **Hard links are not:** renaming replaces one name only, so other hard links of a
///   replaced report keep the old content.
/// - **Devices, FIFOs and sockets** (`/dev/null`, `/dev/stdout`) are written into directly.
enum ReportFile {
    /// A path the report must never replace.
    struct Protected: Sendable {
        enum Kind: Sendable {
            /// The model-output file being read (`-`: standard input, when it is a file).
            case modelOutput
            /// The golden folder: itself, every file directly in it, and any path inside it.
            case goldenFolder
        }

        let path: String
        let kind: Kind

        static func modelOutput(_ path: String) -> Protected {
            Protected(path: path, kind: .modelOutput)
        }

        static func goldenFolder(_ path: String) -> Protected {
            Protected(path: path, kind: .goldenFolder)
        }
    }

    /// Why the report was not written: one line, naming the path and the fix.
    struct Error: Swift.Error, Equatable, CustomStringConvertible {
        let path: String
        /// What is wrong and what to do.
        let message: String
        /// True when the path was refused (it names an input or a folder); false when the
        /// system could not write it.
        let isRefusal: Bool

        var description: String { isRefusal ? "\(path): --output: \(message)" : "\(path): \(message)" }
    }

    /// Writes `text` to `path`, unless `path` is (or is inside) one of `protecting`.
    static func write(_ text: String, to path: String,
                      protecting: [Protected]) throws(ReportFile.Error) {
        let refuse = { (message: String) in Error(path: path, message: message, isRefusal: true) }
        let failure = { (code: Int32) in
            let reason = String(cString: strerror(code))
            return Error(path: path, message: "cannot write the report (\(reason)); choose a writable --output path",
                         isRefusal: false)
        }
        let guards = Guards(protecting)
        var info = stat()
        let target: String
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw refuse("is a folder; name a report file in it") }
            if let message = guards.message(forFile: FileID(info)) { throw refuse(message) }
            if type != S_IFREG {
                try writeInto(path, Data(text.utf8), failure: failure)
                return
            }
            guard let resolved = realPath(path) else { throw failure(errno) }
            guard faccessat(AT_FDCWD, resolved, W_OK, AT_EACCESS) == 0 else { throw failure(errno) }
            target = resolved
        } else {
            guard errno == ENOENT else { throw failure(errno) }
            target = try danglingTarget(of: path, failure: failure)
        }
        let folder = folderPath(of: target)
        guard let realFolder = realPath(folder) else { throw failure(errno) }
        if let message = guards.message(forFolder: realFolder) { throw refuse(message) }
        let existing: stat? = stat(target, &info) == 0 ? info : nil
        try replace(target, in: realFolder, with: Data(text.utf8), keeping: existing, failure: failure)
    }

    /// A file's identity: two paths name the same file when device and inode are equal.
    struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self.init(info)
        }
    }

    /// The protected files and folders, by identity, and what to say about each.
    struct Guards {
        var files: [FileID: String] = [:]
        var folders: [FileID: String] = [:]

        static let isModelOutput = "is the model-output file being read; choose another report path"
        static let isGolden = "is a golden file; choose a report path outside the golden folder"

        init(_ protected: [Protected]) {
            for p in protected {
                switch p.kind {
                case .modelOutput:
                    var info = stat()
                    if p.path == "-" {
                        // Standard input redirected from a file (`< out.json`) is that file.
                        if fstat(STDIN_FILENO, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                            files[FileID(info)] = Self.isModelOutput
                        }
                    } else if let id = FileID(path: p.path) {
                        files[id] = Self.isModelOutput  // before "golden file", if it is both
                    }
                case .goldenFolder:
                    guard let id = FileID(path: p.path) else { continue }
                    let shown = p.path.count > 1 && p.path.hasSuffix("/") ? String(p.path.dropLast())
                                                                          : p.path
                    folders[id] = "is inside the golden folder \(shown); choose a report path outside it"
                    // Files directly in it (the ones loaded), so a hard link elsewhere is caught too.
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: p.path)) ?? []
                    for name in names {
                        if let file = FileID(path: p.path + "/" + name), files[file] == nil {
                            files[file] = Self.isGolden
                        }
                    }
                }
            }
        }

        func message(forFile id: FileID) -> String? { files[id] }

        /// The message when `folder` (a resolved, absolute path) is a protected folder or inside one.
        func message(forFolder folder: String) -> String? {
            guard !folders.isEmpty else { return nil }
            var current = folder
            while true {
                if let id = FileID(path: current), let message = folders[id] { return message }
                if current == "/" || current.isEmpty { return nil }
                current = ReportFile.folderPath(of: current)
            }
        }
    }

    /// The folder part of `path` (`.` for a bare name).
    static func folderPath(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// `realpath(3)`: absolute, without `.`, `..` or symlinks; nil (and `errno`) on failure.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The file a missing `path` names: `path` itself, or where its symlink chain ends.
    static func danglingTarget(of path: String, failure: (Int32) -> Error) throws(Error) -> String {
        var current = path
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { throw failure(errno) }
            let link = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : folderPath(of: current) + "/" + link
        }
        throw failure(ELOOP)
    }

    /// Writes `data` into an existing device, FIFO or socket at `path`.
    static func writeInto(_ path: String, _ data: Data, failure: (Int32) -> Error) throws(Error) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(errno) }
        defer { close(fd) }
        if let code = writeAll(fd, data) { throw failure(code) }
    }

    /// Writes `data` to a new temporary file in `folder`, then renames it over `target`.
    static func replace(_ target: String, in folder: String, with data: Data, keeping old: stat?,
                        failure: (Int32) -> Error) throws(Error) {
        let name = target.split(separator: "/").last.map(String.init) ?? "report"
        var temporary = ""
        var fd: Int32 = -1
        for _ in 0..<16 {
            temporary = folder + "/.\(name).\(String(UInt32.random(in: 0...UInt32.max), radix: 16)).tmp"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)  // mode & ~umask
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw failure(errno) }
        var code = writeAll(fd, data)
        if code == nil, let old {
            _ = fchmod(fd, old.st_mode & 0o7777)
            _ = fchown(fd, old.st_uid, old.st_gid)  // allowed for root, or to keep one's own group
        }
        if code == nil, fsync(fd) != 0 { code = errno }
        if close(fd) != 0, code == nil { code = errno }
        if code == nil, rename(temporary, target) != 0 { code = errno }
        if let code {
            unlink(temporary)
            throw failure(code)
        }
    }

    /// Writes all of `data` to `fd`; the `errno` of a failure, or nil.
    static func writeAll(_ fd: Int32, _ data: Data) -> Int32? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int32? in
            var done = 0
            while done < bytes.count {
                let n = Foundation.write(fd, bytes.baseAddress! + done, bytes.count - done)
                if n > 0 {
                    done += n
                } else if n < 0, errno == EINTR {
                    continue
                } else {
                    return n < 0 ? errno : EIO
                }
            }
            return nil
        }
    }
}
