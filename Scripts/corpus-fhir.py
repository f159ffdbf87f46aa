#!/usr/bin/env python3
"""Write Corpus/fhir/: the Corpus notes as a synthetic FHIR export (every person is made up).

    python3 Scripts/corpus-fhir.py            # writes Corpus/fhir/notes.ndjson and bundle.json

Each note becomes a US Core clinical note: a DocumentReference (LOINC 11506-3, progress note)
whose text/plain attachment is the note, base64. The facts FHIR has a place for leave the
front matter: person -> subject.display, peer -> author[0].display, date and minutes ->
context.period, service -> the service type of a contained Encounter. The rest (setting,
group size, goals, plan...) has no FHIR home and stays as front matter in the attachment; a
plan path is made relative to the package folder, where PeerNote reads export plans from.

  notes.ndjson   every Corpus note, one resource a line (Bulk Data $export)
  bundle.json    the first three, pretty-printed, as a searchset Bundle with their Encounters
                 as entries of their own (referenced, not contained)

Python 3 standard library only, no network, deterministic.
"""
import base64
import datetime as dt
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTES = ROOT / "Corpus" / "notes"
OUT = ROOT / "Corpus" / "fhir"
MAPPED = {"person", "peer", "date", "minutes", "service", "id"}


def split(text):
    """(front matter fields as [(key, lines)], line end, body) of a note."""
    match = re.match(r"---(\r?\n)(.*?\1)---\1", text, re.S)
    if not match:
        return [], "\n", text
    fields = []
    for line in match.group(2).splitlines(keepends=True):
        if line[:1] in (" ", "\t") and fields:
            fields[-1][1].append(line)
        else:
            fields.append((line.split(":", 1)[0], [line]))
    return fields, match.group(1), text[match.end():]


def resource(path, encounter_inline=True):
    # Bytes as they are: CRLF line ends and all.
    fields, newline, body = split(path.read_bytes().decode("utf-8"))
    values = {key: "".join(lines).split(":", 1)[1].strip() for key, lines in fields}
    kept = []
    for key, lines in fields:
        if key in MAPPED:
            continue
        if key == "plan":
            lines = [f"plan: Corpus/notes/{values['plan']}{newline}"]
        kept += lines
    text = ("---" + newline + "".join(kept) + "---" + newline + body) if kept else body
    number = values.get("id") or "n" + path.name[:3]
    doc = {
        "resourceType": "DocumentReference",
        "id": number,
        "status": "current",
        "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3", "display": "Progress note"}]},
        "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                                  "code": "clinical-note", "display": "Clinical Note"}]}],
    }
    if "person" in values:
        doc["subject"] = {"reference": "Patient/" + values["person"].lower().replace(" ", "-"), "display": values["person"]}
    if "peer" in values:
        doc["author"] = [{"reference": "Practitioner/" + values["peer"].lower().replace(" ", "-"), "display": values["peer"]}]
    encounter = None
    if "date" in values:
        start = dt.datetime.fromisoformat(values["date"] + "T10:00:00-05:00")
        doc["date"] = values["date"] + "T17:30:00-05:00"
        context = {"period": {"start": start.isoformat()}}
        if "minutes" in values:
            context["period"]["end"] = (start + dt.timedelta(minutes=int(values["minutes"]))).isoformat()
        if "service" in values:
            encounter = {"resourceType": "Encounter", "id": "e" + number[1:], "status": "finished",
                         "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                         "serviceType": {"text": values["service"]}}
            context["encounter"] = [{"reference": ("#" if encounter_inline else "Encounter/") + encounter["id"]}]
            if encounter_inline:
                doc["contained"] = [encounter]
        doc["context"] = context
    doc["content"] = [{"attachment": {"contentType": "text/plain; charset=utf-8",
                                      "data": base64.b64encode(text.encode("utf-8")).decode("ascii")}}]
    # Keys in FHIR's usual order, with content last.
    order = ["resourceType", "id", "contained", "status", "type", "category", "subject", "date", "author", "content", "context"]
    return {key: doc[key] for key in order if key in doc}, (None if encounter_inline else encounter)


def main():
    OUT.mkdir(exist_ok=True)
    paths = sorted(NOTES.glob("*.txt"))
    with open(OUT / "notes.ndjson", "w", encoding="utf-8", newline="\n") as out:
        for path in paths:
            out.write(json.dumps(resource(path)[0], ensure_ascii=False, separators=(",", ":")) + "\n")
    entries = []
    for path in paths[:3]:
        doc, encounter = resource(path, encounter_inline=False)
        entries.append({"fullUrl": "urn:uuid:doc-" + doc["id"], "resource": doc, "search": {"mode": "match"}})
        if encounter:
            entries.append({"fullUrl": "urn:uuid:enc-" + encounter["id"], "resource": encounter, "search": {"mode": "include"}})
    bundle = {"resourceType": "Bundle", "id": "corpus-sample", "type": "searchset", "total": 3, "entry": entries}
    with open(OUT / "bundle.json", "w", encoding="utf-8", newline="\n") as out:
        out.write(json.dumps(bundle, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
