import json

for s in [" 1", "1 ", "\t1\n", "\r\n 1 \r\n", " [ 1 , 2 ] ", "{ \"a\" : 1 }",
          "\n{\n\t\"a\"\n:\n[\n]\n}\n", "[\t]", "{\r}", '  "s"  ']:
    print(repr(s), json.loads(s))
# only space, tab, newline, carriage return count as whitespace
for s in ["\x0c1", "1\x0b", "\u00a01", "1\u2028", "\ufeff1", "[1,\x0c2]"]:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), "->", e)
# whitespace inside strings is kept
print(repr(json.loads('" a\\tb "')))
print(repr(json.loads('"  "')))
print(json.loads("[1 ,2 , 3 ]"))
