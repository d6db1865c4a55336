class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return False
x = 3
if x: pass
if x > 1: y = 1
elif x: y = 2
else: y = 3
while x: x -= 1
for i in range(2): print(i)
def f(): return 0
class C: pass
with Ctx() as t: pass
try: pass
finally: pass
