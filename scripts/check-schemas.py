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
# Structural faults the schema itself must refuse. The other invalid fixtures are refused by
# validate-model only: what a JSON Schema cannot see (duplicate keys, NaN, 1e400, units, sorting,
# the golden record's shape) or what Python's json reader accepts.
schema_must_refuse = {"invalid/top-level-array.json", "invalid/unknown-field.json", "invalid/missing-unit.json",
                      "invalid/boolean-value.json", "invalid/unfilled-template.json", "invalid/negative-uncertainty.json",
                      "invalid/not-json.json", "invalid/truncated.json", "invalid/empty.json", "invalid/bom.json"}
for name, expected in sorted(expectations.items()):
    path = f"{root}/Fixtures/{name}"
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = list(output.iter_errors(doc))
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError, ValueError):
        doc, errors = None, ["not JSON"]
    if expected["exitCode"] != 2 and errors:
        print(f"{name}: a scorable fixture must be schema-valid, got: {errors[0] if isinstance(errors[0], str) else errors[0].message}"); problems += 1
    if name in schema_must_refuse and not errors:
        print(f"{name}: expected the schema to refuse it, but it validates"); problems += 1
print(f"fixtures checked: {len(expectations)}; problems: {problems}")
sys.exit(1 if problems else 0)
