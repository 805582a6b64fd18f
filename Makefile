# The README's two commands: `make demo` and `make test`. `make bench` is the benchmark (not part of the tests).
#
# `make test` runs every step side by side, as many at a time as the machine has cores (JOBS), longest first;
# each step's output is printed when it ends, and the summary lists each step's result and duration and ends with
# "N passed, M failed". A step is hacking/steps.sh run NAME; what it needs made first is a prepare/ target below.
# TARGETS="asa_service asa_client" limits the integration runs to those targets.
JOBS ?= $(shell nproc)
STEPS := bash hacking/steps.sh
# integration and faults run the integration targets against the simulator on ansible-core 2.19, the second time
# with faults (it compares the team it leaves with the first run's, and both install the server agent stand-in);
# the -2.16 and -2.21 steps run sanity, units and integration on the oldest and newest ansible-core.
ALL := faults integration integration-2.16 integration-2.21 docs sanity-2.16 sanity-2.21 sanity galaxy awx units lint
CORES := integration-2.16 integration-2.21 sanity-2.16 sanity-2.21

.PHONY: demo test bench sanity units lint docs awx galaxy cores integration faults simulator simulator-stop

demo:
	bash hacking/demo.sh

# run the steps $(1), then the summary: every step runs even when another failed.
define run_steps
	@$(STEPS) reset $(1)
	-@$(MAKE) --no-print-directory -k -j$(JOBS) --output-sync=target $(addprefix step/,$(1))
	@$(STEPS) summary $(1)
endef

test:
	$(call run_steps,$(ALL))

cores:
	$(call run_steps,$(CORES))

faults:
	$(call run_steps,integration faults)

sanity units lint docs awx galaxy integration:
	$(call run_steps,$@)

# What each step needs first.
step/faults: step/integration
step/integration step/faults step/integration-2.16 step/integration-2.21: prepare/ssh-key
step/integration-2.16 step/sanity-2.16: prepare/core-2.16
step/integration-2.21 step/sanity-2.21: prepare/core-2.21

step/%: prepare/venv
	@$(STEPS) run $*

prepare/%:
	@$(STEPS) prepare $*

bench:
	bash hacking/bench.sh

# Start the simulator and write tests/integration/integration_config.yml, for `ansible-test integration TARGET`.
simulator:
	bash hacking/simulator.sh start

simulator-stop:
	bash hacking/simulator.sh stop
