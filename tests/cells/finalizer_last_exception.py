# A local of a failing function stays alive through the last exception (sys.last_traceback
# holds the frames, each frame its locals) until the next uncaught exception or %reset.
# %%
import sys, gc

class Big:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

def load(n):
    data = Big(f"data{n}")
    rows = [data] * 3
    raise ValueError(f"bad input {n}")
# %%
load(1)
# %%
# The function's frame is the innermost traceback entry; its locals are all there.
tb = sys.last_traceback
while tb.tb_next is not None:
    tb = tb.tb_next
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, sorted(tb.tb_frame.f_locals))
print(type(sys.last_value).__name__, sys.last_value)
del tb
# %%
# The next uncaught exception replaces the last one: data1 dies then.
load(2)
# %%
print("data1 is gone; data2 is held")
# %%
%reset -f
# %%
print("after reset")
