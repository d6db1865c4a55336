name = "module"
def outer():
    name = "outer"
    def use_global():
        global name
        name = "changed global"
    def use_nonlocal():
        nonlocal name
        name = "changed outer"
    use_global()
    print("after global:", name)
    use_nonlocal()
    print("after nonlocal:", name)
outer()
print("module name:", name)
def loop_global():
    global total
    total = 0
    for i in range(5):
        total += i
loop_global()
print(total)
