"""Reproduce a claimed pass@k from released samples, in a sandbox (GitHub issue 7).

Light to import: the sandbox, problem loaders and ``datasets`` load only when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checker.reproduce.api import Reproduction, reproduce

__all__ = ["Reproduction", "reproduce"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from checker.reproduce import api

        return getattr(api, name)
    raise AttributeError(name)
