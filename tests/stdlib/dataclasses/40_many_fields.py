from dataclasses import make_dataclass, field, fields, astuple, asdict, replace

names = [f'f{i:02d}' for i in range(60)]
Wide = make_dataclass('Wide', [(n, int, field(default=i)) for i, n in enumerate(names)],
                      order=True, frozen=True)
w = Wide()
print(len(fields(Wide)), astuple(w)[:5], astuple(w)[-3:])
print(repr(w)[:60])
w2 = replace(w, f59=0)
print(w2 < w, w2 == w, hash(w) == hash(astuple(w)))
print(Wide(*range(100, 160)).f42, Wide(f10=-1).f10)
print(list(asdict(w).items())[58:])
print(Wide.__match_args__[-2:], len(Wide.__init__.__defaults__))
try:
    Wide(*range(61))
except TypeError as e:
    print(type(e).__name__, e)
total = 0
for i in range(200):
    total += Wide(i).f00 + Wide(f59=i).f59
print(total)
