s = """tab\there
newline\nthere
quote\"\"\" done
unicode \u00e9 \N{BULLET}"""
print(s)
