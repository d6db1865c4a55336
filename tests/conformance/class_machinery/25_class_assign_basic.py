# __class__ assignment between compatible user classes
class Cat:
    sound = "meow"
    def speak(self):
        return "%s says %s" % (self.name, self.sound)

class Dog:
    sound = "woof"
    def speak(self):
        return "%s barks %s" % (self.name, self.sound)
    def fetch(self):
        return "fetching"

pet = Cat()
pet.name = "Rex"
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat))
pet.__class__ = Dog
print(pet.speak(), pet.fetch(), type(pet).__name__)
print(isinstance(pet, Cat), isinstance(pet, Dog), pet.__dict__)
pet.__class__ = Cat
print(pet.speak())
try:
    pet.fetch()
except AttributeError as e:
    print(type(e).__name__, e)

class Kitten(Cat):
    sound = "mew"
pet.__class__ = Kitten
print(pet.speak(), isinstance(pet, Cat), type(pet).__mro__[1].__name__)
setattr(pet, "__class__", Dog)
print(type(pet).__name__, pet.__class__ is Dog)
