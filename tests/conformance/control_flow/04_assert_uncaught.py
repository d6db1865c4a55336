def withdraw(balance, amount):
    assert amount <= balance, "insufficient funds"
    return balance - amount
b = 100
b = withdraw(b, 30)
print(b)
b = withdraw(b, 50)
print(b)
b = withdraw(b, 50)
print(b)
