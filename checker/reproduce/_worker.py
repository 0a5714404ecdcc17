"""Sandbox worker: run as ``python -I [-S] _worker.py``; stdlib only, imports nothing from checker.

The parent sends length-prefixed pickled requests on stdin and reads replies on stdout
(both ends are our own code). Each job is forked from this already-running interpreter
(no exec, so a job costs a fork rather than a Python start-up). The forked child:

* gets its own process group, so the worker can kill the whole group;
* gets rlimits (CPU, AS, FSIZE, NPROC, CORE=0) and a fresh temporary directory as cwd;
* as root: switches to a uid of its own worker (UID_BASE + the worker's pid, so
  concurrent runs never share one), keeping only CAP_DAC_READ_SEARCH
  (Python may live under /root), so RLIMIT_NPROC applies (it never does for uid 0);
* no_new_privs, then Landlock where the kernel has it: no file writes outside the
  temporary directory, no TCP bind/connect, no signals outside the sandbox;
* has stdin on /dev/null and stdout/stderr in a file capped by RLIMIT_FSIZE;
* has a minimal fixed environment.

The worker itself first moves into a new network namespace (root, or an unprivileged
user namespace) when the OS allows, so no sample can reach the network. A sample passes
only if the runner writes the job's nonce after the code and tests ran to completion, so
``sys.exit(0)``, ``os._exit(0)`` or a crash before the asserts count as failures.
Threat model: hostile or broken samples that crash, hang, fork, allocate, write, or
connect; not a sample that deliberately reads the runner's memory to forge a pass.
"""

import contextlib
import copy
import ctypes
import io
import json
import math
import os
import pickle
import resource
import select
import shutil
import signal
import struct
import sys
import tempfile
import time

LIBC = ctypes.CDLL(None, use_errno=True)
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
PR_SET_PDEATHSIG = 1
PR_SET_KEEPCAPS = 8
PR_SET_NO_NEW_PRIVS = 38
PR_SET_CHILD_SUBREAPER = 36
CAP_DAC_READ_SEARCH = 2
UID_BASE = 0x5A000000  # sandbox uids (root mode): UID_BASE + worker pid (pids < 2**22)
OUTPUT_KEEP = 2048  # bytes of captured output returned to the parent
WARM_UP = """
import math
from typing import List
class A:
    x: int = 1
def f(xs: List[int], k=2, *a, **kw) -> list:
    try:
        assert xs is not None, f"{k!r}"
        return sorted({i: [j * k for j in range(i) if j % 2] for i in xs}.items())
    except (ValueError, TypeError) as e:
        raise RuntimeError(str(e)) from e
    finally:
        pass
g = lambda y: (yield y)
assert f([3, 1]) == [(1, []), (3, [2])] and math.isclose(0.1 + 0.2, 0.3)
"""
EXIT_LANDLOCK, EXIT_CAPS, EXIT_SETUP = 96, 97, 98  # the child could not sandbox itself
SETUP_FAILURES = {
    EXIT_LANDLOCK: "sandbox setup failed: Landlock restriction refused",
    EXIT_CAPS: "sandbox setup failed: could not drop capabilities",
    EXIT_SETUP: "sandbox setup failed",
}
# Imported once per worker and inherited by every child: `typing` alone costs ~18 ms.
STDLIB_PRELOAD = (
    "typing",
    "math",
    "re",
    "collections",
    "itertools",
    "functools",
    "heapq",
    "hashlib",
    "string",
    "random",
    "fractions",
    "statistics",
    "bisect",
    "decimal",
    "datetime",
    "copy",
    "operator",
    "json",
    "sys",
    "os",
)

# ---------------------------------------------------------------- isolation helpers


def _unshare_net() -> str:
    """Move this process into a new network namespace; return how, or '' if impossible."""
    if LIBC.unshare(CLONE_NEWNET) == 0:
        return "netns"
    uid, gid = os.getuid(), os.getgid()
    if LIBC.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0:
        try:
            with open("/proc/self/setgroups", "w") as f:
                f.write("deny")
            with open("/proc/self/gid_map", "w") as f:
                f.write(f"{gid} {gid} 1")
            with open("/proc/self/uid_map", "w") as f:
                f.write(f"{uid} {uid} 1")
        except OSError:
            pass
        return "userns+netns"
    return ""


def _landlock_abi() -> int:
    try:
        return max(0, LIBC.syscall(444, None, 0, 1))  # LANDLOCK_CREATE_RULESET_VERSION
    except Exception:
        return 0


def _landlock_ruleset(abi: int, write_dir: str) -> int:
    """A ruleset fd (or -1): no writes outside write_dir, no TCP bind/connect, no signals out.

    Built once per worker; each child only calls landlock_restrict_self with it.
    """
    if abi < 1:
        return -1
    fs = (1 << 1) | (1 << 4) | (1 << 5) | sum(1 << b for b in range(6, 13))  # write, rm, mk*
    if abi >= 2:
        fs |= 1 << 13  # REFER
    if abi >= 3:
        fs |= 1 << 14  # TRUNCATE
    net = 0b11 if abi >= 4 else 0  # BIND_TCP | CONNECT_TCP, no rules: all denied
    scoped = 0b11 if abi >= 6 else 0  # abstract unix sockets, signals
    attr = struct.pack("QQQ", fs, net, scoped)
    size = 24 if abi >= 6 else 16
    buf = ctypes.create_string_buffer(attr[:size], size)
    rfd = LIBC.syscall(444, buf, size, 0)
    if rfd < 0:
        return -1
    for path, access in (
        (write_dir, fs),
        ("/dev/null", (1 << 1) | ((1 << 14) if abi >= 3 else 0)),
    ):
        pfd = os.open(path, os.O_PATH | os.O_CLOEXEC)
        rule = ctypes.create_string_buffer(struct.pack("=Qi", access, pfd), 12)
        ok = LIBC.syscall(445, rfd, 1, rule, 0) == 0
        os.close(pfd)
        if not ok:
            os.close(rfd)
            return -1
    return rfd


def _children() -> list[int] | None:
    """Our live or unreaped children, or None if the kernel does not list them."""
    pid = os.getpid()
    try:
        with open(f"/proc/{pid}/task/{pid}/children", "rb") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return None


def _tasks_of_uid(uid: int, threads: bool = True) -> int:
    """Threads (or processes) owned by uid; RLIMIT_NPROC counts threads of the real uid."""
    n = 0
    for e in os.scandir("/proc"):
        if not e.name.isdigit():
            continue
        try:
            if e.stat().st_uid != uid:
                continue
            if not threads:
                n += 1
                continue
            with open(f"/proc/{e.name}/stat", "rb") as f:
                n += int(f.read().rsplit(b")", 1)[1].split()[17])
        except (OSError, ValueError, IndexError):
            n += 1
    return n


def _drop_to(uid: int) -> None:
    """Root only: become uid/gid `uid`, keeping only CAP_DAC_READ_SEARCH."""
    LIBC.prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0)
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3
    keep = 1 << CAP_DAC_READ_SEARCH
    data = (ctypes.c_uint32 * 6)(keep, keep, 0, 0, 0, 0)  # effective, permitted, inheritable
    if LIBC.syscall(126, header, data) != 0:  # capset
        os._exit(EXIT_CAPS)


# ---------------------------------------------------------------- evalplus-compatible checks

# Special oracles as in evalplus 0.3.1 (evalplus/eval/_special_oracle.py, Apache-2.0).
MBPP_OUTPUT_NOT_NONE_TASKS = ("check_str", "text_match_three", "text_starta_endb")
MBPP_OUTPUT_SET_EQ_TASKS = (
    "similar_elements",
    "find_char_long",
    "common_in_nested_lists",
    "extract_singly",
    "larg_nnum",
    "intersection_array",
    "find_dissimilar",
    "Diff",
)


def _surface_area(base_edge, height):
    slant = math.sqrt((base_edge / 2) ** 2 + height**2)
    return round(base_edge**2 + 4 * (base_edge * slant) / 2)


def _digit_distance_nums(a, b):
    x, y = str(a), str(b)
    w = max(len(x), len(y))
    return sum(abs(int(p) - int(q)) for p, q in zip(x.zfill(w), y.zfill(w), strict=True))


def _poly(xs, x):
    return sum(c * math.pow(x, i) for i, c in enumerate(xs))


def _is_floats(x) -> bool:
    if isinstance(x, float):
        return True
    if isinstance(x, (list, tuple)) and x:
        return all(isinstance(i, float) for i in x)
    return False


def _flat(x):
    if isinstance(x, (list, tuple)):
        out = []
        for i in x:
            out.extend(_flat(i))
        return out
    return [x]


def _allclose(out, exp, atol, rtol=1e-7) -> bool:
    """numpy.allclose for scalars and (nested) equal-shape sequences, without numpy."""
    a, b = _flat(out), _flat(exp)
    if len(a) != len(b):
        return False
    for p, q in zip(a, b, strict=True):
        if isinstance(p, str) or isinstance(q, str):
            return False
        if not abs(p - q) <= atol + rtol * abs(q):  # NaN compares unequal, as numpy does
            return False
    return True


def _matches(dataset, entry_point, inp, out, exp, atol) -> bool:
    """One output against the ground truth, as evalplus 0.3.1 decides (find_zero fixed)."""
    exact = out == exp
    if dataset == "mbpp":
        if entry_point == "are_equivalent":
            exact = True
        elif entry_point == "sum_div":
            exact = exact or out == 0
        elif entry_point == "surface_Area":
            exact = exact or abs(out - _surface_area(*inp)) <= atol
        elif entry_point == "digit_distance_nums":
            exact = exact or out == _digit_distance_nums(*inp)
        elif entry_point in MBPP_OUTPUT_SET_EQ_TASKS:
            exact = set(out) == set(exp)
        elif entry_point in MBPP_OUTPUT_NOT_NONE_TASKS:
            exact = out == exp if isinstance(out, bool) else exp == (out is not None)
    if dataset == "humaneval" and entry_point == "find_zero":
        # evalplus 0.3.1 `continue`s before recording the pass here; we count it.
        return abs(_poly(*inp, out)) <= atol
    if atol == 0 and _is_floats(exp):
        atol = 1e-6
    if not exact and atol != 0:
        if type(out) is not type(exp):
            return False
        if isinstance(exp, (list, tuple)) and len(out) != len(exp):
            return False
        return _allclose(out, exp, atol)
    return bool(exact)


def _mbpp_deserialize(task_id: str, inputs: list) -> list:
    """evalplus.data.mbpp.mbpp_deserialize_inputs (0.3.1): JSON lists back to tuples/sets."""
    t = int(str(task_id).split("/")[-1])
    tup = tuple
    if t in (
        2,
        116,
        132,
        143,
        222,
        261,
        273,
        394,
        399,
        421,
        424,
        429,
        470,
        560,
        579,
        596,
        616,
        630,
        726,
        740,
        744,
        809,
    ):
        return [[tup(x) for x in inp] for inp in inputs]
    if t in (63, 64, 70, 94, 120, 237, 272, 299, 400, 409, 417, 438, 473, 614, 780):
        return [[[tup(x) for x in xs] for xs in inp] for inp in inputs]
    if t in (75, 413, 444, 753):
        return [[[tup(x) for x in inp[0]]] + [inp[1]] for inp in inputs]
    if t in (106, 750):
        return [[inp[0]] + [tup(inp[1])] for inp in inputs]
    if t == 115:
        return [
            [[set(i) if isinstance(i, list) and len(i) else {} for i in inp[0]]] for inp in inputs
        ]
    if t == 124:
        return [(float(inp[0]), complex(inp[1])) for inp in inputs]
    if t in (250, 405, 446, 617, 720, 763, 808):
        return [[tup(inp[0])] + [inp[1]] for inp in inputs]
    if t in (259, 401, 445):
        m = [[[tup(x) for x in xs] for xs in inp] for inp in inputs]
        return [[tup(x) for x in inp] for inp in m]
    if t == 278:
        m = [[[tup(i) if isinstance(i, list) else i for i in inp[0]]] for inp in inputs]
        return [[tup(x) for x in inp] for inp in m]
    if t == 307:
        return [[tup(inp[0])] + [inp[1], inp[2]] for inp in inputs]
    if t == 722:
        return [[{k: tup(v) for k, v in inp[0].items()}] + inp[1:] for inp in inputs]
    if t == 252:
        return [[complex(inp[0])] for inp in inputs]
    if t in (580, 615, 791):

        def deep(x):
            return tuple(deep(i) for i in x) if isinstance(x, list) else x

        return [deep(inp) for inp in inputs]
    return inputs


class _SafeUnpickler(pickle.Unpickler):
    """Only plain data: ground-truth outputs never get to name arbitrary callables."""

    ALLOWED = {
        ("builtins", n)
        for n in (
            "complex",
            "set",
            "frozenset",
            "bytearray",
            "range",
            "slice",
            "bool",
            "int",
            "float",
            "str",
            "bytes",
        )
    }

    def find_class(self, module, name):
        if (module, name) in self.ALLOWED:
            return getattr(__import__(module), name)
        raise pickle.UnpicklingError(f"{module}.{name} not allowed")


class _InputTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _InputTimeout()


# ---------------------------------------------------------------- what a child runs


def _child_main(job, ctx):
    """Run one job in the (already sandboxed) child; return bytes for the result pipe."""
    mode = job["mode"]
    code = compile(job["code"], "<sample>", "exec")
    if mode == "script":
        ns = {"__name__": "__main__"} if job.get("main") else {}
        exec(code, ns)
        return b""
    ep, dataset, atol = ctx["entry_point"], ctx["dataset"], ctx["atol"]
    ns = {}
    exec(code, ns)
    fn = ns[ep]
    if mode == "gt":
        outs, times = [], []
        for inp in ctx["inputs"]:
            inp = copy.deepcopy(inp)
            t0 = time.perf_counter()
            r = fn(*inp)
            times.append(time.perf_counter() - t0)
            outs.append(r is not None if ctx["output_not_none"] else r)
        tj = json.dumps(times).encode()  # times as JSON: the parent never unpickles
        return struct.pack(">I", len(tj)) + tj + pickle.dumps({"out": outs}, protocol=4)
    # mode == "plus": evalplus differential testing, stopping at the first failure
    blob = ctx["expected"]
    (n,) = struct.unpack_from(">I", blob)
    exp = _SafeUnpickler(io.BytesIO(blob[4 + n :])).load()["out"]
    limits = ctx["time_limits"]
    signal.signal(signal.SIGALRM, _on_alarm)
    statuses = {}
    for part, lo, hi in (("base", 0, ctx["n_base"]), ("plus", ctx["n_base"], len(exp))):
        ok = True
        for i in range(lo, hi):
            inp = ctx["inputs"][i]
            try:
                signal.setitimer(signal.ITIMER_REAL, limits[i])
                try:
                    r = fn(*inp)
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                ok = _matches(dataset, ep, inp, r, exp[i], atol)
            except BaseException:  # noqa: B036 - a sample may raise anything
                ok = False
            if not ok:
                break
        statuses[part] = "pass" if ok else "fail"
        if not ok:
            statuses.setdefault("plus", "fail")
            break
    return json.dumps(statuses).encode()


def _flush():
    for f in (sys.stdout, sys.stderr):
        with contextlib.suppress(BaseException):  # output is best effort
            f.flush()


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]


class Worker:
    def __init__(self, slot: int, preload: list):
        self.root = os.geteuid() == 0
        self.uid = UID_BASE + os.getpid() if self.root else os.getuid()
        self.base = tempfile.mkdtemp(prefix="claimcheck-sbx-")
        os.chmod(self.base, 0o755)
        self.net = _unshare_net()
        self.abi = _landlock_abi()
        # Writes are allowed under the worker's base dir, which holds only the running job's dir.
        self.ruleset = _landlock_ruleset(self.abi, self.base)
        if self.abi and self.ruleset < 0:
            self.abi = 0  # recorded as "no Landlock" rather than failing every sample
        LIBC.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        LIBC.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        self.tasks = {}
        self.seq = 0
        self.preloaded = []
        # The first compile() in a process costs ~3 ms of one-off set-up: pay it here once,
        # not in every forked child.
        exec(compile(WARM_UP, "<warm-up>", "exec"), {})
        for name in STDLIB_PRELOAD + tuple(preload):
            try:
                __import__(name)
                self.preloaded.append(name)
            except Exception:
                pass

    def info(self):
        return {
            "network": self.net,
            "landlock_abi": self.abi,
            "uid_isolation": self.root,
            "preloaded": self.preloaded,
            "pid": os.getpid(),
            "uid": self.uid,
        }

    def add_task(self, key, ctx):
        ctx = {**self.tasks.get(key, {}), **ctx}  # a second call adds expected outputs
        if "inputs_json" in ctx:
            inputs = json.loads(ctx.pop("inputs_json"))
            if ctx["dataset"] == "mbpp":
                inputs = _mbpp_deserialize(ctx["task_id"], inputs)
            ctx["inputs"] = inputs
        self.tasks[key] = ctx

    def run(self, job):
        self.seq += 1
        wdir = os.path.join(self.base, f"j{self.seq}")
        os.mkdir(wdir, 0o700)
        if self.root:
            os.chown(wdir, self.uid, self.uid)
        nonce = os.urandom(16).hex().encode()
        lim = job["limits"]
        nproc = lim["nproc"] + (0 if self.root else _tasks_of_uid(self.uid))
        ctx = self.tasks.get(job.get("task"))
        rfd, wfd = os.pipe()
        t0 = time.monotonic()
        pid = os.fork()
        if pid == 0:  # ------------------------------------------------ child
            try:
                os.close(rfd)
                os.setpgid(0, 0)  # own group for killpg; not setsid: a session costs ~3 ms here
                os.chdir(wdir)
                cpu = max(1, math.ceil(job["timeout"]) + 1)
                for res, val in (
                    (resource.RLIMIT_CORE, 0),
                    (resource.RLIMIT_CPU, cpu),
                    (resource.RLIMIT_AS, lim["memory"]),
                    (resource.RLIMIT_FSIZE, lim["fsize"]),
                    (resource.RLIMIT_NPROC, nproc),
                ):
                    hard = val + 1 if res == resource.RLIMIT_CPU else val
                    resource.setrlimit(res, (val, hard))
                if self.root:
                    _drop_to(self.uid)  # exits with EXIT_CAPS if it cannot
                LIBC.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
                LIBC.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
                if self.ruleset >= 0 and LIBC.syscall(446, self.ruleset, 0) != 0:
                    os._exit(EXIT_LANDLOCK)  # the kernel offers Landlock: never run without it
                fd = os.open("out.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                null = os.open(os.devnull, os.O_RDONLY)
                os.dup2(null, 0)
                os.dup2(fd, 1)
                os.dup2(fd, 2)
                os.dup2(wfd, 3)
                os.closerange(4, 65536)
                os.environ.clear()
                os.environ.update(
                    {
                        "PATH": "/usr/bin:/bin",
                        "HOME": wdir,
                        "TMPDIR": wdir,
                        "LANG": "C.UTF-8",
                        "OMP_NUM_THREADS": "1",
                        "OPENBLAS_NUM_THREADS": "1",
                        "MPLBACKEND": "Agg",
                        "MPLCONFIGDIR": wdir,
                    }
                )
                tempfile.tempdir = wdir
                sys.stdin = open(0, closefd=False)  # noqa: SIM115 - lives as long as we do
                sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
                sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
                sys.setrecursionlimit(1000)
                if "random" in sys.modules:  # preloaded: do not share one seed across samples
                    sys.modules["random"].seed()
                del self.tasks
                try:
                    payload = _child_main(job, ctx)
                except BaseException as exc:  # noqa: B036 - SystemExit counts as a failure
                    _flush()
                    os.write(3, b"F" + nonce + _describe(exc).encode("utf-8", "replace"))
                    os._exit(1)
                _flush()
                data = b"P" + nonce + payload
                view = memoryview(data)
                while view:
                    view = view[os.write(3, view) :]
                os._exit(0)
            except BaseException:  # noqa: B036
                os._exit(EXIT_SETUP)
        # ------------------------------------------------------------- worker
        os.close(wfd)
        status, detail, chunks = self._wait(pid, rfd, job["timeout"], t0, lim["result"])
        elapsed = time.monotonic() - t0
        self._cleanup(pid)
        out = b""
        try:
            with open(os.path.join(wdir, "out.txt"), "rb") as f:
                out = f.read(OUTPUT_KEEP)
        except OSError:
            pass
        shutil.rmtree(wdir, ignore_errors=True)
        data = b"".join(chunks)
        payload = None
        if status is None:
            if data[:1] == b"P" and data[1:33] == nonce:
                status, payload = "pass", data[33:]
            elif data[:1] == b"F" and data[1:33] == nonce:
                status, detail = "fail", data[33:].decode("utf-8", "replace")
            else:
                status = "fail"
                detail = detail or "no result: the sample ended the process before its tests ran"
        return {
            "status": status,
            "detail": detail,
            "elapsed": elapsed,
            "payload": payload,
            "output": out.decode("utf-8", "replace"),
        }

    def _wait(self, pid, rfd, timeout, t0, max_result):
        """Wait for the child with a wall-clock limit, draining the result pipe."""
        chunks, size = [], 0
        try:
            pfd = os.pidfd_open(pid)
        except (AttributeError, OSError):
            pfd = None
        poller = select.poll()
        poller.register(rfd, select.POLLIN)
        if pfd is not None:
            poller.register(pfd, select.POLLIN)
        rfd_open, status, detail = True, None, ""
        while True:
            left = t0 + timeout - time.monotonic()
            if left <= 0:
                _kill(pid)
                os.waitpid(pid, 0)
                status, detail = "timeout", f"killed after {timeout:g} s wall clock"
                break
            events = poller.poll(max(1, int(min(left, 0.05 if pfd is None else left) * 1000)))
            for fd, _ in events:
                if fd == rfd and rfd_open:
                    b = os.read(rfd, 1 << 16)
                    if not b:
                        poller.unregister(rfd)
                        rfd_open = False
                    else:
                        size += len(b)
                        if size > max_result:
                            _kill(pid)
                            os.waitpid(pid, 0)
                            status, detail = "fail", "result too large"
                            break
                        chunks.append(b)
            if status:
                break
            wpid, wst = os.waitpid(pid, os.WNOHANG)
            if wpid:
                if os.WIFSIGNALED(wst):
                    detail = f"killed by signal {os.WTERMSIG(wst)}"
                elif os.WEXITSTATUS(wst) not in (0, 1):
                    code = os.WEXITSTATUS(wst)
                    detail = SETUP_FAILURES.get(code, f"exit status {code}")
                os.set_blocking(rfd, False)
                try:
                    while size <= max_result:
                        b = os.read(rfd, 1 << 16)
                        if not b:
                            break
                        size += len(b)
                        chunks.append(b)
                except BlockingIOError:
                    pass
                break
        if pfd is not None:
            os.close(pfd)
        os.close(rfd)
        return status, detail, chunks

    def _cleanup(self, pid):
        """Kill whatever the job left behind: its process group, then any survivor.

        We are a child subreaper, so every surviving descendant of the job has been
        reparented to us: as long as we have children, something is left to kill.
        """
        _kill(pid)
        deadline = time.monotonic() + 2.0
        while True:
            self._reap()
            kids = _children()
            if kids is None:  # no /proc children list: look for the sandbox uid instead
                if not (self.root and _tasks_of_uid(self.uid, threads=False)):
                    return
            elif not kids:
                return
            if time.monotonic() > deadline:
                return
            if self.root:
                self._kill_uid()
            for k in kids or ():
                _kill(k)
            time.sleep(0.002)

    def _kill_uid(self):
        """SIGKILL every process of the sandbox uid, from a child that takes that uid."""
        rp = os.fork()
        if rp == 0:
            try:
                os.setresgid(self.uid, self.uid, self.uid)
                os.setresuid(self.uid, self.uid, self.uid)
                os.kill(-1, signal.SIGKILL)  # all processes we may signal, except ourselves
            finally:
                os._exit(0)
        os.waitpid(rp, 0)

    @staticmethod
    def _reap():
        """Collect orphans reparented to us (we are a child subreaper)."""
        while True:
            try:
                wpid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if not wpid:
                return


def _kill(pid):
    """SIGKILL the child's process group (or the child, if it has no group of its own yet)."""
    with contextlib.suppress(OSError):
        os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)


def _read_exact(f, n):
    buf = b""
    while len(buf) < n:
        b = f.read(n - len(buf))
        if not b:
            raise EOFError
        buf += b
    return buf


def main():
    proto_in = os.fdopen(os.dup(0), "rb", buffering=0)
    proto_out = os.fdopen(os.dup(1), "wb", buffering=0)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    slot, preload = int(sys.argv[1]), [m for m in sys.argv[2].split(",") if m]
    w = Worker(slot, preload)
    try:
        while True:
            try:
                (n,) = struct.unpack(">Q", _read_exact(proto_in, 8))
            except EOFError:
                break
            kind, arg = pickle.loads(_read_exact(proto_in, n))
            if kind == "info":
                reply = w.info()
            elif kind == "task":
                w.add_task(*arg)
                reply = True
            else:
                reply = w.run(arg)
            data = pickle.dumps(reply, protocol=4)
            proto_out.write(struct.pack(">Q", len(data)) + data)
    finally:
        if w.root:
            w._kill_uid()
        shutil.rmtree(w.base, ignore_errors=True)


if __name__ == "__main__":
    main()
