#!/usr/bin/env python3
"""Check the JSON Schemas with the real `jsonschema` package: each schema is a valid draft
2020-12 schema, every Golden/*.json file validates against the golden-file schema, and the
model-output schema agrees with validate-model on every fixture of Fixtures/expectations.json
(Fixtures/*.json, invalid/, hostile/):

- a scorable fixture (exit 0 or 1) must be schema-valid: a JSON Schema consumer must never
  refuse a file validate-model scores (a `"value": null` is valid: "not reported");
- a refused fixture (exit 2) must be listed in exactly one of SCHEMA_REFUSES (its fault is
  structural, and the schema, or Python's JSON reader before it, must refuse it) or TOOL_ONLY
  (its fault is one only validate-model can see, and the schema must accept it). Both directions
  are asserted, so the lists stay true: a schema change that starts or stops refusing a fixture
  shows up here, and TOOL_ONLY names exactly what a consumer checking with the schema alone
  lets through (hostile/ probes included: a unit or a shape error is not a schema error);
- every fixture file is listed in expectations.json, and every listed fixture exists.

It also checks that the closed lists the schemas spell out (condition names, record kinds,
report statuses) are the ones in the Swift sources. Exit 1 on any problem."""
import glob
import json
import os
import re
import sys

from jsonschema import Draft202012Validator

root = sys.argv[1] if len(sys.argv) > 1 else "."
problems = 0


def problem(message):
    global problems
    print(message)
    problems += 1


def load_schema(path):
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    return schema


golden_schema = load_schema(f"{root}/Golden/schema/golden-file.schema.json")
output_schema = load_schema(f"{root}/Fixtures/schema/model-output.schema.json")
report_schema = load_schema(f"{root}/Fixtures/schema/report.schema.json")
golden = Draft202012Validator(golden_schema)
output = Draft202012Validator(output_schema)

# The closed lists, against the code that defines them.
def swift(path):
    with open(f"{root}/{path}", encoding="utf-8") as f:
        return f.read()


def enum_raw_values(source, name):
    """Raw values of `enum name: String`: `case a = "b"` gives b, a plain `case a` gives a."""
    body = re.search(r"enum " + name + r"\b[^{]*\{(.*?)\n\}", source, re.S).group(1)
    return [raw or case for case, raw in re.findall(r"^\s*case (\w+)(?: = \"([^\"]+)\")?\s*$", body, re.M)]


known = re.search(r"static let known: \[String: String\] = \[(.*?)\]\n", swift("Sources/GoldenRecords/Conditions.swift"), re.S)
condition_names = sorted(re.findall(r"\"([a-z-]+)\":", known.group(1))) if known else []
statuses = enum_raw_values(swift("Sources/GoldenRecords/Scoring/ScoreStatus.swift"), "ScoreStatus")
kinds = enum_raw_values(swift("Sources/GoldenRecords/GoldenRecord.swift"), "RecordKind")
lists = [
    ("golden conditions", sorted(golden_schema["$defs"]["conditions"]["properties"]), condition_names),
    ("model-output conditions", sorted(output_schema["$defs"]["conditions"]["properties"]), condition_names),
    ("golden record kinds", golden_schema["$defs"]["record"]["properties"]["kind"]["enum"], kinds),
    ("report statuses", report_schema["$defs"]["status"]["enum"], statuses),
    ("report summary.statuses", report_schema["$defs"]["summary"]["properties"]["statuses"]["required"], statuses),
    ("report kinds", report_schema["$defs"]["result"]["properties"]["kind"]["enum"], kinds),
]
for what, in_schema, in_code in lists:
    if not in_code:
        problem(f"{what}: could not read the list from the Swift source; update this script")
    elif in_schema != in_code:
        problem(f"{what}: schema has {in_schema}, the code {in_code}")

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
    print(f"{path}: {len(doc.get('records', []))} records, {len(doc.get('conflicts', []))} conflict groups, {len(errors)} schema errors")

with open(f"{root}/Fixtures/expectations.json", encoding="utf-8") as f:
    expectations = json.load(f)["fixtures"]

# Refused fixtures whose fault is structural: the schema must refuse them ("not JSON": Python's
# reader already does).
SCHEMA_REFUSES = {
    "invalid/top-level-array.json": "not an object",
    "invalid/unknown-field.json": "unknown field",
    "invalid/missing-unit.json": "a number without a unit",
    "invalid/empty-unit.json": "an empty unit",
    "invalid/boolean-value.json": "a boolean value",
    "invalid/negative-uncertainty.json": "a negative uncertainty",
    "invalid/not-json.json": "not JSON",
    "invalid/truncated.json": "not JSON",
    "invalid/empty.json": "not JSON",
    "invalid/bom.json": "not JSON (Python refuses the byte-order mark too)",
    "invalid/invalid-utf8.json": "not JSON (not UTF-8)",
    "invalid/deep-nesting.json": "not JSON for Python (RecursionError), too deep for validate-model",
    "hostile/bare-word-literal.json": "not JSON",
    "hostile/hex-condition.json": "a hexadecimal number in a condition",
    "invalid/model-version-number.json": "a number where model.version is text",
    "hostile/condition-without-unit.json": "a temperature without a unit",
    "hostile/empty-id.json": "an empty id",
    "hostile/missing-format-version.json": "no formatVersion",
    "hostile/misspelt-condition.json": "a condition name outside Conditions.known",
    "hostile/newline-id.json": "a number without a unit (the id's newline is only escaped)",
}
# Refused fixtures whose fault only validate-model sees: the schema must accept them.
TOOL_ONLY = {
    "invalid/dimension-mismatch.json": "a unit of the wrong dimension",
    "invalid/unknown-unit.json": "a unit outside the grammar",
    "invalid/unit-exponent-int8-min.json": "a unit exponent out of range",
    "invalid/unit-exponent-overflow.json": "a unit exponent out of range",
    "invalid/wrong-shape.json": "a category for a number record",
    "invalid/number-for-category.json": "a number for a category record",
    "invalid/duplicate-id.json": "an id reported twice",
    "invalid/duplicate-keys.json": "a key twice in one object (Python keeps the last)",
    "invalid/nan.json": "NaN (Python reads it as a float)",
    "invalid/infinity.json": "Infinity (Python reads it as a float)",
    "invalid/huge-number.json": "1e400 (Python reads it as inf)",
    "invalid/series-unequal.json": "x and y of different lengths",
    "invalid/series-unsorted.json": "x not increasing",
    "hostile/bracket-unit.json": "a unit before a bracketed unit",
    "hostile/number-as-string.json": "a quoted number for a number record",
    "hostile/spaced-slash-unit.json": "a unit the grammar reads as another dimension",
}

on_disk = {os.path.relpath(p, f"{root}/Fixtures")
           for pattern in ("*.json", "invalid/*.json", "hostile/*.json")
           for p in glob.glob(f"{root}/Fixtures/{pattern}")} - {"expectations.json"}
for name in sorted(on_disk - set(expectations)):
    problem(f"{name}: a fixture file that expectations.json does not list")
for name in sorted(set(expectations) - on_disk):
    problem(f"{name}: listed in expectations.json, but there is no such file")
for name in sorted((set(SCHEMA_REFUSES) | set(TOOL_ONLY)) - set(expectations)):
    problem(f"{name}: classified here, but not in expectations.json")

tally = {"scorable": 0, "refused by schema": 0, "refused by validate-model only": 0}
for name, expected in sorted(expectations.items()):
    path = f"{root}/Fixtures/{name}"
    if not os.path.exists(path):
        continue
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = [e.message for e in output.iter_errors(doc)]
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError, ValueError) as e:
        errors = [f"not JSON ({type(e).__name__})"]
    if expected["exitCode"] != 2:
        tally["scorable"] += 1
        if name in SCHEMA_REFUSES or name in TOOL_ONLY:
            problem(f"{name}: scorable (exit {expected['exitCode']}), but classified as refused here")
        if errors:
            problem(f"{name}: a scorable fixture must be schema-valid, got: {errors[0]}")
    elif name in SCHEMA_REFUSES and name in TOOL_ONLY:
        problem(f"{name}: in both SCHEMA_REFUSES and TOOL_ONLY")
    elif name in SCHEMA_REFUSES:
        tally["refused by schema"] += 1
        if not errors:
            problem(f"{name}: expected the schema to refuse it ({SCHEMA_REFUSES[name]}), but it validates")
    elif name in TOOL_ONLY:
        tally["refused by validate-model only"] += 1
        if errors:
            problem(f"{name}: listed as caught by validate-model only ({TOOL_ONLY[name]}), but the schema refuses it: {errors[0]}; move it to SCHEMA_REFUSES")
    else:
        problem(f"{name}: refused by validate-model (exit 2) but not classified; add it to SCHEMA_REFUSES or TOOL_ONLY")
print(f"fixtures checked: {len(expectations)} ({', '.join(f'{n} {k}' for k, n in tally.items())}); problems: {problems}")
sys.exit(1 if problems else 0)
