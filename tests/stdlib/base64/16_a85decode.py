import base64


def show(s, **kw):
    try:
        print(repr(s), kw, "->", repr(base64.a85decode(s, **kw)))
    except Exception as e:
        print(repr(s), kw, "->", type(e).__name__, e)


for s in [b"", b"!", b"!!", b"!!!", b"!!!!", b"!!!!!", b"z", b"zz", b"@/", b"@:E", b"@:E^", b"@:E_W",
          b"9jqo^BlbD-BleB1DJ+*+F(f,q", "@:E_WAS,Rg", bytearray(b"@:E_W"), b"s8W-!", b"s8W-\"",
          b"<~@:E_W~>", b"@:E_W~>", b"y", b"+<VdL", b"z!!", b"!!!!!z", b"@:E _W", b"@:E\n_W\n",
          b"@:\tE\r_\x0bW"]:
    show(s)
for s in [b"y", b"yz", b"@:E_Wy", b"+<VdLy"]:
    show(s, foldspaces=True)
for s in [b"<~@:E_W~>", b"@:E_W~>", b"<~~>", b"~>", b"<~@:E_W", b"<~\n@:E_W\n~>", b"<~ @:E_W ~>", b""]:
    show(s, adobe=True)
