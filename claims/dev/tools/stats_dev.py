"""Counts for the dev set: passages, claims per form / verdict / format, settings, spellings."""

import collections
import glob
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import devref

from checker.models import model_id

C = collections.Counter
forms, verd, fmts, rel, fv = C(), C(), C(), C(), C()
n = p = setting = noncanon = 0
refnames = {r["model"] for r in devref.rows}
idmismatch = []
for f in sorted(glob.glob(os.path.join(HERE, "..", "*.yaml"))):
    d = yaml.safe_load(open(f))
    p += 1
    fmts[d["format"]] += 1
    for c in d["claims"]:
        n += 1
        forms[c["form"]] += 1
        verd[c["verdict"]] += 1
        fv[(c["form"], c["verdict"])] += 1
        if c.get("relation"):
            rel[c["relation"]] += 1
        st = c.get("setting") or {}
        if (
            st.get("shots") is not None
            or st.get("decoding")
            or "cot" in st
            or st.get("feedback")
            or st.get("dataset_version")
            or (c.get("metric") or "pass@1") != "pass@1"
        ):
            setting += 1
        if c.get("model_id") and c["model"] not in refnames:
            noncanon += 1
        if c.get("model_id") and model_id(c["model"]) != c["model_id"]:
            idmismatch.append(
                (os.path.basename(f), c["model"], c["model_id"], model_id(c["model"]))
            )
print("passages", p, "claims", n)
print("forms", dict(forms))
print(
    "relational (gap+change-relations+comparison+rank):",
    forms["gap"] + forms["comparison"] + forms["rank"] + sum(1 for _ in []),
    " change:",
    forms["change"],
)
print("verdicts", dict(verd), {k: round(v / n * 100) for k, v in verd.items()})
print("formats", dict(fmts))
print("relations", dict(rel))
print("setting-stated claims", setting)
print("claims whose model spelling is not any reference spelling (resolved):", noncanon)
print("form x verdict", dict(sorted(fv.items())))
if "-v" in sys.argv:
    for x in idmismatch:
        print("  id differs from model_id(written name):", x)
