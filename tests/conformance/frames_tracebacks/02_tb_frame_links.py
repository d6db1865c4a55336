# f_back links between the frames of a traceback, f_globals, and the module frame.
import sys


def level3():
    raise RuntimeError("deep")


def level2():
    level3()


def level1():
    level2()


try:
    level1()
except RuntimeError as e:
    frames = []
    tb = e.__traceback__
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    print([f.f_code.co_name for f in frames])
    # Each frame's f_back is the frame of the entry before it.
    for i in range(1, len(frames)):
        print(frames[i].f_code.co_name, "f_back is previous:", frames[i].f_back is frames[i - 1])
    # The script's module frame has no caller.
    print("module f_back:", frames[0].f_back)
    print("module frame is current:", frames[0] is sys._getframe())
    # Every frame sees this module's globals; at module level f_locals is globals().
    print(all(f.f_globals is globals() for f in frames))
    print("module f_locals is globals():", frames[0].f_locals is globals())
    print(frames[3].f_back.f_back.f_back is frames[0])
    print(type(frames[3].f_code).__name__, frames[3].f_code.co_name)
    names = []
    f = frames[3]
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    print(names)
    del frames, f, tb

# A function called from two places: each traceback gets its own frame.
def boom():
    raise ValueError("x")


def via_a():
    boom()


def via_b():
    boom()


caught = []
for fn in (via_a, via_b):
    try:
        fn()
    except ValueError as e:
        caught.append(e)
last_frames = [e.__traceback__.tb_next.tb_next.tb_frame for e in caught]
print([f.f_back.f_code.co_name for f in last_frames])
print(last_frames[0] is last_frames[1])
print([e.__traceback__.tb_lineno for e in caught])
del caught, last_frames
