count = 0
def increment():
    global count
    count += 1
    return count
print(increment(), increment(), count)
def create_global():
    global created
    created = "made inside function"
create_global()
print(created)
def read_only():
    return count * 10
print(read_only())
def shadow():
    count = 99
    return count
print(shadow(), count)
