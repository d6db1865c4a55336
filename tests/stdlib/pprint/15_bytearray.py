# bytearray prints as bytearray(...) with its bytes wrapped inside.
import pprint

pprint.pprint(bytearray(b"short"))
pprint.pprint(bytearray(range(40)), width=40)
pprint.pprint(bytearray(b"The quick brown fox jumps over the lazy dog"), width=30)
pprint.pprint([bytearray(b"x" * 50)], width=30)
pprint.pprint({"buf": bytearray(b"y" * 50)}, width=30)
pprint.pprint(bytearray(), width=1)
pprint.pprint(bytearray(b"abcd"), width=1)
pprint.pprint(bytearray(b"abcde"), width=1)
class Buf(bytearray):
    pass
pprint.pprint(Buf(b"z" * 50), width=30)
