class Settings:
    verbose = True
    timeout = 30
print(Settings.verbose)
print(Settings.timout)
