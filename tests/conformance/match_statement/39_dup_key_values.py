def t(src):
    try:
        compile(src, 'x', 'exec'); print('ok')
    except SyntaxError as e: print(e.msg)
t("match x:\n case {1: a, 1.0: b}: pass")
t("match x:\n case {True: a, 1: b}: pass")
t("match x:\n case {0: a, -0: b}: pass")
t("match x:\n case {0.0: a, -0.0: b}: pass")
t("match x:\n case {'a': a, b'a': b}: pass")
t("match x:\n case {None: a, None: b}: pass")
t("match x:\n case {2: a, 2.5: b}: pass")
t("match x:\n case {-1: a, -1.0: b}: pass")
t("match x:\n case {False: a, 0: b}: pass")
