class C:
    def m(self): pass
o = C()
print(hash(o.m) == hash(o.m), o.m == o.m, len({o.m, o.m}), {o.m: 1}[o.m])
l = []
print(hash(l.append) == hash(l.append), len({l.append, l.append}), l.append == [].append)
s = {o.m}
print(o.m in s, C().m in s)
