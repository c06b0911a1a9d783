"""Finding the bundled `validate-model` executable.

The wheel ships the native binary the way ruff and uv ship theirs: as a file in the wheel's
`<name>.data/scripts/` folder, which the installer copies into the environment's scripts folder
(`bin/` of a venv) next to the other console commands. So the `validate-model` command is the
binary itself (no Python start-up in front of it), and this module only has to find it again from
Python, in the same places uv's `find_uv_bin` looks.
"""
from __future__ import annotations

import os
import shutil
import sys
import sysconfig

__all__ = ["BinaryNotFoundError", "find_binary"]

_EXE = "validate-model" + (sysconfig.get_config_var("EXE") or "")


class BinaryNotFoundError(FileNotFoundError):
    """The `validate-model` executable is in none of the places a wheel install puts it."""


def _candidates() -> list[str]:
    dirs: list[str] = []
    # The scheme this interpreter installs into (a venv's bin/, or the system's).
    dirs.append(sysconfig.get_path("scripts"))
    # `pip install --user`.
    user_scheme = {"posix": "posix_user", "nt": "nt_user"}.get(os.name)
    if user_scheme and user_scheme in sysconfig.get_scheme_names():
        dirs.append(sysconfig.get_path("scripts", scheme=user_scheme))
    # `pip install --target DIR` / `--prefix DIR`: scripts land in DIR/bin, the package in
    # DIR/assb_reference or DIR/lib/pythonX.Y/site-packages/assb_reference.
    here = os.path.dirname(os.path.abspath(__file__))
    parent = os.path.dirname(here)
    dirs.append(os.path.join(parent, "bin"))
    if os.path.basename(parent) == "site-packages":
        dirs.append(os.path.join(parent, "..", "..", "..", "bin"))
    # The interpreter's own folder (a venv run by absolute path without activation).
    dirs.append(os.path.dirname(sys.executable))
    return [os.path.join(d, _EXE) for d in dirs if d]


def find_binary() -> str:
    """The path of the `validate-model` executable this package runs.

    `ASSB_VALIDATE_MODEL` (a path) wins, so a checkout's own build can be used
    (`ASSB_VALIDATE_MODEL=$(swift build --show-bin-path)/validate-model`); then the places a wheel
    install puts the bundled binary; then `validate-model` on PATH.
    """
    override = os.environ.get("ASSB_VALIDATE_MODEL")
    if override:
        if os.path.isfile(override) and os.access(override, os.X_OK):
            return override
        raise BinaryNotFoundError(
            f"ASSB_VALIDATE_MODEL={override!r} is not an executable file; unset it to use the "
            "validate-model installed with this package")
    for path in _candidates():
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return os.path.normpath(path)
    on_path = shutil.which(_EXE)
    if on_path:
        return on_path
    raise BinaryNotFoundError(
        "validate-model was not found beside this Python package (looked in: "
        + ", ".join(sorted({os.path.dirname(p) for p in _candidates()}))
        + ") nor on PATH; install the platform wheel built by scripts/package.sh, or set "
        "ASSB_VALIDATE_MODEL to the binary's path")
