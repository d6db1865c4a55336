# a bound method stored on its own instance: instance + bound method = 2
import gc
class Button:
    def click(self):
        return "clicked"
gc.collect()
b = Button()
b.handler = b.click
print(b.handler())
del b
print(gc.collect())
b1 = Button()
b2 = Button()
b1.handler = b2.click
b2.handler = b1.click
del b1, b2
print(gc.collect())
