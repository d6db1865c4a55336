import textwrap

title = "Memory usage of a notebook session over time"
print(textwrap.shorten(title, 80))
print(textwrap.shorten(title, 20, placeholder="..."))
print(textwrap.shorten(title, 30))
print(textwrap.shorten(title, 12, placeholder=" ..."))
print(textwrap.shorten(title, 11, placeholder=" [read more]"))
w = textwrap.TextWrapper(width=10, max_lines=1, placeholder=" [read more]")
try:
    w.fill(title)
except ValueError as e:
    print(type(e).__name__, e)
w.placeholder = " >"
print(w.fill(title))
print(textwrap.shorten(title, 10, placeholder=" [read more]"))
print("not reached")
