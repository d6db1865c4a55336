print(1, sep="", end="", sep=" ")
