class Plugin:
    registry = []

    def __init_subclass__(cls):
        print("Plugin.__init_subclass__", cls.__name__)
        super().__init_subclass__()
        Plugin.registry.append(cls.__name__)
        cls.plugin_id = len(Plugin.registry)


print("no call for Plugin itself:", Plugin.registry)


class Alpha(Plugin):
    pass


class Beta(Plugin):
    def __init_subclass__(cls):
        print("Beta.__init_subclass__", cls.__name__)
        super().__init_subclass__()


class Gamma(Beta):
    pass


class Delta(Gamma):
    pass


print(Plugin.registry)
print(Alpha.plugin_id, Beta.plugin_id, Gamma.plugin_id, Delta.plugin_id)
print(type(vars(Plugin)["__init_subclass__"]).__name__)
# called on a class it behaves as a bound classmethod
Plugin.__init_subclass__()
print(Plugin.registry[-1], Plugin.plugin_id)


class Quiet:
    pass


class Loud(Quiet):
    pass


print(Loud.__name__)
