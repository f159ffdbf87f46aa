import Foundation
import Testing

/// A caseload through a real engine, and coaching sheets through a real printer: PySpark in
/// `local[2]` runs `Scripts/spark-report.py` (one `report --partial` per partition through
/// `pipe()`, one `--merge`), and headless Chromium prints `--format peer-sheets` to PDF.
/// Skipped with a message when PySpark and Java, or Chromium and poppler's `pdfinfo`, are
/// missing — unless `PEERNOTE_REQUIRE_SPARK=1` / `PEERNOTE_REQUIRE_BROWSER=1` (set by `.ci/run`,
/// which installs them) make them required.
@Suite struct ScaleOutAndPrintTests {
    static let sparkRequired = ProcessInfo.processInfo.environment["PEERNOTE_REQUIRE_SPARK"] == "1"
    static let browserRequired = ProcessInfo.processInfo.environment["PEERNOTE_REQUIRE_BROWSER"] == "1"

    static let hasSpark: Bool = {
        (try? run(URL(fileURLWithPath: "/usr/bin/env"), ["sh", "-c", "command -v java >/dev/null && python3 -c 'import pyspark'"]).status) == 0
    }()

    static let hasPrinter: Bool = {
        (try? run(URL(fileURLWithPath: "/usr/bin/env"), ["sh", "-c", "command -v chromium >/dev/null && command -v pdfinfo >/dev/null"]).status) == 0
    }()

    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(.enabled(if: hasSpark || sparkRequired, "needs Java 17 and PySpark (apt-get install openjdk-17-jre-headless; pip install pyspark)"))
    func sparkPartsMergeToTheSingleRunByteForByte() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = try run(URL(fileURLWithPath: "/usr/bin/env"),
                                ["python3", "Scripts/generate-caseload.py", "--count", "600", "--out", folder.path])
        #expect(generated.status == 0, "\(generated.stderr)")
        let notes = folder.appendingPathComponent("notes.jsonl").path
        for format in [["--format", "json"], ["--format", "markdown", "--by", "week"]] {
            let single = try runPeerNote(["report", notes] + format)
            #expect(single.status == 0, "\(single.stderr)")
            let merged = folder.appendingPathComponent("spark-\(format[1]).out").path
            let spark = try run(URL(fileURLWithPath: "/usr/bin/env"),
                                ["python3", "Scripts/spark-report.py", "--peernote", peernoteBinary.path, "--input", notes, "--output", merged,
                                 "--partitions", "3", "--master", "local[2]", "--part-args", format.count > 2 ? "--by week" : "", "--"] + format)
            #expect(spark.status == 0, "the Spark run:\n\(spark.stderr.suffix(2000))")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: merged))
            #expect(bytes == Data(single.stdout.utf8), "Spark's merged \(format[1]) report differs from a single run")
            #expect(single.stdout.contains("600") || format[1] != "json")
        }
    }

    @Test(.enabled(if: hasPrinter || browserRequired, "needs chromium and pdfinfo (apt-get install chromium poppler-utils)"))
    func eachPeerSheetPrintsOnOnePage() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("sheets.html"), pdf = folder.appendingPathComponent("sheets.pdf")
        let report = try runPeerNote(["report"] + ReportTests.caseloadArguments + ["--redact", "--format", "peer-sheets", "--output", html.path])
        #expect(report.status == 0, "\(report.stderr)")
        let page = try String(contentsOf: html, encoding: .utf8)
        let peers = page.components(separatedBy: "<section class=\"sheet\">").count - 1
        #expect(peers == 6)
        for outside in ["http://", "https://", "<script", "src="] { #expect(!page.contains(outside), "\(outside)") }
        let printed = try run(URL(fileURLWithPath: "/usr/bin/env"),
                              ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                               "--print-to-pdf=\(pdf.path)", html.absoluteString])
        #expect(FileManager.default.fileExists(atPath: pdf.path), "chromium printed nothing: \(printed.stderr.suffix(500))")
        let info = try run(URL(fileURLWithPath: "/usr/bin/env"), ["pdfinfo", pdf.path])
        let pages = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) }
        #expect(pages == String(peers), "one page per peer: \(info.stdout)")
    }
}
