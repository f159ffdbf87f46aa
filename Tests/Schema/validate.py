#!/usr/bin/env python3
"""Validates `peernote check` output against docs/peernote-check.schema.json.

    python3 Tests/Schema/validate.py SCHEMA [--document FILE]... [--lines FILE]...

`--document` is a `--format json` document; `--lines` is `--format jsonl` output, each line
checked against the schema's `$defs/line`. Prints each error with where it is; exits 1 if any.
"""
import json
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource


def main(arguments):
    with open(arguments[0], encoding="utf-8") as file:
        schema = json.load(file)
    Draft202012Validator.check_schema(schema)
    registry = Registry().with_resource("urn:peernote-check", Resource.from_contents(schema))
    validators = {
        "--document": Draft202012Validator(schema),
        "--lines": Draft202012Validator({"$ref": "urn:peernote-check#/$defs/line"}, registry=registry),
    }
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
