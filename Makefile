# The README's two commands: `make demo` and `make test`. `make bench` is the benchmark (not part of the tests).
.PHONY: demo test bench sanity units lint docs awx cores integration faults

demo:
	bash hacking/demo.sh

test:
	bash hacking/test.sh all

sanity units lint docs awx cores integration faults:
	bash hacking/test.sh $@

bench:
	bash hacking/bench.sh
