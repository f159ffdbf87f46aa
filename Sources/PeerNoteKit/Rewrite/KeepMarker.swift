extension Rewriter {
    /// The edit that keeps a finding's words: `{>>PeerNote ok<<}` inserted right after them,
    /// which silences that one finding (the editor's "keep here" and the page's "keep it here").
    public static func keep(_ finding: Finding) -> Rewrite {
        Rewrite(range: finding.range.upperBound..<finding.range.upperBound, replacement: Marker.ok, rule: finding.rule, isSafe: false)
    }
}
