# The Supports* protocols with builtin values
from typing import (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes,
                    SupportsIndex, SupportsAbs, SupportsRound)

protos = (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex,
          SupportsAbs, SupportsRound)


class Mine:
    def __int__(self):
        return 1

    def __abs__(self):
        return 1


for value in (1, 1.5, True, "s", b"b", [1], None, Mine()):
    print(type(value).__name__, [isinstance(value, p) for p in protos])

for cls in (int, float, complex, str, bytes, bool, Mine):
    print(cls.__name__, [issubclass(cls, p) for p in protos])

for p in protos:
    print(p, p.__parameters__, p._is_runtime_protocol, sorted(p.__abstractmethods__),
          p.__module__)
print(SupportsAbs[int], SupportsRound[float])
print(SupportsAbs.__orig_bases__)
