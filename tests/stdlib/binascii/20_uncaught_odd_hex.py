import binascii

print(binascii.unhexlify("cafe"))
binascii.unhexlify("caf")
