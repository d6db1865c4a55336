text = (
    "alpha "   # first
    # a comment line between pieces
    "beta "    # second

    "gamma"
)
print(text)
