import csv
import io

print(sorted(csv.list_dialects()))
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
d = csv.get_dialect("semi")
print(repr(d.delimiter), d.quoting, repr(d.lineterminator), repr(d.quotechar))

buf = io.StringIO()
csv.writer(buf, "semi").writerow(["a", 1])
print(repr(buf.getvalue()))
print(list(csv.reader(['"x";y'], dialect="semi")))

# register from a base dialect with overrides
csv.register_dialect("pipes", csv.excel, delimiter="|", lineterminator="\n")
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["p", "q|r"])
print(repr(buf.getvalue()))

# re-register replaces
csv.register_dialect("semi", delimiter=":")
print(repr(csv.get_dialect("semi").delimiter), csv.get_dialect("semi").quoting)

csv.unregister_dialect("semi")
csv.unregister_dialect("pipes")
print(sorted(csv.list_dialects()))

for call, args in [(csv.get_dialect, ("semi",)), (csv.unregister_dialect, ("semi",)),
                   (csv.register_dialect, (1,)), (csv.register_dialect, ("bad", "nope")),
                   (csv.register_dialect, ("bad2",)), (csv.get_dialect, ()),
                   (csv.list_dialects, (1,))]:
    try:
        r = call(*args)
        print(call.__name__, args, "->", r)
    except Exception as e:
        print(call.__name__, args, type(e).__name__, e)

# registering with invalid parameters
for kw in [{"delimiter": ""}, {"delimiter": ",,"}, {"quotechar": 5}, {"escapechar": "ab"},
           {"bogus": 1}, {"delimiter": "\n"}]:
    try:
        csv.register_dialect("tmp", **kw)
        print(kw, "ok")
        csv.unregister_dialect("tmp")
    except Exception as e:
        print(kw, type(e).__name__, e)
print("tmp" in csv.list_dialects(), "bad2" in csv.list_dialects())
csv.unregister_dialect("bad2")
