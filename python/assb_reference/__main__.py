"""`python -m assb_reference ARGS…` runs the bundled validate-model with ARGS (same as the
`validate-model` command, for environments whose scripts folder is not on PATH)."""
import os
import sys

from ._binary import BinaryNotFoundError, find_binary


def main() -> None:
    try:
        binary = find_binary()
    except BinaryNotFoundError as error:
        print(f"Error: {error}", file=sys.stderr)
        sys.exit(2)
    if os.name == "posix":
        os.execv(binary, [binary, *sys.argv[1:]])
    import subprocess
    sys.exit(subprocess.call([binary, *sys.argv[1:]]))


if __name__ == "__main__":
    main()
