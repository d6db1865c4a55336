from collections import OrderedDict


def attempt(label, make_iter, mutate):
    od = OrderedDict.fromkeys("abcd", 0)
    seen = []
    try:
        for x in make_iter(od):
            seen.append(x)
            if len(seen) == 2:
                mutate(od)
    except RuntimeError as e:
        print(label, seen, type(e).__name__, e)
    else:
        print(label, seen, "no error", list(od))


attempt("add", iter, lambda od: od.__setitem__("z", 1))
attempt("delete", iter, lambda od: od.__delitem__("d"))
attempt("pop", iter, lambda od: od.pop("a"))
attempt("popitem", iter, lambda od: od.popitem())
attempt("move_to_end", iter, lambda od: od.move_to_end("a"))
attempt("move_to_end_first", iter, lambda od: od.move_to_end("d", last=False))
attempt("update existing", iter, lambda od: od.__setitem__("a", 5))
attempt("clear", iter, lambda od: od.clear())
attempt("reversed add", reversed, lambda od: od.__setitem__("z", 1))
attempt("values add", lambda od: iter(od.values()), lambda od: od.__setitem__("z", 1))
attempt("items move", lambda od: iter(od.items()), lambda od: od.move_to_end("c"))
attempt("del+add", iter, lambda od: (od.__delitem__("a"), od.__setitem__("z", 1)))
od = OrderedDict(a=1, b=2)
it = iter(od)
print(next(it))
od["c"] = 3
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except Exception as e:
    print(type(e).__name__, e)
