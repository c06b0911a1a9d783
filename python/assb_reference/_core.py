"""`validate()`, `golden()` and the `Report` they return: a thin layer over the bundled
`validate-model` binary. The binary does all the scoring; this module turns Python objects into
the output format (README.md, Fixtures/schema/model-output.schema.json), runs the binary with
`--format json` and turns its report (Fixtures/schema/report.schema.json) back into Python.

The output document goes to the binary on standard input (`validate-model -`), not through a
temporary file: nothing to clean up, no temp-folder permissions, same 64 MiB limit. Reports then
name the input `<stdin>`.
"""
from __future__ import annotations

import json
import math
import os
import re
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ._binary import find_binary

__all__ = [
    "GoldenRecord", "Report", "ValidationInputError", "ValidatorError",
    "golden", "golden_ids", "run", "template", "validate", "validator_version",
]


class ValidatorError(RuntimeError):
    """validate-model did not produce a report (crashed, was killed, printed no JSON)."""


class ValidationInputError(ValueError):
    """The output could not be scored: the validator's exit 2 (bad unit, duplicate id, ...) or a
    value this package cannot write as JSON (NaN, an object of unknown type, ...).

    `message` is the validator's one-line `Error:` message (or this package's own)."""

    def __init__(self, message: str, *, exit_code: int | None = None, stderr: str = ""):
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
        self.stderr = stderr


@dataclass(frozen=True, repr=False)
class Report:
    """validate-model's JSON report. `passed` is the run's verdict (exit code 0, README.md
    "Pass rule and exit codes"); `results` the scored results, `summary` the counts and the
    one-line `summary["line"]`; `raw` the whole report as parsed."""

    passed: bool
    exit_code: int
    results: list[dict[str, Any]]
    summary: dict[str, Any]
    raw: dict[str, Any] = field(repr=False)
    _input: bytes = field(default=b"", repr=False, compare=False)
    _args: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def __repr__(self) -> str:
        return f"Report(passed={self.passed}, exit_code={self.exit_code}, line={self.line!r})"

    @property
    def line(self) -> str:
        """The validator's one-line summary (`Summary: … → PASS`)."""
        return str(self.summary.get("line", ""))

    @property
    def missing(self) -> list[str]:
        return list(self.raw.get("missing", []))

    @property
    def unknown(self) -> list[dict[str, Any]]:
        return list(self.raw.get("unknown", []))

    def result(self, id: str) -> dict[str, Any] | None:
        """The scored result for a golden id, or None when it was not scored."""
        return next((r for r in self.results if r.get("id") == id), None)

    def text(self, format: str = "text") -> str:
        """The same input scored again with the validator's readable report (or `markdown`,
        `junit`): the table, explanations and summary exactly as the command prints them."""
        proc = _run_binary([*self._args, "--format", format], self._input)
        return proc.stdout


def _plain(obj: Any, where: str) -> Any:
    """`obj` as plain JSON types. numpy scalars and arrays are taken through `.tolist()` (duck
    typing: numpy is never imported), other numbers through `float()`/`int()`."""
    if obj is None or isinstance(obj, (bool, str)):
        return obj
    if isinstance(obj, int):
        return obj
    if isinstance(obj, float):
        if not math.isfinite(obj):
            raise ValidationInputError(
                f"{where}: {obj!r} is not a finite number (JSON has no NaN or infinity; leave the "
                "result out, or write null for 'not reported')")
        return obj
    if isinstance(obj, Mapping):
        out = {}
        for key, value in obj.items():
            if not isinstance(key, str):
                raise ValidationInputError(f"{where}: key {key!r} is not a string")
            out[key] = _plain(value, f"{where}.{key}")
        return out
    if isinstance(obj, (list, tuple)):
        return [_plain(v, f"{where}[{i}]") for i, v in enumerate(obj)]
    tolist = getattr(obj, "tolist", None)
    if callable(tolist):  # numpy.ndarray, numpy.float64, numpy.int32, ...
        return _plain(tolist(), where)
    if hasattr(obj, "__index__"):
        return int(obj.__index__())
    if hasattr(obj, "__float__"):  # Decimal, Fraction, other number types
        return _plain(float(obj), where)
    raise ValidationInputError(
        f"{where}: {type(obj).__name__!r} cannot be written as JSON (use a number, a string, "
        "a list or a dict)")


def _result_item(item: Any, index: int) -> dict[str, Any]:
    where = f"results[{index}]"
    if isinstance(item, Mapping):
        return _plain(item, where)
    if isinstance(item, tuple) and len(item) in (3, 4):  # (id, value, unit[, uncertainty])
        keys = ("id", "value", "unit", "uncertainty")
        return _plain(dict(zip(keys, item)), where)
    raise ValidationInputError(
        f"{where}: expected a dict {{'id': ..., 'value': ..., 'unit': ...}} or a tuple "
        f"(id, value, unit[, uncertainty]), got {type(item).__name__!r}")


def _document(results: Any, model: Any, conditions: Any) -> dict[str, Any]:
    if isinstance(results, (str, bytes, os.PathLike)):
        raise ValidationInputError(
            "results must be a list of result dicts or an output document dict; to score a "
            "file, use validate_file(path)")
    if isinstance(results, Mapping) and "results" in results:
        doc = _plain(results, "document")
    elif isinstance(results, Mapping):  # one result
        doc = {"results": [_result_item(results, 0)]}
    elif isinstance(results, Iterable):
        doc = {"results": [_result_item(item, i) for i, item in enumerate(results)]}
    else:
        raise ValidationInputError(
            f"results must be a list of result dicts or an output document dict, got "
            f"{type(results).__name__!r}")
    doc.setdefault("formatVersion", 1)
    if model is not None:
        doc["model"] = {"name": model} if isinstance(model, str) else _plain(model, "model")
    if conditions is not None:
        doc["conditions"] = _plain(conditions, "conditions")
    return doc


def _options(paper: str | None, id: str | None, require_all: bool,
             min_pass_fraction: float | None, allow_unknown_ids: bool,
             golden_dir: str | os.PathLike[str] | None) -> list[str]:
    args: list[str] = []
    if paper is not None:
        args += ["--paper", str(paper)]
    if id is not None:
        args += ["--id", str(id)]
    if require_all:
        args.append("--require-all")
    if min_pass_fraction is not None:
        try:
            fraction = float(min_pass_fraction)
        except (TypeError, ValueError):
            raise ValidationInputError(
                f"min_pass_fraction must be a number in (0, 1], got {min_pass_fraction!r}"
            ) from None
        args += ["--min-pass-fraction", repr(fraction)]  # the validator checks the range
    if allow_unknown_ids:
        args.append("--allow-unknown-ids")
    if golden_dir is not None:
        args += ["--golden", os.fspath(golden_dir)]
    return args


def _run_binary(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    binary = find_binary()
    try:
        proc = subprocess.run([binary, *args], input=stdin, capture_output=True, check=False)
    except OSError as error:  # not executable, wrong architecture, ...
        raise ValidatorError(f"could not run {binary}: {error}") from None
    out = subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"))
    if out.returncode == 2:
        message = next((ln for ln in out.stderr.splitlines() if ln.strip()), "validate-model: "
                       "usage or input error (exit 2) without a message")
        raise ValidationInputError(message, exit_code=2, stderr=out.stderr)
    if out.returncode not in (0, 1):
        raise ValidatorError(
            f"validate-model exited with {out.returncode}: {out.stderr.strip() or '(no message)'}")
    return out


def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the bundled validate-model with these arguments (stdout/stderr captured, as text).
    Exit 2 raises ValidationInputError; exits 0 and 1 are returned."""
    return _run_binary([str(a) for a in args], input)


def _report(args: list[str], stdin: bytes | None) -> Report:
    proc = _run_binary([*args, "--format", "json"], stdin)
    try:
        raw = json.loads(proc.stdout)
        summary = raw["summary"]
        results = raw["results"]
    except (ValueError, KeyError, TypeError):
        raise ValidatorError(
            f"validate-model (exit {proc.returncode}) printed no JSON report: "
            f"{(proc.stderr or proc.stdout).strip()[:500]}") from None
    return Report(passed=proc.returncode == 0, exit_code=proc.returncode, results=results,
                  summary=summary, raw=raw, _input=stdin or b"", _args=tuple(args))


def validate(results: Any, *, model: str | Mapping[str, Any] | None = None,
             conditions: Mapping[str, Any] | None = None, paper: str | None = None,
             id: str | None = None, require_all: bool = False,
             min_pass_fraction: float | None = None, allow_unknown_ids: bool = False,
             golden_dir: str | os.PathLike[str] | None = None) -> Report:
    """Score model results against the golden records.

    `results`: a list of result dicts (`{"id", "value", "unit", "uncertainty"?, "xUnit"?,
    "conditions"?}`), tuples `(id, value, unit[, uncertainty])`, one result dict, or a whole
    output document (`{"formatVersion": 1, "model": ..., "results": [...]}`). Values may be numpy
    numbers or arrays. `model` (a name or a `{"name", "version", ...}` dict) and `conditions`
    (`{"temperature": "333.15 K"}`) set the document's fields. The other keywords are the
    command's options (`--paper`, `--id` glob, `--require-all`, `--min-pass-fraction`,
    `--allow-unknown-ids`, `--golden`).

    Returns a Report (a failing verdict is a Report with `passed == False`, not an exception);
    raises ValidationInputError when the validator refuses the input (exit 2) with its message.
    """
    doc = _document(results, model, conditions)
    try:
        data = json.dumps(doc, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as error:  # unreachable after _plain; kept as a guard
        raise ValidationInputError(f"the output cannot be written as JSON: {error}") from None
    args = ["-", *_options(paper, id, require_all, min_pass_fraction, allow_unknown_ids,
                           golden_dir)]
    return _report(args, data)


def validate_file(path: str | os.PathLike[str], **options: Any) -> Report:
    """Score an output file already written (same keywords as validate(), except model and
    conditions)."""
    unknown = set(options) - {"paper", "id", "require_all", "min_pass_fraction",
                              "allow_unknown_ids", "golden_dir"}
    if unknown:
        raise TypeError(f"validate_file() got unexpected keyword(s): {', '.join(sorted(unknown))}")
    opts = {"paper": None, "id": None, "require_all": False, "min_pass_fraction": None,
            "allow_unknown_ids": False, "golden_dir": None, **options}
    return _report([os.fspath(path), *_options(**opts)], None)


@dataclass(frozen=True)
class GoldenRecord:
    """One line of `validate-model --list`: the id, its unit (`-` for a category), its kind
    (measured, computed, parameter, observation, claim) and the value as printed."""

    id: str
    unit: str
    kind: str
    printed: str


_LIST_LINE = re.compile(
    r"^(?P<id>\S+)\s+(?P<unit>.+?)\s+(?P<kind>measured|computed|parameter|observation|claim)"
    r"\s+(?P<printed>.*?)\s*$")


@lru_cache(maxsize=8)
def _catalog(golden_dir: str | None) -> dict[str, GoldenRecord]:
    args = ["--list"] + (["--golden", golden_dir] if golden_dir else [])
    records: dict[str, GoldenRecord] = {}
    for line in _run_binary(args).stdout.splitlines():
        match = _LIST_LINE.match(line)
        if match:
            records[match["id"]] = GoldenRecord(**match.groupdict())
    return records


def golden(id: str, *, golden_dir: str | os.PathLike[str] | None = None) -> GoldenRecord:
    """The golden record `id` (from `validate-model --list`); KeyError names close ids."""
    catalog = _catalog(os.fspath(golden_dir) if golden_dir is not None else None)
    if id in catalog:
        return catalog[id]
    import difflib
    close = difflib.get_close_matches(id, list(catalog), n=3)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise KeyError(f"no golden record {id!r}{hint}")


def golden_ids(paper: str | None = None, *,
               golden_dir: str | os.PathLike[str] | None = None) -> list[str]:
    """Every golden id (of one paper, e.g. "kim2025"), in the order `--list` prints them."""
    catalog = _catalog(os.fspath(golden_dir) if golden_dir is not None else None)
    return [i for i in catalog if paper is None or i.split(".", 1)[0] == paper]


def template(paper: str | None = None, *,
             golden_dir: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """`validate-model --template`: an output document with every id a model computes
    (values None, to fill in)."""
    args = ["--template"] + (["--paper", paper] if paper else [])
    args += ["--golden", os.fspath(golden_dir)] if golden_dir is not None else []
    return json.loads(_run_binary(args).stdout)


def validator_version() -> str:
    """The bundled binary's `--version`."""
    return _run_binary(["--version"]).stdout.strip()
