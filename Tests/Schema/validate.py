#!/usr/bin/env python3
"""Validates `peernote check` output against a JSON Schema: docs/peernote-check.schema.json,
or the official SARIF 2.1.0 schema (Tests/Schema/sarif-schema-2.1.0.json, draft-04).

    python3 Tests/Schema/validate.py SCHEMA [--document FILE]... [--lines FILE]...

`--document` is one JSON document (`--format json`, `--format sarif`); `--lines` is
`--format jsonl` output, each line checked against the schema's `$defs/line`. The schema's own
`$schema` picks the validator. Prints each error with where it is; exits 1 if any.
"""
import json
import sys

from jsonschema import Draft202012Validator
from jsonschema.validators import validator_for
from referencing import Registry, Resource


def main(arguments):
    with open(arguments[0], encoding="utf-8") as file:
        schema = json.load(file)
    validator = validator_for(schema)
    validator.check_schema(schema)

    def validator_of(kind):
        if kind == "--document":
            return validator(schema)
        registry = Registry().with_resource("urn:peernote-check", Resource.from_contents(schema))
        return Draft202012Validator({"$ref": "urn:peernote-check#/$defs/line"}, registry=registry)

    validators = {kind: validator_of(kind) for kind in set(arguments[1::2])}
    errors = checked = 0
    for kind, path in zip(arguments[1::2], arguments[2::2]):
        with open(path, encoding="utf-8") as file:
            values = [json.load(file)] if kind == "--document" else [json.loads(line) for line in file if line.strip()]
        for number, value in enumerate(values, 1):
            checked += 1
            for error in validators[kind].iter_errors(value):
                errors += 1
                where = "/".join(str(part) for part in error.absolute_path)
                print(f"{path}:{number if kind == '--lines' else ''} at /{where}: {error.message[:300]}")
    print(f"{checked} values checked, {errors} errors")
    return 1 if errors or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
