#!/usr/bin/env python3
"""Program-mutation fuzzer for cellar (stdlib only; see tools/FUZZING.md).

Takes the programs of tests/conformance and tests/gc, mutates each a little (delete, duplicate
or swap lines, swap tokens, insert `del`/`gc.collect()`/`raise`/`break`/`return`/`yield`,
wrap statements in try/except/finally, add objects with a `__del__` that collects, replace
integer literals with extreme values) and runs every mutant as `cellar --verify mutant.py`.

Flagged (exit status 1): a panic, a heap-verifier failure, death by a signal (or an abort
after a failed allocation) that python3 does not share, and a hang (cellar times out where
python3 finishes in under half the timeout). With --diff every mutant also runs under python3
and differences in stdout, exit status and the last stderr line are bucketed by shape; they
are reported but never fail the run.

    python3 tools/fuzz.py --count 3000 --diff                # after cargo build --release
    python3 tools/fuzz.py --seed 7 --seconds 600 --jobs 4 --cellar /tmp/cellar
"""

import argparse
import ast
import hashlib
import io
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tokenize
import warnings
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT_CAP = 4 << 20  # bytes of stdout / stderr kept per run
STDERR_TAIL = 64 << 10  # bytes of the end of stderr always kept (for its last line)
KINDS = ("panic", "verifier", "signal", "hang")
INT_REPLACEMENTS = ["0", "-1", "(2**31)", "(2**63)", "(10**12)", "(-2**63)", "(10**20)"]
DEL_CLASS = "FuzzDel"

warnings.simplefilter("ignore")  # compile() of mutants must stay quiet (SyntaxWarning etc.)


# --------------------------------------------------------------------------------------------
# Source helpers


def is_valid(src):
    try:
        compile(src, "mutant.py", "exec", dont_inherit=True)
        return True
    except BaseException:  # SyntaxError, ValueError (NUL), RecursionError, MemoryError, ...
        return False


def write_source(path, src):
    """The bytes the seed had (read with surrogateescape), whatever the mutations did."""
    try:
        data = src.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = src.encode("utf-8", "surrogatepass")
    with open(path, "wb") as f:
        f.write(data)


def split_lines(src):
    """The source as a list of lines, each ending in a newline."""
    lines = src.splitlines(keepends=True) if src else []
    lines = [l if l.endswith(("\n", "\r")) else l + "\n" for l in lines]
    # splitlines also splits at \x0c, \x1c, ... which Python does not treat as line ends; join
    # such pieces back so that line numbers match the tokenizer's.
    out = []
    for l in lines:
        if out and not out[-1].endswith(("\n", "\r")):
            out[-1] += l
        else:
            out.append(l)
    return out


def indent_of(line):
    return line[: len(line) - len(line.lstrip(" \t"))]


def tokens_of(src):
    """(type, string, start_offset, end_offset) of the significant tokens, as far as tokenize
    gets; a regex split when tokenize gives up before finding two tokens."""
    lines = split_lines(src)
    starts = [0]
    for l in lines:
        starts.append(starts[-1] + len(l))
    text = "".join(lines)

    def off(pos):
        row, col = pos
        if row - 1 >= len(starts):
            return len(text)
        return min(starts[row - 1] + col, len(text))

    toks = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(text).readline):
            if t.type in (tokenize.NAME, tokenize.OP, tokenize.NUMBER, tokenize.STRING):
                toks.append((t.type, t.string, off(t.start), off(t.end)))
    except Exception:  # TokenError, IndentationError, SyntaxError, ...
        pass
    if len(toks) < 2:
        toks = []
        for m in re.finditer(r"[A-Za-z_]\w*|\d+|'[^'\n]*'|\"[^\"\n]*\"|[^\s\w]", text):
            kind = tokenize.NAME if m.group()[0].isalpha() or m.group()[0] == "_" else (
                tokenize.NUMBER if m.group()[0].isdigit() else tokenize.OP)
            toks.append((kind, m.group(), m.start(), m.end()))
    return text, toks


class Pos:
    """A place where a statement starts its physical line."""

    __slots__ = ("start", "end", "indent", "scope", "loop", "func", "body", "index")

    def __init__(self, start, end, indent, scope, loop, func, body, index):
        self.start = start  # first line (1-based; decorators included)
        self.end = end  # last line
        self.indent = indent
        self.scope = scope  # id of the enclosing function/class/module scope
        self.loop = loop  # inside a loop of the same function
        self.func = func  # inside a function (return/yield allowed)
        self.body = body  # sibling list and index in it (None for heuristic positions)
        self.index = index


class Analysis:
    """Statement positions and assigned names of a source, from its AST when it parses, else
    from its indentation."""

    def __init__(self, src):
        self.lines = split_lines(src)
        self.positions = []
        self.assigned = {}  # scope id -> [(line, name)]
        self.all_names = set()
        try:
            tree = ast.parse("".join(self.lines))
        except BaseException:
            tree = None
        if tree is not None:
            self.ok = True
            self._walk_body(tree.body, scope=0, loop=False, func=False)
            self._names(tree, 0)
        else:
            self.ok = False
            self._heuristic()

    def _start(self, st):
        start = st.lineno
        for d in getattr(st, "decorator_list", []) or []:
            start = min(start, d.lineno)
        return start

    def _walk_body(self, body, scope, loop, func):
        for i, st in enumerate(body):
            start = self._start(st)
            line = self.lines[start - 1] if 0 < start <= len(self.lines) else ""
            col = st.col_offset
            if start == st.lineno and line[:col].strip(" \t") == "" and line[col:col + 1].strip():
                indent = line[:col]
            elif start != st.lineno:
                indent = indent_of(line)
            else:
                indent = None
            if indent is not None:
                end = st.end_lineno or start
                self.positions.append(Pos(start, end, indent, scope, loop, func, body, i))
            self._walk_stmt(st, scope, loop, func)

    def _walk_stmt(self, st, scope, loop, func):
        if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self._walk_body(st.body, id(st), False, True)
        elif isinstance(st, ast.ClassDef):
            self._walk_body(st.body, id(st), False, False)
        elif isinstance(st, (ast.For, ast.AsyncFor, ast.While)):
            self._walk_body(st.body, scope, True, func)
            self._walk_body(st.orelse, scope, loop, func)
        else:
            for field in ("body", "orelse", "finalbody"):
                sub = getattr(st, field, None)
                if isinstance(sub, list) and sub and isinstance(sub[0], ast.stmt):
                    self._walk_body(sub, scope, loop, func)
            for h in getattr(st, "handlers", []) or []:
                self._walk_body(h.body, scope, loop, func)
            for c in getattr(st, "cases", []) or []:
                self._walk_body(c.body, scope, loop, func)

    def _names(self, node, scope):
        for child in ast.iter_child_nodes(node):
            sub = scope
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                self._add(scope, child.lineno, child.name)
                sub = id(child)
                if not isinstance(child, ast.ClassDef):
                    a = child.args
                    for arg in a.posonlyargs + a.args + a.kwonlyargs + [a.vararg, a.kwarg]:
                        if arg is not None:
                            self._add(sub, child.lineno, arg.arg)
            elif isinstance(child, ast.Lambda):
                sub = id(child)
            elif isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
                self._add(scope, child.lineno, child.id)
            elif isinstance(child, (ast.Import, ast.ImportFrom)):
                for al in child.names:
                    self._add(scope, child.lineno, (al.asname or al.name).split(".")[0])
            elif isinstance(child, ast.ExceptHandler) and child.name:
                self._add(scope, child.lineno, child.name)
            self._names(child, sub)

    def _add(self, scope, line, name):
        if name == "*":
            return
        self.assigned.setdefault(scope, []).append((line, name))
        self.all_names.add(name)

    def _heuristic(self):
        for i, line in enumerate(self.lines):
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            ind = indent_of(line)
            end = i + 1
            for j in range(i + 1, len(self.lines)):
                l = self.lines[j]
                if l.strip() and len(indent_of(l)) <= len(ind):
                    break
                end = j + 1
            self.positions.append(Pos(i + 1, end, ind, 0, True, True, None, None))
        for m in re.finditer(r"^\s*([A-Za-z_]\w*)\s*=[^=]", "".join(self.lines), re.M):
            self._add(0, 1, m.group(1))

    def names_before(self, pos):
        """Names the scope of pos assigns before pos (then module names), or any name."""
        near = sorted({n for (l, n) in self.assigned.get(pos.scope, []) if l < pos.start})
        if not near and pos.scope != 0:
            near = sorted({n for (l, n) in self.assigned.get(0, []) if l < pos.start})
        return near


def pick_pos(rng, an, want=None):
    """A statement position; want='loop'/'func' prefers positions where break/return are legal."""
    if not an.positions:
        return None
    if want and rng.random() < 0.85:
        good = [p for p in an.positions if getattr(p, want)]
        if good:
            return rng.choice(good)
    return rng.choice(an.positions)


def pick_name(rng, an, pos):
    near = an.names_before(pos) if pos is not None else []
    if near and rng.random() < 0.85:
        return rng.choice(near)
    if an.all_names:
        return rng.choice(sorted(an.all_names))
    return "x"


def insert_at(lines, pos, rng, block, shifts=None):
    """Insert block (lines without indentation) before or after the statement at pos (line
    numbers of pos refer to the source before the insertions recorded in shifts)."""
    before = rng.random() < 0.5
    at = pos.start - 1 if before else min(pos.end, len(lines))
    real = at
    if shifts is not None:
        real += sum(n for (a, n) in shifts if a <= at)
        shifts.append((at, len(block)))
    new = [pos.indent + b + "\n" for b in block]
    return lines[:real] + new + lines[real:]


def ensure_import_gc(lines):
    """`import gc` as the first statement (after leading comments and __future__ imports)."""
    i = 0
    while i < len(lines) and (lines[i].startswith("#") or "__future__" in lines[i]):
        i += 1
    if i < len(lines) and lines[i].rstrip() == "import gc":
        return lines
    return lines[:i] + ["import gc\n"] + lines[i:]


# --------------------------------------------------------------------------------------------
# Mutators: each takes (rng, src) and returns (new_src, description) or None.


def m_delete_line(rng, src):
    lines = split_lines(src)
    if not lines:
        return None
    i = rng.randrange(len(lines))
    return "".join(lines[:i] + lines[i + 1:]), f"delete line {i + 1}"


def m_duplicate_line(rng, src):
    lines = split_lines(src)
    if not lines:
        return None
    i = rng.randrange(len(lines))
    return "".join(lines[: i + 1] + [lines[i]] + lines[i + 1:]), f"duplicate line {i + 1}"


def m_swap_lines(rng, src):
    lines = split_lines(src)
    if len(lines) < 2:
        return None
    i = rng.randrange(len(lines))
    if rng.random() < 0.6:  # nearby lines more often
        j = min(len(lines) - 1, max(0, i + rng.choice([-3, -2, -1, 1, 2, 3])))
    else:
        j = rng.randrange(len(lines))
    if i == j:
        return None
    lines[i], lines[j] = lines[j], lines[i]
    return "".join(lines), f"swap lines {i + 1} and {j + 1}"


def m_swap_tokens(rng, src):
    text, toks = tokens_of(src)
    if len(toks) < 2:
        return None
    a = rng.randrange(len(toks))
    if rng.random() < 0.6:
        same = [i for i, t in enumerate(toks) if t[0] == toks[a][0] and t[1] != toks[a][1]]
        if not same:
            return None
        b = rng.choice(same)
    else:
        b = rng.randrange(len(toks))
    if a == b or toks[a][1] == toks[b][1]:
        return None
    if a > b:
        a, b = b, a
    ta, tb = toks[a], toks[b]
    if ta[3] > tb[2]:
        return None
    new = text[: ta[2]] + tb[1] + text[ta[3]: tb[2]] + ta[1] + text[tb[3]:]
    return new, f"swap tokens {ta[1]!r} and {tb[1]!r}"


def m_int_literal(rng, src):
    text, toks = tokens_of(src)
    ints = [t for t in toks if t[0] == tokenize.NUMBER
            and re.fullmatch(r"(0[xXoObB])?[0-9a-fA-F_]+", t[1]) and not t[1].startswith("0_")]
    if not ints:
        return None
    t = rng.choice(ints)
    r = rng.choice(INT_REPLACEMENTS)
    return text[: t[2]] + r + text[t[3]:], f"int {t[1]} -> {r}"


SIMPLE_INSERTS = [
    ("del", None), ("gc", None), ("raise", None), ("break", "loop"), ("continue", "loop"),
    ("return", "func"), ("return NAME", "func"), ("yield", "func"), ("yield NAME", "func"),
]


def m_insert(rng, src):
    an = Analysis(src)
    kind, want = rng.choice(SIMPLE_INSERTS)
    pos = pick_pos(rng, an, want)
    if pos is None:
        return None
    lines = an.lines
    name = pick_name(rng, an, pos)
    stmt = {
        "del": f"del {name}",
        "gc": "gc.collect()",
        "raise": "raise ValueError('fuzz')",
        "break": "break",
        "continue": "continue",
        "return": "return",
        "return NAME": f"return {name}",
        "yield": "yield",
        "yield NAME": f"yield {name}",
    }[kind]
    new = insert_at(lines, pos, rng, [stmt])
    if kind == "gc":
        new = ensure_import_gc(new)
    return "".join(new), f"insert {stmt!r} near line {pos.start}"


TRY_VARIANTS = [
    (["except Exception as e:", "    print('caught', type(e).__name__)"], "except"),
    (["except Exception as e:", "    print('caught', type(e).__name__)", "finally:", "    pass"],
     "except+finally"),
    (["finally:", "    pass"], "finally"),
    (["finally:", "    print('finally')"], "finally-print"),
]


def m_wrap_try(rng, src):
    an = Analysis(src)
    if not an.positions:
        return None
    pos = rng.choice(an.positions)
    end = pos.end
    if pos.body is not None and rng.random() < 0.4:
        # a run of same-indent siblings
        k = rng.randint(1, 3)
        for p in an.positions:
            if p.body is pos.body and pos.index < p.index <= pos.index + k:
                end = max(end, p.end)
    lines = an.lines
    inner = [("    " + l if l.strip() else l) for l in lines[pos.start - 1: end]]
    tail, what = rng.choice(TRY_VARIANTS)
    block = [pos.indent + "try:\n"] + inner + [pos.indent + t + "\n" for t in tail]
    new = lines[: pos.start - 1] + block + lines[end:]
    return "".join(new), f"wrap lines {pos.start}-{end} in try/{what}"


DEL_CLASS_VARIANTS = {
    "plain": [],
    "resurrect": ["    if len(cls.saved) < 3:", "        cls.saved.append(self)"],
    "raise": ["    if cls.n % 3 == 0:", "        raise RuntimeError('in __del__')"],
}


def del_class_source(variant):
    """A class whose __del__ collects and prints. It goes quiet once the module's last line has
    run (`FuzzDel.done = True`, appended): what is alive at exit is finalized in an order that is
    not part of the contract (tests/conformance/README.md). It reaches gc through a class
    attribute, so that neither a program rebinding `gc` nor globals cleared at exit break it."""
    body = [
        "import gc",
        f"class {DEL_CLASS}:",
        "    saved = []",
        "    n = 0",
        "    done = False",
        "    _gc = gc",
        "    def __init__(self, tag, ref=None):",
        "        self.tag = tag",
        "        self.ref = ref",
        "    def __del__(self):",
        "        cls = type(self)",
        "        if cls.done:",
        "            return",
        "        cls.n += 1",
        "        cls._gc.collect()",
        "        print('del', self.tag)",
    ]
    body += ["    " + l for l in DEL_CLASS_VARIANTS[variant]]
    return [l + "\n" for l in body]


def m_del_class(rng, src):
    an = Analysis(src)
    # not inside FuzzDel itself (a FuzzDel made in FuzzDel.__init__ only recurses)
    mine = [p for p in an.positions if an.lines[p.start - 1].startswith(f"class {DEL_CLASS}:")]
    if mine:
        an.positions = [p for p in an.positions if not (mine[0].start <= p.start <= mine[0].end)]
    if not an.positions:
        return None
    lines = an.lines
    uses = []
    new = lines
    shifts = []
    chosen = sorted({rng.randrange(len(an.positions)) for _ in range(rng.randint(1, 3))})
    for ci in chosen:
        pos = an.positions[ci]
        name = pick_name(rng, an, pos)
        tag = f"t{pos.start}"
        c = DEL_CLASS
        form = rng.randrange(6)
        if form == 0:
            block = [f"{name} = {c}('{tag}')"]
        elif form == 1:
            block = [f"{name} = {c}('{tag}')", f"{name}.self = {name}"]
        elif form == 2:
            block = [f"{name} = {c}('{tag}', {name})"]
        elif form == 3:
            block = [f"if isinstance({name}, list):", f"    {name}.append({c}('{tag}'))",
                     f"elif isinstance({name}, dict):", f"    {name}['{tag}'] = {c}('{tag}')"]
        elif form == 4:
            block = [f"if hasattr({name}, '__dict__'):", f"    {name}.fz = {c}('{tag}', {name})"]
        else:
            block = [f"_fz = {c}('{tag}')", f"_fz.self = _fz", f"_fz.ref = {name}", "del _fz"]
        uses.append(f"{block[0]!r}@{pos.start}")
        new = insert_at(new, pos, rng, block, shifts)
    variant = rng.choice(["plain", "plain", "resurrect", "raise"])
    if not any(l.startswith(f"{DEL_CLASS}.done = True") for l in new):
        if new and not new[-1].endswith("\n"):
            new = new[:-1] + [new[-1] + "\n"]
        new = new + [f"{DEL_CLASS}.done = True\n"]
    if not any(l.startswith(f"class {DEL_CLASS}:") for l in new):
        new = del_class_source(variant) + new
    return "".join(new), f"__del__ class ({variant}) used at " + ", ".join(uses)


MUTATORS = [
    (m_delete_line, 1.0),
    (m_duplicate_line, 1.0),
    (m_swap_lines, 1.0),
    (m_swap_tokens, 1.5),
    (m_int_literal, 1.5),
    (m_insert, 4.0),
    (m_wrap_try, 2.0),
    (m_del_class, 1.5),
]


def mutate(rng, src):
    n = rng.choice([1, 1, 1, 2, 2, 3])
    done = []
    for _ in range(n):
        for _attempt in range(5):
            fn = rng.choices([m for m, _ in MUTATORS], weights=[w for _, w in MUTATORS])[0]
            try:
                r = fn(rng, src)
            except RecursionError:
                r = None
            if r is not None and r[0] != src:
                src = r[0]
                done.append(r[1])
                break
    return src, done


def make_mutant(seed, i, seeds):
    """Mutant number i: deterministic for (seed, i). About 80% compile: for each mutant the RNG
    first decides whether it should, then up to 8 attempts look for one that does (or not)."""
    rng = random.Random(f"{seed}/{i}")
    want_valid = rng.random() < 0.8
    best = None
    for _attempt in range(8):
        path, src, stdin = seeds[rng.randrange(len(seeds))]
        new, done = mutate(rng, src)
        if not done:
            continue
        valid = is_valid(new)
        if best is None or valid == want_valid:
            best = (path, new, stdin, done, valid)
        if valid == want_valid:
            break
    if best is None:
        path, src, stdin = seeds[0]
        best = (path, src, stdin, ["(none)"], is_valid(src))
    return best


# --------------------------------------------------------------------------------------------
# Running


class Run:
    __slots__ = ("status", "stdout", "stdout_len", "stdout_hash", "stderr", "stderr_tail",
                 "timed_out", "seconds")

    def last_err_line(self):
        text = self.stderr_tail.decode("utf-8", "replace").rstrip("\n")
        return text.rsplit("\n", 1)[-1]


def _reader(stream, keep_tail, box):
    head = bytearray()
    tail = bytearray()
    h = hashlib.sha256()
    total = 0
    try:
        while True:
            chunk = stream.read(65536)
            if not chunk:
                break
            total += len(chunk)
            h.update(chunk)
            if len(head) < OUTPUT_CAP:
                head += chunk[: OUTPUT_CAP - len(head)]
            if keep_tail:
                tail += chunk
                if len(tail) > 2 * STDERR_TAIL:
                    del tail[: len(tail) - STDERR_TAIL]
    except Exception:
        pass
    box.extend([bytes(head), total, h.hexdigest(), bytes(tail[-STDERR_TAIL:])])


def run_program(argv, cwd, stdin_path, timeout, mem, env):
    def limits():
        try:
            if mem:
                resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except Exception:
            pass

    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    r = Run()
    start = time.monotonic()
    try:
        p = subprocess.Popen(argv, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, preexec_fn=limits)
    except OSError as e:
        if stdin_path:
            stdin.close()
        # A binary that cannot start makes every later result meaningless: stop the run.
        if argv[0] not in ("python3", sys.executable):
            print(f"fuzz.py: cannot run {argv[0]}: {e}", file=sys.stderr)
            os._exit(2)
        r.status, r.stdout, r.stdout_len, r.stdout_hash = 127, b"", 0, ""
        r.stderr = r.stderr_tail = f"harness: cannot run {argv[0]}: {e}\n".encode()
        r.timed_out, r.seconds = False, 0.0
        return r
    boxes = ([], [])
    threads = [threading.Thread(target=_reader, args=(p.stdout, False, boxes[0]), daemon=True),
               threading.Thread(target=_reader, args=(p.stderr, True, boxes[1]), daemon=True)]
    for t in threads:
        t.start()
    r.timed_out = False
    try:
        p.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        r.timed_out = True
        try:
            p.kill()
        except OSError:
            pass
        p.wait()
    r.seconds = time.monotonic() - start
    for t in threads:
        t.join(timeout=5)
    if stdin_path:
        stdin.close()
    for s in (p.stdout, p.stderr):
        try:
            s.close()
        except Exception:
            pass
    r.status = p.returncode
    out = boxes[0] or [b"", 0, "", b""]
    err = boxes[1] or [b"", 0, "", b""]
    r.stdout, r.stdout_len, r.stdout_hash = out[0], out[1], out[2]
    r.stderr, r.stderr_tail = err[0], err[3]
    return r


class Harness:
    def __init__(self, args, seeds):
        self.args = args
        self.seeds = seeds
        self.lock = threading.Lock()
        self.ran = 0
        self.valid = 0
        self.finding_counts = {k: 0 for k in KINDS}
        self.signatures = {}  # (kind, signature) -> [count, first path]
        self.compared = 0
        self.differed = 0
        self.shutdown_only = 0  # differences only in FuzzDel output at exit (not counted)
        self.interrupted = False
        self.buckets = {}  # key -> [count, example dict]
        self.base_env = dict(os.environ)
        self.base_env["PYTHONHASHSEED"] = "0"
        self.base_env["PYTHONDONTWRITEBYTECODE"] = "1"
        self.base_env.pop("CELLAR_VERIFY", None)

    # -- one mutant --------------------------------------------------------------------------

    def run_one(self, i):
        seed_path, src, stdin, done, valid = make_mutant(self.args.seed, i, self.seeds)
        tmp = tempfile.mkdtemp(prefix="cellar-fuzz-")
        try:
            return self._run_in(tmp, i, seed_path, src, stdin, done, valid)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def _fresh_cwd(self, tmp, name):
        d = os.path.join(tmp, name)
        os.mkdir(d)
        return d

    def _cellar(self, tmp, prog, stdin, timeout, name="cwd-cellar"):
        a = self.args
        argv = [a.cellar, "--verify"] + list(a.cellar_arg or []) + [prog]
        return run_program(argv, self._fresh_cwd(tmp, name), stdin, timeout, a.cellar_mem,
                           self.base_env)

    def _python(self, tmp, prog, stdin, timeout, name="cwd-python"):
        a = self.args
        argv = [a.python, "-X", "utf8", prog]
        return run_program(argv, self._fresh_cwd(tmp, name), stdin, timeout, a.mem,
                           self.base_env)

    def _run_in(self, tmp, i, seed_path, src, stdin, done, valid):
        a = self.args
        prog = os.path.join(tmp, "mutant.py")
        write_source(prog, src)
        py = None
        if a.diff:
            py = self._python(tmp, prog, stdin, a.timeout)
            # when python3 times out too, a cellar timeout is no finding: a short run suffices
            ct = a.timeout if not py.timed_out else min(a.timeout, max(1.0, a.timeout / 3))
            ce = self._cellar(tmp, prog, stdin, ct)
        else:
            ce = self._cellar(tmp, prog, stdin, a.timeout)

        kinds = []
        err_text = ce.stderr.decode("utf-8", "replace")
        if "panicked at" in err_text or "internal error" in err_text:
            kinds.append("panic")
        if "heap verification failed" in err_text or "heap check at exit failed" in err_text:
            kinds.append("verifier")
        if not ce.timed_out and not kinds:
            sig = None
            if ce.status is not None and ce.status < 0:
                sig = -ce.status
            if ce.status in (134, 137) or "memory allocation of" in err_text or sig:
                if py is None:
                    py = self._python(tmp, prog, stdin, a.timeout)
                if not (sig and py.status == -sig):
                    kinds.append("signal")
        note = ""
        if ce.timed_out:
            if py is None:
                py = self._python(tmp, prog, stdin, a.timeout / 2, )
            # python3 must have finished: in time, and not by dying of a signal itself
            if not py.timed_out and py.seconds < a.timeout / 2 and (py.status or 0) >= 0:
                again = self._cellar(tmp, prog, stdin, a.timeout, "cwd-cellar-again")
                if again.timed_out:
                    kinds.append("hang")
                    plain = run_program([a.cellar] + list(a.cellar_arg or []) + [prog],
                                        self._fresh_cwd(tmp, "cwd-cellar-noverify"), stdin,
                                        a.timeout, a.cellar_mem, self.base_env)
                    note = ("also without --verify" if plain.timed_out
                            else f"only with --verify (without: {plain.seconds:.1f}s)")

        info = {"mutant": i, "seed": a.seed, "from": os.path.relpath(seed_path, REPO),
                "mutations": done, "valid_python": valid, "cellar_status": ce.status,
                "cellar_timed_out": ce.timed_out, "cellar_seconds": round(ce.seconds, 3)}
        if py is not None:
            info.update(python_status=py.status, python_timed_out=py.timed_out,
                        python_seconds=round(py.seconds, 3))
        if note:
            info["note"] = note

        diff = None
        if a.diff and not kinds and not ce.timed_out and not py.timed_out:
            diff = self._difference(py, ce)

        with self.lock:
            if self.interrupted:  # its processes may have got the SIGINT too
                return kinds
            self.ran += 1
            self.valid += bool(valid)
            for k in kinds:
                self.finding_counts[k] += 1
                n = self.finding_counts[k]
                d = os.path.join(a.out, "findings", k)
                os.makedirs(d, exist_ok=True)
                base = os.path.join(d, str(n))
                self._save(base, src, ce, py, info)
                signature = finding_signature(k, err_text, ce, note)
                entry = self.signatures.setdefault((k, signature), [0, base + ".py"])
                entry[0] += 1
                print(f"FINDING {k}: {base}.py  [{signature}]  (from {info['from']}: "
                      f"{'; '.join(done)})", flush=True)
            if a.diff and not kinds and not ce.timed_out and not py.timed_out:
                self.compared += 1
                if diff is not None:
                    self.differed += 1
                    key, py_line, ce_line = diff
                    b = self.buckets.get(key)
                    if b is None:
                        d = os.path.join(a.out, "diff", slug(key))
                        os.makedirs(d, exist_ok=True)
                        base = os.path.join(d, "example")
                        self._save(base, src, ce, py, dict(info, bucket=key))
                        b = self.buckets[key] = [0, py_line, ce_line, base + ".py"]
                    b[0] += 1
        return kinds

    def _save(self, base, src, ce, py, info):
        write_source(base + ".py", src)
        for who, r in (("cellar", ce), ("python", py)):
            if r is None:
                continue
            for stream in ("stdout", "stderr"):
                with open(f"{base}.{who}.{stream}", "wb") as f:
                    f.write(getattr(r, stream))
        with open(base + ".json", "w") as f:
            json.dump(info, f, indent=1)

    def _difference(self, py, ce):
        """(bucket key, python line, cellar line) or None when the runs agree."""
        same_out = py.stdout_len == ce.stdout_len and py.stdout_hash == ce.stdout_hash
        py_last, ce_last = py.last_err_line(), ce.last_err_line()
        if same_out and py.status == ce.status and py_last == ce_last:
            return None
        if not same_out and max(py.stdout_len, ce.stdout_len) <= OUTPUT_CAP:
            # default reprs print addresses, which differ from run to run
            same_out = _ADDR.sub("ADDR", py.stdout.decode("utf-8", "replace")) == \
                _ADDR.sub("ADDR", ce.stdout.decode("utf-8", "replace"))
        if normalize_err(py_last) == normalize_err(ce_last):
            py_last = ce_last
        if same_out and py.status == ce.status and py_last == ce_last:
            return None
        if (not same_out and py.status == ce.status != 0
                and max(py.stdout_len, ce.stdout_len) <= OUTPUT_CAP):
            # after an uncaught exception `FuzzDel.done = True` never ran: what FuzzDel objects
            # print at interpreter exit (the last lines) is finalization order at shutdown
            strip = lambda b: _SHUTDOWN_DELS.sub(b"", b)
            if strip(py.stdout) == strip(ce.stdout):
                with self.lock:
                    self.shutdown_only += 1
                same_out = True
                if py_last == ce_last:
                    return None
        if not same_out:
            pl = py.stdout.decode("utf-8", "replace").split("\n")
            cl = ce.stdout.decode("utf-8", "replace").split("\n")
            k = 0
            while k < len(pl) and k < len(cl) and (
                    pl[k] == cl[k] or _ADDR.sub("A", pl[k]) == _ADDR.sub("A", cl[k])):
                k += 1
            pyl = pl[k] if k < len(pl) else None
            cel = cl[k] if k < len(cl) else None
            if pyl == "" and k == len(pl) - 1:
                pyl = None
            if cel == "" and k == len(cl) - 1:
                cel = None
            if pyl is None and cel is None:  # only the capped tails differ
                pyl = cel = f"<output of {py.stdout_len} vs {ce.stdout_len} bytes>"
            py_show = pyl if pyl is not None else "<end of stdout> " + py_last
            ce_show = cel if cel is not None else "<end of stdout> " + ce_last
            key = ("stdout", shape(py_show), shape(ce_show))
        elif py_last != ce_last:
            py_show, ce_show = py_last, ce_last
            key = ("stderr", shape(py_last), shape(ce_last))
        else:
            py_show, ce_show = f"exit status {py.status}", f"exit status {ce.status}"
            key = ("status", py_show, ce_show)
        return " | ".join(key), py_show, ce_show

    # -- the whole run -----------------------------------------------------------------------

    def run(self):
        a = self.args
        start = time.monotonic()
        deadline = start + a.seconds if a.seconds else None
        limit = a.count if a.count is not None else (None if a.seconds else 200)
        last_progress = start
        i = 0
        pending = set()
        stop = False
        with ThreadPoolExecutor(max_workers=a.jobs) as pool:
            while True:
                more = not stop and (limit is None or i < limit) and (
                    deadline is None or time.monotonic() < deadline)
                while more and len(pending) < 2 * a.jobs:
                    pending.add(pool.submit(self.run_one, i))
                    i += 1
                    more = (limit is None or i < limit) and (
                        deadline is None or time.monotonic() < deadline)
                if not pending:
                    break
                try:
                    finished, pending = wait(pending, timeout=1.0, return_when=FIRST_COMPLETED)
                except KeyboardInterrupt:  # stop submitting, let running mutants end, report
                    print("interrupted: finishing the running mutants", file=sys.stderr)
                    stop = self.interrupted = True
                    pending = {f for f in pending if not f.cancel()}
                    continue
                for f in finished:
                    exc = f.exception()
                    if exc is not None:  # a bug of the harness: report it, keep going
                        print(f"harness error: {type(exc).__name__}: {exc}", file=sys.stderr)
                now = time.monotonic()
                if not a.quiet and now - last_progress >= 15:
                    last_progress = now
                    with self.lock:
                        nf = sum(self.finding_counts.values())
                        print(f"[{now - start:6.0f}s] {self.ran} mutants, {nf} findings"
                              + (f", {self.differed} differ" if a.diff else ""), flush=True)
        self.elapsed = time.monotonic() - start
        return self.report()

    def report(self):
        a = self.args
        out = []
        pct = 100.0 * self.valid / self.ran if self.ran else 0.0
        out.append("")
        out.append(f"== cellar fuzz summary (seed {a.seed}, {self.elapsed:.0f}s, "
                   f"{a.jobs} jobs{', interrupted' if self.interrupted else ''}) ==")
        out.append(f"mutants run: {self.ran}, valid Python: {self.valid} ({pct:.0f}%)")
        total = sum(self.finding_counts.values())
        out.append("findings: " + ", ".join(f"{k} {self.finding_counts[k]}" for k in KINDS)
                   + f" (total {total}; saved under {os.path.join(a.out, 'findings')})")
        for (k, sig), (n, path) in sorted(self.signatures.items(), key=lambda x: -x[1][0]):
            out.append(f"  {n:5d}  {k:8s} {sig}   e.g. {path}")
        if a.diff:
            out.append(f"differential: {self.compared} compared (both finished), "
                       f"{self.differed} differ, {len(self.buckets)} buckets "
                       f"(examples under {os.path.join(a.out, 'diff')}); "
                       f"{self.shutdown_only} more differ only in FuzzDel output at exit "
                       f"after an uncaught exception (ignored)")
            items = sorted(self.buckets.items(), key=lambda x: (-x[1][0], x[0]))
            for key, (n, pyl, cel, path) in items[: a.buckets]:
                out.append(f"  {n:5d}  {key}")
                out.append(f"         python3: {clip(pyl)}")
                out.append(f"         cellar:  {clip(cel)}")
                out.append(f"         example: {path}")
            if len(items) > a.buckets:
                rest = sum(b[0] for _, b in items[a.buckets:])
                out.append(f"  ... {len(items) - a.buckets} more buckets ({rest} mutants)")
        text = "\n".join(out)
        print(text, flush=True)
        try:
            with open(os.path.join(a.out, "summary.txt"), "w") as f:
                f.write(text + "\n")
        except OSError:
            pass
        if total:
            return 1
        return 130 if self.interrupted else 0


def clip(s, n=160):
    s = repr(s)[1:-1] if any(ord(c) < 32 for c in s) else s
    return s if len(s) <= n else s[: n - 1] + "…"


_SHUTDOWN_DELS = re.compile(rb"(?:^del t\d+\n)+\Z", re.M)
_TMPDIR = re.compile(re.escape(tempfile.gettempdir()) + r"/cellar-fuzz-\w+")
_STRING = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
_ADDR = re.compile(r"0x[0-9a-fA-F]+")
_NUMBER = re.compile(r"-?\d[\d_]*(?:\.\d+)?(?:[eE][-+]?\d+)?|\b(?:inf|nan)\b")


def normalize_err(line):
    """What no implementation reproduces in gc debug output (as tests/gc/regen.py does):
    addresses, elapsed times, the size of the permanent generation."""
    line = _ADDR.sub("0xADDR", line)
    line = re.sub(r"[\d.]+s elapsed", "N.NNNNs elapsed", line)
    return re.sub(r"(objects in permanent generation: )\d+", r"\1N", line)


def shape(line):
    """The shape of a line: quoted strings -> '…', addresses -> ADDR, numbers -> N, runs of
    the same item collapsed, so that lines differing only in data share a bucket."""
    s = line[:400]
    s = _TMPDIR.sub("TMP", s)
    s = _ADDR.sub("ADDR", s)
    s = _STRING.sub("'…'", s)
    s = _NUMBER.sub("N", s)
    s = re.sub(r"(N|'…'|ADDR)(, \1)+", r"\1, …", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[:160]


def slug(key):
    s = re.sub(r"[^A-Za-z0-9]+", "_", key).strip("_")[:70]
    return f"{s}_{hashlib.sha1(key.encode()).hexdigest()[:8]}"


def finding_signature(kind, err_text, ce, note):
    """A short stable description used to group findings (not to bucket by exact message)."""
    if kind == "panic":
        m = re.search(r"panicked at ([^\n]*?):\d+:\d+:\n([^\n]*)", err_text)
        if m:
            return f"panicked at {m.group(1)}: {shape(m.group(2))}"
        m = re.search(r"internal error[^\n]*", err_text)
        return shape(m.group(0)) if m else "panic"
    if kind == "verifier":
        lines = err_text.splitlines()
        for j, l in enumerate(lines):
            if "heap verification failed" in l or "heap check at exit failed" in l:
                nxt = lines[j + 1].strip() if j + 1 < len(lines) else ""
                head = "exit check" if "at exit" in l else "verification"
                return f"{head}: {shape(nxt)}"
        return "verifier"
    if kind == "signal":
        if "memory allocation of" in err_text:
            return "abort: memory allocation failed"
        if "has overflowed its stack" in err_text:
            return "stack overflow"
        if ce.status is not None and ce.status < 0:
            try:
                return f"killed by {signal.Signals(-ce.status).name}"
            except ValueError:
                return f"killed by signal {-ce.status}"
        return f"exit status {ce.status}"
    if kind == "hang":
        return "hang " + note
    return kind


# --------------------------------------------------------------------------------------------


def load_seeds(corpora):
    seeds = []
    for root in corpora:
        for d, dirs, files in os.walk(root):
            dirs.sort()
            for fn in sorted(files):
                if not fn.endswith(".py") or fn == "regen.py":
                    continue
                p = os.path.join(d, fn)
                try:
                    with open(p, encoding="utf-8", errors="surrogateescape") as f:
                        src = f.read()
                except OSError:
                    continue
                stdin = p[:-3] + ".in"
                seeds.append((p, src, stdin if os.path.exists(stdin) else None))
    return seeds


def parse_mem(text):
    m = re.fullmatch(r"(?i)\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"bad size {text!r} (e.g. 4G, 512M, 0 for none)")
    mult = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}[m.group(2).lower()]
    return int(float(m.group(1)) * mult)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=0, help="RNG seed (mutant i depends on seed, i)")
    ap.add_argument("--count", type=int, help="number of mutants (default 200 without --seconds)")
    ap.add_argument("--seconds", type=float, help="time budget; stops at --count or this")
    ap.add_argument("--jobs", type=int, default=2, help="mutants run in parallel (default 2)")
    ap.add_argument("--timeout", type=float, default=10.0, help="wall timeout per run, s")
    ap.add_argument("--mem", type=parse_mem, default=4 << 30,
                    help="RLIMIT_AS per run, e.g. 4G (default), 0 = unlimited")
    ap.add_argument("--cellar", default=os.path.join(REPO, "target", "release", "cellar"),
                    help="the binary (default target/release/cellar of this repo)")
    ap.add_argument("--cellar-arg", action="append", default=[],
                    help="extra argument for cellar, repeatable (--cellar-arg=--max-memory=16M)")
    ap.add_argument("--python", default="python3", help="reference interpreter (python3)")
    ap.add_argument("--out", default="/tmp/cellar-fuzz",
                    help="output dir; its findings/ and diff/ are emptied first")
    ap.add_argument("--diff", action="store_true", help="differential mode against python3")
    ap.add_argument("--corpus", action="append",
                    help="seed directory, repeatable (default tests/conformance, tests/gc)")
    ap.add_argument("--buckets", type=int, default=40, help="diff buckets shown (default 40)")
    ap.add_argument("--quiet", action="store_true", help="no progress lines")
    a = ap.parse_args(argv)
    a.jobs = max(1, a.jobs)
    # cellar's own memory budget sits well below the address-space limit (which also counts
    # its 1 GiB interpreter stack and a doubling vector's old and new buffers), so runaway
    # growth is a MemoryError, as python3 gets it from the limit, not an allocation that aborts.
    if a.mem and not any(x.startswith("--max-memory") for x in a.cellar_arg):
        a.cellar_arg.append(f"--max-memory={a.mem // 4}")
    # cellar's address space also holds a 1 GiB interpreter stack, allocator reservations and,
    # while its object arena doubles, the old and the new arena: it gets twice python3's.
    a.cellar_mem = a.mem * 2
    a.cellar = os.path.abspath(a.cellar)
    a.out = os.path.abspath(a.out)
    if not (os.path.isfile(a.cellar) and os.access(a.cellar, os.X_OK)):
        print(f"fuzz.py: cellar binary not found: {a.cellar}", file=sys.stderr)
        return 2
    corpora = a.corpus or [os.path.join(REPO, "tests", "conformance"),
                           os.path.join(REPO, "tests", "gc")]
    seeds = load_seeds(corpora)
    if not seeds:
        print(f"fuzz.py: no seed programs under {corpora}", file=sys.stderr)
        return 2
    for sub in ("findings", "diff"):
        shutil.rmtree(os.path.join(a.out, sub), ignore_errors=True)
    os.makedirs(a.out, exist_ok=True)
    if not a.quiet:
        print(f"fuzzing {a.cellar} with {len(seeds)} seeds, seed {a.seed}, "
              f"{a.jobs} jobs, timeout {a.timeout}s, output {a.out}", flush=True)
    return Harness(a, seeds).run()


if __name__ == "__main__":
    sys.exit(main())
