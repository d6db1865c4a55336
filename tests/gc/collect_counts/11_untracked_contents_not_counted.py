# objects the collector does not track (untracked dicts, strings, ints) are not counted
import gc
class Node:
    pass
def pair(make):
    a = Node()
    b = Node()
    a.b = b
    b.a = a
    a.x = make()
    b.x = make()
def atomic_dict():
    return {"k": 1}
def list_dict():
    return {"k": []}
def text():
    return "abc" * 3
def lst():
    return [1, 2]
gc.collect()
pair(atomic_dict)
print("atomic dicts", gc.collect())
pair(list_dict)
print("dicts with lists", gc.collect())
pair(text)
print("strings", gc.collect())
pair(lst)
print("lists", gc.collect())
