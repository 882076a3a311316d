namespace HepSense.Cli;

/// <summary>A mistake the user can fix (a bad file, a missing option): printed as one "error:" line, exit code 1.</summary>
public sealed class CliError(string message) : Exception(message);
