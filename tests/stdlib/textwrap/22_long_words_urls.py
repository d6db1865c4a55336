import textwrap

url = "https://example.org/notebooks/memory/profiling?session=abc123&cell=42#output"
print(textwrap.wrap("See " + url + " for details.", 30))
print(textwrap.wrap("See " + url + " for details.", 30, break_long_words=False))
print(textwrap.wrap("See " + url + " for details.", 30, break_on_hyphens=False))
h = "0123456789" * 5
print(textwrap.wrap(h, 16))
print(textwrap.wrap(h, 16, initial_indent="hex: ", subsequent_indent="     "))
print(textwrap.wrap("a " + h, 16))
print(textwrap.wrap(h + " z", 16, break_long_words=False))
print(textwrap.wrap("x" * 25, 10, max_lines=2))
print(textwrap.wrap("x" * 25, 10, max_lines=2, break_long_words=False))
print(textwrap.wrap("pre " + "y" * 12 + " post", 10))
print(textwrap.wrap("a_very_long_snake_case_identifier_name", 12))
print(textwrap.wrap("CamelCaseIdentifiersDoNotBreakNicely", 12))
