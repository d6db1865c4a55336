€uro = 1
