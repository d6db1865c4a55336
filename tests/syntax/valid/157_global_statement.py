counter = 0
a = b = 0

def inc():
    global counter
    counter += 1

def set_both():
    global a, b
    a, b = 1, 2

def define_new():
    global fresh
    fresh = "new"
inc(); set_both(); define_new()
print(counter, a, b, fresh)
