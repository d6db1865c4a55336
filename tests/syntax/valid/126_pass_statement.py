pass
def f():
    pass
class C:
    pass
if True:
    pass
for i in []:
    pass
while False:
    pass
