# Working line by line with MULTILINE: headers, key/value blocks, indentation.
import re

config = """[server]
host = example.com
port=8080
# comment line
  debug = true

[client]
retries = 3
name = "quoted value"
"""
sections = re.findall(r"^\[(\w+)\]$", config, re.M)
print(sections)
pairs = re.findall(r"^\s*(\w+)\s*=\s*(.*?)\s*$", config, re.M)
print(pairs)
blocks = re.split(r"^\[(\w+)\]\n", config, flags=re.M)
print(blocks[0] == "", blocks[1::2])
for name, body in zip(blocks[1::2], blocks[2::2]):
    print(name, dict(re.findall(r"^\s*(\w+)\s*=\s*(.*?)\s*$", body, re.M)))
print(re.findall(r"^(\s+)\S", config, re.M))
print(re.sub(r"(?m)^#.*\n", "", config).count("\n"))
print(re.sub(r"(?m)^(?=.)", "    ", "a\n\nb\n"))
print(re.findall(r"(?m)^$", "a\n\nb\n"))
print(len(re.findall(r"(?m)^", "a\n\nb\n")))
print(re.search(r"(?m)^port\s*=\s*(\d+)$", config).group(1))
print(re.findall(r"(?m)\S+$", "x  \ny\t\nz"))
