print(dir({}))
print([n for n in dir('') if n.startswith('__')])
print(sorted(set(dir(1.0)) - set(dir(1))))
print(sorted(set(dir(True)) ^ set(dir(1))))
print(hasattr(1.0, '__index__'), hasattr(True, '__index__'), hasattr(1.0, '__round__'))
print(hasattr(str, '__iter__'), hasattr(bytes, '__mod__'), hasattr(list, '__hash__'), list.__hash__)
class C:
    x = 1
    def m(self):
        pass
print([n for n in dir(C()) if not n.startswith('__')])
print('__dict__' in dir(C()), '__weakref__' in dir(C()), '__module__' in dir(C))
