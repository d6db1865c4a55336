# fromhex and hex
print(bytes.fromhex('414243'))
print(bytes.fromhex('41 42 43'))
print(bytes.fromhex('  41  42 43  '))
print(bytes.fromhex('deadBEEF'))
print(bytes.fromhex(''))
print(bytearray.fromhex('de ad be ef'))
print(type(bytearray.fromhex('00')).__name__)
data = b'\x00\x01\xab\xcd\xef\xff'
print(data.hex())
print(data.hex(':'))
print(data.hex('-', 2))
print(data.hex('-', -2))
print(data.hex(' ', 4))
print(data.hex(' ', -4))
print(data.hex(b'|'))
print(data.hex('_', 1))
print(data.hex('_', 10))
print(b''.hex())
print(b''.hex(':'))
print(bytearray(b'hello').hex())
print(bytearray(b'hello').hex('.', 2))
print(bytes.fromhex(data.hex()) == data)
print(bytes(range(16)).hex())
for bad in ['0', 'g0', '4 1', '41 4']:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, str(e))
try:
    print(data.hex('::'))
except ValueError as e:
    print(type(e).__name__, str(e))
