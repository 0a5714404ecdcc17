"""Lookup of the published figures in /work/shared/refdata, for labelling the dev set.

Usage: python devref.py MODEL_ID [BENCH_SLUG] [NAME_REGEX]   ('-' = any)
"""

import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, REPO)
from checker.models import model_id

R = os.environ.get("REFDATA", "/work/shared/refdata")
reg = json.load(open(os.path.join(REPO, "benchmarks/benchmarks.json")))["benchmarks"]
alias = {}
for b in reg:
    for a in b["aliases"] + [b["name"], b["slug"]]:
        alias[a.lower()] = b["slug"]


def bslug(name):
    n = name.strip()
    if n.startswith("LiveCodeBench"):
        return "livecodebench"
    if n.lower() in alias:
        return alias[n.lower()]
    n2 = re.sub(r"\s*\(.*\)$", "", n).strip()
    return alias.get(n2.lower(), "UNK:" + name)


rows = []
for f in glob.glob(R + "/*/*.csv"):
    if f.endswith(("results_flat.csv", "value_history.csv", "leaderboard_data.csv")):
        continue
    for r in csv.DictReader(open(f)):
        try:
            float(r["value"])
        except Exception:
            continue
        mid = model_id(r["model"])
        if (
            "/llama3_repo/" in f and mid
        ):  # the model card's instruction-tuned table prints base names
            mid = mid.replace("-base", "-instruct")
        rows.append(
            dict(
                model=r["model"],
                mid=mid,
                bench=bslug(r["benchmark"]),
                braw=r["benchmark"],
                metric=r["metric"],
                value=r["value"],
                setting=r["setting"],
                src=f.split("/")[-2] + ":" + r.get("locator", "")[:40],
            )
        )
ep = json.load(open(R + "/evalplus_leaderboard/results.json"))
for m, d in ep.items():
    for k, v in d["pass@1"].items():
        if v is None or v == "":
            continue
        rows.append(
            dict(
                model=m,
                mid=model_id(m),
                bench=bslug(k),
                braw=k,
                metric="pass@1",
                value=str(v),
                setting="evalplus lb greedy",
                src="evalplus_lb",
            )
        )
SPLIT = {
    ("full", "complete"): "bigcodebench-complete",
    ("full", "instruct"): "bigcodebench-instruct",
    ("hard", "complete"): "bigcodebench-complete-hard",
    ("hard", "instruct"): "bigcodebench-instruct-hard",
}
for r in csv.DictReader(open(R + "/bigcodebench_leaderboard/value_history.csv")):
    rows.append(
        dict(
            model=r["model"],
            mid=model_id(r["model"]),
            bench=SPLIT[(r["subset"], r["split"])],
            braw=r["subset"] + "/" + r["split"],
            metric="pass@1",
            value=r["value"],
            setting="bcb lb {}..{}".format(r["first_commit_date"], r["last_commit_date"]),
            src="bcb_lb",
        )
    )


def q(mid=None, bench=None, pat=None):
    return [
        r
        for r in rows
        if (not mid or r["mid"] == mid)
        and (not bench or r["bench"] == bench)
        and (not pat or re.search(pat, r["model"], re.I))
    ]


if __name__ == "__main__":
    a = sys.argv[1:] + ["-", "-"]
    mid = None if a[0] == "-" else a[0]
    bench = None if a[1] == "-" else a[1]
    pat = a[2] if len(a) > 2 and a[2] != "-" else None
    for r in q(mid, bench, pat):
        print(
            f"{r['mid']:36} {r['bench']:27} {r['metric'][:14]:14} {r['value']:>6}  {r['setting'][:40]:40} {r['model'][:32]:32} {r['src'][:45]}"
        )
