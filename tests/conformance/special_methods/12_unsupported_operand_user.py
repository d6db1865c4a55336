class Money:
    def __init__(self, amount):
        self.amount = amount
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.amount + other.amount)
        return NotImplemented
total = Money(5) + Money(7)
print(total.amount)
total = total + 3
print(total.amount)
