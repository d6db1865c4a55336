# OrderedDict prints as OrderedDict([(key, value), ...]) keeping its order.
import pprint
from collections import OrderedDict

od = OrderedDict([("zeta", 1), ("alpha", [1, 2, 3] * 5), ("mid", {"b": 1, "a": 2})])
pprint.pprint(od)
pprint.pprint(od, width=30)
pprint.pprint(OrderedDict())
pprint.pprint(OrderedDict(a=1), width=1)
pprint.pprint([OrderedDict((str(i), i) for i in range(10))], width=50)
class MyOD(OrderedDict):
    pass
pprint.pprint(MyOD((str(i), "v" * i) for i in range(8)), width=40)
print(pprint.saferepr(od))
print(pprint.isreadable(od))
