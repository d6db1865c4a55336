# Annotations that use typing objects, as a program writes them
from typing import (TypeVar, List, Dict, Optional, Callable, Sequence, Iterable, Tuple,
                    Union, Any, get_type_hints, overload, cast)

T = TypeVar('T')
N = TypeVar('N', int, float)


def first(items: Sequence[T]) -> Optional[T]:
    return items[0] if items else None


def total(values: Iterable[N], start: N = 0) -> N:
    for v in values:
        start += v
    return start


def apply(f: Callable[[T], T], x: T, times: int = 1) -> T:
    for _ in range(times):
        x = f(x)
    return x


def group(pairs: List[Tuple[str, int]]) -> Dict[str, List[int]]:
    out: Dict[str, List[int]] = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out


def parse(text: Union[str, bytes, None]) -> Any:
    if text is None:
        return None
    return cast(str, text).strip()


print(first([3, 4]), first([]), total([1, 2, 3]), total([0.5, 0.25], 1.0))
print(apply(lambda v: v * 2, 3, times=4), group([("a", 1), ("b", 2), ("a", 3)]))
print(parse("  x "), parse(None))
for f in (first, total, apply, group, parse):
    print(f.__name__, f.__annotations__)
    print('  ', get_type_hints(f))


class Stack:
    items: List[int]
    limit: "Optional[int]" = None

    def __init__(self) -> None:
        self.items = []

    def push(self, item: int) -> "Stack":
        self.items.append(item)
        return self


s = Stack().push(1).push(2)
print(s.items, get_type_hints(Stack), get_type_hints(Stack.push))
