# Covers: classes across cells: redefining a class leaves old instances with the old class; methods added later.

# %%
class Animal:
    sound = '...'
    def speak(self):
        return f'{type(self).__name__} says {self.sound}'

class Dog(Animal):
    sound = 'woof'

# %%
old_dog = Dog()
old_dog.speak()

# %%
class Dog(Animal):
    sound = 'WOOF'

# %%
new_dog = Dog()
new_dog.speak(), old_dog.speak()

# %%
isinstance(old_dog, Dog), type(old_dog) is type(new_dog)

# %%
Dog.wag = lambda self: 'wagging'
new_dog.wag()

# %%
old_dog.wag()

# %%
class Temp:
    count = 0
    def __init__(self):
        Temp.count += 1
    @property
    def double(self):
        return self.count * 2

# %%
t1, t2 = Temp(), Temp()
Temp.count, t1.double

# %%
Dog.__mro__

# %%
Dog.__name__, Dog.__qualname__, Dog.__module__
