import contextlib
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, AbstractAsyncContextManager

print(asynccontextmanager.__name__, AsyncExitStack.__name__, aclosing.__name__)
print(AbstractAsyncContextManager.__name__, AbstractAsyncContextManager.__module__)
print(issubclass(contextlib.nullcontext, AbstractAsyncContextManager))
print([c.__name__ for c in contextlib.nullcontext.__mro__])
print(isinstance(contextlib.nullcontext(), AbstractAsyncContextManager))
print(issubclass(contextlib.ExitStack, AbstractAsyncContextManager))
print(hasattr(contextlib.nullcontext, "__aenter__"), hasattr(contextlib.nullcontext, "__aexit__"))
print([c.__name__ for c in AsyncExitStack.__mro__])
print(hasattr(AsyncExitStack, "enter_context"), hasattr(AsyncExitStack, "callback"))
print(AbstractAsyncContextManager.__abstractmethods__)
