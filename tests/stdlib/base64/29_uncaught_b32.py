import base64

print(base64.b32decode(b"MZXW6==="))
base64.b32decode(b"MZXW6YQ")
