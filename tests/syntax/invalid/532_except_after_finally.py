try:
    pass
except ValueError:
    pass
finally:
    pass
except TypeError:
    pass
