from collections import namedtuple


def t(*args, **kwargs):
    try:
        print(namedtuple(*args, **kwargs)._fields)
    except Exception as e:
        print(type(e).__name__, e)


t("P", "x class")
t("P", "x def")
t("P", "x x")
t("P", "x y x")
t("P", "_x y")
t("P", "x _y")
t("P", "1x")
t("P", "x-y")
t("P", "x y!")
t("class", "x")
t("1P", "x")
t("P-Q", "x")
t("_P", "x")
t("P", ["x", 5])
t("P", 5)
t("P", ["x y"])
t("P", "None")
t("P", "True")
t("P", "match case")
t("P", "async await")
t("P", "_")
t("P", "x", rename=True)
t("P", ["x", "x"], rename=True)
t("", "x")
t("P", "self cls")
t("P", "_fields")
t(5, "x")
t("P")
t("P", "x", verbose=True)
