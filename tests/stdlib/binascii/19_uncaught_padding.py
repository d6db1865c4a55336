import binascii

print(binascii.a2b_base64(b"YWJj"))
binascii.a2b_base64(b"YWJjZA")
