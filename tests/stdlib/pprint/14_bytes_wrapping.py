# Long bytes are split into literals of whole 4-byte groups.
import pprint

data = bytes(range(48))
pprint.pprint(data)
pprint.pprint(data, width=30)
pprint.pprint(b"abcdefghijklmnopqrstuvwxyz" * 4, width=40)
pprint.pprint([b"abcdefghijklmnopqrstuvwxyz" * 3], width=40)
pprint.pprint({"raw": b"hello world, this is a long byte string"}, width=30)
pprint.pprint(b"abcd", width=1)
pprint.pprint(b"abcde", width=1)
pprint.pprint(b"abcdefgh", width=1)
pprint.pprint(b"'quotes' and \"doubles\" inside", width=20)
pprint.pprint(b"x" * 20, width=14)
pprint.pprint(b"x" * 21, width=14)
pprint.pprint(b"", width=1)
