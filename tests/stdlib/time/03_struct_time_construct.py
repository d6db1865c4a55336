import time

st = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(repr(st))
print(str(st))
print(st.tm_zone, st.tm_gmtoff)
st2 = time.struct_time([2020, 2, 29, 12, 30, 45, 5, 60, 0, 'XYZ', 3600])
print(st2, st2.tm_zone, st2.tm_gmtoff, len(st2))
print(st == st2)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields)
print(repr(time.gmtime(0)))
# values are not validated
odd = time.struct_time(('a', None, 3.5, [], 0, 0, 0, 0, 0))
print(odd)
print(odd.tm_year, odd.tm_mon)
for bad in [(1, 2, 3), tuple(range(12)), ()]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    time.struct_time(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.struct_time()
except TypeError as e:
    print(type(e).__name__, e)
try:
    st.tm_year = 1999
except AttributeError as e:
    print(type(e).__name__, e)
try:
    st.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del st.tm_mon
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(st, tuple), issubclass(time.struct_time, tuple))
print(time.struct_time.__name__, time.struct_time.__module__,
      time.struct_time.__qualname__)
import copy
c = copy.copy(st2)
print(c, c.tm_zone)
d = copy.deepcopy(st2)
print(d == st2, d.tm_zone, d.tm_gmtoff)
