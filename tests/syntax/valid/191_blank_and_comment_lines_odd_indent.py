def f(x):
    y = x

        # comment indented deeper
  # comment indented less
    z = y
      
    if z:
# comment at column zero inside a block
        return z

    return 0
print(f(1))
