import re
import textwrap

w = textwrap.TextWrapper()
text = "Hello there -- you goof-ball, use the -b option!"
print(w._split(text))
w.break_on_hyphens = False
print(w._split(text))
w.break_on_hyphens = 1
print(w._split(text), w.wrap("goof-ball-long-name"))
print(textwrap.TextWrapper(width=6, break_on_hyphens=1).wrap("goof-ball-long-name"))
print(textwrap.TextWrapper()._split("a--b c---d x--"))
print(textwrap.TextWrapper()._split("it's 3-4 e-mail--now A-B ab-cd-ef éx-ño -x- --x"))
print(textwrap.TextWrapper()._munge_whitespace("a\tb\nc\x0bd"))
chunks = ["End.", " ", "Next", " ", "e.g.", " ", "ok!", " ", '"Q?"', " ", "z"]
textwrap.TextWrapper()._fix_sentence_endings(chunks)
print(chunks)


class CommaSplit(textwrap.TextWrapper):
    wordsep_re = re.compile(r"(\s+|(?<=,)(?=\S))")


print(CommaSplit(width=10).wrap("alpha,beta,gamma,delta epsilon,zeta"))
print(CommaSplit(width=10, break_on_hyphens=False).wrap("alpha,beta,gamma,delta epsilon,zeta"))


class Underscore(textwrap.TextWrapper):
    wordsep_simple_re = re.compile(r"([\s_]+)")


print(Underscore(width=8, break_on_hyphens=False).wrap("snake_case_name_here and-more"))


class AnyCase(textwrap.TextWrapper):
    sentence_end_re = re.compile(r"[A-Za-z][.!?]\Z")


print(AnyCase(fix_sentence_endings=True).fill("Go to A. Then B. done."))
print(textwrap.TextWrapper(fix_sentence_endings=True).fill("Go to A. Then B. done."))


class Marked(textwrap.TextWrapper):
    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        chunk = reversed_chunks[-1]
        room = max(width - cur_len - 1, 1)
        cur_line.append(chunk[:room] + "\\")
        reversed_chunks[-1] = chunk[room:]


print(Marked(width=8).wrap("tiny abcdefghijklmnopqrstuvwxyz end"))


class Upper(textwrap.TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()

    def _split(self, text):
        return [c for c in super()._split(text) if c != "SKIP"]


print(Upper(width=12).wrap("keep SKIP these words SKIP please"))
r = textwrap.TextWrapper(width=5)
print(r._wrap_chunks(["ab", " ", "cd", " ", "efghij"]))
print(r._split_chunks("x\ty-z"))
