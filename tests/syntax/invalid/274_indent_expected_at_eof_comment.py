class C:
    # only a comment follows
