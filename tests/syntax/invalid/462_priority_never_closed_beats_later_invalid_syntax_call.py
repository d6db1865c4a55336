foo(a, b
x = = 2
