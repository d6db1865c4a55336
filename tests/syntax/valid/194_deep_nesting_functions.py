def a():
    x = 1
    def b():
        def c():
            def d():
                def e():
                    nonlocal x
                    x += 1
                    return x
                return e()
            return d()
        return c()
    return b()
print(a())
