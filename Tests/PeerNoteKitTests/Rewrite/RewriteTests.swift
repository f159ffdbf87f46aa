import Testing
import PeerNoteKit

@Suite struct RewriteTests {
    let lexicon = try! PeerNoteKitTests.lexicon(sampleLexiconYAML + """

      - id: addict
        category: substance-stigma
        noun: [addict]
        message: Defines a person by a condition
        alternatives: ["person who uses drugs|people who use drugs"]
        safe: true
      - id: pt-safe
        category: jargon
        terms: [client]
        message: Say who
        alternatives: [the person]
        safe: true
    """)

    func fixed(_ text: String, safeOnly: Bool = true) throws -> String {
        let analysis = try Analyzer(lexicon: lexicon).analyze(Note(id: "t", text: text))
        let rewrites = safeOnly ? Rewriter.safeRewrites(for: analysis.findings, in: text)
            : analysis.findings.compactMap { Rewriter.rewrites(for: $0, in: text).first }
        return Rewriter.apply(rewrites, to: text)
    }

    @Test func inflectionCaseAndArticles() throws {
        #expect(try fixed("He refused. She refuses. They are refusing.", safeOnly: false)
            == "He declined. She declines. They are declining.")
        #expect(try fixed("Patients arrived. The PATIENT left.", safeOnly: false) == "People arrived. The PERSON left.")
        #expect(try fixed("He is an addict. An addict spoke. Addicts met.") == "He is a person who uses drugs. A person who uses drugs spoke. People who use drugs met.")
        #expect(try fixed("We spoke with the client and a client.") == "We spoke with the person and a person.")
        #expect(try fixed("History of SUBSTANCE ABUSE.") == "History of SUBSTANCE USE.")
    }

    @Test func onlySafeRewritesApplyAndTheRestIsUntouched() throws {
        let text = "  The pt refused\r\n\tan addict's  substance abuse.  "
        #expect(try fixed(text) == "  The pt refused\r\n\ta person who uses drugs's  substance use.  ")
    }

    @Test func applyingTwiceEqualsOnce() throws {
        for text in ["An addict with substance abuse.", "The client, the addicts and their substance abuse history."] {
            let once = try fixed(text)
            #expect(try fixed(once) == once)
        }
    }
}
