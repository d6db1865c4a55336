import contextlib

ns = {}
exec("from contextlib import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(sorted(contextlib.__all__))
print(all(hasattr(contextlib, name) for name in contextlib.__all__))
print(contextlib.__name__)
for name in ("contextmanager", "closing", "nullcontext", "suppress", "ExitStack", "redirect_stdout",
             "redirect_stderr", "chdir", "ContextDecorator", "AbstractContextManager"):
    obj = getattr(contextlib, name)
    print(name, obj.__module__, obj.__name__, obj.__qualname__)
print(type(contextlib.contextmanager).__name__, type(contextlib.ExitStack).__name__)
print(type(contextlib.AbstractContextManager).__name__)
