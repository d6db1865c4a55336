import textwrap

word = "supercalifragilisticexpialidocious"
print(textwrap.wrap(word, 10))
print(textwrap.wrap(word, 10, break_long_words=False))
print(textwrap.wrap("see " + word + " now", 10))
print(textwrap.wrap("see " + word + " now", 10, break_long_words=False))
print(textwrap.wrap("ab " + word, 12))
print(textwrap.wrap(word, 10, initial_indent="-> "))
print(textwrap.wrap(word, 10, initial_indent="-> ", break_long_words=False))
print(textwrap.wrap(word, 3, initial_indent="#####"))
print(textwrap.wrap("x " * 3 + word, 8, subsequent_indent="  "))
path = "/home/user/notebooks/analysis/memory_profile_2024_final_v3.ipynb"
print(textwrap.wrap("Saved to " + path, 30))
print(textwrap.wrap("Saved to " + path, 30, break_long_words=False))
print(textwrap.wrap("Saved to " + path, 30, break_long_words=False, break_on_hyphens=False))
