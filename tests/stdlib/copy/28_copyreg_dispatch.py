import copy
import copyreg

class Temperature:
    def __init__(self, celsius):
        print("  __init__", celsius)
        self.celsius = celsius

def reduce_temp(t):
    print("  reduce_temp called")
    return (Temperature, (t.celsius + 0.5,))

t = Temperature(20)
copyreg.pickle(Temperature, reduce_temp)
print(Temperature in copyreg.dispatch_table)
t2 = copy.copy(t)
print(t2.celsius)
t3 = copy.deepcopy([t, t])
print(t3[0].celsius, t3[0] is t3[1])

# __copy__ on the class wins over the dispatch table for copy.copy
class Both:
    def __copy__(self):
        return "from __copy__"
copyreg.pickle(Both, lambda b: (str, ("from copyreg",)))
print(copy.copy(Both()), copy.deepcopy(Both()))

# the dispatch table is used only for the exact type, not subclasses
class SubTemp(Temperature):
    pass
s = SubTemp(5)
s2 = copy.copy(s)
print(type(s2).__name__, s2.celsius)

del copyreg.dispatch_table[Temperature]
print(copy.copy(t).celsius)
try:
    copyreg.pickle(Temperature, 42)
except TypeError as e:
    print(type(e).__name__, e)
del copyreg.dispatch_table[Both]
