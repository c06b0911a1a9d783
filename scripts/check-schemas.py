#!/usr/bin/env python3
"""Validate Golden/*.json and the valid fixtures against their JSON Schemas with the real
`jsonschema` package, and check that each invalid fixture is refused by the schema or is one
that only validate-model's stricter checks catch (listed below). Exit 1 on any problem."""
import glob
import json
import sys

from jsonschema import Draft202012Validator

root = sys.argv[1] if len(sys.argv) > 1 else "."
problems = 0

def validator(path):
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)

golden = validator(f"{root}/Golden/schema/golden-file.schema.json")
output = validator(f"{root}/Fixtures/schema/model-output.schema.json")

golden_files = sorted(glob.glob(f"{root}/Golden/*.json"))
if not golden_files:
    print("no golden files found"); sys.exit(1)
for path in golden_files:
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    errors = list(golden.iter_errors(doc))
    for e in errors[:5]:
        print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    problems += len(errors)
    print(f"{path}: {len(doc.get('records', []))} records, {len(errors)} schema errors")

with open(f"{root}/Fixtures/expectations.json", encoding="utf-8") as f:
    expectations = json.load(f)["fixtures"]
# Refused by validate-model but well-formed for the schema (the problem is in the values).
schema_valid_but_refused = {"invalid/dimension-mismatch.json", "invalid/unknown-unit.json", "invalid/duplicate-id.json",
                            "invalid/wrong-shape.json", "invalid/missing-unit.json"}
for name, expected in sorted(expectations.items()):
    path = f"{root}/Fixtures/{name}"
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = list(output.iter_errors(doc))
    except (json.JSONDecodeError, UnicodeDecodeError):
        doc, errors = None, ["not JSON"]
    should_pass = expected["exitCode"] != 2 or name in schema_valid_but_refused
    if name == "invalid/missing-unit.json":
        should_pass = False  # the schema's if/then catches it too
    if should_pass and errors:
        print(f"{name}: expected schema-valid, got: {errors[0] if isinstance(errors[0], str) else errors[0].message}"); problems += 1
    if not should_pass and not errors:
        print(f"{name}: expected the schema to refuse it, but it validates"); problems += 1
print(f"fixtures checked: {len(expectations)}; problems: {problems}")
sys.exit(1 if problems else 0)
