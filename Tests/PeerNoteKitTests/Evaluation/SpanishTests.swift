import Foundation
import Testing
@testable import PeerNoteKit

/// The bundled lexicons of every language (English first, then Spanish), loaded once.
let bilingualLexicon: Lexicon = {
    do { return try Lexicon.loadLanguages() } catch { fatalError("bundled lexicons do not load:\n\(error)") }
}()

/// Spanish notes: the language layer, the Spanish lexicons and the blind Spanish sets.
@Suite struct SpanishTests {
    private func analyze(_ text: String) throws -> NoteAnalysis {
        try Analyzer(lexicon: bilingualLexicon).analyze(Note(id: "n", text: text))
    }

    private func flagged(_ analysis: NoteAnalysis, in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return analysis.findings.filter { $0.isAboutWording && !$0.isQuoted && bilingualLexicon.concernIDs.contains($0.rule) }
            .map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func aSpanishNoteIsReadWithTheSpanishLexicons() throws {
        let text = "Carlos se negó a ir a la cita. Jairo es un drogadicto, según ella. Yo le dije que sí."
        let analysis = try analyze(text)
        #expect(analysis.language == "es")
        #expect(flagged(analysis, in: text) == ["se negó", "un drogadicto", "según ella"])
        // No English rule fires on Spanish words ("yo" is not "y/o").
        #expect(analysis.findings.allSatisfy { !$0.isAboutWording || $0.rule.contains("-es-") })
    }

    @Test func anEnglishNoteWithASpanishQuoteStaysEnglish() throws {
        let text = "Dana met with me at the library. She said, \"yo no soy una adicta, soy una persona\", and we planned the week."
        let analysis = try analyze(text)
        #expect(analysis.language == "en")
        #expect(flagged(analysis, in: text).isEmpty)
    }

    @Test func frontMatterLanguageOverridesTheWords() throws {
        let text = "---\nlanguage: es\n---\nPt was noncompliant. El pt se negó.\n"
        let note = Note(id: "n", text: text)
        let analysis = try Analyzer(lexicon: bilingualLexicon).analyze(note)
        #expect(analysis.language == "es")
    }

    @Test func aNoteTooShortToTellIsReadInTheLanguageAskedFor() throws {
        // No function word and no accent: neither language's words say which it is.
        let note = Note(id: "n", text: "Octavio padece esquizofrenia.")
        let asked = try Analyzer(lexicon: Lexicon.loadLanguages("es")).analyze(note)
        #expect(asked.language == "es")
        #expect(flagged(asked, in: note.text) == ["padece"])
        #expect(try analyze(note.text).language == "en")
    }

    @Test func spanishRewritesAgreeInGenderAndNumber() throws {
        for (text, expected) in [("Vino con el adicto de su primo.", "la persona con un trastorno por consumo de sustancias"),
                                 ("Acompañé a los adictos del programa.", "las personas con un trastorno por consumo de sustancias"),
                                 ("Es una adicta conocida.", "una persona con un trastorno por consumo de sustancias")] {
            let finding = try #require(try analyze(text).findings.first { $0.rule.hasPrefix("sub-es-") })
            #expect(finding.suggestions.first == expected, "\(text)")
        }
    }

    @Test func spanishFactsAndThreadAreRead() throws {
        let text = """
        Fecha: 12 de marzo de 2026
        Duración: 1 hora 15 minutos
        Propósito: Practicar la ruta hacia el trabajo, un paso de su Meta 1.
        Intervención: Me reuní con Rosa para apoyo entre pares individual en la biblioteca.
        Respuesta: Rosa dijo que se sintió más tranquila.
        Progreso: Por primera vez hizo la ruta sola.
        """
        let analysis = try analyze(text)
        #expect(analysis.metadata.date == "2026-03-12")
        #expect(analysis.metadata.minutes == 75)
        let thread = try #require(analysis.thread)
        #expect(thread.linkedGoalIDs == ["1"])
        for element in GoalThread.Element.allCases { #expect(thread.elements[element] != nil, "\(element.rawValue)") }
    }

    /// A judging word is the writer's when it is said of the person by a chart's or a
    /// neighbourhood's word for her, of her behaviour, or of "usted" in the writer's own quoted
    /// words, and through being and becoming in other persons and moods; said of a thing, it is not.
    @Test func aJudgingWordSaidOfThePersonInOtherWordsIsFlagged() throws {
        for (text, expected) in [("El muchacho estaba bien raro hoy en el grupo.", ["raro"]),
                                 ("Behavior: participante demandante en la recepción.", ["demandante"]),
                                 ("El comportamiento de Yamil fue inadecuado en la fiesta.", ["inadecuado"]),
                                 ("Le advertí que su conducta inadecuada no ayuda.", ["inadecuada"]),
                                 ("Yo le dije: «Usted tiene que dejar de ser exigente con la recepción».", ["exigente"]),
                                 ("El parque nuevo es muy agradable y tiene bancos.", []),
                                 ("La computadora estaba rara otra vez.", [])] {
            #expect(flagged(try analyze(text), in: text) == expected, "\(text)")
        }
    }

    /// A relapse told as a run of them ("sigue recayendo") frames return to use as failure.
    @Test func aRunOfRelapsesIsFlaggedInEveryPerson() throws {
        let text = "Yo le dije claro: «Mira, si sigues recayendo así vas a perder el apartamento»."
        #expect(flagged(try analyze(text), in: text) == ["sigues recayendo"])
    }

    /// A child's tantrum or a child's homework is not the person's: a child by a spelled age or
    /// a word for a child, a tax preparer or a health plan as someone else. An adult by her age
    /// stays the person ("de 28 años": a number is no word to the matcher).
    @Test func childrenAndPapersKeepersAreSomeoneElse() throws {
        for (text, expected) in [("La nieta de Walter, de tres años, hizo un berrinche en la sala de espera.", [String]()),
                                 ("La escuela de la hija de Raquel dice que la niña no cumple con las tareas.", []),
                                 ("El contador de Fernando admite que se equivocó con los impuestos.", []),
                                 ("El plan de salud rechazó la cobertura del inhalador.", []),
                                 ("La hija de la señora, de 28 años, hizo un berrinche cuando le dijeron.", ["berrinche"]),
                                 ("Don Luis se negó a firmar el plan.", ["se negó"])] {
            #expect(flagged(try analyze(text), in: text) == expected, "\(text)")
        }
    }

    /// A time looked back on: a home for minors, a year said aloud; a label the person no longer
    /// takes for herself, in quotation marks; a customer of a market or a bank.
    @Test func rememberedPlacesAndYearsAndCustomersAreNotLabels() throws {
        for text in ["Don Cristián relata que en el hogar de menores lo castigaban por sus “pataletas”.",
                     "Gladys contó que en el noventa y ocho la tuvieron encerrada tres semanas en un hospital.",
                     "La señora Inés manifiesta que ya no se considera “enferma”, sino una persona con un diagnóstico.",
                     "La señora Paola, clienta antigua de la feria de la calle 181, consiguió trabajo."] {
            #expect(flagged(try analyze(text), in: text).isEmpty, "\(text)")
        }
    }

    /// An English template's words translated word for word, and a chart's words for a person
    /// hard for the service, are flagged in every form; "curado" only after arriving or being.
    @Test func calquesAndChartWordsAreFlagged() throws {
        for (text, expected) in [("El miembro falló a asistir al grupo por tercera semana.", ["falló a"]),
                                 ("El especialista educó al miembro sobre los riesgos.", ["educó al miembro"]),
                                 ("Reportadamente, el miembro usó cocaína dos veces.", ["Reportadamente"]),
                                 ("La señora Lorena aduce no haber recibido la carta.", ["aduce"]),
                                 ("Se trata de una señora policonsultante que acude a urgencias.", ["policonsultante"]),
                                 ("Don Héctor llega curado a la sesión grupal.", ["curado"]),
                                 ("Ya está curado de la gripe y volvió a trabajar.", []),
                                 ("El miembro fue recompensado con una tarjeta de regalo.", ["fue recompensado"]),
                                 ("el pe te dice que durmio bien.", ["pe te"]),
                                 ("El sistema del banco falló a las tres de la tarde.", [])] {
            #expect(flagged(try analyze(text), in: text) == expected, "\(text)")
        }
    }

    @Test func aNoteTypedWithoutMarksOrEnyeIsReadTheSame() throws {
        let text = """
        Fecha: 12 de marzo de 2026
        Duracion: 1 hora 15 minutos
        Lugar: salon comunitario de la clinica
        Proposito: Practicar la ruta hacia el trabajo, un paso de su Meta 1.
        Intervencion: La acompane a la biblioteca para apoyo entre pares individual.
        Respuesta: Rosa dijo que se sintio mas tranquila.
        Progreso: Por primera vez hizo la ruta sola.
        """
        let analysis = try analyze(text)
        #expect(analysis.metadata.minutes == 75)
        #expect(analysis.metadata.setting == .onsite)
        let thread = try #require(analysis.thread)
        for element in GoalThread.Element.allCases { #expect(thread.elements[element] != nil, "\(element.rawValue)") }
        #expect(Accents.typed("acompañé") == ["acompañe", "acompané", "acompane"])
        #expect(Accents.typed("él", keeping: ["él"]).isEmpty)
    }

    @Test func aHurriedHeaderStatesTheDateServiceAndTopic() throws {
        let text = """
        Visita en casa, viernes 6 de marzo 2026. Apoyo de pares de familia con Yanira, mamá de Jayden.

        Grupo mensual después del partido. Tema de hoy: como manejar el estrés del trabajo.
        """
        let analysis = try analyze(text)
        #expect(analysis.metadata.date == "2026-03-06")
        #expect(analysis.metadata.service == .family)
        #expect(try #require(analysis.thread).elements[.purpose] != nil)
    }

    /// The document's kind in its title is no step forward: "NOTA DE PROGRESO" states no progress.
    @Test func aProgressNoteTitleStatesNoProgress() throws {
        let title = try analyze("NOTA DE PROGRESO - APOYO DE PARES\nFecha: 12/03/2026\n\nHablamos de la vivienda y Rosa hizo preguntas.")
        #expect(try #require(title.thread).elements[.progress] == nil)
        let stated = try analyze("NOTA DE PROGRESO - APOYO DE PARES\nFecha: 12/03/2026\n\nHablamos de la vivienda. Rosa avanzó: ya tiene la carta.")
        #expect(try #require(stated.thread).elements[.progress] != nil)
    }

    @Test func aWordSaidWithoutTheDOfItsEndingIsTheSameWord() throws {
        let text = "Estaba arrebatao cuando llegué a la visita y no pudimos hacer nada."
        #expect(flagged(try analyze(text), in: text) == ["arrebatao"])
        #expect(Accents.spoken("arrebatado") == "arrebatao" && Accents.spoken("desmotivados") == "desmotivaos")
        #expect(Accents.spoken("dado") == nil && Accents.spoken("adicto") == nil)
        // An English keyboard's ñ.
        let typed = "Ayer la regane porque llegó tarde al grupo de la tarde."
        #expect(flagged(try analyze(typed), in: typed) == ["la regane"])
    }

    @Test func aSecondWordAfterAndSharesTheFirstOnesSubject() throws {
        let text = "Se mostró agradable y colaboradora durante toda la sesión."
        #expect(flagged(try analyze(text), in: text) == ["agradable", "colaboradora"])
        // A thing named with its article keeps the word off the person.
        let kitchen = "La cocina estaba limpia y muy agradable cuando llegamos a la visita."
        #expect(flagged(try analyze(kitchen), in: kitchen).isEmpty)
    }

    @Test func aNameWithBothSurnamesIsReadWhole() throws {
        let title = try analyze("Nota de progreso – Carmen Idalia Vega Ortiz – 3/12/2026\nMe reuní con Carmen en la biblioteca.")
        #expect(title.metadata.person == "Carmen Idalia Vega Ortiz")
        let listed = try analyze("Nombre del participante: DE JESÚS, MARÍA\nFecha: 3/12/2026\nMe reuní con María en la biblioteca.")
        #expect(listed.metadata.person == "María De Jesús")
        // Fields on one line between slashes.
        let slashed = try analyze("Nombre: Luis Ángel Pichardo Sosa / Fecha: 3/12/2026 / Servicio: individual\nLuis dijo que está bien.")
        #expect(slashed.metadata.person == "Luis Ángel Pichardo Sosa" && slashed.metadata.date == "2026-03-12")
    }

    @Test func aGoalLineSaysWhatThePersonWantsNotTheService() throws {
        let text = """
        BIRP – llamada telefónica
        Persona: Jhonny Pilataxi Morocho
        Fecha: 3/16/2026
        Duración: 10 min
        Meta 1: encontrar un grupo de NA en español cerca del refugio

        I: Le di la dirección de la reunión de los martes.
        """
        let analysis = try analyze(text)
        #expect(analysis.metadata.service != .group)
        #expect(analysis.metadata.setting == .telehealth)
        // The same words outside a goal's line still say the service.
        let group = try analyze("Grupo de NA en español – 3/16/2026\nPersona: Jhonny Pilataxi Morocho\nDuración: 60 min")
        #expect(group.metadata.service == .group)
    }

    @Test func aPlaceOrTelehealthWordUnderLugarSaysTheSetting() throws {
        for (place, setting) in [("Telesalud", NoteMetadata.Setting.telehealth), ("En línea", .telehealth), ("Por WhatsApp", .telehealth),
                                 ("Sede del programa", .onsite), ("Salón de actividades", .onsite),
                                 ("Clínica de metadona de la 125", .offsite), ("Centro comunitario del barrio", .offsite)] {
            let analysis = try analyze("Nombre: Ana Pérez\nFecha: 3/4/2026\nLugar: \(place)\nDuración: 30 minutos\n\nAna dijo que se siente mejor.")
            #expect(analysis.metadata.setting == setting, "\(place)")
        }
    }

    @Test func aTimeRangeAsSpanishWritesItIsRead() throws {
        for (line, minutes) in [("Hora: de 1 a 2 de la tarde", 60), ("Hora: 4:00 p. m. a 4:15 p. m.", 15),
                                ("Apoyo de pares individual en la comunidad, de 11:30 a. m. a 12:45 p. m.", 75)] {
            let analysis = try analyze("Nombre: Ana Pérez\nFecha: 3/4/2026\n\(line)\n\nAna dijo que se siente mejor.")
            #expect(analysis.metadata.rangeMinutes == minutes, "\(line)")
        }
        // Bare numbers said of a count are no clock.
        let count = try analyze("Nombre: Ana Pérez\nFecha: 3/4/2026\n\nVa al grupo de 3 a 4 veces por semana.")
        #expect(count.metadata.rangeMinutes == nil)
    }

    @Test func durationsAndCountsSpelledOutInSpanishAreRead() throws {
        for (text, minutes) in [("La sesión duró cuarenta y cinco minutos en la biblioteca.", 45),
                                ("Fue una llamada de media hora con Rosa.", 30),
                                ("Nos reunimos una hora y cuarto en la oficina.", 75)] {
            #expect(try analyze(text).metadata.minutes == minutes, "\(text)")
        }
        let group = try analyze("Grupo de bienestar en la clínica. Asistieron seis personas al grupo y todas compartieron.")
        #expect(group.metadata.groupSize == 6)
        let some = try analyze("Grupo de bienestar en la clínica: vinieron 9 de 11 participantes y todas compartieron.")
        #expect(some.metadata.groupSize == 9)
    }

    @Test func everySpanishExampleBehavesAndCitesAListedSource() throws {
        let spanish = try Lexicon.load(language: "es")
        let own = spanish.entries.filter { $0.origin.contains("/es/") }
        let problems = spanish.exampleProblems(using: try Analyzer(lexicon: spanish), ids: Set(own.map(\.id)))
        #expect(problems.isEmpty, "\(problems.prefix(20).map(\.description).joined(separator: "\n"))")
        #expect(own.filter { $0.side == .concern }.count >= 100)
        let sources = try String(contentsOf: packageRoot.appendingPathComponent("Lexicons/SOURCES.md"), encoding: .utf8)
        for entry in own {
            #expect(sources.contains("| \(entry.source) |"), "\(entry.id) cites '\(entry.source)'")
            if entry.side == .concern {
                // Words with no one-click replacement (scare quotes) say what to do instead.
                #expect((!entry.alternatives.isEmpty || !entry.guidance.isEmpty) && !entry.rationale.isEmpty, "\(entry.id)")
                #expect(entry.message.count <= 90, "\(entry.id) message is long")
            }
        }
    }

    @Test func messagesAreSpanishWhenAskedAndEnglishByDefault() throws {
        #expect(Lexicon.messageLanguage(option: nil, locale: "es_US.UTF-8") == "es")
        #expect(Lexicon.messageLanguage(option: "en", locale: "es_PR.UTF-8") == "en")
        #expect(Lexicon.messageLanguage(option: nil, locale: "C.UTF-8") == "en")
        let text = "Carlos se negó a ir a la cita."
        let asked = try Analyzer(lexicon: Lexicon.loadLanguages(messages: "es")).analyze(Note(id: "n", text: text))
        #expect(asked.findings.contains { $0.rule == "element-purpose-missing" && $0.message == "No se indica el propósito del contacto" })
        let plain = try Analyzer(lexicon: bilingualLexicon).analyze(Note(id: "n", text: text))
        #expect(plain.findings.contains { $0.rule == "element-purpose-missing" && $0.message == "The purpose of the contact is not stated" })
    }

    @Test func spanishMessagesFillInSpanishWords() throws {
        let lexicon = try Lexicon.loadLanguages(messages: "es")
        let note = Note(id: "n", text: "Carlos se negó a ir a la cita del seguro social y luego se fue a su casa.")
        let analysis = try Analyzer(lexicon: lexicon).analyze(note)
        let purpose = try #require(analysis.findings.first { $0.rule == "element-purpose-missing" })
        #expect(purpose.suggestions.allSatisfy { $0.contains("(Meta 1)") && !$0.contains("Goal") })
        var text = TextFormat()
        text.words = lexicon.suggestionWords
        #expect(text.findingLines(analysis, note: note).contains { $0.contains("(pruebe \"") })
        #expect(text.summaryLine(analysis).contains("puntuación de recuperación"))
        // English stays the default, word for word.
        let english = try Analyzer(lexicon: bilingualLexicon).analyze(note)
        #expect(TextFormat().summaryLine(english).contains("recovery score") && bilingualLexicon.suggestionWords.isEmpty)
    }

    @Test func aGoalNumberSaidInSpanishLinksTheGoal() throws {
        let numbered = try analyze("Me reuní con Ana en la biblioteca. Trabajamos en la meta número dos. Ella dijo que le gustó.")
        #expect(numbered.thread?.linkedGoalIDs == ["2"])
        // A number word counts only after a word that leads an id: "una vez" is no goal 1.
        let plain = try analyze("Me reuní con Ana en la biblioteca. Hablamos de su meta una vez más. Ella dijo que le gustó.")
        #expect(plain.thread?.linkedGoalIDs.isEmpty == true)
    }

    @Test func spanishOutputSaysEverythingInSpanish() throws {
        let lexicon = try Lexicon.loadLanguages(messages: "es")
        let note = Note(id: "n", text: "Dice que perdió la tarjeta, dizque en la guagua, y se quejó del trato en la farmacia.")
        let analysis = try Analyzer(lexicon: lexicon).analyze(note)
        var text = TextFormat()
        text.words = lexicon.suggestionWords
        let lines = text.findingLines(analysis, note: note)
        #expect(lines.contains { $0.contains("(pruebe omitir \"dizque\"") })
        #expect(!lines.contains { $0.contains("leaving out") || $0.contains("casts doubt") || $0.contains("complaining") })
        // Every note-level check has its Spanish words.
        let english = try Lexicon.load(language: "en")
        for rule in english.rules where rule.kind == .check {
            #expect(lexicon.rules.first { $0.id == rule.id }?.message != rule.message, "\(rule.id) has no Spanish message")
        }
        // In English output a Spanish finding keeps its gloss, for readers who do not read Spanish.
        let plain = try Analyzer(lexicon: bilingualLexicon).analyze(note)
        let lines2 = TextFormat().findingLines(plain, note: note)
        #expect(lines2.contains { $0.contains("(casts doubt on the person's word) (try leaving out \"dizque\"") })
    }

    /// A blind sentence set read at or above its floors (recovery false alarms at most 1%, unless said).
    private func expectSentences(_ name: String, atLeast count: Int, precision: Double, recall: Double, tricky: Double,
                                 recovery: Double = 0.01) throws {
        let path = packageRoot.appendingPathComponent("Corpus/eval/blind/\(name)").path
        let set = try Evaluation.sentences(yaml: try String(contentsOfFile: path, encoding: .utf8), file: path)
        var ours = Evaluation()
        ours.setLanguage = Evaluation.language(of: set)
        let analyzer = try Analyzer(lexicon: bilingualLexicon)
        for sentence in set { ours.add(sentence, analyzer: analyzer) }
        #expect(set.count >= count)
        #expect(ours.precision >= precision && ours.recall >= recall, "\(name)")
        #expect(ours.falseAlarmRate(.tricky) <= tricky && ours.falseAlarmRate(.recovery) <= recovery, "\(name)")
    }

    /// A blind notes folder read at or above its floors: facts, goal link and each element.
    private func expectNotes(_ name: String, atLeast count: Int, facts: Double, goalLink: Double, elements: Double) throws {
        let folder = packageRoot.appendingPathComponent("Corpus/eval/blind/\(name)").path
        let result = try FactEvaluation.evaluate(folder: folder, analyzer: try Analyzer(lexicon: bilingualLexicon))
        #expect(result.notes >= count)
        for field in FactEvaluation.scoredFacts { #expect(result.accuracy(of: field) >= facts, "\(name) \(field)") }
        #expect(result.goalLinkAccuracy >= goalLink, "\(name)")
        for element in GoalThread.Element.allCases { #expect(result.accuracy(of: element) >= elements, "\(name) \(element.rawValue)") }
    }

    /// The blind Spanish sentences (test part, measured only, never read while tuning).
    /// Floors guard against regressions only (2026-12-07, fourth round: precision 0.953, recall
    /// 0.900, tricky false alarms 6.3%; third round: precision 0.946, recall
    /// 0.878, tricky false alarms 7.4%, recovery 0%; second round: 0.938, 0.844, 8.4%;
    /// 2026-12-06: 0.812, 0.578, 21.1%, 1.5%; main before issue 22: precision 0.773, recall 0.094).
    @Test func theBlindSpanishSentencesStayAboveTheirFloors() throws {
        try expectSentences("sentences-es.yml", atLeast: 300, precision: 0.95, recall: 0.89, tricky: 0.07)
        // The second test part, new writers (sixth round: 0.959, 0.850, 3.1%, after three words only its
        // writer account supported were taken out; fifth round: 0.959, 0.855, 3.1%; fourth round: 0.959, 0.845, 3.1%; third round:
        // 0.958, 0.824, 3.1%, recovery 1.7%;
        // second round: 0.933, 0.793, 6.2%; ninth round: 0.960, 0.876, 3.1%).
        try expectSentences("sentences-es-test2.yml", atLeast: 300, precision: 0.95, recall: 0.87, tricky: 0.04, recovery: 0.02)
    }

    /// The second blind Spanish batch (a development part, tuned on after its first reading:
    /// precision 0.925, recall 0.747, tricky false alarms 9.5%; 2026-12-07 after tuning: 0.984,
    /// 0.955, 1.6%; third round: 0.988, 0.962, 0.8%).
    @Test func theSecondSpanishBatchStaysAboveItsFloors() throws {
        try expectSentences("sentences-es-dev2.yml", atLeast: 400, precision: 0.98, recall: 0.96, tricky: 0.02)
    }

    /// The third blind Spanish batch (a development part; first reading: precision 0.881, recall
    /// 0.815, tricky false alarms 11.7%; after tuning: 0.960, 0.956, 0.8%).
    @Test func theThirdSpanishBatchStaysAboveItsFloors() throws {
        try expectSentences("sentences-es-dev3.yml", atLeast: 400, precision: 0.95, recall: 0.95, tricky: 0.02)
        // Its notes: first reading goal link 94.1%, purpose 85%, progress 90%, setting 90%;
        // after tuning purpose 95%, progress 95%, type, response and facts 100%.
        try expectNotes("notes-es-dev3", atLeast: 20, facts: 0.95, goalLink: 0.93, elements: 0.9)
    }

    /// A blind batch's floors: its sentences and its notes.
    struct BatchFloor: Sendable, CustomTestStringConvertible {
        let sentences: String, precision: Double, recall: Double, tricky: Double
        let notes: String, goalLink: Double, elements: Double
        var testDescription: String { sentences }
    }

    /// The fourth to eighth blind batches (development parts). First readings before tuning:
    /// - fourth: precision 0.940, recall 0.862, tricky false alarms 7.4%; notes goal link 85.7%,
    ///   progress 83.3%, type 95.8%, pre-admission 87.5%.
    /// - fifth (Mexican and Central American Spanish typed without marks, a Puerto Rican chart
    ///   register): 0.953, 0.864, 3.9%; notes goal link 90.5%, purpose 95.8%, progress 87.5%,
    ///   service 91.7%, date 95.8%.
    /// - sixth (a clinic's Rioplatense and Andean Spanish, a youth and harm-reduction peer's texted
    ///   shorthand and Spanglish): 0.912, 0.830, 6.9%; notes goal link 90.5%, purpose 95.8%,
    ///   progress 87.5%, service and setting 91.7%.
    /// - seventh (a Venezuelan peer's shelter Spanish and Spanglish, a peer trained in Spain writing
    ///   the Peninsular chart register): 0.861, 0.703, 6.2%; notes date 62.5% (day-first dates),
    ///   setting 83.3%, progress 70.8%, goal link 90%; after tuning 0.915, 0.887, 1.6%; date and
    ///   setting 100%, progress 79.2%.
    /// - eighth (an Ecuadorian peer in Queens, a Guatemalan peer whose first language is K'iche',
    ///   a Cuban-born peer's formal register, an English EHR template around Spanish narrative):
    ///   0.932, 0.810, 4.7%; notes minutes 91.7%, time range 83.3%, goal link 85.7%, purpose 87.5%,
    ///   3 billing false alarms; after tuning 0.964, 0.920, 2.0%; minutes and range 100%, goal link
    ///   90.5%, purpose 95.8%, no billing false alarm.
    @Test(arguments: [
        BatchFloor(sentences: "sentences-es-dev4.yml", precision: 0.97, recall: 0.96, tricky: 0.02, notes: "notes-es-dev4", goalLink: 0.93, elements: 0.9),
        BatchFloor(sentences: "sentences-es-dev5.yml", precision: 0.98, recall: 0.96, tricky: 0.01, notes: "notes-es-dev5", goalLink: 0.9, elements: 0.85),
        BatchFloor(sentences: "sentences-es-dev6.yml", precision: 0.94, recall: 0.94, tricky: 0.03, notes: "notes-es-dev6", goalLink: 0.9, elements: 0.85),
        BatchFloor(sentences: "sentences-es-dev7.yml", precision: 0.91, recall: 0.89, tricky: 0.02, notes: "notes-es-dev7", goalLink: 0.9, elements: 0.75),
        BatchFloor(sentences: "sentences-es-dev8.yml", precision: 0.95, recall: 0.93, tricky: 0.03, notes: "notes-es-dev8", goalLink: 0.9, elements: 0.85),
    ])
    func aLaterSpanishBatchStaysAboveItsFloors(_ floor: BatchFloor) throws {
        try expectSentences(floor.sentences, atLeast: 400, precision: floor.precision, recall: floor.recall, tricky: floor.tricky)
        try expectNotes(floor.notes, atLeast: 24, facts: 0.95, goalLink: floor.goalLink, elements: floor.elements)
    }

    /// The ninth blind batch (a Honduran peer, a Chilean chart register, dictated notes, an
    /// English template translated): first reading 0.899, 0.864, 11.0% tricky false alarms; after
    /// tuning 0.940, 0.934, 4.3%. Its notes' dates and times are said in words (date 75%), so
    /// only its sentences have floors.
    @Test func theNinthSpanishBatchStaysAboveItsFloors() throws {
        try expectSentences("sentences-es-dev9.yml", atLeast: 500, precision: 0.93, recall: 0.92, tricky: 0.05)
    }

    /// A chart line whose words tell no language ("Pte no adherente a meds…": no function word of
    /// either) is read in its set's language, as the same line is inside a Spanish note; alone it
    /// falls to English and the Spanish compliance entry never sees it.
    @Test func aLineThatTellsNoLanguageIsReadInItsSetsLanguage() throws {
        let yaml = """
            sentences:
              - {text: "Pte {no adherente} a meds x 2 semanas.", label: concern, note: compliance}
              - {text: "Carlos se negó a ir a la cita del seguro social con su hermana.", label: recovery, note: compliance}
            """
        let set = try Evaluation.sentences(yaml: yaml, file: "inline")
        #expect(Evaluation.language(of: set) == "es")
        let analyzer = try Analyzer(lexicon: bilingualLexicon)
        var alone = Evaluation(), inItsSet = Evaluation()
        inItsSet.setLanguage = Evaluation.language(of: set)
        alone.add(set[0], analyzer: analyzer)
        inItsSet.add(set[0], analyzer: analyzer)
        #expect(alone.recall == 0)
        #expect(inItsSet.recall == 1)
    }

    /// The blind Spanish notes (test part): goal link and elements from the words alone.
    /// Floors guard against regressions only (2026-12-07, fourth round: goal link 93.8%, purpose
    /// 85%, progress 95%; second test part goal link 90.5%, purpose 91.7%; third round: goal
    /// link 87.5%, type 100%, purpose 80%, response 95%, progress 85%, facts 90–100%;
    /// 2026-12-06: purpose 75%, progress 90%;
    /// main before issue 22: goal link 12.5%, purpose 15%).
    @Test func theBlindSpanishNotesStayAboveTheirFloors() throws {
        try expectNotes("notes-es", atLeast: 20, facts: 0.85, goalLink: 0.9, elements: 0.84)
        // The second test part (2026-12-07, third round: goal link 85.7%, type 100%, purpose
        // 87.5%, response and progress 100%, facts 83–100%).
        try expectNotes("notes-es-test2", atLeast: 24, facts: 0.8, goalLink: 0.9, elements: 0.9)
    }

    /// The second batch's notes (development part; first reading: goal link 92.9%, purpose
    /// 87.5%, progress 81.2%; after tuning: 92.9%, 100%, 93.8%, type and response 100%).
    @Test func theSecondSpanishBatchNotesStayAboveTheirFloors() throws {
        try expectNotes("notes-es-dev2", atLeast: 16, facts: 0.9, goalLink: 0.9, elements: 0.9)
    }

    /// The English sets read the same with the Spanish lexicons loaded beside them.
    @Test func englishSentencesReadTheSameBesideSpanish() throws {
        let path = packageRoot.appendingPathComponent("Corpus/eval/holdout.yml").path
        let set = try Evaluation.sentences(yaml: try String(contentsOfFile: path, encoding: .utf8), file: path)
        var alone = Evaluation(), beside = Evaluation()
        let english = try Analyzer(lexicon: bundledLexicon), both = try Analyzer(lexicon: bilingualLexicon)
        for sentence in set {
            alone.add(sentence, analyzer: english)
            beside.add(sentence, analyzer: both)
        }
        #expect(alone.misses == beside.misses)
    }
}
