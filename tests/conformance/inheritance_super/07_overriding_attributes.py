class Parent:
    greeting = "hi"
    def greet(self):
        return self.greeting + " from " + type(self).__name__
class Child(Parent):
    greeting = "yo"
class GrandChild(Child):
    def greet(self):
        base = super().greet()
        return base.upper()
for k in (Parent, Child, GrandChild):
    print(k().greet())
gc = GrandChild()
gc.greeting = "instance"
print(gc.greet(), GrandChild.greeting, Parent.greeting)
Child.greeting = "changed"
print(GrandChild().greet())
