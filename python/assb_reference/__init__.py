"""Python access to the ASSB reference suite's `validate-model`, the golden-data validator for five
all-solid-state-battery papers (the ASSBReferenceSuite Swift package; see its README.md).

    import assb_reference
    report = assb_reference.validate(
        [{"id": "kim2025.shell-thickness.eq1-95-5", "value": 181.2, "unit": "nm"}],
        model="my-model")
    print(report.passed, report.line)

The scoring is done by the native `validate-model` binary installed with this package (the
`validate-model` command); this package only writes its input and reads its JSON report. Pure
Python, no dependencies; `assb_reference.pytest_plugin` (loaded by pytest automatically) adds the
`golden_check` fixture.
"""
from ._binary import BinaryNotFoundError, find_binary
from ._core import (
    GoldenRecord,
    Report,
    ValidationInputError,
    ValidatorError,
    golden,
    golden_ids,
    run,
    template,
    validate,
    validate_file,
    validator_version,
)

__version__ = "0.2.0"

__all__ = [
    "BinaryNotFoundError", "GoldenRecord", "Report", "ValidationInputError", "ValidatorError",
    "find_binary", "golden", "golden_ids", "run", "template", "validate", "validate_file",
    "validator_version", "__version__",
]
