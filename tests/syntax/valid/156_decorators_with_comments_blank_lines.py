def d(f):
    return f

@d
# a comment between decorator and def

@d
def f():
    pass

class K:
    @d   # trailing comment
    @staticmethod
    def s():
        pass
