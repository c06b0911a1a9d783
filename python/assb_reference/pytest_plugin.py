"""pytest plugin (entry point `pytest11: assb_reference`): the `golden_check` fixture.

    def test_shell_thickness(golden_check):
        golden_check("kim2025.shell-thickness.eq1-95-5", my_model(95, 5), unit="nm")

A check passes when the validator's verdict for that one result is a pass (exit code 0: pass,
documented-reading, other-printing or within-uncertainty; README.md "Pass rule and exit codes");
otherwise the test fails with the validator's own report (table row, explanation, summary line).
`status="pass"` (or a set of statuses) is stricter: only those statuses are accepted.
`golden_check.output(results_or_document_or_path, **options)` checks a whole output at once.

Only pytest loads this module; `import assb_reference` does not import pytest.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

import pytest

from ._binary import BinaryNotFoundError
from ._core import Report, ValidationInputError, ValidatorError, validate, validate_file


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("assb_reference", "ASSB reference suite (golden_check)")
    group.addoption("--assb-golden-dir", default=None, metavar="DIR",
                    help="golden folder for golden_check (default: the validator's own, or "
                         "$ASSB_GOLDEN_DIR)")


def _fail(message: str) -> None:
    pytest.fail(message, pytrace=False)


class GoldenCheck:
    """The `golden_check` fixture's value: call it for one result, `.output()` for many."""

    def __init__(self, golden_dir: str | None):
        self._golden_dir = golden_dir

    def _options(self, options: dict[str, Any]) -> dict[str, Any]:
        if self._golden_dir is not None:
            options.setdefault("golden_dir", self._golden_dir)
        return options

    def _score(self, what: Any, options: dict[str, Any]) -> Report:
        try:
            if isinstance(what, (str, os.PathLike)):
                return validate_file(what, **self._options(options))
            return validate(what, **self._options(options))
        except (ValidationInputError, ValidatorError, BinaryNotFoundError) as error:
            message = str(error)  # failed outside the handler: no chained traceback
        _fail(f"validate-model refused the input: {message}")
        raise AssertionError  # unreachable: pytest.fail raises

    def __call__(self, id: str, value: Any, unit: str | None = None, *,
                 uncertainty: Any = None, x_unit: str | None = None,
                 conditions: Mapping[str, Any] | None = None,
                 status: str | Iterable[str] | None = None, **options: Any) -> dict[str, Any]:
        """Score one result; returns the validator's JSON result for it (status, expected, got,
        errors, detail, quote). Other keywords: validate()'s (model, golden_dir, ...)."""
        result: dict[str, Any] = {"id": id, "value": value}
        if unit is not None:
            result["unit"] = unit
        if uncertainty is not None:
            result["uncertainty"] = uncertainty
        if x_unit is not None:
            result["xUnit"] = x_unit
        if conditions is not None:
            result["conditions"] = conditions
        report = self._score([result], options)
        scored = report.result(id)
        accepted = {status} if isinstance(status, str) else set(status) if status else None
        if report.passed and (accepted is None or (scored and scored["status"] in accepted)):
            return scored or {}
        got = scored["status"] if scored else "unknown id" if report.unknown else "not scored"
        want = f" (accepted: {', '.join(sorted(accepted))})" if accepted else ""
        _fail(f"golden_check({id!r}): {got}{want}\n\n{report.text().rstrip()}")
        raise AssertionError  # unreachable

    def output(self, what: Any, **options: Any) -> Report:
        """Score a list of results, an output document or an output file (a path); the test
        fails with the validator's report unless the run passes. Returns the Report."""
        report = self._score(what, options)
        if not report.passed:
            _fail(f"golden_check.output: {report.line}\n\n{report.text().rstrip()}")
        return report


@pytest.fixture
def golden_check(request: pytest.FixtureRequest) -> GoldenCheck:
    """Check model values against the ASSB golden records; see the module docstring."""
    return GoldenCheck(request.config.getoption("assb_golden_dir"))
