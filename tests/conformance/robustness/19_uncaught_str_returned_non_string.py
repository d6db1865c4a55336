# print of an object whose __str__ returns a non-string: uncaught, after partial output.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        if self.cents < 0:
            return None
        return '$%d.%02d' % divmod(self.cents, 100)

for c in (150, 99, -5):
    print('amount:', Money(c))
