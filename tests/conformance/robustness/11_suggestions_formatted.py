# The "Did you mean" hint is added when the exception is shown, not in str(e).
import traceback

def show(f):
    try:
        f()
    except (NameError, AttributeError) as e:
        print('str:', e)
        print('shown:', traceback.format_exception_only(e)[-1], end='')

class T:
    def __init__(self):
        self.count = 0

show(lambda: lenn([1]))
show(lambda: Nonee)
show(lambda: Flase)
show(lambda: pritn)
show(lambda: T().__del__)
show(lambda: T().cuont)
show(lambda: T().__lenn__)
