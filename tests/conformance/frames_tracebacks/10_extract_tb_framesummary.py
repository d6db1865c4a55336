# traceback.extract_tb, FrameSummary, format_tb, print_tb, walk_tb, format_list.
import sys
import traceback


class CleanStdout:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


def compute(values):
    scale = 3
    return [v * scale for v in values][10]


def run():
    data = [1, 2]
    return compute(data)


try:
    run()
except IndexError as e:
    tb = e.__traceback__

summary = traceback.extract_tb(tb)
print(type(summary).__name__, isinstance(summary, list), len(summary))
for fs in summary:
    print(type(fs).__name__, fs.filename == __file__, fs.lineno, fs.name, repr(fs.line))
    print("  locals:", fs.locals)
    filename, lineno, name, line = fs
    print("  unpacked:", filename == __file__, lineno, name, line)
    print("  len", len(fs), "fs[1]", fs[1], "fs[-1]", fs[-1])
    print("  repr:", repr(fs).replace(__file__, "FILE"))
print(summary[0] == summary[0], summary[0] == summary[1])
print(summary[1] == (__file__, 18, "run", "return compute(data)"))
print([fs.name for fs in traceback.extract_tb(tb, limit=2)])
print([fs.name for fs in traceback.extract_tb(tb, limit=-1)])
print([fs.name for fs in traceback.extract_tb(tb.tb_next)])
print(traceback.extract_tb(None))

print("--- format_tb")
formatted = traceback.format_tb(tb)
print(len(formatted), all(s.startswith('  File "') for s in formatted))
for s in formatted:
    print(repr(s.replace(__file__, "FILE")))
print(traceback.format_tb(tb, limit=1) == formatted[:1])
print(traceback.format_list(summary) == formatted)

print("--- print_tb")
traceback.print_tb(tb, file=CleanStdout())
print("--- print_tb limit=-2")
traceback.print_tb(tb, limit=-2, file=CleanStdout())
print("--- print_tb limit=0")
traceback.print_tb(tb, limit=0, file=sys.stdout)
print("--- print_list")
traceback.print_list(summary[1:2], file=CleanStdout())

print("--- walk_tb")
for frame, lineno in traceback.walk_tb(tb):
    print(frame.f_code.co_name, lineno, frame.f_lineno)

print("--- a FrameSummary made by hand")
made = traceback.FrameSummary("made.py", 7, "func", line="  x = 1  ")
print(made.filename, made.lineno, made.name, repr(made.line), made.locals)
print(repr(made))
print(list(made))
print(traceback.format_list([made]))
lazy = traceback.FrameSummary("nofile.py", 1, "f", lookup_line=False)
print(repr(lazy.line))

print("--- StackSummary methods")
print(summary.format() == formatted)
captured = traceback.StackSummary.extract(traceback.walk_tb(tb), capture_locals=True)
for fs in captured[1:]:
    print(fs.name, fs.locals)
del tb
