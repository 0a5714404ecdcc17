"""Print, for every relational gold claim, the published figures behind it (same source) for review."""

import glob
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import devref
from validate_dev import compatible

for f in sorted(glob.glob(os.path.join(HERE, "..", "*.yaml"))):
    d = yaml.safe_load(open(f))
    for c in d["claims"]:
        rel = c.get("relation")
        if not rel:
            continue
        print(
            f"{os.path.basename(f)} {rel} {c['model']} vs {c.get('other_model')} {c.get('benchmark')}/{c.get('other_benchmark')} value={c['value']} setting={c['setting']} GOLD={c['verdict']}"
        )
        if not c.get("model_id"):
            continue
        cc = dict(c)
        cc["metric"] = c.get("metric")
        a = [r for r in devref.q(c["model_id"], c["benchmark"]) if compatible(cc, r)]
        if rel in ("drop", "rise") and c.get("other_benchmark"):
            b = [r for r in devref.q(c["model_id"], c["other_benchmark"])]
        elif c.get("other_model_id"):
            b = [r for r in devref.q(c["other_model_id"], c["benchmark"]) if compatible(cc, r)]
        else:
            b = []
        srcs = sorted(
            {
                r["src"].split(":")[0] + ":" + r["src"].split(":")[1][:18]
                if ":" in r["src"]
                else r["src"]
                for r in a
            }
        )
        for s in srcs:
            av = [
                r["value"] + "(" + r["setting"][:18] + ")"
                for r in a
                if (
                    r["src"].split(":")[0] + ":" + r["src"].split(":")[1][:18]
                    if ":" in r["src"]
                    else r["src"]
                )
                == s
            ]
            bv = [
                r["value"] + "(" + r["setting"][:18] + ")"
                for r in b
                if (
                    r["src"].split(":")[0] + ":" + r["src"].split(":")[1][:18]
                    if ":" in r["src"]
                    else r["src"]
                )
                == s
            ]
            if bv:
                print("    ", s, "A:", av, "B:", bv)
