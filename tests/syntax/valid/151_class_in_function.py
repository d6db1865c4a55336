def make(base):
    class Made(base):
        def hello(self):
            return "hi"
    return Made

Cls = make(object)
print(Cls().hello())
