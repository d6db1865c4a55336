class Word(str):
    def shout(self):
        return self.upper() + "!"

    def vowels(self):
        return sum(1 for ch in self if ch in "aeiou")

w = Word("hello")
print(w, len(w), w.shout(), w.vowels(), w[1], w[1:3])
print(type(w.upper()).__name__, type(w + "x").__name__, type("x" + w).__name__)
print(type(w[0]).__name__, type(w[:]).__name__, type(w * 2).__name__)
print(type(w.strip()).__name__, type(w.replace("l", "L")).__name__, type(w.split("l")[0]).__name__)
print(w == "hello", "hello" == w, w != "Hello", w < "help", w in "say hello", "ell" in w)
print(repr(w), str(w), type(str(w)).__name__, f"[{w}]", f"{w:>8}|", "%s" % w)
print(isinstance(w, str), type(w) is str, type(w).__name__)
print(w.startswith("he"), w.find("l"), w.count("l"), w.title(), w.center(9, "*"))
print("-".join([w, Word("world")]), type("-".join([w])).__name__)
print(int(Word("42")) + 1, float(Word("1.5")), list(Word("ab")))
print(bool(Word()), Word() == "", len(Word()))
print(sorted([Word("b"), "a", Word("c")]))
