import copy

# a falsy state still reaches __setstate__; only None skips it
class Falsy:
    def __getstate__(self):
        return {}
    def __setstate__(self, state):
        print("  Falsy.__setstate__", state)
f = copy.copy(Falsy())
print(type(f).__name__, vars(f))
class FalsyZero:
    def __getstate__(self):
        return 0
    def __setstate__(self, state):
        print("  FalsyZero.__setstate__", state)
print(type(copy.deepcopy(FalsyZero())).__name__)
class NoneState:
    def __init__(self):
        self.lost = True
    def __getstate__(self):
        return None
    def __setstate__(self, state):
        print("  NoneState.__setstate__ (not expected)")
n = copy.deepcopy(NoneState())
print(type(n).__name__, vars(n))

# non-dict state requires __setstate__
class Tuple:
    def __getstate__(self):
        return ("a", "b")
    def __setstate__(self, state):
        self.pair = state
print(copy.copy(Tuple()).pair)
class NoSet:
    def __getstate__(self):
        return ("x",)
try:
    copy.copy(NoSet())
except Exception as e:
    print(type(e).__name__, e)
