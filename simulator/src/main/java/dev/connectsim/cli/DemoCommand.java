package dev.connectsim.cli;

import picocli.CommandLine.Command;

/** {@code connect-sim demo}: small ready-made runs of the simulator, printed as a timeline. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run a ready-made scenario on the simulator and print what the agent's CCP saw.",
            "It uses no project: the demo brings its own instance (agent alice, queue BasicQueue)."},
        subcommands = {ColdTransferDemoCommand.class})
final class DemoCommand {
}
