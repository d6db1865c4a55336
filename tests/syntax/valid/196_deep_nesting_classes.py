class A:
    class B:
        class C:
            class D:
                def method(self):
                    class E:
                        value = 5
                    return E.value
print(A.B.C.D().method())
