# ( [ { ' " are all ignored here
x = f(  # ) ] } this comment has closing brackets
    1,
) if (f := lambda v: v) else None  # "quote ' in comment
# unterminated """ in a comment is fine
print(x)
