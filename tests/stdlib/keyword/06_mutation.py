import keyword

# the lists are plain lists; changing them does not change the predicates
saved = list(keyword.kwlist)
keyword.kwlist.append("spam")
print(keyword.iskeyword("spam"), "spam" in keyword.kwlist)
keyword.kwlist[:] = saved
print(keyword.kwlist == saved)
print(keyword.iskeyword.__name__, keyword.issoftkeyword.__name__)
print(type(keyword.iskeyword.__self__).__name__, len(keyword.iskeyword.__self__))
print(sorted(keyword.issoftkeyword.__self__))
print(keyword.iskeyword.__self__ == frozenset(keyword.kwlist))
