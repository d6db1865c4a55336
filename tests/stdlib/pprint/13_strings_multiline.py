# Strings with line breaks: split after each newline, then at spaces within a line.
import pprint

pprint.pprint("first line\nsecond line\nthird line that is quite a bit longer than the others\n")
pprint.pprint("a\nb\nc", width=5)
pprint.pprint("line one\nline two", width=100)
pprint.pprint(["line one\nline two " * 3], width=30)
pprint.pprint("windows\r\nline\rendings\r\nand more text to make it long enough", width=20)
pprint.pprint("unicode\u2028separator\u2029and\x85next line", width=12)
pprint.pprint("\n\n\n", width=3)
pprint.pprint("trailing newline only\n", width=10)
pprint.pprint({"doc": "Line one of the doc.\nLine two of the doc, longer.\n\nLast."}, width=30)
