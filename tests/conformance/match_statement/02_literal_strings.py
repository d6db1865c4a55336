# String and bytes literal patterns

def cmd(s):
    match s:
        case "quit":
            return "bye"
        case "help":
            return "showing help"
        case "":
            return "empty string"
        case "hello" " world":
            return "implicit concatenation matched"
        case r"a\b":
            return "raw string matched"
        case "tab\there":
            return "escape sequence matched"
        case b"bytes":
            return "bytes literal matched"
        case "ünïcödé":
            return "unicode matched"
        case 'single quoted':
            return "single quotes matched"
        case """triple""":
            return "triple quotes matched"
        case _:
            return "unknown: " + repr(s)

inputs = [
    "quit", "help", "", "hello world", "a\\b", "tab\there", b"bytes",
    "bytes", "ünïcödé", "single quoted", "triple", "QUIT", " quit",
    "hello", 42, None,
]
for s in inputs:
    print(repr(s), "->", cmd(s))

print("-- str and bytes never compare equal --")
for subject in ["abc", b"abc", bytearray(b"abc")]:
    match subject:
        case "abc":
            print(repr(subject), "matched str literal")
        case b"abc":
            print(repr(subject), "matched bytes literal")
        case _:
            print(repr(subject), "matched nothing")

print("-- str subclass still compares equal --")

class MyStr(str):
    pass

match MyStr("help"):
    case "help":
        print("MyStr('help') matched 'help'")
    case _:
        print("no match")

print("-- building a result from many lines --")
log = []
for word in "go north go south look take lamp quit".split():
    match word:
        case "go":
            log.append("MOVE")
        case "north":
            log.append("N")
        case "south":
            log.append("S")
        case "look":
            log.append("LOOK")
        case "quit":
            log.append("END")
        case _:
            log.append("?" + word)
print(" ".join(log))
