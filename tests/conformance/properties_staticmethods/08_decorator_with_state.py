def counted(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    return wrapper
class Service:
    @counted
    def handle(self, x):
        return x * 2
    @staticmethod
    @counted
    def ping():
        return "pong"
s = Service()
print(s.handle(1), s.handle(2), Service.handle.calls)
print(Service.ping(), s.ping(), Service.ping.calls)
print(Service.handle.__name__)
