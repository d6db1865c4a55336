import textwrap

text = "It ran. It stopped! Did it? Yes.  Then Mr. Smith left. e.g. this"
print(textwrap.wrap(text, 80))
print(textwrap.wrap(text, 80, fix_sentence_endings=True))
print(textwrap.fill("First.\nSecond.\nThird", 80, fix_sentence_endings=True))
print(textwrap.fill('He said "stop." Then left.', 80, fix_sentence_endings=True))
print(textwrap.fill("Ends with paren.) Next one.", 80, fix_sentence_endings=True))
print(textwrap.fill("lower. next", 80, fix_sentence_endings=True))
print(textwrap.fill("Version 3.11 is out. Upgrade now.", 80, fix_sentence_endings=True))
print(textwrap.fill("A. B. C.", 80, fix_sentence_endings=True))
print(textwrap.fill("Word.   Spaces.", 80, fix_sentence_endings=True))
print(textwrap.wrap("One. Two. Three. Four.", 9, fix_sentence_endings=True))
print(textwrap.fill("Hi!\tThere?\nYes.", 80, fix_sentence_endings=True))
print(textwrap.fill("Ünïcode. Ends.", 80, fix_sentence_endings=True))
