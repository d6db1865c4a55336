a=1;b=2
c=a+b*a-b/a//b%a**b
d=a<b<=a>=b>a!=b==a
e=a&b|a^b<<a>>b
f=-a+~b--a
g=a if b else-a
h=[a,b][a:b]
a+=1;a-=1;a*=1;a//=1;a**=1;a%=2;a&=1;a|=1;a^=1;a<<=1;a>>=1
print(a,b,c,d,e,f,g,h)
