# UserDict, UserList and UserString print like the data they wrap.
import pprint
from collections import UserDict, UserList, UserString

ud = UserDict({"b": 2, "a": list(range(25))})
pprint.pprint(ud)
pprint.pprint(ud, width=30)
ul = UserList(["item %d" % i for i in range(12)])
pprint.pprint(ul)
pprint.pprint(ul, width=30, compact=True)
us = UserString("a long user string with many words in it, long enough to wrap " * 2)
pprint.pprint(us)
pprint.pprint([us], width=40)
pprint.pprint(UserDict(), width=1)
pprint.pprint(UserList(), width=1)
pprint.pprint(UserString(""), width=1)
pprint.pprint({"ud": UserDict({"x": "y" * 60})}, width=40)
print(pprint.saferepr(ud) == repr(ud), pprint.isreadable(ul))
pprint.pprint(UserList([UserList([1, 2, 3] * 10)]), width=30, depth=1)
