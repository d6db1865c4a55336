def too_many():
    a, b = [1, 2, 3]
def not_enough():
    a, b, c = [1, 2]
def non_iterable():
    a, b = 1
def starred_short():
    a, *b, c = [1]
def string_long():
    a, b = "xyz"
def nested_inner():
    (a, b), c = [1, 2, 0], 3
def single_empty():
    a, = []
def none_value():
    a, b = None
def dict_short():
    a, b = {"only": 1}
def for_target():
    for x, y in [(1, 2), (3,)]:
        pass
for f in [too_many, not_enough, non_iterable, starred_short, string_long,
          nested_inner, single_empty, none_value, dict_short, for_target]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(f"{f.__name__:<14} -> {type(e).__name__}: {e}")
