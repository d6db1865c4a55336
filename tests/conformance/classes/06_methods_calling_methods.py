class Account:
    interest = 0.05
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        self._log("deposit", amount)
        self.balance += amount
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds ({self.balance} < {amount})")
        self._log("withdraw", amount)
        self.balance -= amount
        return self
    def _log(self, kind, amount):
        self.history.append((kind, amount))
    def apply_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
acc = Account("ann", 100)
acc.deposit(50).withdraw(30).deposit(5)
acc.apply_interest()
print(acc.balance, acc.history)
try:
    acc.withdraw(1000)
except ValueError as e:
    print(type(e).__name__, e)
