import textwrap

text = "Ünïcödé tëxt wräps by code points, nöt by displäy width — ça va?"
for line in textwrap.wrap(text, 20):
    print(repr(line), len(line))
cjk = "記憶體 管理 是 筆記本 的 重要 主題"
print(textwrap.wrap(cjk, 8))
print(textwrap.wrap("日本語のテキストには空白がありません", 5))
print(textwrap.wrap("emoji 😀😃😄😁 test 🎉", 6))
print(textwrap.wrap("nbsp\u00a0joined\u00a0words stay together", 12))
print(textwrap.wrap("em\u2003space\u2009thin", 6))
print(textwrap.wrap("Ελληνικά κείμενα αναδιπλώνονται επίσης", 15))
print(textwrap.wrap("Привет-мир и-так-далее", 8))
print(textwrap.shorten("Ünïcödé   tëxt   squeezed  here", 20))
print(repr(textwrap.dedent("  ñ\n  ö")))
print(repr(textwrap.indent("α\nβ", "→ ")))
print(textwrap.fill("naïve café. Résumé next.", 40, fix_sentence_endings=True))
print(textwrap.wrap("e\u0301e\u0301e\u0301 x", 3))
