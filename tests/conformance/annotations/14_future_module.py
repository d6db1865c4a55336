from __future__ import generator_stop
from __future__ import annotations, division
from __future__ import (nested_scopes,
                        with_statement)
import __future__

print(__future__.annotations)
print(__future__.annotations.getOptionalRelease())
print(__future__.annotations.getMandatoryRelease())
print(__future__.generator_stop)
print(__future__.all_feature_names)
print(type(__future__.annotations).__name__)
print(annotations is __future__.annotations, division is __future__.division)

def gen():
    yield 1
    raise StopIteration('inner')

try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def f(x: int) -> int:
    return x

print(f.__annotations__, 7 / 2)
