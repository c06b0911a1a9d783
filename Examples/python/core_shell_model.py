#!/usr/bin/env python3
"""A tiny external model scored by validate-model: Kim 2025's Eq. (1) shell thickness, written
from scratch in plain Python (no dependencies).

    python3 Examples/python/core_shell_model.py other-output.json
    swift run validate-model other-output.json

The output format is plain JSON (Fixtures/schema/model-output.schema.json): a list of results,
each a golden id, a value and the unit it is in (any unit of the same dimension, also spelt as
PyBaMM spells it, "Shell thickness [m]").

The outer-shell reading does not give the paper's printed 880 / 181 nm (no reading of Eq. (1)
does), so validate-model reports both as `documented-reading`: the model does what the paper's
formula describes, which is not the same as reproducing the printed number (docs/verdicts.md).
The FIB-SEM thicknesses (870 / 184 nm) are measurements; this model does not claim them.
"""
import json
import sys

R_NCM_UM = 3.75          # mean NCM811 radius, µm (Kim 2025, Eq. (1))
RHO_NCM, RHO_SE = 4.8, 1.64  # theoretical densities, g cm^-3


def shell_thickness_um(am_wt: float, se_wt: float) -> float:
    """Outer-shell reading: (r + t)^3 - r^3 = r^3 (W_SE/W_NCM)(rho_NCM/rho_SE)."""
    volume_ratio = (se_wt / am_wt) * (RHO_NCM / RHO_SE)
    return R_NCM_UM * ((1 + volume_ratio) ** (1 / 3) - 1)


def main(path: str) -> None:
    results = [
        {"id": "kim2025.shell-thickness.eq1-75-25", "value": shell_thickness_um(75, 25), "unit": "µm"},
        {"id": "kim2025.shell-thickness.eq1-95-5", "value": shell_thickness_um(95, 5) * 1e-6,
         "unit": "Shell thickness [m]"},
    ]
    doc = {"formatVersion": 1,
           "model": {"name": "example core-shell model", "language": "Python"},
           "results": results}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
    print(f"wrote {len(results)} results to {path}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "other-output.json")
