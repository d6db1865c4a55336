def make_class():
    count = 0
    class Counter:
        def bump(self):
            nonlocal count
            count += 1
            return count
    return Counter
C = make_class()
c = C()
c.bump()
print(c.bump())
