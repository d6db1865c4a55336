# gc.get_objects() lists tracked objects only (compared by identity)
import gc
class C:
    pass
def present(x, objs):
    for o in objs:
        if o is x:
            return True
    return False
lst = [1, 2]
inst = C()
tracked_dict = {"k": []}
plain_dict = {"k": 1}
text = "hello" * 3
objs = gc.get_objects()
print(present(lst, objs), present(inst, objs), present(C, objs), present(tracked_dict, objs))
print(present(plain_dict, objs), present(text, objs))
print(type(objs).__name__, len(objs) > 100)
del objs
