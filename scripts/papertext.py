"""Shared reading of the paper texts for check-quotes.py and census.py (standard library only).

The quote check compares a record's `quote` with the paper's text after both have been brought to
one *canonical form*. The canonical form changes typography only; words and numbers are never
changed. The normalisations, all applied to both sides:

1. Whitespace is not compared: every whitespace character (space, tab, newline, no-break and
   thin spaces) is dropped.
2. LaTeX markup is not compared: `$` is dropped; the commands `\\text`, `\\mathrm`, `\\rm`,
   `\\mathit`, `\\textit`, `\\textbf`, `\\mathbf`, `\\left`, `\\right` and layout commands
   (`\\quad`, `\\,`, `\\;`, `\\!`, `\\ `) produce nothing, so `\\text{ mAh g}` reads `mAh g`; the
   braces `{` `}` are dropped; `\\tag{3}` reads `(3)` (its typeset form); `\\%` is `%`,
   `\\_` is `_`; the symbol commands become their character: `\\sim` ~, `\\approx` ≈,
   `\\times` ×, `\\pm` ±, `\\cdot` ·, `\\circ` and `\\degree` °, `\\mu` µ, `\\AA` Å,
   `\\rightarrow` →, `\\le`/`\\leq` ≤, `\\ge`/`\\geq` ≥ and the Greek letters (`\\Delta` Δ,
   `\\sigma` σ, `\\Omega` Ω, ...).
3. Super- and subscript markup is not compared: `^` and `_` are dropped and the Unicode super-
   and subscript digits and signs read as the plain ones, so `g^{-1}`, `g^-1` and `g⁻¹` all read
   `g-1`, and `Li_6PS_5Cl`, `Li₆PS₅Cl` and `Li6PS5Cl` all read `Li6PS5Cl`.
4. One character per symbol: every dash (hyphen-minus, minus sign −, en dash –, em dash —,
   hyphen ‐, non-breaking hyphen, and the LaTeX `--`/`---`) reads `-`; ‘ ’ read `'` and “ ”
   read `"`; micro sign µ and Greek mu μ read `µ`; tilde operator ∼ reads `~`; `\\degree` and
   `^\\circ` read `°`.
5. Markdown emphasis is not compared: `*` is dropped (`**a**` reads `a`).

Nothing else is folded: letter case, punctuation (other than the above), digits, words, and
citation marks (`ASSBs¹`, `^{3–5}`) are compared as they are.

Elisions and joins. A quote that leaves words out, or that runs across a figure caption, a page
break or a footnote that the text puts in the middle of the sentence, is written with the marker
` […] ` (space, U+005B, U+2026 horizontal ellipsis, U+005D, space) at each cut. Each piece must then
be found in the text, in order, the next one starting at most MAX_GAP characters of the original
text after the end of the previous one; or, where the text file holds the continuation earlier
(a column or page extracted out of order), starting at most MAX_GAP characters before the start
of the previous one (MAX_GAP = 3000). A piece must be at least MIN_PIECE (12) canonical
characters long. The record's `printed` must lie within one piece (the loader already requires
it to be a substring of `quote`).
"""
import difflib
import json
import os
import re
import unicodedata

ELISION = " […] "
MAX_GAP = 3000  # characters of original text between two pieces of a quote
MIN_PIECE = 12  # canonical characters

_DROP_COMMANDS = {
    "text", "mathrm", "rm", "mathit", "textit", "textbf", "mathbf", "left", "right", "quad",
    "qquad", "mathrm", "operatorname", "displaystyle", "mathsf", "textrm", "it", "bf",
}
_SYMBOLS = {
    "sim": "~", "approx": "≈", "times": "×", "pm": "±", "cdot": "·", "circ": "°", "degree": "°",
    "mu": "µ", "AA": "Å", "rightarrow": "→", "to": "→", "le": "≤", "leq": "≤", "ge": "≥",
    "geq": "≥", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "Delta": "Δ",
    "varepsilon": "ε", "epsilon": "ε", "theta": "θ", "lambda": "λ", "pi": "π", "rho": "ρ",
    "sigma": "σ", "tau": "τ", "phi": "φ", "Phi": "Φ", "varphi": "φ", "omega": "ω", "Omega": "Ω",
    "eta": "η", "kappa": "κ", "nu": "ν", "varnothing": "∅", "infty": "∞", "propto": "∝",
}
_SINGLE = {"{": "", "}": ""}  # \{ \} (other escaped characters stand for themselves)
_CHARS = {}
for _c in "-\u2212\u2013\u2014\u2010\u2011\u2012\u2015":
    _CHARS[_c] = "-"
for _c in "\u2018\u2019\u201b\u2032":
    _CHARS[_c] = "'"
for _c in "\u201c\u201d\u201f\u2033":
    _CHARS[_c] = '"'
_CHARS.update({"\u03bc": "µ", "\u00b5": "µ", "\u223c": "~", "\u02da": "°", "\u00ba": "°",
               "\u03d5": "φ"})
_SUP = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾", "0123456789+-=()"))
_SUB = dict(zip("₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎", "0123456789+-=()"))
_CHARS.update(_SUP)
_CHARS.update(_SUB)
for _c in "$^_{}*":
    _CHARS[_c] = ""


def canonical(s, display=False):
    """Return (canon, origin): the canonical form of s and, for each of its characters, the index
    in s of the character it comes from.

    With display=True, the *display form* used by census.py: the same, except that a run of
    whitespace (and a LaTeX space command) reads one space, and super/subscripts stay marked:
    `^` and `_` are kept and a run of Unicode superscript (subscript) characters reads `^`
    (`_`) followed by the plain characters (`g⁻¹` reads `g^-1`, `ASSBs¹` reads `ASSBs^1`)."""
    out = []
    origin = []
    script = None  # display form: the kind of Unicode script run being read ("^" or "_")

    def space(at):
        if display and out and out[-1] != " ":
            out.append(" ")
            origin.append(at)
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\\":
            m = re.match(r"\\([A-Za-z]+)", s[i:])
            if m:
                name = m.group(1)
                if name == "tag" and s.startswith("{", i + 4):
                    # \tag{3} is typeset as the equation number "(3)"
                    close = s.find("}", i + 5)
                    if close > 0:
                        inner, inner_origin = canonical(s[i + 5:close])
                        out.append("(" + inner + ")")
                        origin.extend([i] * (len(inner) + 2))
                        i = close + 1
                        continue
                if name in ("quad", "qquad"):
                    space(i)
                if name in _SYMBOLS:
                    out.append(_SYMBOLS[name])
                    origin.append(i)
                # dropped and unknown commands produce nothing
                i += len(m.group(0))
                continue
            if i + 1 < n:
                if s[i + 1] in ",;! ":
                    space(i)
                    i += 2
                    continue
                rep = _SINGLE.get(s[i + 1], s[i + 1])
                if rep:
                    out.append(rep if rep in "%_&#$*^" else _CHARS.get(rep, rep))
                    origin.append(i)
                i += 2
                continue
            i += 1
            continue
        if display:
            kind = "^" if c in _SUP else "_" if c in _SUB else None
            if kind and kind != script:
                out.append(kind)
                origin.append(i)
            script = kind
            if c in "^_":
                out.append(c)
                origin.append(i)
                i += 1
                continue
        if c.isspace():
            space(i)
            i += 1
            continue
        if unicodedata.category(c) == "Cf":
            i += 1
            continue
        if c == "-" and s.startswith("--", i):
            j = i
            while j < n and s[j] == "-":
                j += 1
            out.append("-")
            origin.append(i)
            i = j
            continue
        rep = _CHARS.get(c, c)
        if rep:
            out.append(rep)
            origin.append(i)
        i += 1
    return "".join(out), origin


class Paper:
    """A paper's text with its canonical form and the offsets back into the text."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.text = f.read()
        self.path = path
        self.canon, self.origin = canonical(self.text)

    def orig_span(self, cstart, cend):
        """The span of original text behind canonical [cstart, cend)."""
        if cend <= cstart:
            o = self.origin[cstart] if cstart < len(self.origin) else len(self.text)
            return o, o
        return self.origin[cstart], self.origin[cend - 1] + 1

    def find_quote(self, quote):
        """Find a quote (with ` […] ` markers) in the text. Returns (matches, failure): matches is a
        list of placements, each a list of (cstart, cend) canonical spans, one per piece; failure is
        None or (piece_index, piece_text, search_from_canonical)."""
        pieces = quote.split(ELISION.strip()) if "[…]" in quote else [quote]
        cpieces = [canonical(p)[0] for p in pieces]
        placements = []
        failure = None
        first = cpieces[0]
        start = self.canon.find(first)
        if start < 0:
            return [], (0, pieces[0], 0)
        while start >= 0:
            spans = [(start, start + len(first))]
            ok = True
            for k in range(1, len(cpieces)):
                prev_end_orig = self.orig_span(*spans[-1])[1]
                limit_orig = prev_end_orig + MAX_GAP
                p = self.canon.find(cpieces[k], spans[-1][1])
                if p < 0 or self.origin[p] > limit_orig:
                    # the extraction may have put the continuation earlier (out-of-order
                    # column or page): accept it within MAX_GAP before the previous piece
                    prev_start_orig = self.origin[spans[-1][0]]
                    lo = self.canon.find(cpieces[k])
                    p = -1
                    while 0 <= lo < spans[-1][0]:
                        if self.origin[lo] >= prev_start_orig - MAX_GAP:
                            p = lo
                            break
                        lo = self.canon.find(cpieces[k], lo + 1)
                if p < 0:
                    ok = False
                    if failure is None:
                        failure = (k, pieces[k], spans[-1][1])
                    break
                spans.append((p, p + len(cpieces[k])))
            if ok:
                placements.append(spans)
            start = self.canon.find(first, start + 1)
        if placements:
            return placements, None
        return [], failure

    def nearest(self, piece, cfrom=0, window=None):
        """The passage of original text most like `piece` (difflib), searched from canonical
        offset cfrom (to cfrom + window when given)."""
        cp = canonical(piece)[0]
        hay = self.canon[cfrom: cfrom + window] if window else self.canon[cfrom:]
        if not cp or not hay:
            return ""
        size = len(cp)
        step = max(1, size // 4)
        best, best_ratio = (0, size), -1.0
        for s in range(0, max(1, len(hay) - size // 2), step):
            sm = difflib.SequenceMatcher(None, hay[s: s + size], cp, autojunk=False)
            if sm.quick_ratio() > best_ratio and sm.ratio() > best_ratio:
                best_ratio, best = sm.ratio(), (s, s + size)
        a, b = self.orig_span(cfrom + best[0], min(cfrom + best[1], len(self.canon)))
        return self.text[a:b]


def repo_root():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_papers_dir(root=None):
    root = root or repo_root()
    return os.path.normpath(os.path.join(root, "..", "shared", "papers"))


def load_golden(root=None):
    """[(path, data)] for Golden/*.json, sorted by file name."""
    root = root or repo_root()
    gdir = os.path.join(root, "Golden")
    out = []
    for name in sorted(os.listdir(gdir)):
        if name.endswith(".json"):
            p = os.path.join(gdir, name)
            with open(p, encoding="utf-8") as f:
                out.append((p, json.load(f)))
    return out
