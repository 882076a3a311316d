using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli;

/// <summary>Options of the commands that list one clinic's things: the node options and a required clinic.</summary>
public sealed class ClinicSettings : NodeSettings
{
    [CommandOption("--clinic <ID>")]
    [Description("The clinic.")]
    public string Clinic { get; init; } = "";

    public override ValidationResult Validate() => Require.Value(Clinic, "--clinic");
}
