"""A stand-in for the `pyperf` module, just enough for pyperformance's run_benchmark.py files.

Each benchmark function runs a fixed number of loops (1, or `--loops=N` on the command line,
or the environment variable CELLAR_PYPERF_LOOPS) and nothing is printed, so the output of a
benchmark is only what the benchmark itself prints, the same under python3 and Cellar.
Needs only `sys` and `time`: `os` is optional, as a small interpreter may not have it.
"""
import sys
import time

perf_counter = time.perf_counter


def _loops():
    for arg in sys.argv[1:]:
        if arg.startswith("--loops="):
            return int(arg[len("--loops="):])
    try:
        import os
    except ImportError:
        return 1
    return int(os.environ.get("CELLAR_PYPERF_LOOPS", "1"))


def python_implementation():
    impl = getattr(sys, "implementation", None)
    return getattr(impl, "name", "unknown").lower()


class Namespace:
    def __init__(self, values):
        for name in values:
            setattr(self, name, values[name])


class ArgumentParser:
    """Collects the benchmark's own arguments; parse_args() gives their defaults, because the
    command line is pyperf's (worker options) and never names them."""

    def __init__(self):
        self._defaults = {}
        self._required = []

    def add_argument(self, *names, **kw):
        positional = not names[0].startswith("-")
        dest = kw.get("dest")
        if dest is None:
            longs = [n for n in names if n.startswith("--")]
            dest = (longs or names)[0].lstrip("-").replace("-", "_")
        action = kw.get("action", "store")
        nargs = kw.get("nargs")
        if "default" in kw:
            default = kw["default"]
        elif action == "store_true":
            default = False
        elif action == "store_false":
            default = True
        elif nargs == "*" and positional:
            default = []
        else:
            default = None
            if kw.get("required") or (positional and nargs not in ("?", "*")):
                self._required.append(dest)
        if isinstance(default, str) and "type" in kw:
            default = kw["type"](default)
        self._defaults[dest] = default

    def add_argument_group(self, *args, **kw):
        return self

    add_mutually_exclusive_group = add_argument_group

    def parse_args(self, args=None):
        if self._required:
            prog = sys.argv[0].rsplit("/", 1)[-1]
            missing = ", ".join(self._required)
            sys.stderr.write(f"{prog}: error: the following arguments are required: {missing}\n")
            raise SystemExit(2)
        return Namespace(self._defaults)


class Runner:
    def __init__(self, values=None, processes=None, loops=0, min_time=0.1, metadata=None,
                 show_name=True, program_args=None, add_cmdline_args=None, _argparser=None,
                 warmups=None):
        self.metadata = dict(metadata or {})
        self.argparser = ArgumentParser()
        self.args = None
        self.loops = _loops()

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(args)
        return self.args

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        self.parse_args()
        for _ in range(self.loops):
            func(*args)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        self.parse_args()
        time_func(self.loops, *args)

    def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None):
        raise NotImplementedError("pyperf stand-in: bench_async_func needs an event loop")

    def bench_command(self, name, command):
        raise NotImplementedError("pyperf stand-in: bench_command would time another process")

    def timeit(self, name, stmt=None, setup="pass", teardown="pass", inner_loops=None,
               duplicate=None, metadata=None, globals=None):
        raise NotImplementedError("pyperf stand-in: timeit is not supported")
