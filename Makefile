# The README's two commands: `make demo` and `make test`. `make bench` is the benchmark (not part of the tests).
.PHONY: demo test bench sanity units lint docs awx galaxy cores integration faults simulator simulator-stop

demo:
	bash hacking/demo.sh

test:
	bash hacking/test.sh all

# `make integration TARGETS="asa_service"` runs chosen targets.
sanity units lint docs awx galaxy cores integration faults:
	TARGETS="$(TARGETS)" bash hacking/test.sh $@

bench:
	bash hacking/bench.sh

# Start the simulator and write tests/integration/integration_config.yml, for `ansible-test integration TARGET`.
simulator:
	bash hacking/simulator.sh start

simulator-stop:
	bash hacking/simulator.sh stop
