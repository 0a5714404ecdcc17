"""`claimcheck refs ...`: build, inspect, validate and update the reference tables."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import click

from checker.cli._common import ToolError, fail, write_output
from checker.errors import CheckerError


def _default_source_dir() -> Path:
    env = os.environ.get("CLAIMCHECK_REFDATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parents[2]
    return here.parent / "shared" / "refdata"


@click.group("refs")
def refs_group() -> None:
    """The reference data: every published figure with its provenance."""


@refs_group.command("build")
@click.option(
    "--from",
    "src",
    type=click.Path(file_okay=False),
    help="Directory of raw source files (default: ../shared/refdata or $CLAIMCHECK_REFDATA).",
)
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False),
    help="Where to write the tables (default: the bundled benchmarks/ directory).",
)
def build_command(src, out) -> None:
    """Regenerate benchmarks/ from the sources (deterministic, stably sorted)."""
    from checker.refdata.build import build
    from checker.refstore import bundled_dir

    src_dir = Path(src) if src else _default_source_dir()
    if not src_dir.is_dir():
        raise ToolError(f"{src_dir}: source directory not found")
    try:
        result = build(src_dir, Path(out) if out else bundled_dir())
    except CheckerError as exc:
        raise fail(exc) from exc
    click.echo(result.summary() if hasattr(result, "summary") else str(result))


def _rows(store, model, benchmark, source):
    from checker.models import model_id
    from checker.refstore import reference_to_row
    from checker.vocab import default_benchmark_vocab, lookup_alias

    mid = model_id(model) if model else None
    if model and mid is None:
        raise ToolError(f"--model {model}: not a model name (no family words)")
    slug = (lookup_alias(default_benchmark_vocab(), benchmark) or benchmark) if benchmark else None
    refs = store.for_model(mid) if mid else store.references
    out = []
    for ref in refs:
        if slug and ref.benchmark != slug:
            continue
        if source and ref.source_id != source:
            continue
        out.append(reference_to_row(ref))
    return out


@refs_group.command("list")
@click.option("--model", help="A model name in any spelling.")
@click.option("--benchmark", help="A benchmark slug or name.")
@click.option("--source", help="A source id, e.g. arXiv:2412.21199.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@click.option(
    "--refs-dir",
    type=click.Path(file_okay=False),
    help="Reference-table directory (default: bundled).",
)
def list_command(model, benchmark, source, fmt, refs_dir) -> None:
    """List published figures, filtered by model, benchmark or source."""
    from checker.refstore import REFERENCE_COLUMNS, load_store

    try:
        store = load_store(Path(refs_dir) if refs_dir else None)
    except CheckerError as exc:
        raise fail(exc) from exc
    rows = _rows(store, model, benchmark, source)
    if fmt == "json":
        write_output(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", None)
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=REFERENCE_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        write_output(buf.getvalue(), None)
    else:
        write_output(_table(rows), None)


def _table(rows: list[dict[str, str]]) -> str:
    from checker.refstore import setting_from_row

    cols = ("model", "benchmark", "metric", "setting", "value", "source", "locator")
    data = [
        {
            "model": r["model"],
            "benchmark": r["benchmark"],
            "metric": r["metric"],
            "setting": setting_from_row(r).describe()
            + (f" [until {r['valid_to']}]" if r["valid_to"] else ""),
            "value": r["value_text"],
            "source": r["source_id"],
            "locator": r["locator"],
        }
        for r in rows
    ]
    widths = {c: max([len(c)] + [len(d[c]) for d in data]) for c in cols}
    lines = ["  ".join(c.ljust(widths[c]) for c in cols).rstrip()]
    lines += ["  ".join(d[c].ljust(widths[c]) for c in cols).rstrip() for d in data]
    lines.append(f"{len(data)} figures")
    return "\n".join(lines) + "\n"


@refs_group.command("show")
@click.argument("model")
@click.option("--refs-dir", type=click.Path(file_okay=False))
def show_command(model, refs_dir) -> None:
    """Everything known about MODEL: registry entry, aliases and figures."""
    from checker.models import model_id
    from checker.refstore import load_store

    try:
        store = load_store(Path(refs_dir) if refs_dir else None)
    except CheckerError as exc:
        raise fail(exc) from exc
    mid = model_id(model)
    if not mid or not store.knows_model(mid):
        raise ToolError(f"{model}: not in the reference data (parsed as {mid or 'nothing'})")
    entry = store.models.get(mid, {})
    lines = [f"{mid}"]
    for key in ("name", "family", "size", "variant", "qualifiers"):
        if entry.get(key):
            lines.append(f"  {key}: {entry[key]}")
    if entry.get("aliases"):
        lines.append(f"  aliases: {', '.join(entry['aliases'].split('|'))}")
    rows = _rows(store, model, None, None)
    write_output("\n".join(lines) + "\n\n" + _table(rows), None)


@refs_group.command("validate")
@click.option(
    "--refs-dir", type=click.Path(file_okay=False), help="Directory to validate (default: bundled)."
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def validate_command(refs_dir, fmt) -> None:
    """Schema errors (exit 1), and data findings reported as warnings."""
    from checker.refdata.validate import validate
    from checker.refstore import bundled_dir

    try:
        report = validate(Path(refs_dir) if refs_dir else bundled_dir())
    except CheckerError as exc:
        raise fail(exc) from exc
    if fmt == "json":
        write_output(json.dumps(report.to_dict(), indent=1, ensure_ascii=False) + "\n", None)
    else:
        write_output(report.render() if hasattr(report, "render") else str(report), None)
    raise SystemExit(0 if report.ok else 1)


@refs_group.command("update")
@click.option("--source", type=click.Choice(["evalplus", "codeeval-pro"]), required=True)
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    help="Where to write the tables (default: bundled benchmarks/).",
)
@click.option(
    "--file",
    "local_file",
    type=click.Path(dir_okay=False, exists=True),
    help="Import this local copy instead of fetching the URL.",
)
def update_command(source, out, local_file) -> None:
    """Fetch a live leaderboard file and import it as a new dated version."""
    from checker.refdata.update import update
    from checker.refstore import bundled_dir

    try:
        result = update(
            source,
            Path(out) if out else bundled_dir(),
            local_file=Path(local_file) if local_file else None,
        )
    except CheckerError as exc:
        raise fail(exc) from exc
    click.echo(result.summary() if hasattr(result, "summary") else str(result))
