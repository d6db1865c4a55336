class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: need {amount - self.balance:.2f} more")
        self.balance -= amount
        return self.balance

acct = Account("ann", 100)
acct.deposit(50)
try:
    acct.withdraw(500)
except InsufficientFunds as e:
    print(e)
