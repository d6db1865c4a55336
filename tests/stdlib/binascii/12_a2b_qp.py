import binascii

a = binascii.a2b_qp
samples = [b"", b"plain", b"=41=42=43", b"=4", b"=4g", b"=", b"a=", b"a==41", b"=a1=Fz", b"=zz",
           b"soft=\nbreak", b"soft=\r\nbreak", b"soft=\rxx\nbreak", b"a=\r", b"_a_", b"a_b=5F",
           b"=3D", b"tab\t=09", b"=0A=0D", b"lower=ff=FF", "str=41", bytearray(b"=41"), b"=\n=\n", b"x=\n"]
for s in samples:
    print(repr(s), repr(a(s)), repr(a(s, header=True)), repr(a(s, True)))
print(a(data=b"_=5F_", header=1))
enc = binascii.b2a_qp(bytes(range(256)))
print(a(enc) == bytes(range(256)))
enc = binascii.b2a_qp(b"x" * 200 + b" \n", header=True)
print(enc)
print(a(enc, header=True))
