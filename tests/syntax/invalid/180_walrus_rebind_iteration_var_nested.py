x = [[j := i for i in range(2)] for j in range(2)]
