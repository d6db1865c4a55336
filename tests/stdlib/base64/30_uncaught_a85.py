import base64

print(base64.a85decode(b"@:E_W"))
base64.a85decode(b"@:E_W\x01")
