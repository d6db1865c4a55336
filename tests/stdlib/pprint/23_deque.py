# deque prints as deque([...]) and shows maxlen on its own line when set.
import pprint
from collections import deque

pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(deque(["alpha" * 5, "beta" * 5, "gamma" * 5]), width=40)
pprint.pprint(deque())
pprint.pprint(deque(maxlen=3))
pprint.pprint(deque([1, 2], maxlen=5), width=5)
pprint.pprint(deque([[1, 2, 3] * 5, {"k": "v" * 40}], maxlen=2), width=40)
pprint.pprint([deque("abcdefghij" * 4)], compact=True, width=40)
class MyDeque(deque):
    pass
pprint.pprint(MyDeque(range(20)), width=30, compact=True)
