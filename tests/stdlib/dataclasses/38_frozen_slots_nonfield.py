# frozen + slots: CPython 3.11's generated __setattr__ still refers to the class before slots
# were added, so assigning a name that is not a field reaches super() with the wrong class.
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True, slots=True)
class P:
    x: int


p = P(1)
try:
    p.x = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    p.y = 2
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    del p.y
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(P.__setattr__.__qualname__, P.__init__.__qualname__)
print(P(1) == P(1), hash(P(1)) == hash((1,)))


@dataclass(slots=True)
class UsesSuper:
    x: int

    def method(self):
        return super().__repr__()


try:
    print(UsesSuper(1).method())
except TypeError as e:
    print(type(e).__name__, e)
