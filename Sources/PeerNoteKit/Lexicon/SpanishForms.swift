/// Spanish word forms made at load time from the lexicon's own words, so that a supervisor
/// writes `verbo: [negarse|niega]` or `adjetivo: [manipulador]` and every form a note may use
/// ("se negó", "se niegan", "negándose", "se ha negado"; "manipuladoras") matches, without a
/// rebuild and without listing the forms by hand. The rules are the regular paradigms; a verb
/// whose stem changes gives its changed forms after `|` (see `Lexicons/README.md`).
public enum SpanishForms {
    /// The third-person forms (singular and plural) of a verb phrase, with the clitic forms a
    /// note writes: "se negó", "no cumplió con", "rechazándolo". `spec` is the phrase with its
    /// verb in the infinitive ("negarse a", "no cumplir con"), then optionally `|` the present
    /// third person singular when the stem changes ("niega", "rehúsa"), then `|` the preterite
    /// third person singular when it changes too ("mintió"). Nil when the phrase has no
    /// infinitive or the spelling has too many parts.
    public static func verbForms(_ spec: String) -> [String]? {
        let parts = spec.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        guard (1...3).contains(parts.count), !parts.contains(where: \.isEmpty) else { return nil }
        let words = parts[0].split(separator: " ").map(String.init)
        guard let verbIndex = words.firstIndex(where: { infinitive(of: $0) != nil }),
              let (stem, ending, reflexive) = infinitive(of: words[verbIndex]) else { return nil }
        let before = words[..<verbIndex].joined(separator: " "), after = words[(verbIndex + 1)...].joined(separator: " ")
        let isAR = ending == "ar"
        let present = parts.count > 1 ? parts[1].lowercased() : stem + (isAR ? "a" : "e")
        let preterite = parts.count > 2 ? parts[2].lowercased() : stem + (isAR ? "ó" : Self.vowelEnds(stem) ? "yó" : "ió")
        // The preterite plural and the gerund share the preterite's stem ("mintió": mintieron, mintiendo).
        let preteriteStem: String, preteritePlural: String, gerund: String
        if preterite.hasSuffix("ió") || preterite.hasSuffix("yó") {
            preteriteStem = String(preterite.dropLast(2))
            let y = preterite.hasSuffix("yó")
            preteritePlural = preteriteStem + (y ? "yeron" : "ieron")
            gerund = preteriteStem + (y ? "yendo" : "iendo")
        } else if isAR {
            preteriteStem = String(preterite.dropLast())
            preteritePlural = preteriteStem + "aron"
            gerund = stem + "ando"
        } else {
            // A strong preterite ("dijo", "tuvo"): -eron after j, else -ieron; the gerund stays regular.
            preteriteStem = String(preterite.dropLast())
            preteritePlural = preteriteStem + (preteriteStem.hasSuffix("j") ? "eron" : "ieron")
            gerund = stem + "iendo"
        }
        let infinitiveForm = stem + ending
        let participle = stem + (isAR ? "ado" : "ido")
        var finite = [present, present + "n", preterite, preteritePlural,
                      stem + (isAR ? "aba" : "ía"), stem + (isAR ? "aban" : "ían"),
                      infinitiveForm + "á", infinitiveForm + "án", infinitiveForm + "ía", infinitiveForm + "ían"]
        for auxiliary in ["ha", "han", "había", "habían", "ha estado", "está", "están", "estaba", "estaban", "sigue", "siguen", "seguía"] {
            let isProgressive = auxiliary.hasPrefix("est") || auxiliary.hasPrefix("sig") || auxiliary.hasPrefix("seg") || auxiliary == "ha estado"
            finite.append(auxiliary + " " + (isProgressive ? gerund : participle))
        }
        var forms: [String] = []
        if reflexive {
            forms += finite.map { "se " + $0 }
            // The clitic joins the gerund and moves its stress mark: "negándose".
            forms.append(stressed(gerund) + "se")
        } else {
            forms += finite + [gerund]
            // With a pronoun before the verb ("la llamar"), the pronoun is already there.
            if before.isEmpty { forms += ["lo", "la", "los", "las"].map { stressed(gerund) + $0 } }
        }
        let phrased = forms.map { form in [before, form, after].filter { !$0.isEmpty }.joined(separator: " ") }
        var unique: [String] = []
        for form in phrased where !unique.contains(form) { unique.append(form) }
        return unique
    }

    /// The gender and number forms of an adjective or a noun of a person: "manipulador" →
    /// manipulador, manipuladora, manipuladores, manipuladoras; "resistente" → resistente,
    /// resistentes; "bipolar" → bipolar, bipolares. The first word that inflects changes and
    /// the words after it follow in number ("resistente al tratamiento" keeps its complement);
    /// `|` spells the forms out instead. Nil for an empty spelling.
    public static func adjectiveForms(_ spec: String) -> [String]? {
        let parts = spec.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        guard !parts.contains(where: \.isEmpty) else { return nil }
        if parts.count > 1 { return parts }
        var words = parts[0].split(separator: " ").map(String.init)
        guard let index = words.firstIndex(where: { !invariant.contains($0.lowercased()) }) else { return nil }
        let word = words[index]
        var forms: [String] = []
        for variant in genderNumber(word) {
            words[index] = variant
            forms.append(words.joined(separator: " "))
        }
        return forms
    }

    /// Words before an adjective that do not inflect ("poco colaborador", "muy reacio").
    private static let invariant: Set<String> = ["poco", "muy", "no", "más", "mas", "tan", "bien", "mal", "medio", "super", "súper"]

    private static func genderNumber(_ word: String) -> [String] {
        if word.hasSuffix("o") {
            let stem = word.dropLast()
            return [word, stem + "a", word + "s", stem + "as"]
        }
        if word.hasSuffix("a") { return [word, word + "s"] }
        if word.hasSuffix("e") || word.hasSuffix("é") { return [word, word + "s"] }
        if word.hasSuffix("z") { return [word, word.dropLast() + "ces"] }
        // -or and -ón/-án/-és take a feminine in -a and lose the stress mark in the plural.
        let plain = unstressedLast(word)
        if word.hasSuffix("or") || word.hasSuffix("ón") || word.hasSuffix("án") || word.hasSuffix("és") {
            return [word, plain + "a", plain + "es", plain + "as"]
        }
        return [word, plain + "es"]
    }

    /// The stem, the ending (`ar`, `er`, `ir`) and whether the verb is reflexive, for an
    /// infinitive ("negarse" → neg, ar, true); nil for any other word.
    private static func infinitive(of word: String) -> (String, String, Bool)? {
        var word = word.lowercased()
        var reflexive = false
        if word.hasSuffix("se") && word.count > 4 { word.removeLast(2); reflexive = true }
        for ending in ["ar", "er", "ir", "ír"] where word.hasSuffix(ending) && word.count > ending.count {
            return (String(word.dropLast(2)), ending == "ír" ? "ir" : ending, reflexive)
        }
        return nil
    }

    private static func vowelEnds(_ stem: String) -> Bool {
        guard let last = stem.last else { return false }
        return "aeiou".contains(last) && !stem.hasSuffix("gu") && !stem.hasSuffix("qu")
    }

    /// The gerund with the stress mark a clitic needs: "negando" → "negándo", "mintiendo" → "mintiéndo".
    private static func stressed(_ gerund: String) -> String {
        if gerund.hasSuffix("ando") { return gerund.dropLast(4) + "ándo" }
        if gerund.hasSuffix("iendo") { return gerund.dropLast(5) + "iéndo" }
        if gerund.hasSuffix("yendo") { return gerund.dropLast(5) + "yéndo" }
        return gerund
    }

    private static func unstressedLast(_ word: String) -> String {
        guard let index = word.lastIndex(where: { "áéíóú".contains($0) }) else { return word }
        // Only a mark on the last syllable goes ("glotón" → "glotones"), not "histérico".
        guard word.distance(from: index, to: word.endIndex) <= 2 else { return word }
        var copy = word
        copy.replaceSubrange(index...index, with: String(Accents.fold(String(word[index]))))
        return copy
    }
}

/// Spanish written in a hurry drops its stress marks ("se nego", "recaida"): a Spanish term
/// also matches its spelling without them, unless a lexicon lists the word under
/// `accents_matter:` because without its mark it is another word ("él"/"el").
public enum Accents {
    /// `text` without acute accents and diaeresis (ñ stays: "año" is not "ano").
    public static func fold(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0xC0 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "á": result.append("a")
            case "é": result.append("e")
            case "í": result.append("i")
            case "ó": result.append("o")
            case "ú", "ü": result.append("u")
            case "Á": result.append("A")
            case "É": result.append("E")
            case "Í": result.append("I")
            case "Ó": result.append("O")
            case "Ú", "Ü": result.append("U")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// `phrase` as it is said where a final -ado loses its d ("arrebatado" → "arrebatao",
    /// "desmotivados" → "desmotivaos"), or nil when its last word has no such ending.
    static func spoken(_ phrase: String) -> String? {
        for (ending, said) in [("ado", "ao"), ("ados", "aos")] where phrase.hasSuffix(ending) && phrase.count > ending.count + 2 {
            return String(phrase.dropLast(ending.count)) + said
        }
        return nil
    }

    /// `phrase` with ñ typed as n ("niña" → "nina"), or nil when it has no ñ.
    static func withoutTilde(_ phrase: String) -> String? {
        guard phrase.contains("ñ") || phrase.contains("Ñ") else { return nil }
        return phrase.replacingOccurrences(of: "ñ", with: "n").replacingOccurrences(of: "Ñ", with: "N")
    }

    /// The spellings of `phrase` a hurried keyboard types: without stress marks (keeping the
    /// words in `kept`), with ñ as n, and both; each differs from `phrase`, none twice.
    static func typed(_ phrase: String, keeping kept: Set<String> = []) -> [String] {
        let folded = folded(phrase, keeping: kept)
        var spellings: [String] = []
        for spelling in [folded, withoutTilde(phrase), withoutTilde(folded ?? phrase)] {
            if let spelling, spelling != phrase, !spellings.contains(spelling) { spellings.append(spelling) }
        }
        return spellings
    }

    /// `phrase` with every word folded except those in `kept` (normalized words), or nil when
    /// nothing changes.
    static func folded(_ phrase: String, keeping kept: Set<String>) -> String? {
        let words = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let folded = words.map { kept.contains(Normalizer.normalize($0)) ? $0 : fold($0) }
        return folded == words ? nil : folded.joined(separator: " ")
    }
}
