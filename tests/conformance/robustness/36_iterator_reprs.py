# The default repr of builtin iterators names their type, as object_repr does (addresses cut).
for it in [enumerate([1]), zip([1]), map(abs, [1]), filter(None, [1]), reversed([1]), iter([1]), iter((1,)), iter('ab'), iter(range(3)), iter({1: 2}), iter({1}), iter({1:2}.values()), iter({1:2}.items())]:
    r = repr(it)
    print(r[:r.index(' at ')] if ' at ' in r else r)
