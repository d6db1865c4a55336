from collections import namedtuple

Good = namedtuple("Good", "a b")
print(Good(1, 2))
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("caught", e)
Renamed = namedtuple("Renamed", "a _b", rename=True)
print(Renamed._fields, Renamed(1, 2))
try:
    Good(1, 2)._replace(c=3)
except ValueError as e:
    print("caught", e)
print("defining bad")
Bad = namedtuple("Bad", "a _b")
print("not reached", Bad)
