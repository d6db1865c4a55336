xs = [1, 2]
x = [i for i in xs if i else 0]
