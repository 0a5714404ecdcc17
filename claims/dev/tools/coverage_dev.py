"""List numbers in each passage that are neither a gold claim value on that line nor inside a non_claims string."""

import glob
import os
import re

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
for f in sorted(glob.glob(os.path.join(HERE, "..", "*.yaml"))):
    d = yaml.safe_load(open(f))
    text = open(os.path.join(REPO, d["file"])).read() if d.get("file") else d["text"]
    lines = text.split("\n")
    covered = {}
    for c in d["claims"]:
        v = c.get("value")
        if v is None:
            continue
        v = abs(v)
        covered.setdefault(c["line"], set()).update({round(v, 2), round(v / 100, 4)})
    ncs = d.get("non_claims") or []
    for i, L in enumerate(lines, 1):
        for m in re.finditer(r"(?<![\w.])(\d*\.\d+|\d+)(?![\w.])", L):
            tok = m.group(1)
            try:
                x = float(tok)
            except ValueError:
                continue
            if "." not in tok and x < 100 and L[m.end():m.end() + 1] != "%":
                continue  # integers: sizes, counts
            if round(x, 2) in covered.get(i, set()) or round(x, 4) in covered.get(i, set()):
                continue
            if any(tok in nc and nc in L for nc in ncs):
                continue
            print(f"{os.path.basename(f)}:{i}: {tok!r} in {L.strip()[:110]!r}")
