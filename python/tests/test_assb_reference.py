"""Tests of the installed assb_reference package (CI runs them in a fresh venv with the wheel):
the Python API over the bundled binary, its errors for a user's mistakes, and the pytest plugin.

    pip install dist/assb_reference_suite-*.whl pytest && pytest python/tests
"""
import json
import subprocess
import sys

import pytest

import assb_reference as assb

pytest_plugins = ["pytester"]

SHELL = "kim2025.shell-thickness.eq1-95-5"  # printed 181 nm, tolerance 0.5 nm


class FakeNumpyScalar:
    """Duck-typed like numpy.float64: .tolist() gives the Python number."""

    def __init__(self, value):
        self.value = value

    def tolist(self):
        return self.value


def test_the_bundled_binary_is_the_console_command():
    binary = assb.find_binary()
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == assb.validator_version() == assb.__version__


def test_a_pass_and_a_fail_are_reports():
    good = assb.validate([{"id": SHELL, "value": 181.2, "unit": "nm"}], model="m")
    assert good.passed and good.exit_code == 0 and good.results[0]["status"] == "pass"
    assert good.line.endswith("→ PASS") and good.raw["model"] == "m"
    bad = assb.validate([(SHELL, 0.1812, "nm")])
    assert not bad.passed and bad.exit_code == 1 and bad.result(SHELL)["status"] == "fail"
    assert "likely unit error" in bad.text()
    assert bad.text("markdown").startswith("### validate-model")


def test_whole_documents_options_and_duck_typed_numbers():
    doc = {"formatVersion": 1, "results": [
        {"id": SHELL, "value": FakeNumpyScalar(181.0), "unit": "nm",
         "uncertainty": FakeNumpyScalar(0.1)}]}
    report = assb.validate(doc, conditions={}, paper="kim2025", require_all=True)
    assert not report.passed  # --require-all: the other kim2025 ids are missing
    assert report.result(SHELL)["status"] == "pass" and len(report.missing) > 0
    assert assb.validate(doc, min_pass_fraction=0.5).passed


def test_validate_file(tmp_path):
    path = tmp_path / "out.json"
    path.write_text(json.dumps({"formatVersion": 1, "results": [
        {"id": SHELL, "value": 0.181, "unit": "µm"}]}), encoding="utf-8")
    assert assb.validate_file(path).passed
    assert assb.validate_file(str(path), id="lee2020.*").exit_code == 1  # nothing selected


@pytest.mark.parametrize("results, message", [
    ([{"id": SHELL, "value": 1, "unit": "nmx"}], "unknown unit symbol 'nmx'"),
    ([{"id": SHELL, "value": 1, "unit": "nm", "typo": 1}], "unknown field 'typo'"),
    ([{"id": SHELL, "value": 1, "unit": "s"}], "Error:"),
    ([{"id": SHELL, "value": float("nan"), "unit": "nm"}], "not a finite number"),
    ([{"id": SHELL, "value": object(), "unit": "nm"}], "cannot be written as JSON"),
    ([{1: SHELL}], "is not a string"),
    ([42], "expected a dict"),
    ("out.json", "validate_file"),
    (42, "got 'int'"),
])
def test_user_mistakes_raise_validation_input_error(results, message):
    with pytest.raises(assb.ValidationInputError, match=message.replace("(", r"\(")):
        assb.validate(results)


def test_bad_options_and_a_missing_file():
    with pytest.raises(assb.ValidationInputError, match="min_pass_fraction"):
        assb.validate([(SHELL, 181, "nm")], min_pass_fraction="most")
    with pytest.raises(assb.ValidationInputError, match="Error:"):
        assb.validate([(SHELL, 181, "nm")], min_pass_fraction=2)
    with pytest.raises(assb.ValidationInputError, match="Error:"):
        assb.validate_file("/nonexistent/out.json")
    with pytest.raises(TypeError, match="model"):
        assb.validate_file("/nonexistent/out.json", model="x")


def test_golden_records_and_template():
    record = assb.golden(SHELL)
    assert (record.unit, record.kind, record.printed) == ("nm", "computed", "181")
    assert len(assb.golden_ids()) >= 500 and SHELL in assb.golden_ids("kim2025")
    with pytest.raises(KeyError, match="did you mean"):
        assb.golden("kim2025.shell-thickness.eq1-95")
    ids = [r["id"] for r in assb.template("kim2025")["results"]]
    assert SHELL in ids and all(i.startswith("kim2025.") for i in ids)


def test_the_package_does_not_import_pytest():
    code = "import sys, assb_reference; print('pytest' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_plugin_passes_and_fails_with_the_validators_report(pytester):
    pytester.makepyfile(test_model="""
        def test_pass(golden_check):
            assert golden_check("kim2025.shell-thickness.eq1-95-5", 181, unit="nm")["status"] == "pass"
        def test_unit_slip(golden_check):
            golden_check("kim2025.shell-thickness.eq1-95-5", 0.181, unit="nm")
        def test_bad_unit(golden_check):
            golden_check("kim2025.shell-thickness.eq1-95-5", 181, unit="nmx")
        def test_unknown_id(golden_check):
            golden_check("kim2025.shell-thickness.eq1-95", 181, unit="nm")
        def test_whole_output(golden_check):
            golden_check.output([("kim2025.shell-thickness.eq1-95-5", 200, "nm")])
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=4)
    text = result.stdout.str()
    assert "likely unit error" in text and "Summary: 1 scored" in text
    assert "unknown unit symbol 'nmx'" in text and "During handling" not in text
    assert "did you mean 'kim2025.shell-thickness.eq1-95-5'" in text
    assert "golden_check.output: Summary:" in text
    assert "Traceback" not in text
