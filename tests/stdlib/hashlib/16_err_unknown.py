import hashlib
for name in ["foo", "sha999", "md4x", ""]:
    try:
        hashlib.new(name)
    except Exception as e:
        print(repr(name), type(e).__name__, e)
try:
    hashlib.new(5)
except Exception as e:
    print(type(e).__name__)
print(isinstance(ValueError("x"), Exception))
