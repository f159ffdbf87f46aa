import Foundation
import Testing

/// The page for peers in a real browser: runs the selenium suite in `Tests/Page` against the
/// `peernote` built with the tests. Its plain-HTTP checks need only pytest; its browser tests
/// need Debian's `chromium` and `chromium-driver` and `selenium` from PyPI, and are skipped with
/// a message without them, unless `PEERNOTE_REQUIRE_BROWSER=1` (which `.ci/run` sets after
/// installing them) makes them required. Screenshots go to `/tmp` (`PEERNOTE_SCREENSHOTS`).
@Suite struct PageBrowserTests {
    static let required = ProcessInfo.processInfo.environment["PEERNOTE_REQUIRE_BROWSER"] == "1"

    @Test(.enabled(if: pytestIsInstalled || required, "needs pytest (pip install pytest selenium; apt-get install chromium chromium-driver)"))
    func aPeerTypesANoteTakesARewriteAndCopiesItOut() throws {
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"),
                             ["python3", "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "Tests/Page"],
                             environment: ["PEERNOTE_BINARY": peernoteBinary.path])
        #expect(result.status == 0, "the page's browser tests:\n\(result.stdout)\n\(result.stderr)")
        // Skipped browser tests say why in pytest's summary; shown here so a run without a browser is not mistaken for one with.
        if result.stdout.contains("SKIPPED") {
            print("PageBrowserTests: browser tests skipped:\n" + result.stdout.split(separator: "\n").filter { $0.contains("SKIPPED") }.joined(separator: "\n"))
        }
    }
}

/// Whether Python's pytest is available.
let pytestIsInstalled: Bool = {
    (try? run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import pytest"]).status) == 0
}()
