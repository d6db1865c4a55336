class QuotaError(RuntimeError):
    def __init__(self, user, used):
        super().__init__("quota exceeded for " + user + ": " + str(used))
        self.user = user
        self.used = used

def charge(user, amount):
    if amount > 100:
        raise QuotaError(user, amount)
    return amount

print(charge("ann", 10))
try:
    charge("bob", 200)
except RuntimeError as e:
    print("handled", e.user, e.used)
print(charge("cy", 300))
