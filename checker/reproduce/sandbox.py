"""Run untrusted code in sandboxed child processes (see ``_worker.py`` for what a child gets).

A :class:`SandboxPool` starts one worker process per job slot (``python -I -S``, or ``-I``
when third-party packages are needed); every job is forked from a worker, so the Python
start-up is paid once per slot, not once per sample.
"""

from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from checker.errors import ReproductionError

_WORKER = Path(__file__).with_name("_worker.py")
GIB = 1 << 30


@dataclass(frozen=True, slots=True)
class Limits:
    """Resource limits for one sandboxed run."""

    memory: int = 2 * GIB  # RLIMIT_AS
    fsize: int = 16 << 20  # RLIMIT_FSIZE, also caps captured output
    nproc: int = 16  # RLIMIT_NPROC, on top of the uid's current tasks when not root
    result: int = 64 << 10  # largest result a child may send back

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Job:
    """One piece of code to run. ``mode``: script | gt | plus (see ``_worker._child_main``)."""

    code: str
    timeout: float
    mode: str = "script"
    main: bool = False  # run as __main__ (module-level `if __name__ == "__main__"` blocks run)
    task: str | None = None  # key of a context sent with SandboxPool.add_task
    limits: Limits = Limits()


@dataclass(frozen=True, slots=True)
class RunResult:
    """Outcome of one job: ``pass`` | ``fail`` | ``timeout``."""

    status: str
    detail: str
    elapsed: float
    payload: bytes | None = None
    output: str = ""


@dataclass(frozen=True, slots=True)
class SandboxInfo:
    """What isolation was actually in force (goes into provenance)."""

    network_isolated: bool
    network_method: str
    uid_isolation: bool
    landlock_abi: int
    site_packages: bool
    preloaded: tuple[str, ...]
    workers: int

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["preloaded"] = list(self.preloaded)
        return d


class _Worker:
    def __init__(self, slot: int, site: bool, preload: Sequence[str]):
        cmd = [sys.executable, "-I"] + ([] if site else ["-S"])
        cmd += [str(_WORKER), str(slot), ",".join(preload)]
        self.proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={
                "PATH": "/usr/bin:/bin",
                "LANG": "C.UTF-8",
                "OMP_NUM_THREADS": "1",
                "OPENBLAS_NUM_THREADS": "1",
                "MPLBACKEND": "Agg",
            },
            cwd="/",
            start_new_session=True,
        )
        self.lock = threading.Lock()

    def call(self, kind: str, arg: Any = None) -> Any:
        data = pickle.dumps((kind, arg), protocol=4)
        with self.lock:
            assert self.proc.stdin and self.proc.stdout
            self.proc.stdin.write(struct.pack(">Q", len(data)) + data)
            self.proc.stdin.flush()
            head = self.proc.stdout.read(8)
            if len(head) < 8:
                raise ReproductionError("sandbox worker died", code="repro.sandbox_failed")
            (n,) = struct.unpack(">Q", head)
            return pickle.loads(self.proc.stdout.read(n))

    def close(self) -> None:
        try:
            if self.proc.stdin:
                self.proc.stdin.close()
            self.proc.wait(timeout=5)
        except Exception:
            self.proc.kill()
            self.proc.wait()


class SandboxPool:
    """A fixed set of sandbox workers; use as a context manager."""

    def __init__(self, jobs: int | None = None, *, site: bool = False, preload: Sequence[str] = ()):
        if sys.platform != "linux":
            raise ReproductionError(
                "the reproduction sandbox needs Linux (fork, rlimits, namespaces)",
                code="repro.sandbox_unsupported",
            )
        self.n = max(1, jobs or os.cpu_count() or 1)
        self.site = site
        self.workers = [_Worker(i, site, preload) for i in range(self.n)]
        infos = [w.call("info") for w in self.workers]
        self.uids = tuple(i["uid"] for i in infos)  # sandbox uids (root mode), for tests
        nets = {i["network"] for i in infos}
        self.info = SandboxInfo(
            network_isolated="" not in nets,
            network_method=",".join(sorted(n for n in nets if n)) or "none",
            uid_isolation=all(i["uid_isolation"] for i in infos),
            landlock_abi=min(i["landlock_abi"] for i in infos),
            site_packages=site,
            preloaded=tuple(infos[0]["preloaded"]),
            workers=self.n,
        )

    def __enter__(self) -> SandboxPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for w in self.workers:
            w.close()

    def add_task(self, key: str, ctx: dict[str, Any]) -> None:
        """Send a task context (inputs, expected outputs) to every worker."""
        for w in self.workers:
            w.call("task", (key, ctx))

    def run(self, job: Job) -> RunResult:
        return self.map([job])[0]

    def map(self, jobs: Iterable[Job]) -> list[RunResult]:
        """Run jobs on all workers; results in input order."""
        todo = list(jobs)
        results: list[RunResult | None] = [None] * len(todo)
        nxt = iter(range(len(todo)))
        lock = threading.Lock()
        errors: list[BaseException] = []

        def drive(w: _Worker) -> None:
            while True:
                with lock:
                    i = next(nxt, None)
                if i is None or errors:
                    return
                j = todo[i]
                try:
                    r = w.call(
                        "run",
                        {
                            "code": j.code,
                            "timeout": j.timeout,
                            "mode": j.mode,
                            "main": j.main,
                            "task": j.task,
                            "limits": j.limits.to_dict(),
                        },
                    )
                except BaseException as exc:  # noqa: B036
                    errors.append(exc)
                    return
                results[i] = RunResult(
                    r["status"], r["detail"], r["elapsed"], r["payload"], r["output"]
                )

        threads = [threading.Thread(target=drive, args=(w,), daemon=True) for w in self.workers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise errors[0]
        return [r for r in results if r is not None]
