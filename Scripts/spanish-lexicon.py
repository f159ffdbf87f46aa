#!/usr/bin/env python3
"""Writes Lexicons/es/concern-*.yml from the table below: Spanish word forms by rule.

Spanish labels agree in gender and number (adicto, adicta, adictos, adictas) and so must their
rewrites (el adicto -> la persona con..., los adictos -> las personas con...). The inflection
rules are here, as data the script expands, because Debian's hunspell-es affix data is
GPL/LGPL/MPL tri-licensed and would bind the lexicons (see Lexicons/SOURCES.md). Run it after
editing the table; the YAML it writes is what PeerNote loads (a supervisor may also edit the
YAML directly). Usage: python3 Scripts/spanish-lexicon.py
"""
import os, json

OUT = os.path.join(os.path.dirname(__file__), "..", "Lexicons", "es")

def genders(stem):
    """adict -> adicto, adicta; plural adictos, adictas. Stems ending in 'e' or a consonant
    (demente, bipolar) have one form per number."""
    if stem.endswith("o"):
        b = stem[:-1]
        return [b + "o", b + "a"], [b + "os", b + "as"]
    if stem.endswith("or"):
        return [stem, stem + "a"], [stem + "es", stem + "as"]
    if stem.endswith("e"):
        return [stem], [stem + "s"]
    if stem.endswith("z"):
        return [stem], [stem[:-1] + "ces"]
    return [stem], [stem + "es"]

def strip_accent_last(word):
    """'alcohólico' keeps its accent in every form; 'epiléptico' too. Hurried notes drop it:
    both are listed."""
    table = str.maketrans("áéíóú", "aeiou")
    return word.translate(table)

def forms(words):
    """Each word once. Spellings without stress marks are no longer listed: PeerNote matches a
    Spanish term without its marks when it loads the lexicon (Accents, `accents_matter:`)."""
    out = []
    for w in words:
        if w not in out:
            out.append(w)
    return out

SUBJECTS = ["casero", "casera", "dueño", "banco", "patrono", "jefe", "jefa", "supervisor", "supervisora", "policía", "policia",
            "juez", "jueza", "oficina", "agencia", "escuela", "hospital", "seguro", "clínica", "clinica", "tienda", "farmacia",
            "shelter", "refugio", "programa", "corte", "abogado", "abogada", "empresa", "compañía", "landlord", "manager",
            "trabajadora", "trabajador", "doctor", "doctora", "médico", "medica", "enfermera", "enfermero", "maestra", "maestro",
            "fiscal", "fiscalía", "sistema", "HRA", "SNAP", "NYCHA", "universidad", "colegio", "aseguradora", "dueña", "Medicaid",
            # Others in the person's life: what they refused is not the person's choice to coach.
            "mamá", "papá", "madre", "padre", "hermano", "hermana", "hijo", "hija", "esposo", "esposa", "pareja", "novio", "novia",
            "tío", "tía", "abuela", "abuelo", "primo", "prima", "vecino", "vecina", "suegra", "suegro", "ex", "exesposo", "exesposa",
            # People at work and in offices: what they claim or refuse is theirs.
            "patrón", "patrona", "contratista", "capataz", "mayordomo", "chofer", "conductor", "taxista", "guardia", "portero", "conserje",
            "cajero", "cajera", "empleado", "empleada", "gerente", "encargado", "encargada", "inspector", "inspectora", "agente", "oficial",
            "autoridad", "administración", "departamento", "gobierno", "ciudad", "migra", "inmigración", "empleador", "empleadora",
            "cuñado", "cuñada", "sobrino", "sobrina", "padrastro", "madrastra", "compañero", "compañera", "roommate",
            # plural others, and no one: "los agentes de la redada", "nadie se queja"
            "agentes", "policías", "oficiales", "testigos", "nadie", "jefes", "patrones", "dueños",
            # offices' people in the plural, and coaches: "los maestros se resistieron a", "el entrenador no cumplió"
            "maestros", "maestras", "profesores", "profesoras", "doctores", "médicos", "enfermeras", "abogados", "trabajadores",
            "empleados", "supervisores", "gerentes", "caseros", "inspectores", "entrenador", "entrenadora",
            # the church and its people: "la señora de la iglesia supuestamente iba a traer las despensas"
            "iglesia", "parroquia", "pastor", "pastora", "cura", "sacerdote"]

# The person's family and household. What they refuse or claim is theirs (a verb's subject), but
# a label the writer gives them ("la mamá es bien histérica", "el esposo es ilegal") is still the
# writer's label: label entries are silenced only by offices and people at work.
FAMILY = ["mamá", "papá", "madre", "padre", "hermano", "hermana", "hijo", "hija", "esposo", "esposa", "pareja", "novio", "novia",
          "tío", "tía", "abuela", "abuelo", "primo", "prima", "vecino", "vecina", "suegra", "suegro", "ex", "exesposo", "exesposa",
          "cuñado", "cuñada", "sobrino", "sobrina", "padrastro", "madrastra", "compañero", "compañera", "roommate"]
AT_WORK = [w for w in SUBJECTS if w not in FAMILY]

# "Adicta al chocolate", "un adicto al trabajo": a figure of speech, not a label.
FIGURATIVE = [f"{art}{w} {obj}" for art in ("", "un ", "una ", "el ", "la ") for w in ("adicto", "adicta", "adictos", "adictas")
              for obj in ["al trabajo", "al café", "al chocolate", "al gimnasio", "a las compras", "a los videojuegos", "al teléfono",
                          "al celular", "a las novelas", "a la música", "al ejercicio", "al azúcar", "a la lectura", "a las redes",
                          "al dulce", "al fútbol"] if not (art in ("un ", "el ") and w.endswith("a")) and not (art in ("una ", "la ") and w.endswith("o"))]

def label(id_, cat, stem, alt_sg, alt_pl, message, rationale, source, severity="error", extra_terms=(), examples=(),
          counter=(), plural_only=False, bare=True, except_=(), **ctx):
    """A noun label with its gender and number, articles included so the rewrite agrees."""
    sg, pl = genders(stem) if isinstance(stem, str) else stem
    entries = []
    def e(suffix, terms, alts):
        entry = {"id": f"{id_}{suffix}", "category": cat, "severity": severity, "terms": forms(terms), "message": message,
                 "rationale": rationale, "alternatives": alts, "safe": False, "source": source}
        if except_: entry["except"] = list(except_)
        entry.update(ctx)
        entries.append(entry)
        return entry
    first = None
    if not plural_only:
        first = e("-el", [f"el {w}" for w in sg if not w.endswith("a")] + [f"la {w}" for w in sg if w.endswith("a") or len(sg) == 1],
                  [f"la {alt_sg}"])
        e("-un", [f"un {w}" for w in sg if not w.endswith("a")] + [f"una {w}" for w in sg if w.endswith("a") or len(sg) == 1],
          [f"una {alt_sg}"])
        if bare: e("", list(sg) + list(extra_terms), [alt_sg])
    e("-los", [f"los {w}" for w in pl if not w.endswith("as")] + [f"las {w}" for w in pl if w.endswith("as") or len(pl) == 1],
      [f"las {alt_pl}"])
    if bare: e("-s", list(pl), [alt_pl])
    # Each example goes to the entry whose terms hold its braced words (the article decides).
    def owner(example):
        braced = example.split("{", 1)[1].split("}", 1)[0].lower()
        return next((x for x in entries if braced in [t.lower() for t in x["terms"]]), first or entries[0])
    for example in examples:
        owner(example).setdefault("examples", []).append(example)
    examples = ()
    target = first or entries[0]
    if examples: target["examples"] = list(examples)
    if counter: target["counterexamples"] = list(counter)
    return entries

def terms(id_, cat, words, message, rationale, alts, source, severity="warning", examples=(), counter=(), verbo=(), adjetivo=(), **ctx):
    """A phrase entry. `verbo` and `adjetivo` are written as such: PeerNote makes their forms
    (se negó, se niegan, negándose...; manipuladora, manipuladores...) when it loads the file."""
    entry = {"id": id_, "category": cat, "severity": severity, "terms": forms(words), "message": message, "rationale": rationale,
             "alternatives": list(alts), "safe": False, "source": source}
    if verbo: entry["verbo"] = list(verbo)
    if adjetivo: entry["adjetivo"] = list(adjetivo)
    for key, value in ctx.items():
        entry[key.replace("except_", "except")] = value
    if examples: entry["examples"] = list(examples)
    if counter: entry["counterexamples"] = list(counter)
    return [entry]

NIDA = "NIDA, Las palabras importan (2021)"
SAMHSA = "SAMHSA, materiales en español sobre el lenguaje de la recuperación"
CSME = "Confederación SALUD MENTAL ESPAÑA, Guía de estilo sobre salud mental (2018)"
NAPS = "N.A.P.S. NPG (2019)"
MHCC = "MHCC, Recovery Oriented Language Guide (2022)"
CDC = "CDC, Diga / No diga (2021)"
PAHO = "OPS/OMS, Prevención del suicidio: un recurso para profesionales de los medios de comunicación (2017)"
FUNDEU = "FundéU, Salud mental: claves de redacción (2019)"

SELF_NOT_AFTER = []

# Things that can be clean or dirty: "la casa está limpia", "está limpio el apartamento".
THINGS = ["casa", "apartamento", "cuarto", "habitación", "cocina", "baño", "ropa", "piso", "carro", "mesa", "platos", "agua",
          "aire", "récord", "historial", "expediente", "uniforme", "sábanas", "nevera", "estufa", "edificio", "patio", "pintura", "pared",
          "paredes", "ventana", "ventanas", "calle", "calles", "barrio", "zapatos", "camisa", "toalla", "toallas", "vasos", "taza",
          "tazas", "trastes", "lugar", "oficina", "sala", "cama", "baños", "pisos", "refri", "microondas", "jardín", "parque", "ciudad"]  # self-description and others' words are the context file's cues

files = {}

# ------------------------------------------------------------------ substance
sub = []
SUD = "persona con un trastorno por consumo de sustancias"
SUDS = "personas con un trastorno por consumo de sustancias"
LBL = "Etiqueta a la persona por su consumo (labels the person by their substance use)"
RAT = ("\"Adicto\" convierte una parte de la vida en toda la persona. Nombrar la condición o el consumo "
       "pone primero a la persona (NIDA, Las palabras importan).")
sub += label("sub-es-adicto", "substance-use", "adicto", SUD, SUDS, LBL, RAT, NIDA,
             examples=["Lo acompañé a la farmacia con {el adicto} de su primo."],
             counter=["Marisol dijo: \"Yo era adicta, pero eso ya no me define\"."],
             except_=["adicto en recuperación", "adicta en recuperación", "adictos en recuperación", "adictas en recuperación",
                      "Adictos Anónimos", "Narcóticos Anónimos"] + FIGURATIVE)
sub += label("sub-es-drogadicto", "substance-use", "drogadicto", SUD, SUDS, LBL, RAT, NIDA,
             examples=["Jairo es {un drogadicto} pero dice que quiere cambiar por su hija."])
sub += label("sub-es-tecato", "substance-use", "tecato", "persona que usa drogas", "personas que usan drogas", LBL, RAT, NIDA,
             extra_terms=["tecatito", "tecatita"], examples=["Llegó con {un tecato} del barrio."])
sub += label("sub-es-alcoholico", "substance-use", "alcohólico", "persona con un trastorno por consumo de alcohol",
             "personas con un trastorno por consumo de alcohol", LBL, RAT, NIDA,
             except_=["alcohólico en recuperación", "alcohólica en recuperación", "alcoholico en recuperacion", "alcoholica en recuperacion",
                      "Alcohólicos Anónimos", "Alcoholicos Anonimos", "familiares de alcohólicos", "hijos de alcohólicos",
                      "hijas de alcohólicos", "hijos adultos de alcohólicos", "familias de alcohólicos", "bebida alcohólica", "bebidas alcohólicas", "bebidas alcoholicas"],
             examples=["Su esposo es {un alcohólico} y no ayuda con los nenes."])
sub += label("sub-es-vicioso", "substance-use", "vicioso", "persona que usa drogas", "personas que usan drogas", LBL, RAT, NIDA,
             extra_terms=["drogo", "drogata", "drogatas", "marihuanero", "marihuanera", "marihuaneros",
                          "crackero", "crackera", "borrachón", "borrachona", "borrachito", "borrachita", "alcohólicos", "teco", "tecos"],
             examples=["Llegó con {un vicioso} del parque."])
sub += label("sub-es-borracho", "substance-use", "borracho", "persona con un trastorno por consumo de alcohol",
             "personas con un trastorno por consumo de alcohol", LBL, RAT, NIDA, severity="warning",
             examples=["Llegó {el borracho} del tercer piso a la reunión."])
sub[-1]["alternatives"] = ["la persona que había bebido"]
for e in sub:
    if e["id"] == "sub-es-borracho":
        e["alternatives"] = ["bajo los efectos del alcohol"]
        e["examples"] = ["Llegó {borracho} a la oficina y quedamos en vernos mañana."]
sub += label("sub-es-abusador", "substance-use", (["abusador de sustancias", "abusadora de sustancias", "abusador de drogas",
             "abusadora de drogas", "abusador de alcohol", "abusadora de alcohol"], ["abusadores de sustancias", "abusadoras de sustancias",
             "abusadores de drogas", "abusadores de alcohol"]), SUD, SUDS, LBL, RAT, NIDA,
             examples=["Es {un abusador de sustancias} conocido en la clínica."])
sub += terms("sub-es-abuso", "substance-use",
             ["abuso de sustancias", "abuso de drogas", "abuso de alcohol", "abuso de opioides", "abuso de opiáceos", "abuso de marihuana",
              "abuso de cocaína", "abuso de pastillas", "abusa de sustancias", "abusa de drogas", "abusa del alcohol", "abusaba de las drogas",
              "abusar de sustancias", "abusar de drogas", "abusando de drogas", "abusando de sustancias", "abusó de drogas", "abusó del alcohol",
              "abuso de polisustancias", "abuso de múltiples sustancias", "substance abuse", "drug abuse",
              # as English "alcoholism", "drinking problem", "moral failing", "chemical dependency", "drug of choice"
              "alcoholismo", "problema con la bebida", "problemas con la bebida", "problema de drogas", "problemas de drogas",
              "problema con las drogas", "problemas con las drogas", "problema de alcohol", "problemas con el alcohol", "falla moral",
              "fallo moral", "debilidad moral", "dependiente químico", "dependiente química", "dependientes químicos", "dependencia química",
              "químicamente dependiente", "droga de preferencia", "droga de elección", "sustancia de preferencia", "sustancia de elección",
              "personalidad adictiva", "anda en drogas", "anda en las drogas", "metido en las drogas", "metida en las drogas",
              "metidos en las drogas", "tiene que tocar fondo", "necesita tocar fondo", "hasta que toque fondo", "tocar fondo primero",
              "jeringa sucia", "jeringas sucias", "aguja sucia", "agujas sucias"],
             "Trata el consumo como una falta moral (frames use as abuse)",
             "\"Abuso\" sugiere culpa y violencia; \"consumo\" o \"trastorno por consumo\" describe lo mismo sin juicio (NIDA).",
             ["consumo de sustancias", "uso de sustancias", "trastorno por consumo de sustancias"], NIDA,
             examples=["Tiene historial de {abuso de sustancias} desde la adolescencia."])
sub += terms("sub-es-limpio", "substance-use", ["limpio", "limpia", "limpios", "limpias"],
             "Llama \"limpio\" a un resultado o a una persona (calls a test or a person clean)",
             "\"Limpio\" implica que antes estaba \"sucio\". Diga el resultado: negativo, o \"sin consumir\".",
             ["negativo", "sin consumir", "en recuperación"], NIDA,
             only_after=["salió", "salio", "dio", "está", "esta", "estaba", "estar", "lleva", "llevaba", "sigue", "seguía", "mantenerse",
                         "se mantiene", "mantiene", "muestra", "prueba", "orina", "toxicología", "resultado", "meses", "días", "dias",
                         "semanas", "años", "tiempo", "salir", "dar", "resultados", "pruebas", "muestras", "vino", "llegó", "estuvo"],
             # "La casa está limpia": a thing is clean, not the person.
             not_after=THINGS,
             not_before=THINGS,
             window=3, examples=["La prueba de orina salió {limpia} otra vez."],
             counter=["Limpió la cocina y quedó orgullosa.", "Tiene un récord limpio en el trabajo."])
sub += terms("sub-es-sucio", "substance-use", ["sucio", "sucia", "sucios", "sucias"],
             "Llama \"sucio\" a un resultado (calls a test dirty)",
             "\"Sucio\" hace del resultado una mancha en la persona. Diga \"positivo\" y para qué sustancia.",
             ["positivo", "positiva"], NIDA,
             only_after=["salió", "salio", "dio", "muestra", "prueba", "orina", "toxicología", "resultado", "resultados", "pruebas",
                         "muestras", "salieron", "dieron"],
             window=3, examples=["La muestra salió {sucia} por cocaína."], counter=["Dejó la ropa sucia en la lavandería."])
sub += terms("sub-es-bolo", "substance-use", ["bolo", "bola", "jendío", "jendio", "jumo", "jumao", "jumado", "jumada", "endrogado",
             "endrogada", "drogado", "drogada", "drogados", "arrebatado", "arrebatada", "volado", "volada", "pasado de tragos", "pasada de tragos",
             "high", "briago", "briaga", "pacheco", "pacheca", "pedo", "peda", "hasta atrás", "enfiestado", "enfiestada", "tomado", "tomada"],
             "Describe el consumo con jerga o como condena (slang for intoxication)",
             "Diga lo que vio y lo que la persona dijo: \"dijo que había bebido\", \"bajo los efectos de\".",
             ["bajo los efectos del alcohol", "bajo los efectos de una sustancia"], NIDA,
             only_after=["llegó", "llego", "vino", "está", "esta", "estaba", "andaba", "anda", "estuvo", "apareció", "aparecio", "llegaba", "se presentó", "presentó", "se apareció", "lo vi", "la vi", "lo encontré", "la encontré",
                         "se veía", "andaba bien", "estaba bien"],
             window=2, examples=["Santos llegó {bolo} a la sesión del viernes."])
sub += terms("sub-es-vicio", "substance-use", ["su vicio", "el vicio", "el vicio de", "vicio de las drogas", "vicio del alcohol", "sus vicios",
             "su vicio de", "el vicio del"],
             "Llama vicio al consumo (calls substance use a vice)",
             "\"Vicio\" hace del consumo una falta moral. Diga qué usa la persona o nombre la condición.",
             ["su consumo", "su uso de"], NIDA, examples=["Gasta el cheque en {su vicio} y luego no tiene para la renta."])
sub += terms("sub-es-droga-por-otra", "substance-use",
             ["cambiar una droga por otra", "cambió una droga por otra", "cambia una droga por otra", "cambiando una droga por otra",
              "sustituir una droga por otra", "sustituyó una adicción por otra", "cambiar una adicción por otra", "cambió una adicción por otra"],
             "Desprecia el tratamiento con medicamentos (dismisses medication treatment)",
             "La buprenorfina y la metadona son tratamiento basado en evidencia, no \"otra droga\" (NIDA).",
             ["recibe tratamiento con medicamentos"], NIDA, examples=["Con el Suboxone lo único que hizo fue {cambiar una droga por otra}."])
sub += terms("sub-es-recaida-fracaso", "substance-use",
             ["volvió a caer", "volvio a caer", "cayó otra vez", "cayó de nuevo", "otra recaída más", "otra recaída", "recaída tras recaída",
              "recaídas constantes", "recae constantemente", "una recaída más", "perdió todo su progreso", "perdió todo lo que había logrado",
              "lamentablemente recayó", "desafortunadamente recayó", "por desgracia recayó", "para mantener su hábito",
             "mantener el hábito", "mantener su hábito", "echó a perder", "echó todo a perder", "tiró todo por la borda", "volvió a fallar", "volvió a fracasar", "empezar de cero",
              "empezó de cero", "tuvo que empezar de cero", "volvió a lo mismo", "volvió al vicio",
              "volvió a las andadas", "volvio a las andadas", "perdió su tiempo limpio", "perdió todo su tiempo limpio", "se fue a la basura", "se fueron a la basura", "tiró a la basura", "todo a la basura", "se fue por la borda", "se fueron por la borda", "se fue por el caño", "se fueron por el caño"],
             "Presenta la recaída como fracaso (frames a return to use as failure)",
             "La recaída puede ser parte de la recuperación; diga qué pasó y qué quiere hacer la persona ahora.",
             ["volvió a consumir", "retomó el consumo"], NIDA, verbo=["volver a recaer|vuelve|volvió", "recaer otra vez|recae|recayó",
             "recaer de nuevo|recae|recayó"], examples=["El fin de semana {volvió a caer} y no vino a la cita."])
sub += terms("sub-es-usuario", "substance-use",
            ["es pastillera", "es pastillero", "bien pastillera", "bien pastillero", "cristalero", "cristalera", "cristaleros", "bazuquero", "bazuquera", "bazuqueros", "pipero", "pipera", "piperos", "perico" if False else "periquero",
             "periquera", "marihuano", "borrachín", "borrachina", "borrachines", "coquero", "coquera", "coqueros", "es bebedor",
             "es bebedora", "gran bebedor", "bebedor empedernido", "bebedora empedernida", "es tomador", "es tomadora", "muy tomador",
             "muy tomadora", "bien tomador", "bien tomadora", "bien pedo", "bien peda", "andaba pedo", "llegó pedo", "llegó peda",
             "estaba pedo", "estaba peda", "jumo", "juma", "jumao", "jumá", "usuario de drogas", "usuaria de drogas", "usuarios de drogas", "usuarias de drogas", "usuario de heroína", "usuaria de heroína",
             "usuario de crack", "usuaria de crack", "usuarios de crack", "usuario de cocaína", "usuaria de cocaína", "usuario de opioides",
             "usuaria de opioides", "usuario de sustancias", "usuaria de sustancias", "usuarios de sustancias", "drogodependiente",
             "drogodependientes", "toxicómano", "toxicómana", "toxicómanos", "toxicómanas", "heroinómano", "heroinómana", "heroinómanos",
             "heroinómanas", "cocainómano", "cocainómana", "cocainómanos", "cocainómanas",
             "dependiente del alcohol", "dependientes del alcohol", "dependiente de las drogas", "dependientes de las drogas",
             "enviciado", "enviciada", "enviciados", "enviciadas", "yonqui", "yonquis", "yonki", "yonkis", "junkie", "junkies",
             "piedrero", "piedrera", "piedreros", "fumón", "fumona", "fumones", "adicto a la heroína", "adicta a la heroína", "adicto al crack",
             "adicta al crack", "adicto a las drogas", "adicta a las drogas", "adicto al alcohol", "adicta al alcohol", "adictos a las drogas",
             "adicto a las pastillas", "adicta a las pastillas", "enganchado a las drogas", "enganchada a las drogas",
             "enganchado a la heroína", "enganchada a la heroína", "enganchado a las pastillas", "enganchada a las pastillas",
             "enganchado al crack", "enganchada al crack", "enganchado al alcohol", "enganchada al alcohol", "alcohólico perdido", "alcohólica perdida", "ex adicto", "ex adicta",
             "exadicto", "exadicta", "ex adictos", "exadictos", "ex drogadicto", "ex drogadicta", "exdrogadicto", "exdrogadicta",
             "ex alcohólico", "ex alcohólica", "exalcohólico", "exalcohólica", "ex tecato", "ex tecata", "extecato", "extecata", "pastero", "pastera", "pasteros", "pasteras", "paquero", "paquera", "paqueros", "paqueras", "falopero", "falopera", "faloperos", "faloperas", "merquero", "merquera", "merqueros", "porrero", "porrera", "porreros", "fumeta", "fumetas", "el usuario de drogas", "la usuaria de drogas", "los usuarios de drogas", "las usuarias de drogas", "el usuario de sustancias", "la usuaria de sustancias", "los usuarios de sustancias", "un usuario de drogas", "una usuaria de drogas"],
            "Etiqueta a la persona por su consumo (labels the person by their substance use)",
            "Nombrar el consumo o la condición pone primero a la persona: \"persona que usa drogas\", \"persona con un trastorno por consumo\" (NIDA).",
            ["persona que usa drogas", "persona con un trastorno por consumo de sustancias"], NIDA,
            examples=["Es {usuario de crack} desde los veinte.", "Lo trataban como un {yonqui} en la sala de emergencias del hospital de Queens, dice."])
for e in sub:
    if e["id"] == "sub-es-usuario":
        e["examples"] = ["Es {usuario de crack} desde los veinte."]
sub += terms("sub-es-habito", "substance-use", ["hábito de heroína", "hábito de heroina", "hábito de cocaína", "hábito de cocaina", "hábito de crack", "hábito de pasto", "hábito de perico", "hábito de piedra", "hábito de pastillas", "hábito de marihuana", "hábito de droga", "hábito de drogas", "hábito de alcohol", "hábito de fentanilo", "hábito de opioides", "hábito de coca", "habito de heroína", "habito de heroina", "habito de cocaína", "habito de cocaina", "habito de crack", "habito de pasto", "habito de perico", "habito de piedra", "habito de pastillas", "habito de marihuana", "habito de droga", "habito de drogas", "habito de alcohol", "habito de fentanilo", "habito de opioides", "habito de coca"],
            "Llama vicio al consumo (calls substance use a vice)",
            "\"Hábito\" hace del consumo una costumbre o un vicio. Nombre el consumo: \"usa heroína\", \"consume marihuana\".",
            ["consumo de", "uso de"], NIDA,
            examples=["Gilberto tiene un {hábito de pasto} que le cuesta caro."])
sub += terms("sub-es-reemplazo", "substance-use",
            ["tratamiento asistido con medicamentos", "tratamiento asistido por medicamentos", "MAT", "terapia de reemplazo", "terapia de sustitución", "tratamiento de sustitución", "tratamiento de reemplazo", "droga de reemplazo",
             "droga sustituta", "programa de reemplazo", "programa de reemplazo de opioides", "reemplazo de opioides", "programa de sustitución",
             "sustitución de opioides", "sustituto de la heroína", "sustituto de drogas", "otra adicción", "sigue enganchado a la metadona",
             "sigue enganchada a la metadona", "la metadona es una muleta", "la metadona como muleta", "una muleta química",
             "el suboxone es una muleta", "enganchado a la metadona", "enganchada a la metadona", "adicto a la metadona",
             "adicta a la metadona", "adicto al suboxone", "adicta al suboxone", "adicto al Suboxone", "adicta al Suboxone"],
            "Desprecia el tratamiento con medicamentos (dismisses medication treatment)",
            "La buprenorfina y la metadona son tratamiento basado en evidencia, no un reemplazo ni otra adicción (NIDA).",
            ["tratamiento con medicamentos para el trastorno por consumo de opioides"], NIDA,
            examples=["Está en {terapia de reemplazo} con metadona desde marzo."])
sub += terms("sub-es-se-droga", "substance-use",
            ["bebedor problema", "bebedora problema", "bebedor problemático", "bebedora problemática",
             "dependiente de sustancias", "dependientes de sustancias", "dependiente de drogas", "dependiente de la droga",
             "anda en vicios", "anda en el vicio", "anda en la droga", "metido en drogas", "metida en drogas", "metido en la droga",
             "metida en la droga", "se enganchó a la", "se enganchó al", "se enganchó a las", "se enganchó de nuevo", "se volvió a enganchar",
             "pegado a la heroína", "pegada a la heroína", "pegado a las pastillas", "pegada a las pastillas", "pegado al crack",
             "pegada al crack", "pegado a la botella", "pegada a la botella",
             "UDI", "UDIs", "UDVP", "ADVP", "usuario de drogas inyectables", "usuaria de drogas inyectables", "usuarios de drogas inyectables",
             "usuario de drogas por vía parenteral", "adicto a drogas por vía parenteral", "adicta a drogas por vía parenteral",
             "bebé adicto", "bebé adicta", "bebés adictos", "nació adicto", "nació adicta", "bebé drogadicto", "bebé nacido adicto"],
            "Etiqueta a la persona por su consumo (labels the person by their substance use)",
            "Nombrar el consumo o la condición pone primero a la persona: \"usa\", \"persona que se inyecta drogas\" (NIDA).",
            ["usa", "persona que se inyecta drogas"], NIDA,
            examples=["Aldo {se droga} todos los días en el parque.", "Eloy es {UDI} desde joven."], verbo=["drogarse", "endrogarse", "emborracharse"])
sub += terms("sub-es-ebrio", "substance-use",
            ["ebrio", "ebria", "ebrios", "ebrias", "embriagado", "embriagada", "en estado de ebriedad", "estado de embriaguez", "alcoholizado",
             "alcoholizada", "aliento etílico", "hálito etílico", "aliento alcohólico", "fumador de crack", "fumadora de crack", "fumador de piedra",
             "fumadora de piedra", "fumador de marihuana", "fumadora de marihuana", "consumidor de crack", "consumidora de crack",
             "consumidor de cocaína", "consumidora de cocaína", "consumidor de drogas", "consumidora de drogas", "consumidores de drogas",
             "perdido en las drogas", "perdida en las drogas", "perdido en la droga", "perdida en la droga", "hundido en el alcohol",
             "hundida en el alcohol", "borrachera", "borracheras", "narcómano", "narcómana", "alcoholismo crónico", "vicioso del alcohol"],
            "Describe el consumo con jerga o como condena (slang for intoxication)",
            "Diga lo que vio y lo que la persona dijo: \"dijo que había bebido\", \"bajo los efectos de\".",
            ["bajo los efectos del alcohol", "persona que usa drogas"], NIDA,
            examples=["Llegó {ebrio} a la cita y quedamos en vernos mañana."])
# Issue 22, seventh round: the regions' words for a person by drink or drug (Mexico's teporocho,
# Central America's huelepega and guarero, the Caribbean's bebelón), the arrival states of
# intoxication, a lapse said as a slip or a spree, the enabler (alcahueta), abuse said of any
# substance in every form, and the smell of drink as a verdict (English "reeking of alcohol").
sub += terms("sub-es-regional", "substance-use",
            ["teporocho", "teporocha", "teporochos", "teporochas", "huelepega", "huelepegas", "guarero", "guarera", "guareros",
             "guareras", "mariguanero", "mariguanera", "mariguaneros", "mariguaneras", "mariguano", "mariguanos",
             "marihuanos", "bebelón", "bebelona", "bebelones", "charamilero", "charamilera", "charamileros", "piedroso", "piedrosa",
             "piedrosos", "piedrosas", "tomatrago", "tomatragos", "borrachales",
             "abusador de pastillas", "abusadora de pastillas", "abusador de medicamentos", "abusadora de medicamentos",
             "alcahueta", "alcahuete", "alcahuetas", "alcahuetes", "facilitadora de su consumo", "facilitador de su consumo",
             "facilitadora del consumo", "facilitador del consumo", "le facilita el vicio", "le alcahuetea el vicio"],
            "Etiqueta a la persona por su consumo (labels the person by their substance use)",
            "Nombrar el consumo o la condición pone primero a la persona: \"persona que usa drogas\", \"persona con un trastorno por consumo\" (NIDA).",
            ["persona que usa drogas", "persona con un trastorno por consumo de sustancias"], NIDA, verbo=["alcahuetear"],
            examples=["El señor del banco del parque es un {teporocho}, según el guardia.", "La mamá es una {alcahueta} y le da dinero."])
sub += terms("sub-es-llego-trabado", "substance-use",
            ["trabado", "trabada", "prendido", "prendida", "entonado", "entonada", "enguayabado", "enguayabada", "engomado", "engomada",
             "ajumado", "ajumada", "ajumao", "enyerbado", "enyerbada", "empericado", "empericada", "empericao", "enmarihuanado",
             "enmarihuanada", "marihuaneado", "marihuaneada", "rascado", "rascada", "rascao", "crudo", "cruda", "en nota"],
            "Describe el consumo con jerga o como condena (slang for intoxication)",
            "Diga lo que vio y lo que la persona dijo: \"dijo que había bebido\", \"bajo los efectos de\".",
            ["bajo los efectos del alcohol", "bajo los efectos de una sustancia"], NIDA,
            # arriving or going about so: "llegó trabado", not "la puerta estaba trabada" or "la luz prendida"
            only_after=["llegó", "llego", "vino", "andaba", "anda", "apareció", "aparecio", "se apareció", "se presentó", "llegaba",
                        "andaba bien", "llegó bien", "vino bien", "llegó medio", "andaba medio"],
            window=2, examples=["Fredy llegó {trabado} al grupo de los martes."],
            counter=["La puerta del cuarto estaba trabada otra vez.", "Llegó con la luz del carro prendida."])
sub += terms("sub-es-parranda", "substance-use",
            ["tuvo un desliz", "un desliz", "otro desliz", "sus deslices", "se fue de parranda", "anduvo de parranda", "anda de parranda",
             "andaba de parranda", "se fue de juerga", "anduvo de juerga", "andaba de juerga", "se fue de farra", "anduvo de farra",
             "andaba de farra", "se fue de rumba", "andaba de rumba", "apestaba a alcohol", "apestaba a licor", "apestaba a trago",
             "apestaba a ron", "apestaba a cerveza", "apestaba a guaro", "apestando a alcohol", "apestando a licor", "apesta a alcohol",
             "apesta a licor", "con tufo", "tufo a alcohol", "tufo a licor", "hedía a alcohol", "hedía a licor"],
            "Describe el consumo con jerga o como condena (slang for intoxication)",
            "Diga lo que vio y lo que la persona dijo: \"dijo que había bebido\", \"volvió a consumir el sábado\".",
            ["volvió a consumir", "dijo que había bebido"], NIDA,
            examples=["El sábado {se fue de parranda} y no llegó al turno.", "Llegó {apestando a alcohol} a la cita."])
sub += terms("sub-es-abusar", "substance-use",
            ["abuso de benzodiacepinas", "abuso de benzos", "abuso de medicamentos", "abuso de calmantes", "abuso de fármacos",
             "abuso de la bebida", "abuso de heroína", "abuso de crack", "abuso de metanfetamina", "abuso de inhalantes",
             "abuso de estimulantes", "abuso de analgésicos", "abuso de sedantes", "abuso de alcohol y drogas", "abuso de alcohol y otras drogas",
             "abuso de medicamentos recetados", "abuso de etanol", "abuso de ETOH", "abuso de licor", "abuso de fentanilo"],
            "Trata el consumo como una falta moral (frames use as abuse)",
            "\"Abuso\" sugiere culpa y violencia; \"consumo\" o \"trastorno por consumo\" describe lo mismo sin juicio (NIDA).",
            ["consumo de", "uso de"], NIDA,
            verbo=["abusar de las drogas", "abusar del alcohol", "abusar de la bebida", "abusar de las pastillas", "abusar de sus pastillas",
                   "abusar de los medicamentos", "abusar de sus medicamentos", "abusar de la medicación", "abusar de sus medicinas",
                   "abusar de la marihuana", "abusar de la cocaína", "abusar del crack", "abusar de la heroína", "abusar de los opioides",
                   "abusar de opioides", "abusar de las benzos", "abusar de los calmantes", "abusar del licor", "abusar de pastillas",
                   "abusar de medicamentos", "abusar de sustancias", "abusar de drogas", "abusar de alcohol"],
            examples=["{Abusaba de las pastillas} para dormir desde la operación."])
# the verbs' forms now come from sub-es-abusar's `verbo:`; the infinitive is a term of its own
for e in sub:
    if e["id"] == "sub-es-abusar":
        e["terms"] += e["verbo"]
for e in sub:
    if e["id"] == "sub-es-abuso":
        e["terms"] = [t for t in e["terms"] if not t.startswith(("abusa", "abusó", "abusar"))]
sub += terms("sub-es-automedica", "substance-use", [],
            "Juzga el consumo como automedicación (self-medicating)",
            "Diga qué usa la persona y para qué dice que lo usa: \"dice que bebe para dormir\".",
            ["dice que usa", "dice que bebe para"], NIDA, verbo=["automedicarse"],
            only_before=["alcohol", "drogas", "marihuana", "cerveza", "ron", "licor", "heroína", "cocaína", "crack", "la bebida", "el trago",
                         "tragos", "pasto", "perico", "guaro", "mota", "hierba"], window=4,
            examples=["Dice que {se automedica} con alcohol para dormir."], counter=["Se automedica con ibuprofeno cuando le duele la espalda."])
files["concern-substance"] = ("substance-stigma-es",
    "Estigma del consumo: palabras que convierten a la persona en una etiqueta (adicto, tecato), tratan el\n"
    "# consumo como falta moral (abuso, limpio, sucio) o desprecian el tratamiento con medicamentos.", sub)

# ------------------------------------------------------------------ diagnosis
dx = []
DX_LABEL = "Reduce a la persona a su diagnóstico (makes the diagnosis the person)"
DX_RATIONALE = "La persona tiene una condición; no es la condición. Ponga primero a la persona (Guía de estilo de SALUD MENTAL ESPAÑA)."
def person_with(id_, stem, cond, example, **kw):
    return label(id_, "diagnosis-identity", stem, f"persona con {cond}", f"personas con {cond}",
                 DX_LABEL,
                 DX_RATIONALE,
                 CSME, severity="warning", examples=[example], **kw)
dx += person_with("dx-es-esquizofrenico", "esquizofrénico", "esquizofrenia", "Lo atendimos junto a {un esquizofrénico} del refugio.")
dx += person_with("dx-es-depresivo", "depresivo", "depresión", "Es {una depresiva} de toda la vida, según la referencia.",
                  except_=["trastorno depresivo", "episodio depresivo", "síntomas depresivos", "sintomas depresivos", "trastorno depresivo mayor"])
dx += person_with("dx-es-anorexico", "anoréxico", "anorexia", "Vive con {una anoréxica} del programa.")
dx += person_with("dx-es-bulimico", "bulímico", "bulimia", "Trabaja con {una bulímica} del programa.")
dx += person_with("dx-es-epileptico", "epiléptico", "epilepsia", "Efraín es {un epiléptico} y por eso no lo contratan.")
dx += person_with("dx-es-psicotico", "psicótico", "psicosis", "Vino con {un psicótico} del albergue.",
                  except_=["episodio psicótico", "trastorno psicótico", "síntomas psicóticos", "sintomas psicoticos", "brote psicótico"])
dx += person_with("dx-es-enfermo-mental", (["enfermo mental", "enferma mental"], ["enfermos mentales", "enfermas mentales"]),
                  "una condición de salud mental", "Vino con {un enfermo mental} del refugio, dijo ella.")
dx += person_with("dx-es-paranoico", "paranoico", "ideas paranoides", "Es {un paranoico} con los vecinos.")
dx += person_with("dx-es-obsesivo", (["obsesivo compulsivo", "obsesiva compulsiva"], ["obsesivos compulsivos"]), "TOC",
                  "Es {un obsesivo compulsivo} con la limpieza.")
dx += person_with("dx-es-neurotico", "neurótico", "ansiedad", "Es {una neurótica} con el dinero.",
                  except_=["Neuróticos Anónimos", "Neuroticos Anonimos"])
dx += person_with("dx-es-enfermo", "enfermito", "una condición de salud", "Visitamos a {un enfermito} del piso de arriba.")
dx += terms("dx-es-es-bipolar", "diagnosis-identity",
            ["es bipolar", "era bipolar", "un bipolar", "una bipolar", "la bipolar", "el bipolar", "los bipolares", "las bipolares", "es esquizofrénico", "es esquizofrénica",
             "es esquizo", "un esquizo", "es depresivo", "es depresiva", "es borderline", "una borderline", "es limítrofe",
             "es TLP", "es paranoico", "es paranoica", "es anoréxica", "es anoréxico", "es epiléptico", "es epiléptica", "es psicótico",
             "es psicótica", "es autista?"][:-1],
            "Hace del diagnóstico la identidad (makes the diagnosis an identity)",
            "\"Tiene trastorno bipolar\" describe una condición; \"es bipolar\" define a la persona por ella.",
            ["tiene trastorno bipolar", "vive con"], CSME, examples=["Su hermana {es bipolar} y vive con ellos."])
dx += terms("dx-es-sufre", "diagnosis-identity",
            ["lucha contra la depresión", "lucha contra la ansiedad", "lucha contra su enfermedad", "lucha contra la adicción",
             "luchando contra la depresión", "luchando contra su adicción", "luchando contra la adicción", "su batalla contra",
             "su lucha contra la", "batalla contra la depresión", "batalla contra la adicción",
             "sufre de", "sufría de", "sufre esquizofrenia", "sufre depresión", "sufre ansiedad", "padece", "padece de", "padecía", "padecía de",
             "aqueja", "aqueja de", "aquejaba", "aquejado por", "aquejada por", "aquejados por",
             "padeciendo", "padeciendo de", "sufriendo de", "aquejado de", "aquejada de", "víctima de la esquizofrenia", "víctima de la depresión",
             "víctima de su enfermedad", "víctima de la enfermedad", "víctima de la adicción", "víctima de las drogas", "suffers from"],
            "Describe la condición como sufrimiento (frames the condition as suffering)",
            "\"Sufre de\" o \"padece\" da por hecho cómo vive la persona su condición. \"Tiene\" o \"vive con\" es neutral.",
            ["tiene", "vive con"], CSME, examples=["Wanda {padece} esquizofrenia desde los 19 años."])
dx += terms("dx-es-victima", "deficit-label", ["víctima", "víctimas", "una víctima", "la víctima", "es víctima"],
            "Define a la persona como víctima (defines the person as a victim)",
            "\"Víctima\" deja a la persona sin agencia; \"sobreviviente\" o lo que pasó, dicho por ella, respeta su historia.",
            ["sobreviviente", "persona que vivió"], CSME,
            except_=["sufre de dolor", "sufre de dolores", "sufre de migraña", "sufre de migrañas", "sufre de la presión", "sufre de presión alta",
                     "sufre de diabetes", "sufre de asma", "sufre de artritis", "sufre del corazón", "sufre de la espalda", "sufre de los riñones",
                     "padece de dolor", "padece de dolores", "padece de la presión", "padece de presión alta", "padece diabetes", "padece de diabetes",
                     "padece del corazón", "padece de asma", "padece de artritis", "padece de la espalda", "padece del azúcar", "sufre del azúcar",
                     "víctima de violencia doméstica", "víctimas de violencia doméstica", "víctima de un crimen", "víctima de un robo",
                     "víctimas de ciertos delitos", "víctimas de delitos", "víctima de un delito", "víctima de delito", "víctimas de crímenes",
                     "víctima de trata", "víctimas de trata", "visa U", "víctima de fraude", "víctima de estafa", "víctima de un asalto",
                     "víctima de un accidente", "víctimas del huracán", "víctimas del terremoto",
                     "víctima de robo", "víctima de un asalto", "servicios a víctimas", "Servicios para Víctimas", "víctima de fraude",
                     "víctima de estafa", "víctima de trata", "víctima de un accidente", "como víctima", "no como víctima"],
            examples=["Leidy es {una víctima} de su propia familia."])
dx += terms("dx-es-loco", "diagnosis-identity",
            ["loco", "loca", "locos", "locas", "demente", "dementes", "trastornado", "trastornada", "trastornados", "chiflado", "chiflada",
             "zafado", "zafada", "zafao", "zafaos", "zafá", "loquito", "loquita", "loquitos", "loquitas", "locota", "chalado", "chalada", "tocado de la cabeza",
             "mal de la cabeza", "su locura", "enfermo de los nervios", "enferma de los nervios", "desequilibrado", "desequilibrada", "lunático", "lunática", "orate", "manicomio", "manicomios", "loquero",
             "psiquiátrico de locos", "crazy", "medio loca", "medio loco"],
            "Usa una palabra que estigmatiza la salud mental (a slur for mental illness)",
            "\"Loco\", \"demente\" o \"trastornado\" hieren y no describen nada. Diga lo que la persona vivió o hizo.",
            ["angustiado", "en crisis", "hospital psiquiátrico"], CSME,
            except_=["día loco", "días locos", "semana loca", "mañana loca", "tráfico loco", "tráfico estaba loco", "tráfico está loco",
                     "mundo loco", "idea loca", "ideas locas", "precio loco", "precios locos", "tiempo loco", "clima loco",
                     "la loca de los gatos", "loco de contento", "loca de contenta", "loco por", "loca por", "a lo loco", "ni loco", "ni loca",
                     "volverse loco", "me vuelve loca", "me vuelve loco", "Mad Pride", "loca de contento", "loco de alegría", "loca de alegría",
                     "loca de la alegría", "loco de la alegría", "calor loco", "frío loco", "loco con el", "loca con el", "loco con la", "loca con la",
                     "loco con los", "loca con los", "loco con las", "loca con las", "loco de la emoción", "loca de la emoción", "loca de felicidad", "loco de felicidad",
                     "se volvió loca buscando", "se volvió loco buscando", "se vuelve loca buscando", "se vuelve loco buscando",
             "la vuelve loca", "lo vuelve loco", "la vuelven loca", "lo vuelven loco", "la volvía loca", "lo volvía loco", "se vuelve loca por",
                     "se vuelve loco por", "de locos", "una locura de",
                     # "trabaja como loca", "me tiene loca": figures of speech
                     "como loco", "como loca", "como locos", "como locas", "me tiene loca", "me tiene loco", "la tiene loca", "lo tiene loco",
                     "nos tiene locos", "la tenía loca", "lo tenía loco", "me volví loca", "me volví loco", "volverme loca", "volverme loco",
                     "me estoy volviendo loca", "me estoy volviendo loco", "me voy a volver loca", "me voy a volver loco", "orgullo loco", "Orgullo Loco", "orgullo loca"],
            examples=["La señora está {medio loca}, pero es muy buena gente.", "Estuvo recluida en el {manicomio} de Río Piedras."],
            counter=["Está loca por empezar las clases de baile."],
            # "loco" said of an animal or the day, not a person: "el perro de Wanda es bien loco", "el tráfico en el Cross Bronx estaba loco"
            not_after=["perro", "perra", "perrito", "perrita", "gato", "gata", "gatito", "gatita", "tráfico", "trafico", "clima", "tiempo",
                       "día", "semana", "mundo", "precio", "precios", "horario", "turno", "internet", "wifi"], window=6)
dx += terms("dx-es-invalido", "deficit-label",
            ["inválido", "inválida", "inválidos", "minusválido", "minusválida", "minusválidos", "discapacitado", "discapacitada",
             "discapacitados", "discapacitadas", "lisiado", "lisiada", "retrasado mental", "retrasada mental", "retrasado", "retrasada",
             "retardado", "retardada", "deficiente mental", "deficientes mentales", "débil mental", "débiles mentales", "oligofrénico",
             "oligofrénica", "alienado mental", "alienada mental", "mongólico", "mongólica", "mongolito", "subnormal", "tullido", "tullida", "sordomudo", "sordomuda", "confinado a", "confinada a", "postrado en",
             "postrada en", "atado a una silla de ruedas", "atada a una silla de ruedas", "wheelchair bound"],
            "Define a la persona por su discapacidad (deficit label for disability)",
            "\"Persona con discapacidad\" y \"usa silla de ruedas\" ponen primero a la persona (CDC, Diga / No diga).",
            ["persona con discapacidad", "usa silla de ruedas"], CDC,
            except_=["personas con discapacidad", "persona con discapacidad", "estacionamiento para discapacitados", "retrasado el pago",
                     "retrasada la cita", "se ha retrasado", "se retrasó", "llegó retrasado", "llegó retrasada", "vuelo retrasado", "pago retrasado",
                     # behind on rent, a late check or train
                     "retrasada con", "retrasado con", "retrasados con", "retrasadas con", "renta retrasada", "pagos retrasados",
                     "cheque retrasado", "tren retrasado", "guagua retrasada", "autobús retrasado", "viene retrasado", "viene retrasada",
                     "estaba retrasado el", "estaba retrasada la", "baño para discapacitados", "entrada para discapacitados",
                     "placa de discapacitado", "permiso de discapacitado", "parqueo para discapacitados", "parking de discapacitados",
                     "asientos para discapacitados", "tarifa para discapacitados"],
            examples=["Ricardo quedó {inválido} después del accidente.", "Don Cándido está {confinado a} una silla de ruedas."])
dx += terms("dx-es-perturbado", "diagnosis-identity",
            ["esquizo", "esquizos", "el esquizo", "la esquiza", "maníaco", "maníaca", "maniático", "maniática", "un maníaco", "una maníaca",
             "depre", "anda depre", "está depre", "sigue depre", "bien depre", "enajenado", "enajenada", "enajenados", "bipolares",
             "es bien TOC", "bien TOC", "es TOC", "tan TOC", "muy TOC", "psicópata", "psicópatas", "sociópata", "sociópatas", "un paranoico", "una paranoica", "es paranoico", "es paranoica",
             "un limítrofe", "una limítrofe", "es borderline", "un borderline", "una borderline", "sidoso", "sidosa", "sidosos", "canceroso", "cancerosa", "tarado", "tarada", "tarados", "mongolito", "mongolita", "cieguito",
             "cieguita", "sordito", "sordita", "cojito", "cojita", "enfermito", "enfermita", "anormal", "anormales", "subnormal", "subnormales",
             "chalado", "chalada", "pirado", "pirada", "majara", "tocado de la cabeza", "tocada de la cabeza", "mal de la cabeza",
             "enfermo de los nervios", "enferma de los nervios", "está mal de la cabeza", "le falta un tornillo", "le patina el coco"],
            "Define a la persona por un diagnóstico o con desprecio (labels the person)",
            "\"Persona con un problema de salud mental\" o \"persona con discapacidad\" pone primero a la persona (FundéU; CDC, Diga / No diga).",
            ["persona con un problema de salud mental", "persona con discapacidad"], FUNDEU,
            adjetivo=["perturbado", "desquiciado", "deschavetado", "disminuido"],
            except_=["trastornos bipolares", "episodios bipolares", "trastornado el horario", "se ha disminuido", "ha disminuido", "disminuido el consumo", "disminuida la dosis",
                     "disminuido la dosis"],
            examples=["Los vecinos dicen que está {perturbada}, pero ella solo estaba asustada.", "Es un {desquiciado}, dijo el guardia."])
dx += terms("dx-es-esquizoafectivo", "diagnosis-identity",
            ["esquizoafectivo", "esquizoafectiva", "esquizoafectivos", "esquizoafectivas", "es hiperactivo", "es hiperactiva",
             "un hiperactivo", "una hiperactiva", "es un enfermo", "es una enferma", "el enfermo", "la enferma", "los enfermos del",
             "es sociópata", "un sociópata", "una sociópata", "es psicópata", "un psicópata", "una psicópata"],
            DX_LABEL,
            DX_RATIONALE,
            ["persona con", "tiene"], CSME,
            except_=["trastorno esquizoafectivo", "trastorno esquizo afectivo", "diagnóstico esquizoafectivo"],
            examples=["Amparo es {esquizoafectiva} desde joven, dice el expediente."])
dx += terms("dx-es-diabetico", "diagnosis-identity",
            ["un diabético", "una diabética", "el diabético", "la diabética", "los diabéticos", "las diabéticas", "un down", "una down",
             "los down", "una persona suicida", "un sidoso", "una sidosa", "los sidosos"],
            DX_LABEL,
            "La persona tiene una condición; no es la condición: \"persona con diabetes\" (Las palabras importan).",
            ["persona con"], CSME,
            examples=["Su vecino es {un diabético} que no se cuida, dice ella."])
dx += terms("dx-es-esquisofrenico", "diagnosis-identity",
            ["esquisofrénico", "esquisofrénica", "esquisofrénicos", "esquisofrénicas", "esquisofrenico", "esquisofrenica", "esquisofrenicos",
             "esquisofrenicas", "skizofrénico", "skizofrénica", "esquizofrénicos de", "bipolares"],
            DX_LABEL,
            DX_RATIONALE,
            ["persona con esquizofrenia"], CSME,
            examples=["El hijo es {esquisofrénico} y ella lo cuida todo el día."])
files["concern-diagnosis"] = ("diagnosis-identity-es",
    "Diagnóstico como identidad y etiquetas de salud mental o discapacidad: la persona primero.", dx)

# ------------------------------------------------------------------ compliance
cp = []
cp += terms("comp-es-se-nego", "compliance",
            ["refused", "refuses"],
            "Presenta una decisión como desafío (describes a choice as defiance)",
            "La persona tiene derecho a decir que no. \"Decidió no\" o \"prefirió no\" registra el mismo hecho sin hacerla desobediente.",
            ["decidió no", "prefirió no"], NAPS, not_after=SUBJECTS, window=5,
            verbo=["negarse|niega", "rehusarse|rehúsa", "resistirse a", "rechazar"],
            except_=["rechazo de la solicitud", "el rechazo", "carta de rechazo", "le rechazaron", "la rechazaron", "lo rechazaron",
                     "fue rechazada", "fue rechazado", "fue rechazado", "rechazó el cheque", "rechazó la solicitud", "rechazó su solicitud",
                     "rechazó la tarjeta"],
            examples=["Carlos se {negó} a ir a la cita del seguro social.", "El participante se {rehusó} a firmar el plan."],
            counter=["El casero se negó a arreglar la calefacción.", "El banco rechazó el cheque porque el nombre no coincidía."])
for e in cp:
    e["examples"] = ["Carlos {se negó} a ir a la cita del seguro social.", "El participante {se rehusó} a firmar el plan."]
cp += terms("comp-es-incumplimiento", "compliance",
            ["incumplimiento", "incumplimientos", "falta de cumplimiento", "no adherente", "no adherencia", "falta de adherencia",
             "pobre adherencia", "poca adherencia", "mala adherencia", "noncompliant", "non-compliant", "noncompliance", "non compliance",
             "no complaciente", "no-compliant", "no sigue las indicaciones", "no sigue el tratamiento", "no sigue las instrucciones"],
            "Juzga a la persona por no seguir órdenes (frames the person as noncompliant)",
            "\"No cumple\" supone que la persona debe obedecer. Diga qué decidió y por qué, con sus palabras.",
            ["decidió no", "no ha podido", "prefiere otra opción"], MHCC,
            verbo=["incumplir", "no cumplir con", "no cumplir"], adjetivo=["incumplidor"],
            except_=["cumple años", "no cumple años", "no cumple los requisitos", "no cumple con los requisitos", "no cumplía los requisitos",
                     "no cumple con los criterios", "incumplimiento del casero", "incumplimiento de contrato", "incumplimiento del contrato"],
            not_after=SUBJECTS, window=4,
            examples=["Xiomara {no cumple con} el tratamiento desde que se mudó.", "Se documenta {incumplimiento} con las citas."],
            counter=["Cumple años el viernes y quiere celebrarlo."])
cp += terms("comp-es-desobedece", "compliance",
            ["resistente al tratamiento", "pcte", "ptes",
             "muestra resistencia",
             "resistencia al tratamiento", "su negativa a", "negativa a tomar", "fracasó otra vez",
             "fracasó de nuevo", "niega tener un problema", "no acepta su enfermedad", "no acepta su diagnóstico", "no reconoce su enfermedad",
             "se escapó del", "abandono del tratamiento", "AMA", "no hizo follow up", "no hizo el follow up",
             "no hace follow up", "no da follow up", "no dio follow up", "no le dio follow up", "no ha dado seguimiento", "no dio seguimiento",
             "no le dio seguimiento", "no da seguimiento", "no le ha dado seguimiento", "carece de insight", "carece de introspección",
             "no está lista para el cambio", "no está listo para el cambio", "no está preparada para cambiar", "no está preparado para cambiar",
             "sin comprometerse", "no se compromete", "no se compromete con nada", "no se comprometió", "poco comprometido",
             "poco comprometida", "falta de compromiso", "no pone de su parte", "no quiere mejorar",
             "no le interesa mejorar", "no hace su parte", "no se ayuda", "no se deja ayudar", "contra consejo médico", "contra consejo medico",
             "en contra del consejo médico", "en contra de la indicación médica", "contra la indicación médica", "no se adhiere", "no se adhirió",
             "no-show", "no show", "no shows", "no-shows", "fracaso de tratamiento", "fracaso del tratamiento", "fracasó en el tratamiento",
             "fracasó el tratamiento", "falló el tratamiento", "failed treatment", "pobre seguimiento", "poco seguimiento", "mal seguimiento",
             "compliance", "no compliance", "poco compliance", "falta de compliance", "buena compliance", "cumplimiento con los medicamentos",
             "cumplimiento del tratamiento", "cumplimiento con el tratamiento", "cumplimiento con las citas", "está en negación", "esta en negacion", "en negación", "niega su enfermedad", "niega su diagnóstico", "poco insight", "sin insight",
             "pobre insight", "falta de insight", "no tiene insight", "insight pobre", "insight limitado",
             "escasa conciencia de enfermedad", "poca conciencia de enfermedad", "nula conciencia de enfermedad", "sin conciencia de enfermedad",
             "falta de conciencia de enfermedad", "pobre conciencia de enfermedad", "no tiene conciencia de enfermedad",
             "no acepta el diagnóstico", "no acepta su diagnóstico", "no acepta su enfermedad", "no acepta el tratamiento",
             "no acepta su condición", "no aceptaba el diagnóstico", "no siguió las instrucciones", "no sigue las instrucciones",
             "no siguió las indicaciones", "no sigue las indicaciones", "no sigue indicaciones", "no siguió indicaciones",
             "boicotea", "boicoteó", "boicoteando", "boicotear", "sabotea el tratamiento", "saboteó el tratamiento",
             "sin motivación", "falta de motivación", "no está motivado", "no está motivada", "cero insight", "nada de insight", "escaso insight", "en denial", "está en denial", "sigue en denial", "AWOL", "se fue AWOL"],
            "Culpa a la persona de cómo va el servicio (blames the person for the service)",
            "Estas palabras ponen la falta en la persona. Diga qué pasó, qué dijo y qué necesita.",
            ["decidió", "prefirió", "dijo que"], MHCC,
            not_after=["marcó como", "la marcó", "lo marcó", "la marcaron", "lo marcaron"], window=4,
            except_=["una persona resistente", "una persona muy resistente", "una mujer resistente", "una mujer muy resistente", "un hombre resistente", "agua resistente", "resistente al agua", "resistente al frío", "ropa resistente", "resistentes al agua", "resistentes al frío", "resistente a la nieve", "resistentes a la nieve", "botas resistentes", "zapatos resistentes", "no-show fee"],
            examples=["Kelvin fue {no-show} otra vez al grupo."])
cp += terms("comp-es-no-coopera", "compliance", ["no quiso cooperar", "no quiso colaborar", "no quiere cooperar", "no quería cooperar",
            "no quieren cooperar", "no quiere colaborar", "no quería colaborar"],
            "Culpa a la persona de cómo va el servicio (blames the person for the service)",
            "Estas palabras ponen la falta en la persona. Diga qué pasó, qué dijo y qué necesita.",
            ["decidió", "prefirió", "dijo que"], MHCC,
            verbo=["fallar en", "fallar a la cita", "fallar a sus citas", "fallar a su cita", "fallar a las citas",
                   "desobedecer", "no cooperar", "no colaborar", "fracasar en", "evadirse", "rehusar|rehúsa", "fugarse",
                   "escaparse de", "abandonar el tratamiento", "abandonar el programa", "desertar"],
            examples=["Danilo {desobedeció} la indicación del psiquiatra."],
            counter=["La oficina de HRA falló en procesar la renovación."])
# The same blame as a label: said of a family member it is still the writer's label ("la mamá está
# bien resistente a la idea"), said of an office or someone at work it is not.
cp += terms("comp-es-renuente", "compliance", [],
            "Culpa a la persona de cómo va el servicio (blames the person for the service)",
            "Estas palabras ponen la falta en la persona. Diga qué pasó, qué dijo y qué necesita.",
            ["decidió", "prefirió", "dijo que"], MHCC, not_after=AT_WORK, window=5,
            adjetivo=["desobediente", "desafiante", "oposicional", "no cooperativo", "poco cooperador", "poco colaborador", "resistente",
                      "renuente", "reacio", "desmotivado", "poco motivado", "oposicionista", "desenganchado", "reticente", "negador"],
            except_=["una persona resistente", "una persona muy resistente", "una mujer resistente", "una mujer muy resistente", "un hombre resistente", "agua resistente", "resistente al agua", "resistente al frío", "ropa resistente", "resistentes al agua", "resistentes al frío", "resistente a la nieve", "resistentes a la nieve", "botas resistentes", "zapatos resistentes"],
            examples=["Osmany ha estado muy {desmotivado} con el plan.", "La mamá está bien {resistente} a la idea de la medicación."],
            counter=["El casero ha estado resistente a hacer las reparaciones."])
cp += terms("comp-es-no-adherente", "compliance",
            ["no es adherente", "no fue adherente", "no ha sido adherente", "no era adherente", "poco adherente", "no quiere ayudarse",
             "no se deja ayudar", "no se quiere ayudar", "no muestra interés en", "no mostró interés en", "no muestra ningún interés",
             "poco interés en su recuperación", "poco interés en el tratamiento", "no pone de su parte", "no puso de su parte",
             "no hace su parte", "no hizo su parte"],
            "Culpa a la persona de cómo va el servicio (blames the person for the service)",
            "Estas palabras ponen la falta en la persona. Diga qué pasó, qué dijo y qué necesita.",
            ["decidió", "prefirió", "dijo que"], MHCC, not_after=SUBJECTS, window=4,
            verbo=["sabotear"], adjetivo=["apático", "desinteresado"],
            examples=["Sonia {no es adherente} al régimen de medicamentos.", "Samuel {saboteó} su propio plan de empleo."],
            counter=["Su esposo no se deja ayudar con la mudanza."])
cp += terms("comp-es-cumplidor", "compliance",
            ["buen cumplimiento", "buena adherencia", "adherente al tratamiento", "adherente a los medicamentos", "es adherente",
             "fue adherente"],
            "Mide a la persona por su obediencia (measures the person by compliance)",
            "Diga lo que la persona hace por su salud con sus palabras: \"toma sus medicamentos como acordó con su médico\".",
            ["toma sus medicamentos", "viene a sus citas"], MHCC, not_after=SUBJECTS, window=4, adjetivo=["cumplidor", "no cumplidor"],
            examples=["Es muy {cumplidora} con sus medicamentos cuando la hija la ayuda."])
files["concern-compliance"] = ("compliance-es",
    "Cumplimiento: palabras que hacen de una decisión una desobediencia (se negó, no cumple, no-show).", cp)

# ------------------------------------------------------------------ credibility
cr = []
# A word that only doubts: the plainest rewrite leaves it out ("dizque en la guagua" → "en la guagua").
cr += terms("cred-es-supuestamente", "credibility",
            ["supuestamente", "alegadamente", "presuntamente", "dizque", "diz que", "un supuesto", "una supuesta", "unos supuestos",
             "unas supuestas"],
            "Pone en duda la palabra de la persona (casts doubt on the person's word)",
            "Una palabra que solo duda de lo que la persona contó sobra: cuéntelo sin ella, o diga de quién son las palabras.",
            [{"text": "", "slot": "clause"}, "según contó"], MHCC, not_after=SUBJECTS, window=4,
            examples=["Dice que perdió la tarjeta, {dizque} en la guagua.", "Le robaron la tarjeta del EBT, {supuestamente}."])
cr += terms("cred-es-alega", "credibility",
            ["supuestamente", "aparentemente", "según ella",
             "según él", "segun ella", "segun el", "según el participante", "según la participante", "según la clienta", "según el cliente",
             "según la persona", "dice que supuestamente", "jura y perjura", "jura que", "juró que", "juraba que", "poco creíble", "no creíble",
             "poco creible", "dudoso", "dudosa", "eso está por verse", "eso esta por verse", "habrá que ver", "habría que ver",
             "está por verse", "no es creíble", "difícil de creer", "quiere hacernos creer", "se hace la víctima", "se hace el víctima", "se hace la enferma",
             "se hace el enfermo", "claims", "allegedly", "per pt", "per the client", "según pt"],
            "Pone en duda la palabra de la persona (casts doubt on the person's word)",
            "Escriba lo que la persona dijo, sin dudar de ella: \"dijo\", \"compartió\", \"contó\".",
            ["dijo", "compartió", "contó"], MHCC, not_after=SUBJECTS, window=4,
            verbo=["reclamar que", "insistir en que", "asegurar que", "sostener que|sostiene|sostuvo", "alegar", "inventar", "exagerar", "mentir|miente|mintió", "fingir"],
            examples=["El participante {alegó} que la trabajadora le perdió los documentos."],
            counter=["El patrono alegó que ella abandonó el puesto.", "La policía alegó en el reporte que él se resistió."])
cr += terms("cred-es-admite", "credibility",
            ["reconoció haber", "admitted", "admits"],
            "Presenta lo que la persona contó como una confesión (frames sharing as admitting)",
            "\"Admitió\" sugiere culpa. \"Compartió\" o \"contó\" reconoce que la persona eligió decirlo.",
            ["compartió", "contó"], NAPS, not_after=SUBJECTS, window=4,
            verbo=["admitir haber", "admitir", "confesar|confiesa", "reconocer haber|reconoce|reconoció"],
            # "La admitieron en el hospital": admitted as a patient, by someone else.
            except_=[f"{pronoun} {verb}" for pronoun in ("la", "lo", "los", "las") for verb in ("admitió", "admitieron", "admite", "admiten", "admitían", "han admitido", "habían admitido")]
                    + ["admitieron a", "admiten a", "admitió a", "admitida en", "admitido en", "admitieron en"],
            examples=["{Admitió haber} fumado marihuana antes de la sesión."],
            counter=["El supervisor del almacén admitió que no le había pagado las horas extra."])
# "Reconoció que" is a confession only of use or a lapse ("reconoció que había fumado piedra");
# "reconoció que pedir ayuda fue un paso" is the person's own insight, a strength.
cr += terms("cred-es-reconoce-consumo", "credibility", [],
            "Presenta lo que la persona contó como una confesión (frames sharing as admitting)",
            "\"Reconoció que había consumido\" suena a confesión. \"Compartió\" o \"contó\" reconoce que la persona eligió decirlo.",
            ["compartió que", "contó que"], NAPS, not_after=SUBJECTS, window=4, verbo=["reconocer que|reconoce|reconoció"],
            only_before=["había", "ha", "habia", "consumió", "consumio", "usó", "uso", "fumó", "fumo", "tomó", "tomo", "bebió", "bebio",
                         "recayó", "recayo", "se drogó", "se drogo", "no tomó", "no tomo", "no ha", "no había", "no habia", "sigue", "todavía",
                         "todavia", "usa", "consume", "fuma", "toma", "bebe", "se inyecta", "estaba", "estuvo", "no fue", "no vino", "faltó", "falto"],
            examples=["Nelson {reconoció que} había fumado piedra el fin de semana después de cobrar."],
            counter=["La señora Nilda reconoció que pedir ayuda a su iglesia fue un paso que le costó."])
cr += terms("cred-es-dizque", "credibility",
            ["alegadamente", "presuntamente", "supuestamente dijo", "cosa que no creo", "lo cual no creo", "no le creo", "no le creí",
             "habría que confirmarlo", "hay que confirmarlo", "habrá que confirmarlo", "habría que verificarlo", "hay que verificarlo",
             "está por confirmarse", "mal historiador", "mala historiadora", "pobre historiador", "pobre historiadora", "historiador pobre",
             "historiadora pobre", "no es buen historiador", "no es buena historiadora", "informante no confiable", "dizque", "diz que", "según dice", "según cuenta", "lo que ella llama", "lo que él llama", "su supuesto", "su supuesta",
             "sus supuestos", "sus supuestas", "memoria selectiva", "convenientemente", "ganancia secundaria", "ganancias secundarias",
             "beneficio secundario", "poco confiable", "no es confiable", "no confiable", "informante poco confiable", "historia inconsistente",
             "versión inconsistente", "su historia no cuadra", "la historia no cuadra", "cuenta cuentos", "inventa cuentos", "se lo inventó",
             "se lo inventa", "se inventó", "se inventa", "poco fiable", "no es fiable", "nada fiable", "poco fidedigno", "poco fidedigna",
             "nunca dice la verdad", "no dice la verdad", "casi nunca dice la verdad",
             # as English "apparently", "if true", "story kept changing", "caught lying", "self-reported", "malingering", "vague"
             "al parecer", "cuestionable", "de dudosa credibilidad", "dudosa veracidad", "si es cierto", "si es verdad", "si eso es cierto",
             "lo cual es dudoso", "lo cual dudo", "cosa que dudo", "lo que dudo", "cambió su historia", "cambia su historia",
             "cambió la historia", "cambia la historia", "cambiando la historia", "la pillaron mintiendo", "lo pillaron mintiendo",
             "la agarraron mintiendo", "lo agarraron mintiendo", "la cogieron mintiendo", "lo cogieron mintiendo", "autorreportado",
             "autorreportada", "según su propio reporte", "por autorreporte", "simulador", "simuladora", "simulación de síntomas",
             "simula síntomas", "finge síntomas", "respuestas vagas", "vaga en sus respuestas", "vago en sus respuestas", "se hace el sordo", "se hace la sorda",
             "se hace el tonto", "se hace la tonta", "se hace el loco", "se hace la loca", "se hace el desentendido", "se hace la desentendida",
             "fabula", "fabulación", "fabuló", "fabulando", "se victimiza", "se victimizó", "victimizándose", "versión cambiante",
             "versiones cambiantes", "yeah right"],
            "Pone en duda la palabra de la persona (casts doubt on the person's word)",
            "Escriba lo que la persona dijo, sin dudar de ella: \"dijo\", \"contó\"; si algo no coincide, diga qué dato falta.",
            ["dijo", "contó"], MHCC, 
            verbo=["contradecirse|contradice|contradijo", "engañar", "dramatizar", "pretender haber|pretende|pretendió",
                   "pretender que|pretende|pretendió"], adjetivo=["evasivo", "deshonesto", "poco sincero", "embustero", "tramposo"],
            examples=["Su historia del cheque es {poco confiable}.", "Cuando le pregunté por el cheque {se contradijo} dos veces."])
cr += terms("cred-es-minimiza", "credibility",
            ["echa la culpa a", "le echa la culpa a", "le echó la culpa a", "echándole la culpa a", "siempre tiene una excusa", "pretextos",
             "pone pretextos", "puso pretextos"],
            "Juzga cómo la persona cuenta su situación (judges how the person tells it)",
            "Cuente lo que la persona dijo de su situación con sus palabras, sin juzgar si minimiza o culpa a otros.",
            ["dijo que", "contó que"], MHCC, not_after=SUBJECTS, window=4,
            verbo=["minimizar", "culpar a los demás", "culpar a otros", "culpar a todos", "culpar a todo el mundo", "culpar al personal",
                   "poner excusas|pone|puso", "externalizar"],
            examples=["{Minimiza} lo que pasó el fin de semana.", "{Culpa a los demás} de que perdió el apartamento."])
cr += terms("cred-es-niega", "credibility", ["niega consumo", "negó consumo", "niega uso", "negó uso", "niega el consumo", "negó el consumo"],
            "Presenta lo que la persona dijo como una negación (frames what was said as denial)",
            "\"Niega\" sugiere que la persona oculta algo. Escriba lo que dijo: \"dijo que no ha consumido\".",
            ["dijo que no ha consumido", "dijo que no"], NIDA, not_after=SUBJECTS, window=4,
            verbo=["negar haber|niega", "negar tener|niega", "negar que|niega|negó"],
            examples=["{Niega consumo} desde la última cita.", "{Negó haber} tomado el fin de semana."])
cr += terms("cred-es-queja", "credibility", ["quejándose de todo", "se queja de todo", "se quejó de todo"],
            "Presenta lo que la persona pide como queja (frames a concern as complaining)",
            "Lo que la persona plantea es una preocupación: \"dijo que\", \"expresó preocupación por\".",
            ["expresó preocupación por", "dijo que"], MHCC, not_after=SUBJECTS, window=4,
            verbo=["quejarse de", "quejarse del", "quejarse por"], adjetivo=["quejón", "quejoso", "quejumbroso", "llorón"],
            examples=["{Se queja de} dolor de espalda cada semana.", "Es muy {quejona} con el horario."])
cr += terms("cred-es-excusas", "credibility",
            ["da excusas", "dio excusas", "dando excusas", "daba excusas", "siempre con excusas", "siempre tiene excusas",
             "sus excusas", "otra excusa", "pura excusa", "puras excusas", "excusas para no"],
            "Juzga cómo la persona cuenta su situación (judges how the person tells it)",
            "Cuente lo que la persona dijo de su situación con sus palabras, sin juzgar si minimiza o culpa a otros.",
            ["dijo que", "contó que"], MHCC, not_after=SUBJECTS, window=4,
            examples=["Yadira {da excusas} para no venir al grupo."])
cr += terms("cred-es-mal-informante", "credibility",
            ["mal informante", "mala informante", "pobre informante", "informante poco fiable", "informante no fiable", "tiende a exagerar",
             "se sospecha que", "sospecho que", "sospechamos que", "no se le puede creer", "hay que tomarlo con cautela"],
            "Pone en duda la palabra de la persona (casts doubt on the person's word)",
            "Escriba lo que la persona dijo, sin dudar de ella; si falta un dato, diga cuál.",
            ["dijo", "contó"], MHCC, verbo=["simular"],
            examples=["{Mal informante}, no recuerda las fechas de sus hospitalizaciones."])
cr += terms("cred-es-su-version", "credibility",
            ["su versión", "según su versión", "su versión de los hechos", "en su versión", "no se pudo verificar", "sin verificar", "no verificado",
             "no se ha podido confirmar", "no se pudo confirmar", "no se ha podido verificar", "no se ha confirmado",
             "no se puede verificar", "no hay forma de saber si", "dice no recordar", "dice que no recuerda", "asegura no recordar",
             "convenientemente no recuerda", "no recuerda convenientemente", "según ella misma", "según él mismo", "de acuerdo con ella",
             "de acuerdo con él", "según lo que cuenta", "por lo que cuenta", "según relata", "según refiere", "relato poco creíble",
             "relato inconsistente", "incongruencias", "inconsistencias en su relato", "justifica su consumo", "justificó su consumo",
             "relato contradictorio", "discurso contradictorio", "versión contradictoria", "poco honesto", "poco honesta",
             "manipula la verdad", "a su conveniencia", "según alega", "alegando que", "lo cual no es cierto", "falta a la verdad",
             "faltó a la verdad", "excusas baratas"],
            "Pone en duda la palabra de la persona (casts doubt on the person's word)",
            "Escriba lo que la persona dijo, sin dudar de ella: \"dijo\", \"contó\"; si algo no coincide, diga qué dato falta.",
            ["dijo", "contó"], MHCC, not_after=SUBJECTS, window=4,
            examples=["Llegó tarde y, {según su versión}, el tren se detuvo una hora."])
# Scare quotes: one word of the person's account in quotation marks of its own is the writer's
# doubt ("tenía una “emergencia”"), as English's cred-scare-quotes. The same word unquoted, or
# inside a quotation of the person's words, is not. The words an account of a lapse is told in.
cr += terms("cred-es-comillas", "credibility",
            ["emergencia", "emergencias", "enferma", "enfermo", "enfermos", "enfermas", "trabajo", "perdió", "perdida", "perdido",
             "se le perdió", "se le perdieron", "extravió", "se le extravió", "olvidó", "se le olvidó", "se le olvidaron", "se le pasó",
             "robaron", "se la robaron", "se lo robaron", "le robaron", "robada", "robado", "se quedó dormida", "se quedó dormido",
             "ocupada", "ocupado", "compromiso", "problema familiar", "imprevisto", "tráfico", "tranque", "dolor", "gripe", "malestar",
             "cita", "mandados", "diligencias"],
            "Pone entre comillas lo que contó la persona (puts the person's account in scare quotes)",
            "Las comillas alrededor de una palabra de lo que la persona contó dicen que quien escribe no le cree. Escriba lo que la persona dijo que pasó, sin comillas.",
            [], "Harrigian et al. (2023)", only_quoted=True, quoted="flag",
            guidance="Escriba lo que la persona dijo que pasó, sin comillas alrededor de sus palabras.",
            examples=["Llegó tarde porque tenía una “{emergencia}” con su hija.", "Dice que estaba en su «{trabajo}» cuando pasó."],
            counter=["Llegó tarde por una emergencia con su hija y llamó antes.", "Dijo: “Estaba enferma y no pude llamar”."])
files["concern-credibility"] = ("credibility-es", "Credibilidad: palabras que dudan de la persona (alega, supuestamente, admitió).", cr)

# ------------------------------------------------------------------ judgment / deficit
jd = []
jd += terms("def-es-manipulador", "deficit-label",
            ["manipulación", "manipulative"],
            "Atribuye mala intención a la persona (labels the person manipulative)",
            "\"Manipulador\" juzga la intención. Describa lo que la persona pidió o hizo y qué necesitaba.",
            ["pidió", "intentó conseguir"], MHCC, not_after=SUBJECTS, window=5,
            verbo=["manipular"], adjetivo=["manipulador", "manipulativo"],
            # handling food is a job and a licence
            not_before=["maquinaria", "máquinas", "equipo", "herramientas", "químicos", "productos", "carga", "cajas", "alimentos", "comida"],
            except_=["manipular alimentos", "manipula alimentos", "manipulaba alimentos", "manipulando alimentos", "manipulador de alimentos",
                     "manipuladora de alimentos", "manipuladores de alimentos", "manipuladoras de alimentos"],
            examples=["Los dos hermanos son {manipuladores} y le dicen a cada uno lo que quiere oír."])
jd += terms("def-es-busca-atencion", "deficit-label",
            ["busca atención", "buscando atención", "buscar atención", "buscaba atención", "busca atencion", "buscando atencion",
             "para llamar la atención", "llamar la atención", "llamando la atención", "para buscar atención", "por llamar la atención", "busca llamar la atención",
             "attention seeking", "attention-seeking", "buscando pastillas", "buscando drogas", "buscando medicamentos", "busca pastillas",
             "busca drogas", "buscador de drogas", "buscadora de drogas", "drug seeking", "drug-seeking", "búsqueda de drogas", "conducta de búsqueda de drogas", "conducta de búsqueda", "búsqueda de medicamentos", "búsqueda de fármacos", "búsqueda de pastillas", "conducta de búsqueda de medicamentos"],
            "Juzga la necesidad de la persona como manipulación (judges a need as seeking)",
            "Quien busca atención o medicamentos tiene una necesidad. Diga qué pidió y qué le pasaba.",
            ["pidió apoyo", "pidió medicamento para el dolor"], MHCC,
            examples=["Se puso a llorar en medio del grupo {buscando atención}.", "Volvió al ER de madrugada {buscando pastillas}."])
jd += terms("def-es-suicidio", "suicide-language",
            ["no un intento real", "no fue en serio", "no iba en serio", "intentona",
             "intentonas", "intento exitoso", "intentos exitosos", "un intento exitoso", "intentos fallidos", "intento fallido",
             "puro chantaje", "como chantaje", "para llamar la atención del", "para que el novio volviera",
             "para que la novia volviera", "para que volviera con ella", "para que volviera con él", "cometió suicidio", "cometio suicidio", "suicidio cometido", "se cometió", "cometer suicidio", "suicidio exitoso", "suicidio consumado",
             "intento fallido", "intento frustrado", "intentos fallidos", "intento de suicidio no exitoso", "intento suicida no exitoso",
             "intento de suicidio frustrado", "intento suicida frustrado", "intento de suicidio exitoso", "intento suicida exitoso", "parasuicidio",
             "parasuicidios", "tentativa fallida", "tentativa frustrada", "intentona suicida", "failed attempt", "successful suicide", "committed suicide",
             "gesto suicida", "gestos suicidas", "suicidio completado", "completó el suicidio", "intento no exitoso", "intento no logrado",
             "intentó sin éxito", "amenazas suicidas", "manipulación suicida", "nada serio", "no fue nada serio", "amenaza suicida", "amenazó con suicidarse",
             "amenaza con suicidarse", "amenazó con matarse", "amenaza con matarse", "amenazando con matarse", "amenazó con quitarse la vida",
             "amenaza con quitarse la vida", "eligió suicidarse", "decidió suicidarse", "optó por el suicidio", "eligió quitarse la vida",
             "crónicamente suicida", "ha cometido suicidio", "había cometido suicidio", "cometió un suicidio", "cometió el suicidio",
             "suicidio frustrado", "suicidio no consumado", "suicidio incompleto", "suicidio fallido", "tentativa de suicidio fallida", "tentativas fallidas", "intento autolítico fallido", "su intento falló",
             "el intento falló", "falló el intento", "quiso llamar la atención", "solo quería llamar la atención",
             "lo hizo para llamar la atención", "lo hizo por llamar la atención", "suicidarse sin éxito", "matarse sin éxito", "quitarse la vida sin éxito", "parasuicida", "para llamar la atención con", "se suicidó exitosamente", "suicidó exitosamente",
             "se suicidó con éxito", "logró quitarse la vida", "logró matarse", "fue un gesto para", "un gesto para llamar la atención",
             "gesto para llamar la atención", "gesto de llamar la atención"],
            "Habla del suicidio como delito, logro o fracaso, o lo minimiza (suicide language)",
            "\"Murió por suicidio\" e \"intento de suicidio\" son las palabras de las guías de comunicación segura.",
            ["murió por suicidio", "intento de suicidio", "intentó quitarse la vida"], CDC,
            examples=["El papá tuvo un {suicidio exitoso} cuando Jhon tenía doce años.", "Tuvo un {intento fallido} de suicidio el año pasado."])
jd += terms("def-es-indigente", "deficit-label",
            ["indigente", "indigentes", "deambulante", "deambulantes", "los deambulantes", "vagabundo", "vagabunda", "vagabundos", "pordiosero",
             "pordiosera", "mendigo", "mendiga", "sin techo", "un sin techo", "los sin techo", "homeless", "callejero", "callejera"],
            "Define a la persona por no tener vivienda (labels a person by homelessness)",
            "\"Persona sin hogar\" o \"sin vivienda estable\" describe una situación, no a la persona.",
            ["persona sin hogar", "sin vivienda estable"], SAMHSA, except_=["perro callejero", "perros callejeros", "gato callejero"],
            examples=["Tomás es {indigente} desde 2022."])
jd += terms("def-es-cronico", "deficit-label",
            ["un crónico", "una crónica", "los crónicos", "es crónico", "es crónica", "crónico del sistema", "paciente crónico",
             "bajo funcionamiento", "bajo nivel de funcionamiento", "alto funcionamiento", "de bajo funcionamiento", "de alto funcionamiento",
             "incapaz", "incapaces", "un sin hogar", "una sin hogar", "los sin hogar", "incapacitado", "incapacitada", "incapacitados",
             "corto de entendimiento", "corta de entendimiento", "lento para aprender", "lenta para aprender", "analfabeta", "analfabetas", "analfabeto", "analfabetos", "senil", "seniles", "no sabe defenderse", "no sabe cuidarse", "no puede cuidarse", "débil de carácter", "falta de voluntad",
             "sin fuerza de voluntad", "caso perdido", "un caso perdido", "sin remedio", "no tiene remedio", "ex convicto", "ex-convicto", "exconvicto", "exconvicta",
             "ex convicta", "los desamparados", "las desamparadas", "un desamparado", "una desamparada", "desamparados", "vive como transeúnte",
             "es una carga", "una carga para", "es un peso para", "alto utilizador", "alta utilizadora", "altos utilizadores",
             "gran utilizador", "usuario frecuente de", "usuaria frecuente de",
             "no aprende", "nunca aprende", "no aprende nunca", "convicto", "convicta", "convictos", "delincuente", "delincuentes", "criminal", "criminales", "ex presidiario",
             "expresidiario", "ex presidiaria", "expresidiaria", "ex reo", "exreo", "un ilegal", "una ilegal", "los ilegales", "inmigrante ilegal", "inmigrantes ilegales", "mojado", "mojada",
             "mojados", "ex-offender", "es lento", "es lenta", "retrasito", "pandillero", "pandillera", "pandilleros", "pandilleras", "marero", "marera", "mareros", "gangero", "gangera", "gangeros"],
            "Describe a la persona por sus carencias (deficit label)",
            "Nombre lo que la persona puede y quiere, y el apoyo que necesita, no lo que le falta.",
            ["necesita apoyo con", "está aprendiendo a"], MHCC,
            except_=["dolor es crónico", "enfermedad es crónica", "condición es crónica", "problema es crónico", "tos es crónica",
                     "una crónica de", "una crónica sobre", "escribió una crónica", "leyó una crónica", "historial criminal", "récord criminal", "record criminal", "corte criminal", "caso criminal", "antecedentes criminales",
                     "justicia criminal", "abogado criminal", "abogada criminal", "Corte Criminal"],
            examples=["Es {un crónico} del sistema, lleva veinte años entrando y saliendo."])
jd += terms("jud-es-vago", "judgment",
            ["difícil de manejar", "cabeza dura", "mala higiene", "pobre higiene", "higiene pobre",
             "paciente difícil", "persona difícil", "cliente difícil", "clienta difícil", "participante difícil", "risa inapropiada", "conducta inapropiada", "comportamiento inapropiado", "afecto inapropiado"],
            "Juzga el carácter de la persona (judges the person's character)",
            "Describa lo que la persona hizo o dijo, en lugar de un juicio sobre quién es.",
            ["dijo", "hizo"], MHCC, window=5,
            not_after=AT_WORK + ["perro", "perra", "gato", "gata", "animal", "cáncer", "tumor", "tratamiento", "idea", "plan", "respuesta",
                                  "consumo", "uso", "ningún", "ninguna",
                                  "descripción", "información", "recuerdo", "memoria", "explicación", "instrucción", "instrucciones",
                                  "virus", "infección", "enfermedad", "clima", "tiempo", "tráfico", "carta", "mensaje", "horario"],
            adjetivo=["vago", "flojo", "perezoso", "haragán", "agresivo", "problemático", "conflictivo", "histérico", "dramático",
                      "exagerado", "mentiroso", "hostil", "grosero", "malcriado", "necio", "terco", "testarudo", "cabezón",
                      "irresponsable", "descuidado", "desaliñado", "bobo", "tonto", "idiota", "estúpido", "malagradecido", "inapropiado", "bizarro"],
            except_=["de manera vaga", "idea vaga", "respuesta vaga", "información vaga", "perro agresivo",
             "tratamiento agresivo", "cáncer agresivo", "vaga idea", "una vaga idea", "un vago recuerdo", "recuerdo vago", "vagos recuerdos",
             "nervio vago", "le queda flojo", "le queda floja", "queda flojo", "queda floja", "tornillo flojo", "diente flojo", "ropa floja",
             "pantalón flojo", "zapato flojo", "cambio dramático", "mejora dramática", "mejoría dramática", "aumento dramático",
             "un giro dramático", "baja dramática", "precio exagerado", "renta exagerada", "cobro exagerado", "cuenta exagerada",
             "ambiente hostil", "entorno hostil", "lugar hostil", "barrio problemático", "situación problemática", "zona problemática",
             "barrio conflictivo", "zona conflictiva", "relación conflictiva", "situación conflictiva"],
            examples=["Presentó {risa inapropiada} mientras hablábamos."])
jd += terms("jud-es-pataleta", "infantilizing",
            ["pataleta", "pataletas", "berrinche", "berrinches", "rabieta", "rabietas", "perreta", "perretas", "tantrum", "bien portado",
             "bien portada", "castigado", "castigada", "castigados", "la castigaron", "lo castigaron", "la regañé", "lo regañé", "la regañe",
             "lo regañe", "la regañamos", "lo regañamos", "regañé", "regañamos", "la reprendí", "lo reprendí",
             "niña buena", "niño bueno", "mis muchachos", "mis muchachas", "mis chicos", "mis chicas", "mis nenes", "los muchachos del programa",
             "las muchachas del grupo", "los muchachos del grupo", "los chicos del grupo", "los nenes del grupo", "se le premió", "como premio", "como castigo", "travesura", "travesuras", "malcriadez", "malcriadeces",
             "viejito", "viejita", "viejitos", "viejitas", "abuelito del programa", "buen chico", "buena chica", "se comportó como un niño",
             "se comportó como una niña", "como un niño", "como una niña"],
            "Trata a la persona adulta como a un niño (infantilizes an adult)",
            "Un adulto no hace berrinches ni se porta bien; está molesto o cumple un acuerdo. Hable de él como de un igual.",
            ["se molestó", "expresó su enojo"], NAPS,
            not_after=["nena", "nene", "niño", "niña", "hijo", "hija", "bebé", "bebe", "nieto", "nieta", "nenes", "hijos", "niños", "su",
                       "perro", "gato"], window=6,
            examples=["Tuvo una {pataleta} en la oficina de HRA.", "Está {castigado} sin pases de salida."],
            counter=["Su nena de tres años tuvo un berrinche en el Target y ella mantuvo la calma."])
for e in jd:
    if e["id"] == "jud-es-pataleta":
        e["terms"] = [t for t in e["terms"] if t not in ("mamá",)]
jd += terms("inf-es-carino", "infantilizing",
            ["mi nena", "mi nene", "mamita", "papito", "mija", "mijo", "mi'ja", "mi'jo", "mi niña", "mi niño", "mi amor", "cariño", "muchachita", "mamacita",
             "corazón", "mi cielo", "mi reina", "chiquita"],
            "Habla a la persona adulta con un apodo cariñoso (pet names for an adult)",
            "Un apodo de cariño en una nota, aun dicho por quien escribe, trata a la persona como a una niña. Use su nombre.",
            ["su nombre"], NAPS,
            # the heart as an organ or a feeling, and small things: "un ataque al corazón", "de todo corazón", "la cocina es chiquita"
            not_after=THINGS, window=3,
            except_=["al corazón", "del corazón", "de corazón", "el corazón", "su corazón", "un corazón", "corazón roto", "con el corazón",
                     "buen corazón", "gran corazón", "mucho corazón", "noble corazón",
                     "todo el corazón", "todo corazón", "al corazon", "del corazon", "el corazon", "su corazon", "de corazon",
                     "con cariño", "con mucho cariño", "de cariño", "por cariño", "mucho cariño", "tanto cariño", "cariño por", "cariño a",
                     "cariño de", "el cariño", "su cariño", "le tiene cariño", "les tiene cariño", "cariño que"],
            examples=["Le dije: “{mamita}, tú puedes con esto”, y se calmó."],
            counter=["Don Aurelio se rió y dijo “ya estoy viejo y chiflado, mija”, y luego me contó de su huerto."])
jd += terms("jud-es-actitud", "judgment",
            ["mala actitud", "actitud negativa", "actitud desafiante", "mal comportamiento", "mala conducta", "mal genio", "mal carácter",
             "fracaso terapéutico", "falta de respeto", "malos modales", "olía mal", "huele mal", "apestaba", "apesta", "mal olor", "anda con cualquiera",
             "se acuesta con cualquiera", "hipersexual", "sexualmente inapropiado", "sexualmente inapropiada", "bueno para nada",
             "buena para nada", "no sirve para nada", "ya no sirve para nada", "ya no sirve pa nada", "no sirve pa nada", "es violento", "es violenta", "son violentos", "muy violento", "muy violenta",
             "persona violenta", "un peligro para", "es un fracaso", "de mal humor otra vez", "insoportable", "insoportables", "busca pleito", "buscando pleito",
             "sinvergüenza", "sinvergüenzas", "mala persona", "mala gente", "conducta infantil", "actitud infantil", "comportamiento infantil", "muy infantil", "tan infantil", "es infantil",
             "higiene deficiente", "mala higiene", "higiene descuidada", "le gusta el drama", "mucho drama", "hace drama", "haciendo drama", "hizo drama", "hizo un show", "haciendo un show", "hace un show", "hombre violento", "mujer violenta", "un violento", "una violenta", "joven violento", "muchacho violento", "muchacha violenta", "señor violento", "señora violenta", "tipo violento", "déficit de autocuidado", "déficit en el autocuidado", "déficit en autocuidado", "déficit de higiene", "puerta giratoria", "de puerta giratoria"],
            "Juzga el carácter de la persona (judges the person's character)",
            "Describa lo que la persona hizo o dijo, en lugar de un juicio sobre quién es.",
            ["dijo", "hizo"], MHCC, not_after=AT_WORK, window=7,
            adjetivo=["malhumorado", "antipático", "rebelde", "maloliente", "conchudo", "desarreglado", "altanero", "manipulable", "promiscuo", "desaseado", "maleducado", "mal educado", "escandaloso", "gritón", "vulgar", "ingrato", "bruto",
                      "ignorante", "fracasado", "perdedor", "inútil", "irrespetuoso", "inmaduro", "egoísta", "aprovechado", "vividor", "peleón", "chismoso", "desagradecido", "majadero",
                      "insolente", "altanero", "mimado", "consentido", "caprichoso", "perezosito", "querulante", "pueril", "histriónico",
                      "impulsivo", "explosivo", "amenazante", "amargado", "peleonero", "bocón",
                      "demandante en exceso"],
            examples=["Tiene {mala actitud} con la trabajadora del refugio.", "Es muy {peleona} con los compañeros de cuarto."])
jd += terms("jud-es-descriptor", "judgment", ["muy demandante"],
            "Describe a la persona con un juicio (a judging descriptor)",
            "Describa lo que la persona hizo o dijo, en lugar de un adjetivo sobre cómo es.",
            ["dijo", "hizo", "participó"], MHCC, subject="known-person",
            adjetivo=["agradable", "cooperador", "exigente", "apropiado", "demandante", "complaciente", "sumiso", "dócil", "peligroso",
                      # strange or unsuitable said of the person, her laugh or her conduct; a strange week is no one's label
                      "raro", "extraño", "extravagante", "excéntrico", "inadecuado", "colaborador", "cooperativo", "arrogante", "prepotente",
                      "intimidante", "amable"],
            # "es peligroso mezclar…": a thing said to be dangerous, with its subject left out
            except_=["la cooperativa", "una cooperativa", "cooperativa de", "cooperativa del", "en la cooperativa", "a la cooperativa",
                     "de la cooperativa"] + [f"{e} {v}" for e in ("es peligroso", "era peligroso", "sería peligroso", "muy peligroso", "peligroso")
                     for v in ("que", "caminar", "salir", "manejar", "mezclar", "usar", "tomar", "consumir", "estar", "ir", "dejar", "quedarse",
                               "vivir", "andar", "cruzar", "comprar", "beber", "para la salud", "para su salud", "si")],
            examples=["Estuvo muy {agradable} durante la visita al apartamento."],
            counter=["El parque nuevo es muy agradable y tiene bancos a la sombra."])
jd += terms("inf-es-nino-bueno", "infantilizing",
            ["los muchachos del grupo", "las muchachas del grupo", "los chicos del grupo", "las chicas del grupo", "los muchachos del programa",
             "las muchachas del programa", "mis muchachos", "mis muchachas", "mis chicos", "mis chicas", "como recompensa", "de recompensa",
             "se le premió", "lo premiamos", "la premiamos", "le dimos un premio", "se merece un premio", "se portaron bien", "se portaron mal",
             "niña grande", "niño grande", "muchachito", "muchachitos", "muchachitas", "mujercita", "mujercitas", "hombrecito", "hombrecitos",
             "le llamé la atención por", "le llamamos la atención por", "la regañamos", "lo regañamos", "la regañé", "lo regañé",
             "obedeció", "obedece", "obedecer", "obediente", "obedientes", "travieso", "traviesa", "traviesos", "mañoso", "mañosa",
             "mañosos", "mañosas", "se portaron como angelitos", "como un angelito", "como una angelita", "como angelitos", "se comportó bien",
             "se comportó mejor", "se comportó mal", "portarte bien", "pórtate bien", "te portas mal",
             "te portaste mal", "si te portas bien", "como premio", "su estrellita",
             "chiqueado", "chiqueada", "chiqueados", "malcriadito", "malcriadita", "hacer drama de niña", "drama de niña", "drama de niño",
             "los nenes del programa", "las nenas del grupo", "las nenas del programa", "las nenas del centro", "los nenes del grupo",
             "los nenes del centro", "mis nenas", "mis nenes", "se ganó su cafecito", "se ganó su café", "se ganó su merienda",
             "se ganó su galleta", "se ganó su dulce", "se ganó su premio", "se ganó un dulce", "se ganó una galleta", "abuelito", "abuelita",
             "los abuelitos", "las abuelitas", "viejito", "buena niña", "buen niño", "buenas niñas", "buenos niños", "una niña buena", "un niño bueno", "como una nena", "como un nene",
             "como una niña chiquita", "como un niño chiquito", "perdió sus privilegios", "perdió el privilegio", "se ganó el privilegio",
             "se ganó un premio", "le quitamos el pase", "le quitaron el pase", "perdió el pase", "se ganó su pase", "de premio", "se ganó el derecho", "se ganó el derecho a", "se ha ganado el derecho", "se ganó el permiso", "ganarse el derecho"],
            "Trata a la persona adulta como a un niño (infantilizes an adult)",
            "Un adulto no se porta bien ni gana premios; cumple un acuerdo o decide. Hable de él como de un igual.",
            ["cumplió el acuerdo", "participó"], NAPS,
            verbo=["portarse bien|porta", "portarse muy bien|porta", "portarse mal|porta", "portarse muy mal|porta"],
            not_after=["nena", "nene", "niño", "niña", "hijo", "hija", "bebé", "nieto", "nieta", "nenes", "hijos", "niños", "perro", "gato"],
            window=6, examples=["Hoy {se portó muy bien} en el grupo.", "Es {una niña buena} con su mamá."])
jd += terms("inf-es-pobrecita", "infantilizing",
            ["pobrecita", "pobrecito", "pobrecitas", "pobrecitos", "la pobrecita", "el pobrecito", "ay bendito", "pobre mujer",
             "pobre hombre", "pobre señora", "pobre viejita", "pobre viejito", "pobre muchacha", "pobre muchacho", "qué linda", "qué lindo",
             "qué tierna", "qué tierno", "tan linda", "tan lindo", "tan tierna", "tan tierno", "muy tierna", "muy tierno", "adorable",
             "adorables", "cuchi", "cuchita", "cuchito", "mi vida", "mi princesa", "princesita", "campeón", "campeona", "mi campeón",
             "estrellita", "carita feliz", "privilegios", "sus privilegios", "pérdida de privilegios", "mijita", "mijito", "nenita", "nenito"],
            "Trata a la persona adulta como a un niño o con lástima (infantilizes or pities an adult)",
            "La lástima y los apodos tratan a la persona como menor. Use su nombre y diga lo que hizo.",
            ["su nombre"], NAPS,
            not_after=["nena", "nene", "niño", "niña", "hijo", "hija", "bebé", "nieto", "nieta", "nenes", "hijos", "niños", "perro", "gato",
                       "perrito", "gatito"], window=4,
            examples=["{Pobrecita}, llegó empapada y sin paraguas.", "Hoy se ganó una {estrellita} por llegar temprano."])
jd += terms("sui-es-suicida", "suicide-language",
            ["un suicida", "una suicida", "el suicida", "la suicida", "los suicidas", "las suicidas", "paciente suicida", "pacientes suicidas",
             "chantaje suicida", "chantaje emocional", "amenaza de suicidio", "amenazas de suicidio", "no logró suicidarse", "no logró matarse",
             "no pudo matarse", "no consiguió suicidarse", "intento manipulativo", "gesto manipulativo", "intento de suicidio fallido",
             "intento suicida fallido", "fracasó en su intento", "logró suicidarse", "consumó el suicidio", "suicidio logrado",
             "no fue un intento real", "no fue un intento de verdad", "grito de ayuda", "un grito de ayuda", "llamado de atención", "llamada de atención", "como llamada de atención",
             "un llamado de atención", "llamada de auxilio", "víctima del suicidio", "víctimas del suicidio", "fracasó en suicidarse", "no era en serio", "no iba en serio", "la salida fácil", "una salida cobarde",
             "la salida cobarde", "un acto egoísta", "acto egoísta"],
            "Habla del suicidio como delito, logro o fracaso, o lo minimiza (suicide language)",
            "\"Murió por suicidio\", \"intento de suicidio\" y \"persona con pensamientos de suicidio\" son las palabras de las guías de comunicación segura.",
            ["persona con pensamientos de suicidio", "intento de suicidio"], PAHO,
            # a reprimand at work is also "una llamada de atención"
            except_=["recibió una llamada de atención", "le dieron una llamada de atención", "le hicieron una llamada de atención",
                     "llamada de atención del jefe", "llamada de atención de su jefe", "llamada de atención en el trabajo",
                     "llamado de atención del jefe", "llamado de atención en el trabajo", "recibió un llamado de atención"],
            examples=["Es {una suicida}, según la nota del hospital de 2019.", "Eso {no fue un intento real}, fue para que la escucharan."])
jd += terms("def-es-disfuncional", "deficit-label",
            ["reincidente", "reincidentes", "limitado mentalmente", "limitada mentalmente",
             "limitado intelectualmente", "limitada intelectualmente", "es limitado", "es limitada", "es bien limitado", "es bien limitada",
             "es muy limitado", "es muy limitada", "son ilegales", "es ilegal aquí", "no tiene futuro", "no va a cambiar nunca",
             "nunca va a cambiar", "es dependiente de su", "totalmente dependiente de"],
            "Describe a la persona por sus carencias (deficit label)",
            "Nombre lo que la persona puede y quiere, y el apoyo que necesita, no lo que le falta.",
            ["necesita apoyo con", "está aprendiendo a"], MHCC, not_after=AT_WORK, window=4,
            adjetivo=["disfuncional"],
            except_=["es ilegal vender", "es ilegal que", "es ilegal cobrar", "es ilegal desalojar"],
            examples=["Inés es {disfuncional} en casa, según la referencia.", "Mónica es {reincidente} en el programa."])
jd += terms("jud-es-vive-del-sistema", "judgment",
            ["vive del sistema", "vivir del sistema", "viviendo del sistema", "vive del welfare", "vive del cheque", "vive de la ayuda",
             "vive de los cupones", "vive de los demás", "un mantenido", "una mantenida", "es un mantenido", "es una mantenida",
             "se cree mucho", "se cree más que", "se cree superior", "se cree la gran cosa", "difícil de tratar", "difícil de atender",
             "un parásito", "una parásita", "es una carga"],
            "Juzga el carácter de la persona (judges the person's character)",
            "Describa lo que la persona hizo o dijo, en lugar de un juicio sobre quién es.",
            ["dijo", "hizo"], MHCC, not_after=AT_WORK, window=4,
            examples=["Luz {vive del sistema} desde hace años, según el hermano."])
jd += terms("inf-es-pucheros", "infantilizing",
            ["pucheros", "darle permiso", "le damos permiso", "le di permiso", "le dieron permiso", "le di un sermón", "le hicimos un sermón",
             "le eché un sermón", "le echamos un sermón", "la sermoneé", "lo sermoneé", "le quitaron el celular", "le quitamos el celular",
             "necesita permiso para", "pasivo-agresivo", "pasiva-agresiva", "pasivo agresivo", "pasiva agresiva",
             "tiene permiso de", "sin permiso del personal", "buen muchacho", "buena muchacha", "buen nene", "buena nena", "nuestros muchachos",
             "nuestras muchachas", "nuestros chicos", "nuestras chicas", "nuestros nenes", "nuestras nenas", "le llamé la atención",
             "les llamé la atención", "le llamamos la atención", "les llamamos la atención", "la reprendimos", "lo reprendimos",
             "como a un niño", "como a una niña", "como niña chiquita", "como nene chiquito"],
            "Trata a la persona adulta como a un niño (infantilizes an adult)",
            "Un adulto no hace pucheros ni se porta bien; está molesto o cumple un acuerdo. Hable de él como de un igual.",
            ["se molestó", "expresó su enojo"], NAPS,
            verbo=["lloriquear"],
            not_after=["nena", "nene", "niño", "niña", "hijo", "hija", "bebé", "bebe", "nieto", "nieta", "nenes", "hijos", "niños", "perro", "gato"],
            window=6, examples=["Kenia hizo {pucheros} cuando le dijeron que no."])
jd += terms("sui-es-intento-leve", "suicide-language",
            ["intento no serio", "intento poco serio", "son chantaje", "es chantaje", "era chantaje", "fue chantaje", "como un chantaje", "no fue un intento serio", "intento leve", "intento menor", "intento de chantaje",
             "intentos frustrados", "intentos fallidos", "se quitó la vida con éxito", "con éxito se quitó la vida", "es suicida", "era suicida",
             "son suicidas"],
            "Habla del suicidio como delito, logro o fracaso, o lo minimiza (suicide language)",
            "\"Intento de suicidio\" y \"persona con pensamientos de suicidio\" son las palabras de las guías de comunicación segura.",
            ["intento de suicidio"], PAHO, not_after=SUBJECTS, window=4,
            examples=["Tulio tuvo un {intento no serio} el año pasado."])
jd += terms("sui-es-no-lo-logro", "suicide-language", ["no lo logró", "no lo consiguió", "no pudo", "falló", "fallidos", "fallidas",
            "no consiguió", "no logró", "no tuvo éxito", "sin éxito", "sin lograrlo", "sin conseguirlo", "no le funcionó", "no le resultó"],
            "Habla del intento de suicidio como un fracaso (suicide as a failure)",
            "\"Sobrevivió a un intento de suicidio\" no hace del intento un logro ni un fracaso.",
            ["sobrevivió"], PAHO,
            only_after=["quitarse la vida", "suicidarse", "matarse", "intento de suicidio", "intentos de suicidio", "intentó suicidarse",
                        "intentó matarse", "intentó quitarse la vida"], window=10,
            examples=["Intentó quitarse la vida pero {no lo logró}.", "Ya son tres intentos de suicidio {fallidos}."])
jd += terms("def-es-nivel-cultural", "deficit-label",
            ["bajo nivel cultural", "bajo nivel educativo", "poca cultura", "sin educación", "no tiene educación",
             "no ha aprendido nada", "no aprende nada", "nunca aprendió nada", "no aprendió nada", "treatment failure",
             "es ilegal", "está ilegal", "estaba ilegal"],
            "Describe a la persona por sus carencias (deficit label)",
            "Nombre lo que la persona puede y quiere, y el apoyo que necesita, no lo que le falta.",
            ["necesita apoyo con", "está aprendiendo a"], MHCC, not_after=AT_WORK, window=4,
            except_=["es ilegal vender", "es ilegal que", "es ilegal cobrar", "es ilegal desalojar", "es ilegal despedir", "es ilegal negarle",
                     "es ilegal pedirle", "es ilegal hacer", "es ilegal discriminar", "es ilegal no pagar", "es ilegal no dar", "es ilegal cortar", "es ilegal subir"],
            examples=["Es de {bajo nivel cultural} y le cuesta entender las indicaciones."])
jd += terms("jud-es-show", "judgment",
            ["montó un show", "monta un show", "montó un espectáculo", "hizo un show", "hace un show", "armó un show", "armó un escándalo",
             "montó un escándalo", "hizo un escándalo", "hizo una escena", "montó una escena", "armó un lío", "armó un relajo", "formó un lío",
             "formó un escándalo", "formó un show"],
            "Juzga el carácter de la persona (judges the person's character)",
            "Describa lo que la persona hizo o dijo, en lugar de un juicio sobre quién es.",
            ["dijo", "hizo"], MHCC, not_after=SUBJECTS, window=4,
            examples=["{Montó un show} en la oficina de HRA porque no le aprobaron el pago."])
jd += terms("sui-es-demostrativo", "suicide-language",
            ["con fines demostrativos", "fines demostrativos", "intento demostrativo", "gesto demostrativo", "conducta demostrativa",
             "carácter demostrativo", "puerta falsa", "se fue por la puerta falsa", "se quiso matar", "potencial suicida", "suicida en potencia",
             "suicidas en potencia", "un suicidio más", "amenazó con tirarse", "amenaza con tirarse", "se cortó para llamar la atención",
             "se corta para llamar la atención", "se cortaba para llamar la atención", "autolesiones para llamar la atención", "el camino fácil",
             "la salida de los cobardes", "intento poco letal", "intento no letal", "sobredosis para llamar la atención",
             "tomó pastillas para llamar la atención", "completó su suicidio", "de baja letalidad", "baja letalidad", "para manipular",
             "intento manipulador", "intentos manipuladores"],
            "Habla del suicidio como delito, logro o fracaso, o lo minimiza (suicide language)",
            "\"Intento de suicidio\" y \"persona con pensamientos de suicidio\" son las palabras de las guías de comunicación segura.",
            ["intento de suicidio"], PAHO, not_after=SUBJECTS, window=4,
            examples=["Fue un {intento demostrativo}, según la nota del hospital de 2019."])
jd += terms("inf-es-ancianito", "infantilizing",
            ["ancianito", "ancianita", "ancianitos", "ancianitas", "mis viejitos", "nuestros viejitos", "nuestros abuelitos", "los abuelitos del programa",
             "tiempo fuera", "time out", "le quitamos los pases", "le quitaron los pases", "perdió los pases", "le quité el celular", "nene grande",
             "se puso majadera", "se puso majadero", "majaderías", "majadería", "bien portadita", "bien portadito", "hay que llevarla de la mano",
             "hay que llevarlo de la mano", "hay que estar encima de ella", "hay que estar encima de él"],
            "Trata a la persona adulta como a un niño (infantilizes an adult)",
            "Un adulto no se porta bien ni pierde pases como un niño; hable de él como de un igual.",
            ["la persona", "el participante"], NAPS,
            examples=["Don Félix es un {ancianito} muy tranquilo del programa de día."])
# A word said of the person after a degree word is a trait ("una señora muy dependiente", "bien OCD"); the clerk of
# a store ("el dependiente") and a diagnosis named in a chart ("dx de TOC") are not.
DEGREE = ["muy", "tan", "bien", "demasiado", "bastante", "super", "súper", "sumamente", "medio"]
jd += terms("def-es-dependiente", "deficit-label", [],
            "Describe a la persona por sus carencias (deficit label)",
            "Nombre lo que la persona puede y quiere, y el apoyo que necesita, no lo que le falta.",
            ["necesita apoyo con", "cuenta con apoyo para"], MHCC, subject="known-person", only_after=DEGREE, window=1,
            adjetivo=["dependiente"],
            examples=["Es una señora muy {dependiente} que llama a la oficina tres veces al día."],
            counter=["El dependiente de la tienda le guardó la compra."])
jd += terms("dx-es-toc-rasgo", "diagnosis-identity", ["OCD", "TOC", "bipolar", "obsesivo", "obsesiva"],
            "Usa un diagnóstico como rasgo de carácter (a diagnosis as a trait)",
            "Un diagnóstico no es un adjetivo para un hábito: diga lo que la persona hace (\"limpia el cuarto a diario\").",
            ["muy ordenada", "muy cuidadosa con"], CSME, only_after=DEGREE, window=1,
            examples=["Aracely es bien {OCD} con la limpieza del cuarto, no deja que nadie toque nada."])
# A diagnosis' abbreviation right after an article or a word for a child is the person named by it:
# "un ADHD andante", "un nene ODD"; "tiene ADHD", "diagnóstico de TDAH" are not.
jd += terms("dx-es-sigla-persona", "diagnosis-identity", ["ADHD", "TDAH", "ODD", "TOD", "TDA"],
            "Usa un diagnóstico como nombre de la persona (a diagnosis as the person)",
            "La persona no es su diagnóstico: \"un niño con TDAH\", o diga lo que hace y qué le ayuda.",
            ["un niño con TDAH", "una persona con TDAH"], CSME, only_after=["un", "una", "es", "nene", "nena", "niño", "niña", "chamaquito",
            "chamaquita", "muchacho", "muchacha", "chamaco", "chamaca", "cipote", "cipota"], window=1,
            examples=["Ese chamaquito es un {ADHD} andante, no se estuvo quieto ni cinco minutos."],
            counter=["Su hijo tiene ADHD y la escuela le dio un plan 504."])
# Without papers: a status, not a person ("un indocumentado"); the guides say "sin documentos", "sin estatus migratorio".
jd += terms("def-es-indocumentado", "deficit-label", [],
            "Define a la persona por su estatus migratorio (labels a person by immigration status)",
            "\"Persona sin documentos\" o \"sin estatus migratorio\" describe una situación, no a la persona.",
            ["persona sin documentos", "sin estatus migratorio"], MHCC, subject="known-person", adjetivo=["indocumentado"],
            examples=["Es un {indocumentado} que vive con otros seis señores en un basement de la 104."])
# Chart Spanish judges a part of the person "pobre" (higiene pobre, la higiene es pobre, pobre contacto visual).
jd += terms("jud-es-pobre", "judgment", ["pobre"],
            "Juzga a la persona con un adjetivo (judges the person)",
            "Describa lo que vio (\"la ropa estaba manchada\"), o pregunte qué apoyo necesita, en lugar de un juicio.",
            ["describa lo que vio"], MHCC, only_after=["higiene", "higiene personal", "aseo", "aseo personal", "autocuidado", "arreglo personal"],
            window=3, examples=["La higiene personal es {pobre} y el apartamento está descuidado."],
            counter=["Viene de una familia pobre de Chalatenango."])
# Adults of a group called kids ("los chamacos del grupo", Mexican; "los cipotes", Central American).
jd += terms("inf-es-chamacos", "infantilizing", ["los chamacos", "las chamacas", "los cipotes", "las cipotas", "los chavos", "las chavas",
            "los chamaquitos", "los cipotillos"],
            "Trata a la persona adulta como a un niño (infantilizes an adult)",
            "Llame a los miembros del grupo por lo que son: \"los miembros\", \"los participantes\".",
            ["los participantes", "los miembros"], NAPS, only_before=["del grupo", "del programa", "del centro", "de la clínica"], window=2,
            examples=["{Los chamacos} del grupo de hombres (todos arriba de 40) se quedaron a recoger las sillas."],
            counter=["Los chamacos de Reina ya están en la escuela del barrio."])
# Suicide called a success, said as an adverb: "se quitó la vida exitosamente".
jd += terms("sui-es-exitosamente", "suicide-language", ["exitosamente", "de manera exitosa", "en forma exitosa"],
            "Habla del suicidio como un logro (suicide as a success)",
            "\"Murió por suicidio\" no hace de la muerte un logro.",
            ["murió por suicidio"], CDC,
            only_after=["se quitó la vida", "se suicidó", "se mató", "quitarse la vida", "suicidarse", "matarse"], window=6,
            examples=["El hermano se quitó la vida {exitosamente} en la isla en 2015."])
# "Según el paciente": the person as a source to be checked (the chart word "paciente" is coached on its own).
cr += terms("cred-es-segun-paciente", "credibility", ["según"],
            "Pone en duda la palabra de la persona (casts doubt on the person's word)",
            "Escriba lo que la persona dijo, sin dudar de ella: \"dijo\", \"contó\".",
            ["dijo que"], MHCC, only_before=["el paciente", "la paciente", "el pte", "la pte", "pte", "pt", "el pt", "la pt"], window=2,
            examples=["{Según} el paciente, ya no está tomando ron desde Navidad."])
# Issue 22, seventh round: suicide language as word families. "Suicida" said of a person after
# any person word (not "ideación suicida", "riesgo suicida"); the Chilean guide's "intentador";
# an attempt as nearly a success ("casi lo logra") or a failure ("le salió mal"); the threat, the
# crime and the blackmail in every form (amenazaba con matarse, han cometido suicidio, chantajea);
# a crisis called theatre.
jd += terms("sui-es-persona-suicida", "suicide-language", ["suicida", "suicidas"],
            "Habla del suicidio como delito, logro o fracaso, o lo minimiza (suicide language)",
            "\"Persona con pensamientos de suicidio\" nombra lo que vive la persona sin hacer de ello su identidad.",
            ["con pensamientos de suicidio"], CDC,
            only_after=["persona", "personas", "joven", "jóvenes", "mujer", "mujeres", "hombre", "hombres", "señora", "señor", "señoras",
                        "muchacha", "muchacho", "muchachas", "muchachos", "chica", "chico", "chicas", "chicos", "adolescente", "adolescentes",
                        "cliente", "clienta", "clientes", "usuario", "usuaria", "usuarios", "usuarias", "participante", "participantes",
                        "miembro", "miembros", "caso", "casos", "madre", "padre", "viejita", "viejito", "doña", "don", "veterano", "veterana"],
            window=1, examples=["Es una mujer {suicida} desde que perdió la custodia, según la referencia."],
            counter=["Tiene ideación suicida pasiva desde la Navidad.", "Hablamos de su riesgo suicida y de su plan de seguridad."])
for e in jd:
    if e["id"] == "sui-es-suicida":
        e["terms"] += ["intentador", "intentadora", "intentadores", "intentadoras", "suicida crónico", "suicida crónica",
                       "suicidas crónicos", "suicide gesture", "suicidal gesture", "suicide gestures", "cry for help", "a cry for help",
                       "failed suicide", "successful attempt", "completed suicide", "suicide completer", "attempter"]
    if e["id"] == "sui-es-no-lo-logro":
        e["terms"] += ["casi lo logra", "casi lo logró", "casi lo consigue", "casi lo consiguió", "por poco lo logra", "por poco lo logró",
                       "por poco lo consigue", "por poco lo consiguió", "le salió mal", "no le salió", "no le salió bien", "fallido", "fallida"]
    if e["id"] == "def-es-suicidio":
        e["verbo"] = ["amenazar con suicidarse", "amenazar con matarse", "amenazar con quitarse la vida", "amenazar con tirarse",
                      "amenazar con cortarse", "cometer suicidio"]
    if e["id"] == "sui-es-demostrativo":
        e["terms"] = [t for t in e["terms"] if t not in ("amenazó con tirarse", "amenaza con tirarse")]
    if e["id"] == "def-es-manipulador":
        e["verbo"] = e.get("verbo", []) + ["chantajear"]
        e["adjetivo"] = e.get("adjetivo", []) + ["chantajista"]
    if e["id"] == "jud-es-show":
        e["terms"] += ["puro teatro", "pura actuación", "puro drama", "puro show", "fue teatro", "fue un teatro", "hizo teatro",
                       "haciendo teatro", "hace teatro", "un teatro", "su teatro", "tanto teatro", "tanto drama", "es un show"]
        e["adjetivo"] = e.get("adjetivo", []) + ["teatrero"]
files["concern-judgment"] = ("judgment-es", "Juicios y etiquetas de carencia: manipulador, busca atención, crónico, berrinche.", jd)

# ------------------------------------------------------------------ provider-centered, jargon
pv = []
pv += terms("prov-es-paciente", "provider-centered",
            ["paciente", "pacientes", "el paciente", "la paciente", "los pacientes", "las pacientes", "cliente", "clienta", "clientes",
             "clientas", "el cliente", "la clienta", "los clientes", "consumidor", "consumidora", "consumidores", "consumidoras",
             "caseload", "mi caseload", "su caseload", "frequent flyer", "frequent flier"],
            "Nombra a la persona por su papel en el servicio (names the person by a role)",
            "En apoyo entre pares la persona es un igual: llámela por su nombre, o \"la persona\", \"el participante\".",
            ["la persona", "el participante", "su nombre"], NAPS,
            except_=["atendiendo clientes", "atiende clientes", "atender clientes", "cliente de la tienda", "cliente del banco", "clienta del banco",
                     "cliente del salón", "clienta del salón", "cliente del restaurante", "el cliente de la tienda", "atiende a los clientes", "atender a los clientes", "atendía a los clientes", "atendiendo a los clientes",
                     "clientes de la tienda", "clientes del restaurante", "clientes del salón", "servicio al cliente", "atención al cliente",
                     "sus clientes", "su cliente", "su clienta", "clientes nuevos", "nuevos clientes", "clientes fijos", "sus propios clientes",
                     "súper paciente", "se mostró paciente", "fue muy paciente", "siempre paciente", "paciente conmigo", "paciente mientras",
                     "esperó paciente", "esperando paciente", "sus clientes", "sus clientas", "cliente de la", "clientes de la", "clientes del",
                     "cliente de su", "clientes de su", "clientas de su", "como paciente", "paciente en el hospital", "paciente del hospital",
                     "paciente con", "muy paciente", "fue paciente", "ser paciente", "tan paciente", "es paciente", "sea paciente", "más paciente",
                     "paciente y", "estuvo paciente", "bien paciente", "clienta fija", "cliente fijo", "clientes fijos", "servicio al cliente",
                     "servicio al cliente", "cliente del banco", "clienta del banco", "clientes del banco", "caso abierto", "un caso abierto",
                     "el caso de", "en caso de", "en todo caso", "en ese caso", "en este caso", "por si acaso", "hacer caso", "hace caso",
                     "le hizo caso", "caso de la corte", "el caso en la corte", "caso de vivienda", "consumidor de energía", "paciente man",
                     "Patient Advocacy"],
            examples=["{La clienta} trajo los papeles de la corte.", "{Los pacientes} del grupo organizaron un potluck."],
            counter=["Fue muy paciente con su hijo durante la cita.", "Es clienta fija del salón de belleza."])
pv += terms("prov-es-se-le", "provider-centered",
            ["se le instruyó", "se le instruyo", "se le educó", "se le educo", "se le permitió", "se le permitio", "se le indicó", "se le indico",
             "se le ordenó", "se le exigió", "se le enseñó", "se le explicó que debe", "se le recordó que debe", "fue ubicado", "fue ubicada",
             "fue colocado", "fue colocada", "fueron ubicados", "se le ubicó", "la hicimos", "lo hicimos", "los hicimos", "la obligamos",
             "lo obligamos", "lo ubicamos", "la ubicamos", "la colocamos", "lo colocamos", "la mandé", "lo mandé", "se le dejó", "se le autorizó", "se le concedió", "se le advirtió", "se le dio permiso", "le dimos permiso", "le permití", "le permitimos",
             "recluida", "recluido", "recluidos", "internada a la fuerza", "internado a la fuerza", "encerrada", "encerrado"],
            "Pone al personal como quien actúa y a la persona como objeto (staff-centered wording)",
            "Cuente lo que la persona hizo y eligió; el apoyo del par va después.",
            ["hablamos de", "decidió", "compartí información sobre"], NAPS,
            verbo=[f"{se} {verb}" for se in ("se le", "se les") for verb in (
                "instruir|instruye|instruyó", "educar", "permitir", "indicar", "ordenar", "exigir", "enseñar", "ubicar", "autorizar",
                "conceder", "advertir|advierte|advirtió", "orientar", "informar que", "recordar que|recuerda", "aconsejar", "exhortar a",
                "motivar a", "requerir|requiere|requirió", "obligar a", "forzar a|fuerza|forzó", "asignar", "redirigir|redirige|redirigió", "monitorear", "supervisar",
                "explicar que debe", "explicar que tiene que", "dejar", "dar permiso|da|dió", "prohibir|prohíbe", "decir|dice|dijo",
                "explicar", "informar", "hablar claro", "llamar la atención")]
                + ["se orientar a la participante", "se orientar al participante", "se educar a la participante", "se educar al participante",
                   "se redirigir a la participante|redirige|redirigió", "se redirigir al participante|redirige|redirigió"],
            # What the writer's team did to the person, said of "la"/"lo" ("la educamos", "logramos controlarla").
            except_=[f"{p} dejamos {v}" for p in ("la", "lo") for v in ("en su casa", "en la casa", "en el carro", "en la parada", "en el tren")]
                    + ["lo hicimos juntos", "lo hicimos juntas", "la hicimos juntas", "lo hicimos en", "lo hicimos por", "así lo hicimos",
                       "lo hicimos así"],
            examples=["{Se le instruyó} que traiga los talonarios de pago.", "{La hicimos} firmar la autorización antes de irse."])
pv += terms("jar-es-pt", "jargon",
            ["pt", "pte", "c/o", "dx", "tx", "hx", "sx", "fx", "HI/SI", "SI/HI", "IS/IH", "IH/IS", "r/o", "psicosis NOS", "depresión NOS",
             "trastorno NOS", "ansiedad NOS", "bipolar NOS", "trastorno psicótico NOS", "orientado x3", "orientada x3", "orientado x 3", "orientada x 3", "orientado por 3", "AOx3", "AOx1", "AOx2", "AOx4",
             "presenta con", "se presenta con", "presentó con", "f/u", "s/p", "h/o", "w/", "refiere dolor", "afecto plano",
             "afecto aplanado", "afecto embotado", "WNL", "EtOH", "ETOH", "b/c", "d/c", "AVH", "SOB", "N/V", "pte", "per pt", "w/d"],
            "Jerga clínica que la persona no entendería (clinical shorthand)",
            "Una nota de pares se escribe para que la persona pueda leerla: palabras completas y comunes.",
            ["la persona", "dijo", "historia de"], MHCC,
            senses=[{"sense": "terapia física o part-time", "after": ["terapia", "part-time", "part time", "medio tiempo", "fisioterapia"]}],
            except_=["PT en", "trabaja PT", "trabajo PT", "Juárez Pte", "Sur y Pte", "cita de PT", "citas de PT", "sesión de PT", "sesiones de PT",
                     "PT por la", "PT por el", "PT para la", "PT para el", "hicieron PT", "hace PT", "hizo PT", "es PT",
                     "PT part-time", "PT o full-time", "PT de la rodilla", "PT de la espalda", "PT del hombro",
                     "terapia de PT", "va a PT", "ir a PT", "desde TX", "se mudó de TX", "se mudó a TX", "vino de TX", "llegó de TX", "viene de TX", "se fue a TX", "vive en TX", "vivía en TX"],
            examples=["{Hx} de consumo desde 2019, hoy dice que está tranquila.", "El {pt} llegó con la esposa."],
            counter=["Trabaja PT en el supermercado y va a la escuela nocturna."])
for e in pv:
    if e["id"] == "jar-es-pt":
        e["terms"] = [t for t in e["terms"] if t != "per pt"]
# "SI", "IS", "HI" are also Spanish words ("si", "es"...): only after the words that chart them.
pv += terms("jar-es-si", "jargon", ["SI", "HI", "IS", "IH"],
            "Jerga clínica que la persona no entendería (clinical shorthand)",
            "Una nota de pares se escribe para que la persona pueda leerla: palabras completas y comunes.",
            ["pensamientos de suicidio", "pensamientos de hacer daño"], MHCC,
            only_after=["hx de", "hx", "historial de", "historia de", "niega", "no reporta", "reporta", "reportó", "denies", "endorses", "h/o", "sin"],
            window=2, examples=["Hx de {SI} en 2021, hoy dice que está tranquila."],
            counter=["Le pregunté si quería seguir y dijo que sí."])
pv += terms("prov-es-alta", "provider-centered",
            [f"{p} {v}" for p in ("la", "lo", "los", "las") for v in ("educamos", "controlamos", "redirigimos", "obligamos", "contuvimos",
                                                                     "sujetamos", "internamos", "medicamos", "trasladamos", "reubicamos")]
            + [f"{p} dejamos {v}" for p in ("la", "lo", "los", "las") for v in ("usar", "salir", "ir", "entrar", "quedarse", "fumar", "llamar", "irse")]
            + [f"{v}{p}" for v in ("controlar", "redirigir", "contener", "sujetar", "educar", "obligar", "manejar", "medicar", "internar")
               for p in ("la", "lo", "los", "las")]
            + [f"{p} {v}" for p in ("la", "lo", "los", "las", "le") for v in ("eduqué", "instruí", "redirigí", "ubiqué", "coloqué")]
            + [f"{h} que redirigir" for h in ("tuvo", "tuvimos", "tuve", "tuvieron", "hubo", "tiene", "tenemos", "tengo")]
            + [f"{p} {d} {v}" for p in ("le", "la", "lo") for d in ("dejamos", "dejé", "dejó") for v in ("usar", "salir", "ir", "entrar", "quedarse", "fumar", "llamar", "irse", "ver")]
            + [f"{p} {v} {prep}" for p in ("la", "lo", "los", "las") for v in ("mandamos", "pusimos", "mandé", "puse") for prep in ("a", "en")]
            + ["se le puso en", "se le hizo firmar", "le hicimos firmar"]
            + ["casos nuevos", "caso nuevo", "nuevos casos", "un caso más", "mis casos de", "casos activos", "caso activo", "caseload",
               "mis casos", "nuestros casos", "este caso lo", "ese caso lo"] + ["fue dado de alta por", "fue dada de alta por", "se le dio de alta por", "le dieron de alta por", "dado de baja por",
             "dada de baja por", "alta administrativa", "baja administrativa", "fue terminado del programa", "fue terminada del programa",
             "fue expulsado del programa", "fue expulsada del programa", "fue asignado a mi", "fue asignada a mi", "me fue asignado",
             "me fue asignada", "asignado a esta escritora", "asignada a esta escritora", "bajo mi cuidado", "bajo nuestro cuidado",
             "por su propio bien", "por su bien", "fue monitoreado", "fue monitoreada", "se monitoreó", "fue supervisado", "fue supervisada",
             "fue medicado", "fue medicada", "la medicaron", "lo medicaron", "fue visto por", "fue vista por", "fue vista hoy", "fue visto hoy",
             "fue contenido", "fue contenida", "fue restringido", "fue restringida", "fue sujetado", "fue sujetada", "lo sujetaron",
             "la sujetaron", "fue sedado", "fue sedada", "lo sedaron", "la sedaron", "lo inyectaron", "la inyectaron", "fue internado",
             "fue internada", "lo internaron", "la internaron", "la encerraron", "lo encerraron", "fue transportado", "fue transportada",
             "lo transportamos", "la transportamos", "fue escoltado", "fue escoltada", "lo escoltamos", "la escoltamos", "mandatado",
             "mandatada", "mandatados", "mandatadas", "mandado por la corte", "mandada por la corte", "ordenado por la corte",
             "ordenada por la corte", "el equipo decidió", "el equipo de tratamiento decidió", "se decidió que", "decidimos por ella",
             "decidimos por él", "para su propio bien", "la dejamos ir", "lo dejamos ir", "la dejamos salir", "lo dejamos salir",
             "la dejé ir", "lo dejé ir", "la dejé salir", "lo dejé salir", "lo manejamos", "la manejamos", "manejar al participante",
             "manejar a la participante", "controlar su conducta", "manejar su conducta"],
            "Pone al personal como quien actúa y a la persona como objeto (staff-centered wording)",
            "Cuente lo que la persona hizo y eligió; diga qué pasó con el servicio sin hacer de la persona un objeto.",
            ["dejó de venir al programa", "nos reunimos"], NAPS,
            examples=["{Fue dado de alta por} no venir tres semanas.", "Es una de las personas {bajo mi cuidado}."])
pv += terms("prov-es-usuario", "provider-centered",
            ["el usuario", "la usuaria", "los usuarios", "las usuarias", "mi usuario", "mi usuaria", "mis usuarios", "mis usuarias",
             "nuestros usuarios", "nuestras usuarias", "el beneficiario", "la beneficiaria", "los beneficiarios", "el caso de la señora",
             "mis pacientes", "mis clientes", "mi cliente", "mi clienta", "mis clientas", "nuestros clientes", "nuestros pacientes", "mi paciente"],
            "Nombra a la persona por su papel en el servicio (names the person by a role)",
            "En apoyo entre pares la persona es un igual: llámela por su nombre, o \"la persona\", \"el participante\".",
            ["la persona", "el participante"], NAPS,
            except_=["el usuario de", "la usuaria de", "los usuarios de", "las usuarias de", "nombre de usuario", "el usuario y la contraseña",
                     "el beneficiario de", "la beneficiaria de", "los beneficiarios de"],
            examples=["{El usuario} llegó tarde a la cita.", "{Mis clientes} vinieron al taller de currículum."])
pv += terms("jar-es-examen", "jargon",
            ["ideación suicida", "ideación homicida", "ideación suicida pasiva", "ideación suicida activa", "ideación", "ideaciones",
             "IS pasiva", "IS activa", "afecto eutímico", "ánimo eutímico", "eutímico", "eutímica", "disfórico", "disfórica", "disforia",
             "anhedonia", "anhedónico", "anhedónica", "afecto restringido", "afecto congruente", "afecto incongruente", "afecto lábil",
             "afecto constreñido", "afecto brillante", "afecto amplio", "afecto apropiado", "afecto adecuado", "ánimo y afecto", "lábil",
             "labilidad", "labilidad emocional", "tangencial", "tangenciales", "fuga de ideas", "asociaciones laxas", "ensalada de palabras",
             "bloqueo del pensamiento", "proceso de pensamiento", "proceso del pensamiento", "contenido del pensamiento", "pensamiento lineal",
             "lineal y dirigido a metas", "lógico y dirigido a metas", "perseveración", "perseverante", "discurso presionado",
             "habla presionada", "lenguaje presionado", "habla apresurada", "pobre contacto visual", "contacto visual pobre",
             "buen contacto visual", "contacto visual adecuado", "contacto visual limitado", "contacto visual fue", "alucinaciones auditivas",
             "alucinaciones visuales", "responde a estímulos internos", "respondiendo a estímulos internos", "estímulos internos",
             "retardo psicomotor", "agitación psicomotora", "psicomotor", "psicomotora", "descompensación", "sintomático",
             "sintomática", "asintomático", "asintomática", "sintomatología", "exacerbación", "exacerbación de síntomas", "pronóstico reservado",
             "pobre pronóstico", "pronóstico pobre", "línea base", "su línea base", "psiquiátricamente estable", "clínicamente estable",
             "psiquiátricamente estables", "conducta aislativa", "conductas aislativas", "aislativo", "aislativa", "conductas desadaptativas",
             "conducta desadaptativa", "conductas problema", "conductas objetivo", "se le observó", "se le observa", "fue observado",
             "fue observada", "se observó a", "se observa a", "se evidencia", "se evidenció", "juicio pobre", "juicio limitado", "pobre juicio",
             "introspección pobre", "introspección limitada", "pobre introspección", "alerta y orientado", "alerta y orientada",
             "orientado en las tres esferas", "orientada en las tres esferas", "orientado en tiempo lugar y persona", "orientada en tiempo lugar y persona",
             "examen del estado mental", "estado mental", "EEM", "MSE", "dentro de los límites normales", "DLN", "A&O", "AAOx3",
             "gesto autolítico", "intento autolítico", "conducta autolítica", "ideación autolítica", "autolítico", "autolítica",
             "grupo de socialización", "destrezas de socialización", "socialización", "procesó sus sentimientos", "procesó sus emociones",
             "procesamos sus sentimientos", "procesar sus sentimientos", "procesar sus emociones", "procesando sus sentimientos",
             "med check", "med management", "endosa", "endorsa", "endosó", "endorsó", "reporta síntomas", "síntomas positivos",
             "síntomas negativos", "pobre higiene personal", "higiene personal adecuada", "vestimenta apropiada", "vestimenta adecuada",
             "aseo adecuado", "bien arreglado", "bien arreglada", "cooperador con la entrevista", "cooperadora con la entrevista", "SI pasiva", "SI activa", "HI pasiva", "HI activa"],
            "Jerga clínica que la persona no entendería (clinical shorthand)",
            "Una nota de pares se escribe para que la persona pueda leerla: diga con palabras comunes lo que vio y lo que la persona dijo.",
            ["dijo", "se veía", "habló de"], MHCC,
            verbo=["verbalizar", "descompensarse", "referir que|refiere|refirió", "referir sentirse|refiere|refirió",
                   "referir estar|refiere|refirió"],
            except_=["evidencia circunstancial", "estado mental de la madre"],
            examples=["Se mantuvo {eutímica} durante el grupo.", "{Verbalizó} que quiere volver a estudiar."])
pv += terms("jar-es-siglas", "jargon",
            ["AH", "VH", "AH/VH", "TAB", "AP", "AF", "OH", "tto", "ttos", "Tto", "TCA", "BIB", "px", "Px", "PRN", "prn", "BID", "bid", "TID", "tid", "QHS", "qhs", "QD", "RTC", "HPI", "NKDA", "SIB", "NSSI", "RTIS", "ADL", "ADLs",
             "AVD", "ABVD", "MDD", "GAD", "BPAD", "SZ", "SCZ", "SUD", "OUD", "AUD", "NOS", "TUS", "TDM", "TAG", "TEPT", "TLP", "TMG",
             "x2", "x3", "x4", "c/", "s/", "w/o", "d/o", "D/O", "rule out", "PMH", "PPHx", "FHx", "HTN", "DM2"],
            "Jerga clínica que la persona no entendería (clinical shorthand)",
            "Una nota de pares se escribe para que la persona pueda leerla: palabras completas y comunes.",
            ["la persona", "según lo indicado", "antecedentes de"], MHCC,
            examples=["Toma el Ativan {PRN} cuando no puede dormir.", "Dx de {MDD} desde 2020."])
pv += terms("prov-es-caso", "provider-centered", ["caso", "casos"],
            "Nombra a la persona por su papel en el servicio (names the person by a role)",
            "En apoyo entre pares la persona es un igual: llámela por su nombre, o \"la persona\", \"el participante\".",
            ["la persona", "el participante"], NAPS,
            # "un caso de duelo", "mis casos"; a court's or an office's case is a case ("ganó el caso en Housing Court")
            only_after=["un", "el", "mi", "mis", "este", "ese", "nuestro", "nuestros", "activos", "tiene", "tengo", "otro"], window=3,
            senses=[{"sense": "un caso legal", "before": ["de", "del", "en el", "para el", "en este", "en ese", "en todo", "no es el", "en un",
                                                           "en cualquier"] + [f"{verb} {article}" for verb in ("ganó", "perdió", "ganar", "perder", "abrió", "abrieron",
                                                                                         "cerró", "cerraron", "revisó", "revisar", "lleva", "llevó", "borran", "borraron", "borrar", "borren",
                                                                                         "presentó", "archivó", "que", "en que")
                                                          for article in ("el", "un", "su")],
                     "after": ["en la corte", "en corte", "en Housing Court", "de la corte", "de corte", "de inmigración", "de asilo",
                               "de vivienda", "de custodia", "de desalojo", "de SSI", "de SNAP", "de HRA", "de Medicaid", "abierto", "cerrado",
                               "se viera", "se vio", "se cerró", "se abrió", "en la audiencia", "ante el juez", "ante la jueza", "número",
                               "criminal", "penal", "legal", "viejo", "en el hospital", "con ACS", "de ACS", "en la oficina", "en el tribunal",
                               # "el caso es que": the thing is
                               "es que", "fue que", "era que", "de su", "de sus", "de mi", "de mis", "de que"]}],
            examples=["Se trata de un {caso} de duelo complicado por la muerte del esposo."],
            counter=["Ganó el caso en Housing Court y el juez le dio seis meses.", "El abogado insistió en que el caso se viera hoy.",
                     "ACS abrió un caso en el hospital."])
pv += terms("prov-es-manejado", "provider-centered",
            ["fue manejado", "fue manejada", "fueron manejados", "lo manejamos", "la manejamos", "manejo del paciente", "manejo de la paciente",
             "se le recompensó", "se le premió con", "hiperfrecuentador", "hiperfrecuentadora", "hiperfrecuentadores", "usuario frecuente",
             "usuaria frecuente", "usuarios frecuentes", "utilizador frecuente"],
            "Trata a la persona como algo que el personal maneja (treats the person as managed)",
            "Diga qué hizo el personal con la persona y qué pasó, no que \"fue manejada\".",
            ["la acompañó", "habló con ella"], NAPS,
            examples=["Don Tito {fue manejado} por seguridad cuando se alteró en el lobby."])
pv += terms("jar-es-presenta", "jargon", ["presenta", "presentó", "presentaba", "se presentó con", "se presenta con", "se presentaba con"],
            "Usa la jerga de la historia clínica (clinical chart wording)",
            "Una nota de pares cuenta con palabras comunes lo que la persona dijo y vivió: \"dijo que se siente triste\".",
            ["dijo que", "contó que"], MHCC,
            # "Presenta ánimo decaído": the chart's verb before a sign or a symptom
            only_before=["ánimo", "llanto", "afecto", "ideación", "ideas", "conducta", "síntomas", "sintomatología", "ansiedad", "lenguaje",
                         "pensamiento", "insomnio", "irritabilidad", "labilidad", "tristeza", "aislamiento", "aliño", "higiene", "juicio",
                         "discurso", "quejas", "SI", "HI", "SI/HI", "HI/SI", "IS", "IH", "alucinaciones", "AVH", "AH", "AV", "síntomas psicóticos",
                         "agitación", "inquietud", "hipomimia", "bradipsiquia", "taquipsiquia", "ánimo decaído", "disforia", "anhedonia", "apatía"],
            window=2,
            examples=["{Presenta} ánimo decaído desde la deportación de su hermano."],
            counter=["Presentó su solicitud de vivienda el lunes."])
pv += terms("jar-es-registro-clinico", "jargon",
            ["ha referido", "había referido", "clínica ansiosa", "clínica depresiva",
             "clínica compatible", "clínica psicótica", "clínica afectiva", "clínica maníaca", "somatizaciones", "somatización", "somatiza",
             "se objetiva", "objetivándose", "IAL", "ideación autolítica", "ideas autolíticas", "ideación heteroagresiva", "heteroagresividad",
             "patología dual", "los duales", "duales", "consciente y orientado", "consciente y orientada", "orientado en las tres esferas",
             "orientada en las tres esferas", "alerta y orientado", "alerta y orientada", "juicio de realidad conservado",
             "juicio de realidad", "sin estructuración", "ideación no estructurada", "descompensación",
             "IM", "Cl"],
            "Usa jerga clínica en lugar de palabras comunes (clinical jargon)",
            "Una nota de apoyo entre pares se lee mejor en palabras de todos los días: \"dijo que\", \"contó que\", \"se siente\".",
            ["dijo que", "contó que"], NAPS,
            # "se refiere a su hermano": to refer to, not the chart's "reports"
            not_after=["se", "me", "te", "nos"], not_before=["a", "al"], window=1,
            examples=["{Ha referido} insomnio y poco apetito desde que llegó al refugio."],
            counter=["Cuando habla de la casa se ha referido siempre a la de su abuela en Maturín."])
files["concern-provider"] = ("provider-centered-es", "Lenguaje centrado en el proveedor y jerga clínica (paciente, se le instruyó, pt, c/o).", pv)

# Issue 22, seventh round: the colloquial doubt, pity, defiance and command words of the regions'
# notes, added to the entries whose kind they are (data, so an agency adds its own the same way).
SEVENTH = {
    "cred-es-dizque": dict(terms=["qué casualidad", "que casualidad", "qué conveniente", "muy conveniente", "pero quién sabe",
                                  "quién sabe si es verdad", "vaya usted a saber", "se las da de", "se las daba de", "se la da de",
                                  "se las dio de", "cuentista", "cuentistas"], adjetivo=["cuentero"]),
    "inf-es-nino-bueno": dict(terms=["lo castigamos", "la castigamos", "los castigamos", "lo castigué", "la castigué",
                                     "una calcomanía", "un sticker", "calcomanías", "stickers"]),
    "inf-es-carino": dict(terms=["mi negrita", "mi negrito", "mi gordita", "mi gordito", "mi flaquita", "mi muñeca", "muñequita",
                                 "mi rey", "mi amorcito", "mi chula", "mi preciosa"]),
    "jud-es-vive-del-sistema": dict(terms=["un pillo", "una pilla", "es un pillo", "tremendo pillo", "bien pillo", "bien pilla"]),
    "comp-es-no-coopera": dict(terms=["no le da la gana", "no le dio la gana", "no le daba la gana", "porque no le da la gana",
                                      "dejó plantada", "dejó plantado", "dejó embarcada", "dejó embarcado"],
                               verbo=["no acatar", "hacer caso omiso|hace|hizo"]),
    "comp-es-desobedece": dict(terms=["en contra de la recomendación médica", "contra la recomendación médica", "contra recomendación médica",
                                      "en contra de la recomendación del médico", "en contra de las recomendaciones médicas"]),
    "prov-es-se-le": dict(terms=["le instruí", "la instruí", "lo instruí", "le instruimos", "le indiqué que debe", "le indiqué que tiene que",
                                 "le indicamos que debe", "le indicamos que tiene que", "le ordené", "le ordenamos", "le exigí", "le exigimos",
                                 "le advertí que", "le advertimos que", "le asigné", "le asignamos", "le impuse", "le prohibí",
                                 "le prohibimos", "le di instrucciones", "le dimos instrucciones"]),
}
# Development batch 7 (a Venezuelan shelter peer; a peer trained in Spain): the Peninsular chart
# register, suffering said in many verbs, little adherence or motivation said as a measure, doubt
# said as "afirma" or "lo dudo", a return to use as "ha vuelto a las andadas".
LOW = ["escasa", "escaso", "nula", "nulo", "pobre", "baja", "bajo", "poca", "poco", "mala", "deficiente"]
SEVENTH.update({
    "dx-es-sufre": dict(terms=["sufre un trastorno", "sufre una enfermedad", "sufre un", "sufre una", "sufre anorexia", "sufre bulimia",
                               "sufre trastorno", "sufre TEPT", "sufre crisis", "sufre las consecuencias", "sufría un", "sufría una",
                               "es presa de", "presa de sus", "presa de la", "presa del", "la tiene condenada", "lo tiene condenado",
                               "la incapacita", "lo incapacita", "está afectado por", "está afectada por", "atrapado en su adicción",
                               "atrapada en su adicción", "atrapado en las drogas", "atrapada en las drogas", "atrapado en el alcohol",
                               "atrapada en el alcohol", "atrapado en el vicio", "atrapada en el vicio"]),
    "cred-es-alega": dict(verbo=["afirmar que|afirma|afirmó"]),
    "cred-es-su-version": dict(terms=["aunque lo dudo", "lo dudo", "lo dudo mucho", "lo cual dudo", "cosa que dudo",
                                      "no se ha podido comprobar", "no se pudo comprobar", "sin comprobar", "no comprobado",
                                      "no se ha podido corroborar", "no se pudo corroborar", "sin corroborar"]),
    "cred-es-niega": dict(terms=["niega ideación", "niega ideas", "niega IAL", "niega SI", "niega HI", "niega alucinaciones",
                                 "niega síntomas", "niega ideación autolítica", "niega ideación suicida"]),
    "comp-es-no-adherente": dict(terms=[f"{low} {noun}" for low in LOW for noun in
                                        ["adherencia", "motivación", "introspección", "conciencia de enfermedad", "insight", "colaboración",
                                         "implicación", "adhesión al tratamiento", "fuerza de voluntad"]
                                        if ((low.endswith("a") or low in ("pobre", "deficiente")) or noun == "insight")
                                        and f"{low} {noun}" not in ("pobre introspección",)]
                                 + ["no tiene voluntad", "sin voluntad", "no tiene fuerza de voluntad", "hay que llevar de la mano",
                                    "llevarlo de la mano", "llevarla de la mano", "llevarle de la mano"]),
    "jud-es-vago": dict(adjetivo=["disruptivo"]),
    "def-es-suicidio": dict(terms=["cometió un intento", "cometer un intento", "ha cometido un intento", "cometió intento",
                                   "no es en serio", "no lo dice en serio", "no lo hace en serio", "no va en serio",
                                   "amenazas autolíticas", "amenaza autolítica", "amenazas de autolesión", "para conseguir lo que quiere",
                                   "para salirse con la suya"]),
    "sub-es-recaida-fracaso": dict(terms=["vuelto a las andadas", "vuelto al vicio", "vuelto a caer", "demuestra el fracaso",
                                          "demostró el fracaso", "el fracaso del tratamiento", "el fracaso del plan",
                                          "pillado consumiendo", "pillada consumiendo", "pillado bebiendo", "pillada bebiendo",
                                          "lo pillaron consumiendo", "la pillaron consumiendo", "cogido consumiendo", "cogida consumiendo",
                                          "agarrado consumiendo", "agarrada consumiendo", "lo agarraron consumiendo", "la agarraron consumiendo",
                                          "sorprendido consumiendo", "sorprendida consumiendo", "lo cacharon", "la cacharon"]),
    "dx-es-loco": dict(terms=["el psiquiátrico", "al psiquiátrico", "del psiquiátrico", "en el psiquiátrico"]),
    # "lo habló en el grupo sin vergüenza": without shame, not "sinvergüenza"
    "jud-es-actitud": dict(except_=["en el grupo sin vergüenza", "habló sin vergüenza", "lo habló sin vergüenza", "lo contó sin vergüenza",
                                    "habla sin vergüenza", "hablar sin vergüenza", "sin vergüenza de", "sin vergüenza ninguna",
                                    "sin vergüenza alguna", "sin vergüenza y"]),
    "prov-es-alta": dict(except_=["aprender a manejarlas", "aprender a manejarlos", "aprende a manejarlas", "aprende a manejarlos",
                                  "aprendiendo a manejarlas", "aprendiendo a manejarlos"]),
    "sui-es-exitosamente": dict(terms=["con éxito"]),
    # declining an invitation or a job is a choice of life, not of care; a card or a password is refused by a machine
    "comp-es-se-nego": dict(except_=[f"{v} {o}" for v in ("rechazó", "rechaza", "rechazaba", "ha rechazado", "rechazando")
                                     for o in ("la invitación", "una invitación", "las invitaciones", "la oferta de un trabajo",
                                               "un trabajo", "la contraseña", "su contraseña", "la tarjeta", "su tarjeta", "el pago")]),
    "sub-es-sucio": dict(only_after=["salido", "ha salido", "han salido", "sale", "analítica", "analíticas", "control de tóxicos"]),
    "sub-es-limpio": dict(only_after=["salido", "ha salido", "han salido", "sale", "analítica", "analíticas", "control de tóxicos"]),
    "def-es-nivel-cultural": dict(terms=["como ilegal", "como ilegales", "un ilegal", "una ilegal", "los ilegales", "por ilegal"]),
    "prov-es-se-le": dict(verbo=["se le pautar", "se les pautar"], terms=["tiene pautado", "tiene pautada", "le pautamos", "le pauté"]),
})
for _, (_, _, entries) in files.items():
    for e in entries:
        for key, extra in SEVENTH.get(e["id"], {}).items():
            key = key.replace("except_", "except")
            e[key] = e.get(key, []) + [w for w in extra if w not in e.get(key, [])]

def dump(value, indent=0):
    return json.dumps(value, ensure_ascii=False)

# Labelling verbs are about the person only when the person does them: "el casero se negó" is
# the landlord's choice (the subject is read with roles.yml, as in English).
SUBJECT_PERSON = {"comp-es-se-nego", "comp-es-incumplimiento", "comp-es-no-coopera", "cred-es-alega", "cred-es-admite", "cred-es-reconoce-consumo", "cred-es-niega",
                  "cred-es-minimiza"}
for _, (_, _, entries) in files.items():
    for e in entries:
        if e["id"] in SUBJECT_PERSON: e["subject"] = "person"

for name, (lexicon, comment, entries) in files.items():
    seen = {}
    lines = [f"# {comment}", "# Generated by Scripts/spanish-lexicon.py (word forms by rule); edit the script, or this file.",
             f"lexicon: {lexicon}", "language: es", "side: concern", "entries:"]
    for e in entries:
        # One term, one entry: the matcher refuses a phrase claimed twice.
        e["terms"] = [t for t in e["terms"] if t.lower() not in seen and not seen.setdefault(t.lower(), e["id"]) is None]
        if not e["terms"]: del e["terms"]
        lines.append(f"  - id: {e['id']}")
        for key in ["category", "severity", "terms", "verbo", "adjetivo", "message", "rationale", "alternatives", "guidance", "safe", "except", "not_after", "not_before",
                    "only_after", "only_before", "senses", "window", "quoted", "only_quoted", "subject", "source", "examples", "counterexamples"]:
            if key in e:
                lines.append(f"    {key}: {dump(e[key])}")
        lines.append("")
    with open(os.path.join(OUT, f"{name}.yml"), "w") as f:
        f.write("\n".join(lines))
