/// Whether a forward pass trains (batch statistics, dropout on) or evaluates.
enum Mode { case train, eval }
