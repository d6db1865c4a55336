import base64

print(base64.__all__)
print(base64.MAXLINESIZE, base64.MAXBINSIZE)
print(base64.bytes_types)
print(hasattr(base64, "z85encode"), hasattr(base64, "z85decode"))
for name in base64.__all__:
    print(name, callable(getattr(base64, name)))
print(base64.binascii.Error)
