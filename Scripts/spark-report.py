#!/usr/bin/env python3
"""A caseload report on Apache Spark: each partition's notes piped through
`peernote report --partial`, the parts merged with `peernote report --merge` into the
report a single run gives, byte for byte.

    python3 Scripts/spark-report.py --peernote .build/release/peernote \
        --input notes.jsonl --output report.json --partitions 4 -- --format json

Everything after `--` goes to the final `peernote report --merge` (the format, --by, ...);
`--part-args` (one string) goes to every partition's run (e.g. "--redact --by week").

The daily unit limit spans one person's notes, so notes are partitioned by person (the
`person` field) and each partition keeps them in input order: a single run reads the notes in
file order, and the note that takes a day over 12 units is the same one here.

Locally this runs Spark in `local[2]` (or `--master`). On a cluster, ship the binary and its
lexicons with the job and point the parts at them:

    tar czf Lexicons.tar.gz Lexicons        # the folder holding en/
    spark-submit --master yarn --files peernote --archives Lexicons.tar.gz#lex \
        Scripts/spark-report.py --peernote ./peernote --lexicons ./lex/Lexicons \
        --input hdfs:///caseload/notes.jsonl --output report.html --partitions 64 -- --format html

(build the binary with `swift build -c release --static-swift-stdlib` so executors need no
Swift runtime; `--lexicons` sets PEERNOTE_LEXICONS, the folder holding `en/`, for every
executor's run and for the merge.) Notes are PHI:
run it on the cluster that already holds them, and give `--part-args --redact` when the
parts leave it.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time


def person_of(line):
    """The partition key: the person a JSON Lines record is about ("" when not given)."""
    try:
        record = json.loads(line)
    except ValueError:
        return ""
    person = record.get("person") if isinstance(record, dict) else None
    return (person or "").strip().lower() if isinstance(person, str) else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--peernote", required=True, help="the peernote binary, on every executor")
    parser.add_argument("--input", required=True, help="a JSON Lines file of notes")
    parser.add_argument("--output", required=True, help="where the merged report goes")
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--lexicons", help="the Lexicons folder on the executors (PEERNOTE_LEXICONS)")
    parser.add_argument("--part-args", default="", help="arguments for every partition's `report --partial`")
    parser.add_argument("--parts", help="keep the partial files in this folder")
    args, merge_args = parser.parse_known_args()
    if merge_args and merge_args[0] == "--":
        merge_args = merge_args[1:]

    from pyspark.sql import SparkSession  # imported late: --help works without Spark

    peernote = os.path.abspath(args.peernote) if os.path.exists(args.peernote) else args.peernote
    env = {"PEERNOTE_LEXICONS": args.lexicons} if args.lexicons else {}
    spark = (SparkSession.builder.master(args.master).appName("peernote-report")
             .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    started = time.monotonic()
    try:
        lines = spark.sparkContext.textFile(args.input).zipWithIndex()
        # (person, (index, line)), one person to a partition, then each partition in input order.
        by_person = lines.map(lambda pair: (person_of(pair[0]), (pair[1], pair[0]))).partitionBy(
            args.partitions, lambda person: int.from_bytes(person.encode("utf-8")[:8].ljust(8, b"\0"), "big") % 2147483647)
        ordered = by_person.mapPartitions(lambda rows: (line for _, line in sorted((value for _, value in rows), key=lambda v: v[0])))
        command = [peernote, "report", "-", "--input", "jsonl", "--partial", "--jobs", "1"] + shlex.split(args.part_args)
        parts = ordered.pipe(" ".join(shlex.quote(c) for c in command), env=env).collect()
    finally:
        spark.stop()
    folder = args.parts or tempfile.mkdtemp(prefix="peernote-parts-")
    os.makedirs(folder, exist_ok=True)
    paths = []
    for number, part in enumerate(parts):
        path = os.path.join(folder, "part-%05d.json" % number)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(part + "\n")
        paths.append(path)
    merged = subprocess.run([peernote, "report", "--merge"] + paths + ["--output", args.output] + merge_args,
                            env={**os.environ, **env})
    print("%d partitions, %d parts merged in %.1f s" % (args.partitions, len(paths), time.monotonic() - started), file=sys.stderr)
    sys.exit(merged.returncode)


if __name__ == "__main__":
    main()
