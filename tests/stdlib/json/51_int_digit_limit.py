import json
import sys

print(sys.get_int_max_str_digits())
ok = int("9" * 4300)
print(len(json.dumps(ok)))
print(json.loads("9" * 4300) == ok)
try:
    json.dumps(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
# parse_int=str skips the conversion
print(len(json.loads("1" * 5000, parse_int=str)))
# floats with many digits are fine
print(json.loads("1." + "0" * 5000))
