# underscore_numbers=True writes ints with _ separators (only ints, not floats or bools).
import pprint

data = [1234567, -9876543210, 12, 1.5e10, 123456.789, True, 10 ** 20, {"big": 2 ** 40}, (100000,)]
pprint.pprint(data, underscore_numbers=True)
pprint.pprint(data)
pprint.pprint(data, underscore_numbers=True, width=20)
print(pprint.pformat(1000000, underscore_numbers=True), pprint.pformat(1000000))
class MyInt(int):
    pass
class ReprInt(int):
    def __repr__(self):
        return "ReprInt(%d)" % int(self)
print(pprint.pformat([MyInt(123456789), ReprInt(123456789)], underscore_numbers=True))
print(pprint.pformat({10000: 20000}, underscore_numbers=True))
print(pprint.saferepr(1000000))
pp = pprint.PrettyPrinter(underscore_numbers=True)
print(pp.pformat(-1000), pp.pformat(999), pp.pformat(0))
