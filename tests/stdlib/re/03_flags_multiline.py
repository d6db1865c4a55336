# re.MULTILINE: ^ and $ at line boundaries; \A and \Z are unaffected.
import re

text = "one\ntwo\nthree\n"
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text))
print(re.findall(r"\w+$", text, re.M))
print(re.findall(r"^", text, re.M))
print(re.findall(r"$", text, re.M))
print([m.start() for m in re.finditer(r"$", text)])
print([m.start() for m in re.finditer(r"$", text, re.M)])
print(re.findall(r"\A\w+", text, re.M), re.findall(r"\w+\Z", text, re.M))
print(re.search(r"^two$", text), re.search(r"^two$", text, re.M))
print(re.sub(r"^", "> ", text, flags=re.M))
print(re.sub(r"(?m)$", ";", "a\nb"))
print(re.split(r"^", "a\nb\nc", flags=re.M))
# only \n counts as a line break
print(re.findall(r"^\w", "a\rb\r\nc\x0bd\u2028e", re.M))
