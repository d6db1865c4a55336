from string import Template

ok = Template("$greeting\n\t$$ sign and ${name}")
print(ok.substitute(greeting="Hi", name="Ann"))
print(ok.is_valid(), Template("$ 5").is_valid())
msg = Template("Line one is fine: $x\nline two costs $ 5")
print(msg.get_identifiers())
print(msg.safe_substitute(x=1))
print(msg.is_valid())
try:
    msg.substitute()
except KeyError as e:
    print("KeyError first:", e)
print(msg.safe_substitute())
print(msg.substitute(x=1))
print("not reached")
