class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Empty(Exception):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
try:
    withdraw(10, 25)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.needed - e.available, e.args)
try:
    raise Empty
except Empty as e:
    print(repr(e), str(e) == "", e.args)
print(isinstance(Empty(), Exception), issubclass(InsufficientFunds, BaseException))
