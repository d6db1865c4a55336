def área(base, altura):
    return base * altura / 2

class Δ:
    ε = 1e-9

print(área(3, 4), Δ.ε)
ΣΣ_1 = [α for α in range(3)]
