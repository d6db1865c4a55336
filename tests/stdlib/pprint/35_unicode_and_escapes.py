# Widths are measured on the repr: escapes count, non-ASCII letters count as one column.
import pprint

pprint.pprint(["é" * 30, "中文" * 15, "\n" * 10, "\t" * 10], width=40)
pprint.pprint({"naïve": "café crème brûlée " * 3}, width=30)
pprint.pprint("emoji 😀 text 🎉 more words here and there", width=20)
pprint.pprint("\x00\x01 control chars \x7f and more text", width=20)
pprint.pprint("mixed 'single' and \"double\" quotes in one string", width=25)
pprint.pprint(["\u200b" * 5, "\ufeff", "\u00ad"], width=10)
pprint.pprint(b"\xc3\xa9\xe4\xb8\xad" * 4, width=20)
pprint.pprint({"ключ": "значение " * 5}, width=30)
