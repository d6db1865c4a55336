import keyword

# every hard keyword is rejected as an assignment target; soft keywords are not
for word in keyword.kwlist + keyword.softkwlist:
    try:
        compile(word + " = 1", "<test>", "exec")
        ok = True
    except SyntaxError:
        ok = False
    print(word, keyword.iskeyword(word), ok)
