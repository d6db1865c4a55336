text = "  Hello World  "
result = (
    text
    .strip()
    .lower()
    .replace("world", "cellar")
)
words = text.split(
)
print(result, words)
