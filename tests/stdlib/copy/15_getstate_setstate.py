import copy

class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = "OPEN SOCKET"
        self.cache = [1, 2]
    def __getstate__(self):
        print("  __getstate__")
        state = self.__dict__.copy()
        del state["socket"]
        return state
    def __setstate__(self, state):
        print("  __setstate__ keys", sorted(state))
        self.__dict__.update(state)
        self.socket = "REOPENED"

c = Conn("db")
c2 = copy.copy(c)
print(c2.host, c2.socket, c2.cache is c.cache)
c3 = copy.deepcopy(c)
print(c3.host, c3.socket, c3.cache is c.cache, c3.cache)

# __getstate__ alone: the returned dict becomes the new __dict__ content
class Partial:
    def __init__(self):
        self.keep = 1
        self.drop = 2
    def __getstate__(self):
        return {"keep": self.keep}
p = copy.copy(Partial())
print(vars(p))

# __setstate__ alone receives the __dict__ (a copy for deepcopy)
class Logger:
    def __init__(self):
        self.items = [1]
    def __setstate__(self, state):
        print("  setstate got", state, type(state).__name__)
        self.items = state["items"] + ["restored"]
l = Logger()
print(copy.deepcopy(l).items, l.items)
