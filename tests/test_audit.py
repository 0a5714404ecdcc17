"""Batch audits: outputs, bad files, resume, Dask, HTML."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import audit
from checker.api import check_paths
from checker.audit import AuditOptions, run_audit
from checker.cli import cli

REPO = Path(__file__).resolve().parents[1]


def _gen_module():
    spec = importlib.util.spec_from_file_location("gen_corpus", REPO / "bench" / "gen_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def refs_rows():
    from checker.api import load_context
    from checker.refstore import reference_to_row

    gen = _gen_module()
    return gen.filter_refs([reference_to_row(r) for r in load_context().store.references])


@pytest.fixture
def corpus(tmp_path: Path, refs_rows) -> Path:
    d = tmp_path / "corpus"
    _gen_module().generate(d, 24, seed=1, corrupt=3, refs=refs_rows)
    return d


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _claims(path: Path) -> list[str]:
    return sorted(_lines(path))


def test_audit_cli_with_corrupt_files(corpus: Path, tmp_path: Path, ctx) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["audit", str(corpus), "--out", str(out), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.iterdir())
    assert files == [
        "claims.csv",
        "claims.jsonl",
        "claims.parquet",
        "errors.jsonl",
        "report.html",
        "reports.csv",
    ] or (
        not audit.parquet_available()
        and files == ["claims.csv", "claims.jsonl", "errors.jsonl", "report.html", "reports.csv"]
    )
    errors = [json.loads(line) for line in _lines(out / "errors.jsonl")]
    assert [(Path(e["path"]).name, e["code"]) for e in errors] == [
        ("corrupt-binary.txt", "input.binary"),
        ("corrupt-empty.md", "input.empty"),
        ("corrupt-malformed.pdf", "input.pdf_malformed"),
    ]
    reports = list(csv.DictReader((out / "reports.csv").open(encoding="utf-8")))
    assert len(reports) == 27
    assert {r["error_code"] for r in reports if r["error_code"]} == {
        "input.binary",
        "input.empty",
        "input.pdf_malformed",
    }

    # one JSONL line per claim, the same claims as `check` gives file by file
    lines = [json.loads(line) for line in _lines(out / "claims.jsonl")]
    good = sorted(str(p) for p in corpus.rglob("report-*.md"))
    expected = {p: check_paths([p], ctx).summary() for p in good}
    assert len(lines) == sum(s["claims"] for s in expected.values())
    for row in reports:
        if not row["error_code"]:
            s = expected[row["report"]]
            assert (int(row["claims"]), int(row["verified"]), int(row["contradicted"])) == (
                s["claims"],
                s["verified"],
                s["contradicted"],
            )
    by_report = {}
    for d in lines:
        by_report.setdefault(d["report"], []).append((d["line"], d["value_text"], d["verdict"]))
    one = good[0]
    want = [
        (v["line"], v["value_text"], v["verdict"])
        for v in check_paths([one], ctx).to_dict()["claims"]
    ]
    assert sorted(by_report.get(one, [])) == sorted(want)

    rows = list(csv.DictReader((out / "claims.csv").open(encoding="utf-8")))
    assert len(rows) == len(lines)
    html = (out / "report.html").read_text(encoding="utf-8")
    charts = re.findall(r"<svg .*?</svg>", html, flags=re.S)
    assert len(charts) == 2  # scatter, then verdicts per source
    scatter = ET.fromstring(charts[0])
    marks = scatter.findall(".//{http://www.w3.org/2000/svg}circle")
    assert 0 < len(marks) <= len(lines)
    assert "corrupt-binary.txt" in html
    assert not (out / ".partial").exists()
    assert "27 reports" in result.output and "3 unreadable" in result.output


def test_audit_format_subset_and_bad_format(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = CliRunner().invoke(
        cli,
        [
            "audit",
            str(corpus / "batch000"),
            "--out",
            str(out),
            "--format",
            "jsonl",
            "-j",
            "1",
            "-q",
        ],
    )
    assert r.exit_code == 0, r.output
    assert r.output == ""
    assert sorted(p.name for p in out.iterdir()) == ["claims.jsonl", "errors.jsonl", "reports.csv"]
    r = CliRunner().invoke(cli, ["audit", str(corpus), "--out", str(out), "--format", "xml"])
    assert r.exit_code == 2
    assert (
        r.output
        == "Error: unknown output format xml (expected a comma-separated list of: jsonl, csv, parquet, html)\n"
    )


def test_audit_globs_and_missing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    pattern = str(corpus / "**" / "report-0000*.md")
    res = run_audit(
        [pattern, str(tmp_path / "nope.txt")], AuditOptions(out, jobs=1, formats=("jsonl",))
    )
    assert res.reports == 11
    assert [e["code"] for e in res.errors] == ["input.missing"]


class _Stop(Exception):
    pass


def test_interrupt_then_resume(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    opts = AuditOptions(out, jobs=1, batch_size=5, formats=("jsonl", "csv"))

    def stop_after_two_batches(done: int, total: int) -> None:
        if done >= 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_audit([str(corpus)], opts, progress=stop_after_two_batches)
    assert [p.name for p in out.iterdir()] == [".partial"]  # no half-written outputs

    calls: list[str] = []
    real = audit.audit_file
    monkeypatch.setattr(audit, "audit_file", lambda p, ctx: calls.append(p) or real(p, ctx))
    res = run_audit(
        [str(corpus)],
        AuditOptions(out, jobs=1, batch_size=5, formats=("jsonl", "csv"), resume=True),
    )
    assert res.resumed == 10
    assert len(calls) == 27 - 10
    fresh = tmp_path / "fresh"
    run_audit([str(corpus)], AuditOptions(fresh, jobs=1, formats=("jsonl", "csv")))
    assert _claims(out / "claims.jsonl") == _claims(fresh / "claims.jsonl")
    assert sorted(_lines(out / "claims.csv")) == sorted(_lines(fresh / "claims.csv"))
    assert _lines(out / "reports.csv") == _lines(fresh / "reports.csv")


def test_resume_redoes_changed_files(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    opts = AuditOptions(out, jobs=1, batch_size=4, formats=("jsonl",))

    def stop(done: int, total: int) -> None:
        if done >= 8:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_audit([str(corpus)], opts, progress=stop)
    first = sorted(corpus.rglob("report-*.md"))[0]
    first.write_text(
        "Qwen2.5-Coder-32B-Instruct scores 92.7% pass@1 on HumanEval.\n", encoding="utf-8"
    )
    res = run_audit(
        [str(corpus)], AuditOptions(out, jobs=1, batch_size=4, formats=("jsonl",), resume=True)
    )
    assert res.resumed == 7
    mine = [
        json.loads(x) for x in _lines(out / "claims.jsonl") if json.loads(x)["report"] == str(first)
    ]
    assert [(d["value_text"], d["verdict"]) for d in mine] == [("92.7", "verified")]


def test_html_escapes_report_text(tmp_path: Path) -> None:
    rep = tmp_path / "r" / "evil.md"
    rep.parent.mkdir()
    rep.write_text(
        "Qwen2.5-Coder-32B-Instruct scores 97.2% pass@1 on HumanEval <script>alert(1)</script>.\n"
    )
    out = tmp_path / "out"
    res = run_audit([str(rep.parent)], AuditOptions(out, jobs=1, formats=("html",)))
    assert res.counts["contradicted"] == 1
    html = (out / "report.html").read_text()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_dask_local_cluster_matches_local(corpus: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed")
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        res = run_audit(
            [str(corpus)],
            AuditOptions(
                tmp_path / "dask",
                jobs=2,
                batch_size=4,
                formats=("jsonl",),
                distributed=cluster.scheduler_address,
            ),
        )
    run_audit(
        [str(corpus)], AuditOptions(tmp_path / "local", jobs=2, batch_size=4, formats=("jsonl",))
    )
    assert res.reports == 27
    assert _claims(tmp_path / "dask" / "claims.jsonl") == _claims(
        tmp_path / "local" / "claims.jsonl"
    )


@pytest.mark.parametrize(
    ("arg", "message"),
    [
        ("nope", "Error: {d}/nope: nothing to audit: no such file\n"),
        ("nope/*.md", "Error: {d}/nope/*.md: nothing to audit: no file matches this pattern\n"),
        ("empty", "Error: {d}/empty: nothing to audit: no report files found\n"),
    ],
)
def test_nothing_to_audit_exit_2(tmp_path: Path, arg: str, message: str) -> None:
    (tmp_path / "empty").mkdir()
    r = CliRunner().invoke(cli, ["audit", str(tmp_path / arg), "--out", str(tmp_path / "out")])
    assert r.exit_code == 2
    assert r.output == message.format(d=tmp_path)


def test_resume_after_a_crash_mid_write(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    opts = AuditOptions(out, jobs=1, batch_size=4, formats=("jsonl", "csv"))

    def stop(done: int, total: int) -> None:
        if done >= 8:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_audit([str(corpus)], opts, progress=stop)
    part = out / ".partial"
    with open(part / "claims.jsonl", "ab") as fh:  # lines of a report that was never journaled
        fh.write(b'{"report": "half-written"}\n{"rep')
    with open(part / "journal.jsonl", "ab") as fh:
        fh.write(b'{"report": "x", "sha2')
    res = run_audit([str(corpus)], AuditOptions(out, jobs=1, formats=("jsonl", "csv"), resume=True))
    assert res.resumed == 8
    fresh = tmp_path / "fresh"
    run_audit([str(corpus)], AuditOptions(fresh, jobs=1, formats=("jsonl", "csv")))
    assert _claims(out / "claims.jsonl") == _claims(fresh / "claims.jsonl")
    assert _lines(out / "claims.csv")[0] == _lines(fresh / "claims.csv")[0]

    # a journal that is garbage from the first line: start again from scratch
    with pytest.raises(KeyboardInterrupt):
        run_audit(
            [str(corpus)],
            AuditOptions(out, jobs=1, batch_size=4, formats=("jsonl", "csv")),
            progress=stop,
        )
    (out / ".partial" / "journal.jsonl").write_bytes(b"\x00garbage\n")
    res = run_audit([str(corpus)], AuditOptions(out, jobs=1, formats=("jsonl", "csv"), resume=True))
    assert res.resumed == 0
    assert _claims(out / "claims.jsonl") == _claims(fresh / "claims.jsonl")
    assert sorted(_lines(out / "claims.csv")) == sorted(_lines(fresh / "claims.csv"))
