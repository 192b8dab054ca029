print(check(1))
#=> 3
#print(check(1))
#=> 3
 print(check(1))
#=> 3
Eprint(check(1))
#=> 3
aprint(check(1))
#=> 3
cprint(check(1))
#=> 3
hprint(check(1))
#=> 3
 print(check(1))
#=> 3
oprint(check(1))
#=> 3
fprint(check(1))
#=> 3
 print(check(1))
#=> 3
tprint(check(1))
#=> 3
hprint(check(1))
#=> 3
eprint(check(1))
#=> 3
sprint(check(1))
#=> 3
eprint(check(1))
#=> 3
 print(check(1))
#=> 3
pprint(check(1))
#=> 3
aprint(check(1))
#=> 3
rprint(check(1))
#=> 3
sprint(check(1))
#=> 3
eprint(check(1))
#=> 3
sprint(check(1))
#=> 3
;print(check(1))
#=> 3
 print(check(1))
#=> 3
tprint(check(1))
#=> 3
hprint(check(1))
#=> 3
eprint(check(1))
#=> 3
 print(check(1))
#=> 3
fprint(check(1))
#=> 3
iprint(check(1))
#=> 3
rprint(check(1))
#=> 3
sprint(check(1))
#=> 3
tprint(check(1))
#=> 3
 print(check(1))
#=> 3
tprint(check(1))
#=> 3
hprint(check(1))
#=> 3
aprint(check(1))
#=> 3
tprint(check(1))
#=> 3
 print(check(1))
#=> 3
rprint(check(1))
#=> 3
uprint(check(1))
#=> 3
nprint(check(1))
#=> 3
sprint(check(1))
#=> 3
 print(check(1))
#=> 3
sprint(check(1))
#=> 3
tprint(check(1))
#=> 3
oprint(check(1))
#=> 3
pprint(check(1))
#=> 3
sprint(check(1))
#=> 3
 print(check(1))
#=> 3
tprint(check(1))
#=> 3
hprint(check(1))
#=> 3
eprint(check(1))
#=> 3
 print(check(1))
#=> 3
fprint(check(1))
#=> 3
iprint(check(1))
#=> 3
lprint(check(1))
#=> 3
eprint(check(1))
#=> 3
.print(check(1))
#=> 3

print(check(1))
#=> 3
dprint(check(1))
#=> 3
eprint(check(1))
#=> 3
fprint(check(1))
#=> 3
 print(check(1))
#=> 3
gprint(check(1))
#=> 3
eprint(check(1))
#=> 3
nprint(check(1))
#=> 3
(print(check(1))
#=> 3
)print(check(1))
#=> 3
:print(check(1))
#=> 3

print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
yprint(check(1))
#=> 3
iprint(check(1))
#=> 3
eprint(check(1))
#=> 3
lprint(check(1))
#=> 3
dprint(check(1))
#=> 3
 print(check(1))
#=> 3
1print(check(1))
#=> 3

print(check(1))
#=> 3

print(check(1))
#=> 3
aprint(check(1))
#=> 3
sprint(check(1))
#=> 3
yprint(check(1))
#=> 3
nprint(check(1))
#=> 3
cprint(check(1))
#=> 3
 print(check(1))
#=> 3
dprint(check(1))
#=> 3
eprint(check(1))
#=> 3
fprint(check(1))
#=> 3
 print(check(1))
#=> 3
lprint(check(1))
#=> 3
aprint(check(1))
#=> 3
tprint(check(1))
#=> 3
eprint(check(1))
#=> 3
rprint(check(1))
#=> 3
(print(check(1))
#=> 3
)print(check(1))
#=> 3
:print(check(1))
#=> 3

print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
aprint(check(1))
#=> 3
wprint(check(1))
#=> 3
aprint(check(1))
#=> 3
iprint(check(1))
#=> 3
tprint(check(1))
#=> 3
 print(check(1))
#=> 3
gprint(check(1))
#=> 3
eprint(check(1))
#=> 3
nprint(check(1))
#=> 3
(print(check(1))
#=> 3
)print(check(1))
#=> 3

print(check(1))
#=> 3

print(check(1))
#=> 3
dprint(check(1))
#=> 3
eprint(check(1))
#=> 3
fprint(check(1))
#=> 3
 print(check(1))
#=> 3
cprint(check(1))
#=> 3
hprint(check(1))
#=> 3
eprint(check(1))
#=> 3
cprint(check(1))
#=> 3
kprint(check(1))
#=> 3
(print(check(1))
#=> 3
xprint(check(1))
#=> 3
)print(check(1))
#=> 3
:print(check(1))
#=> 3

print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
iprint(check(1))
#=> 3
fprint(check(1))
#=> 3
 print(check(1))
#=> 3
xprint(check(1))
#=> 3
 print(check(1))
#=> 3
<print(check(1))
#=> 3
 print(check(1))
#=> 3
0print(check(1))
#=> 3
:print(check(1))
#=> 3

print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
rprint(check(1))
#=> 3
aprint(check(1))
#=> 3
iprint(check(1))
#=> 3
sprint(check(1))
#=> 3
eprint(check(1))
#=> 3
 print(check(1))
#=> 3
Vprint(check(1))
#=> 3
aprint(check(1))
#=> 3
lprint(check(1))
#=> 3
uprint(check(1))
#=> 3
eprint(check(1))
#=> 3
Eprint(check(1))
#=> 3
rprint(check(1))
#=> 3
rprint(check(1))
#=> 3
oprint(check(1))
#=> 3
rprint(check(1))
#=> 3
(print(check(1))
#=> 3
"print(check(1))
#=> 3
nprint(check(1))
#=> 3
eprint(check(1))
#=> 3
gprint(check(1))
#=> 3
aprint(check(1))
#=> 3
tprint(check(1))
#=> 3
iprint(check(1))
#=> 3
vprint(check(1))
#=> 3
eprint(check(1))
#=> 3
"print(check(1))
#=> 3
)print(check(1))
#=> 3

print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
dprint(check(1))
#=> 3
eprint(check(1))
#=> 3
lprint(check(1))
#=> 3
 print(check(1))
#=> 3
xprint(check(1))
#=> 3

print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
rprint(check(1))
#=> 3
eprint(check(1))
#=> 3
tprint(check(1))
#=> 3
uprint(check(1))
#=> 3
rprint(check(1))
#=> 3
nprint(check(1))
#=> 3
 print(check(1))
#=> 3
(print(check(1))
#=> 3
nprint(check(1))
#=> 3
 print(check(1))
#=> 3
:print(check(1))
#=> 3
=print(check(1))
#=> 3
 print(check(1))
#=> 3
3print(check(1))
#=> 3
)print(check(1))
#=> 3

print(check(1))
#=> 3

print(check(1))
#=> 3
pprint(check(1))
#=> 3
rprint(check(1))
#=> 3
iprint(check(1))
#=> 3
nprint(check(1))
#=> 3
tprint(check(1))
#=> 3
(print(check(1))
#=> 3
cprint(check(1))
#=> 3
hprint(check(1))
#=> 3
eprint(check(1))
#=> 3
cprint(check(1))
#=> 3
kprint(check(1))
#=> 3
(print(check(1))
#=> 3
1print(check(1))
#=> 3
)print(check(1))
#=> 3
)print(check(1))
#=> 3

print(check(1))
#=> 3
#print(check(1))
#=> 3
=print(check(1))
#=> 3
>print(check(1))
#=> 3
 print(check(1))
#=> 3
eprint(check(1))
#=> 3
rprint(check(1))
#=> 3
rprint(check(1))
#=> 3
oprint(check(1))
#=> 3
rprint(check(1))
#=> 3
:print(check(1))
#=> 3
 print(check(1))
#=> 3
1print(check(1))
#=> 3
1print(check(1))
#=> 3
:print(check(1))
#=> 3
5print(check(1))
#=> 3
:print(check(1))
#=> 3
 print(check(1))
#=> 3
cprint(check(1))
#=> 3
fprint(check(1))
#=> 3
yprint(check(1))
#=> 3
 print(check(1))
#=> 3
cprint(check(1))
#=> 3
aprint(check(1))
#=> 3
nprint(check(1))
#=> 3
nprint(check(1))
#=> 3
oprint(check(1))
#=> 3
tprint(check(1))
#=> 3
 print(check(1))
#=> 3
rprint(check(1))
#=> 3
uprint(check(1))
#=> 3
nprint(check(1))
#=> 3
 print(check(1))
#=> 3
`print(check(1))
#=> 3
dprint(check(1))
#=> 3
eprint(check(1))
#=> 3
lprint(check(1))
#=> 3
`print(check(1))
#=> 3
 print(check(1))
#=> 3
sprint(check(1))
#=> 3
tprint(check(1))
#=> 3
aprint(check(1))
#=> 3
tprint(check(1))
#=> 3
eprint(check(1))
#=> 3
mprint(check(1))
#=> 3
eprint(check(1))
#=> 3
nprint(check(1))
#=> 3
tprint(check(1))
#=> 3
sprint(check(1))
#=> 3
 print(check(1))
#=> 3
yprint(check(1))
#=> 3
eprint(check(1))
#=> 3
tprint(check(1))
#=> 3

print(check(1))
#=> 3
#print(check(1))
#=> 3
=print(check(1))
#=> 3
>print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
dprint(check(1))
#=> 3
eprint(check(1))
#=> 3
lprint(check(1))
#=> 3
 print(check(1))
#=> 3
xprint(check(1))
#=> 3

print(check(1))
#=> 3
#print(check(1))
#=> 3
=print(check(1))
#=> 3
>print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
^print(check(1))
#=> 3

print(check(1))
#=> 3
#print(check(1))
#=> 3
=print(check(1))
#=> 3
>print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
cprint(check(1))
#=> 3
aprint(check(1))
#=> 3
lprint(check(1))
#=> 3
lprint(check(1))
#=> 3
eprint(check(1))
#=> 3
dprint(check(1))
#=> 3
 print(check(1))
#=> 3
fprint(check(1))
#=> 3
rprint(check(1))
#=> 3
oprint(check(1))
#=> 3
mprint(check(1))
#=> 3
 print(check(1))
#=> 3
1print(check(1))
#=> 3
4print(check(1))
#=> 3
:print(check(1))
#=> 3
1print(check(1))
#=> 3
2print(check(1))
#=> 3
 print(check(1))
#=> 3
iprint(check(1))
#=> 3
nprint(check(1))
#=> 3
 print(check(1))
#=> 3
cprint(check(1))
#=> 3
hprint(check(1))
#=> 3
eprint(check(1))
#=> 3
cprint(check(1))
#=> 3
kprint(check(1))
#=> 3

print(check(1))
#=> 3
gprint(check(1))
#=> 3
eprint(check(1))
#=> 3
nprint(check(1))
#=> 3
(print(check(1))
#=> 3
)print(check(1))
#=> 3

print(check(1))
#=> 3
#print(check(1))
#=> 3
=print(check(1))
#=> 3
>print(check(1))
#=> 3
 print(check(1))
#=> 3
eprint(check(1))
#=> 3
rprint(check(1))
#=> 3
rprint(check(1))
#=> 3
oprint(check(1))
#=> 3
rprint(check(1))
#=> 3
:print(check(1))
#=> 3
 print(check(1))
#=> 3
3print(check(1))
#=> 3
:print(check(1))
#=> 3
5print(check(1))
#=> 3
:print(check(1))
#=> 3
 print(check(1))
#=> 3
cprint(check(1))
#=> 3
fprint(check(1))
#=> 3
yprint(check(1))
#=> 3
 print(check(1))
#=> 3
cprint(check(1))
#=> 3
aprint(check(1))
#=> 3
nprint(check(1))
#=> 3
nprint(check(1))
#=> 3
oprint(check(1))
#=> 3
tprint(check(1))
#=> 3
 print(check(1))
#=> 3
rprint(check(1))
#=> 3
uprint(check(1))
#=> 3
nprint(check(1))
#=> 3
 print(check(1))
#=> 3
gprint(check(1))
#=> 3
eprint(check(1))
#=> 3
nprint(check(1))
#=> 3
eprint(check(1))
#=> 3
rprint(check(1))
#=> 3
aprint(check(1))
#=> 3
tprint(check(1))
#=> 3
oprint(check(1))
#=> 3
rprint(check(1))
#=> 3
 print(check(1))
#=> 3
fprint(check(1))
#=> 3
uprint(check(1))
#=> 3
nprint(check(1))
#=> 3
cprint(check(1))
#=> 3
tprint(check(1))
#=> 3
iprint(check(1))
#=> 3
oprint(check(1))
#=> 3
nprint(check(1))
#=> 3
sprint(check(1))
#=> 3
 print(check(1))
#=> 3
(print(check(1))
#=> 3
`print(check(1))
#=> 3
yprint(check(1))
#=> 3
iprint(check(1))
#=> 3
eprint(check(1))
#=> 3
lprint(check(1))
#=> 3
dprint(check(1))
#=> 3
`print(check(1))
#=> 3
)print(check(1))
#=> 3
 print(check(1))
#=> 3
yprint(check(1))
#=> 3
eprint(check(1))
#=> 3
tprint(check(1))
#=> 3

print(check(1))
#=> 3
#print(check(1))
#=> 3
=print(check(1))
#=> 3
>print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
yprint(check(1))
#=> 3
iprint(check(1))
#=> 3
eprint(check(1))
#=> 3
lprint(check(1))
#=> 3
dprint(check(1))
#=> 3
 print(check(1))
#=> 3
1print(check(1))
#=> 3

print(check(1))
#=> 3
#print(check(1))
#=> 3
=print(check(1))
#=> 3
>print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
^print(check(1))
#=> 3

print(check(1))
#=> 3
#print(check(1))
#=> 3
=print(check(1))
#=> 3
>print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
 print(check(1))
#=> 3
cprint(check(1))
#=> 3
aprint(check(1))
#=> 3
lprint(check(1))
#=> 3
lprint(check(1))
#=> 3
eprint(check(1))
#=> 3
dprint(check(1))
#=> 3
 print(check(1))
#=> 3
fprint(check(1))
#=> 3
rprint(check(1))
#=> 3
oprint(check(1))
#=> 3
mprint(check(1))
#=> 3
 print(check(1))
#=> 3
1print(check(1))
#=> 3
9print(check(1))
#=> 3
:print(check(1))
#=> 3
4print(check(1))
#=> 3
 print(check(1))
#=> 3
iprint(check(1))
#=> 3
nprint(check(1))
#=> 3
 print(check(1))
#=> 3
gprint(check(1))
#=> 3
eprint(check(1))
#=> 3
nprint(check(1))
#=> 3

print(check(1))
#=> 3
