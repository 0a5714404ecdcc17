"""Turn a chat-style answer into code, as CodeEval-Pro's sanitizing step intends.

1. If the text has fenced blocks, keep the code inside them (``python`` blocks if any).
2. Cut at the first ``if __name__``, ``# Test`` or ``# Example`` marker, as the
   harness' ``post_process_humaneval`` does.
3. If the result parses, keep only imports, functions, classes and top-level
   assignments (drops stray prints, asserts and demo calls).
"""

from __future__ import annotations

import ast
import re

_FENCE = re.compile(r"```[ \t]*([\w+-]*)[^\n]*\n(.*?)(?:```|\Z)", re.S)
_MARKERS = ("if __name__", "# Test", "# Example")
_KEEP = (
    ast.Import,
    ast.ImportFrom,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Assign,
    ast.AnnAssign,
)


def extract_code(text: str) -> str:
    """Step 1: the code inside fences, or the text itself when there is no fence."""
    blocks = _FENCE.findall(text)
    if not blocks:
        return text
    py = [body for lang, body in blocks if lang.lower() in ("python", "py", "python3")]
    return "\n".join(py or [body for _, body in blocks])


def cut_markers(code: str) -> str:
    """Step 2: drop everything from the first test/demo marker on."""
    for marker in _MARKERS:
        if marker in code:
            return code.split(marker, 1)[0]
    return code


def keep_definitions(code: str) -> str:
    """Step 3: only definitions survive; code that does not parse is returned as is."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return code
    lines = code.splitlines(keepends=True)
    kept: list[str] = []
    for node in tree.body:
        if isinstance(node, _KEEP):
            start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
            kept.append("".join(lines[start - 1 : node.end_lineno]).rstrip("\n"))
    return "\n".join(kept) + "\n" if kept else code


def sanitize(text: str, prompt: str = "") -> str:
    """A runnable program from an answer; ``prompt`` is prepended when the answer is a completion."""
    code = cut_markers(extract_code(text))
    return keep_definitions(prompt + code)
