"""Meta-tests: imports run one way, and only the CLI imports click."""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "checker"
# module -> modules it may not import (the pipeline runs text -> claims -> matches -> verdicts -> reports)
FORBIDDEN = {
    "records": {"extract", "match", "verdict", "report", "api", "refstore", "cli"},
    "errors": {"records", "extract", "match", "verdict", "report", "api", "refstore", "cli"},
    "models": {"extract", "match", "verdict", "report", "api", "cli"},
    "extract": {"match", "verdict", "report", "api", "cli", "refstore"},
    "match": {"verdict", "report", "api", "cli", "extract"},
    "verdict": {"report", "api", "cli", "extract"},
    "report": {"api", "cli", "extract", "verdict"},
    "api": {"cli"},
}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


def test_only_cli_imports_click():
    offenders = [
        str(p.relative_to(PKG))
        for p in PKG.rglob("*.py")
        if "cli" not in p.relative_to(PKG).parts
        and any(m.split(".")[0] == "click" for m in imports(p))
    ]
    assert offenders == []


def test_imports_follow_the_pipeline():
    for module, banned in FORBIDDEN.items():
        used = {m.split(".")[1] for m in imports(PKG / f"{module}.py") if m.startswith("checker.")}
        assert not (used & banned), (module, used & banned)


def test_check_path_does_not_import_pandas():
    import subprocess
    import sys

    code = "import sys, checker.api, checker.cli; checker.api.check_text('x'); print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def module_constants(path: Path) -> list[str]:
    """Names bound at module level by plain assignment (``_X = ...``), in order."""
    names = []
    for node in ast.parse(path.read_text()).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


def test_no_module_constant_is_bound_twice():
    # a pattern defined again further down a long module silently replaces the first one
    # for every function, including those above the second definition
    for path in sorted(PKG.rglob("*.py")):
        names = [n for n in module_constants(path) if n != "__all__"]
        twice = sorted({n for n in names if names.count(n) > 1})
        assert not twice, f"{path.relative_to(PKG.parent)} binds {twice} more than once"
