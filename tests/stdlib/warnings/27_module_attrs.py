import warnings

print(warnings.__all__)
print(all(hasattr(warnings, n) for n in warnings.__all__))
print(callable(warnings.warn), callable(warnings._filters_mutated))
print(type(warnings.filters).__name__, type(warnings.onceregistry).__name__, warnings.defaultaction)
print(warnings.showwarning is warnings._showwarning_orig,
      warnings.formatwarning is warnings._formatwarning_orig)
print(warnings.catch_warnings.__name__, warnings.WarningMessage.__name__)
print(warnings._defaultaction, warnings._onceregistry is warnings.onceregistry)
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
