values = (  # opening comment
    1,

    # comment inside brackets

    2,  # trailing

)
call = max(
    # comment as first line
    values,
    # comment as last line
)
print(values, call)
